#include "models/mediation/mediationstore.h"
#include "models/mediation/mediationtablemodel.h"
#include "models/mediation/rentalstore.h"
#include "models/mediation/rentaltablemodel.h"
#include "models/register/registerstore.h"
#include "ui/mediation/mediationdialog.h"
#include "ui/mediation/mediationlisttab.h"
#include "ui/mediation/rentaldialog.h"
#include "ui/mediation/rentallisttab.h"
#include "ui/mediation/specialledgerspage.h"

#include "tests/support/testsupport.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QObject>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

// 专项台账 driven as a clerk would: a mediation recorded in its form with a registered and an
// outside party, listed, filtered and printed; a rented room saved; the expiring permits listed.
class SpecialLedgersPageTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void recordAMediation();
    void formShowsTheStoresRefusal();
    void listFiltersAndPrints();
    void rentedRoomsAndExpiringPermits();

private:
    static void clickSave(QDialog &dialog);
    std::unique_ptr<TestDatabase> m_t;
    qint64 m_zhang = 0;
    qint64 m_li = 0;
};

void SpecialLedgersPageTest::init()
{
    m_t = std::make_unique<TestDatabase>();
    const QString a = TestDatabase::idFor(QDate(1960, 3, 1), true, 51);
    const QString b = TestDatabase::idFor(QDate(1990, 4, 2), false, 52);
    QVERIFY(m_t->addHousehold(m_t->buildingA1, QStringLiteral("1"), QStringLiteral("301"),
                              {{QStringLiteral("张建国"), a}}));
    QVERIFY(m_t->addHousehold(m_t->buildingA1, QStringLiteral("1"), QStringLiteral("201"),
                              {{QStringLiteral("李小红"), b}}));
    m_zhang = m_t->residentId(a);
    m_li = m_t->residentId(b);
}

void SpecialLedgersPageTest::cleanup()
{
    m_t.reset();
}

void SpecialLedgersPageTest::clickSave(QDialog &dialog)
{
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
}

void SpecialLedgersPageTest::recordAMediation()
{
    MediationDialog dialog(m_t->db(), testScope());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.receivedEdit()->setDate(QDate(2026, 5, 2));
    dialog.kindCombo()->setCurrentIndex(dialog.kindCombo()->findData(QStringLiteral("property")));
    commitText(dialog.mediatorEdit(), QStringLiteral("赵敏"));
    commitText(dialog.matterEdit(), QStringLiteral("物业费争议"));
    dialog.addResidentParty(m_zhang, QStringLiteral("applicant"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addOutsideParty")), Qt::LeftButton);
    QCOMPARE(dialog.parties()->rowCount(), 2);
    dialog.parties()->item(1, MediationDialog::PartyName)->setText(QStringLiteral("物业公司刘经理"));
    // The registered party's number is masked in the form.
    QVERIFY(dialog.parties()->item(0, MediationDialog::PartyIdNumber)->text().contains(QLatin1Char('*')));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addSession")), Qt::LeftButton);
    QCOMPARE(dialog.sessions()->rowCount(), 1);
    qobject_cast<QDateEdit *>(dialog.sessions()->cellWidget(0, MediationDialog::SessionDate))
        ->setDate(QDate(2026, 5, 5));
    dialog.sessions()->item(0, MediationDialog::SessionNotes)->setText(QStringLiteral("双方陈述"));
    clickSave(dialog);
    QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(dialog.errorText()));
    const std::optional<Mediation> m = MediationStore(m_t->db(), testScope()).mediation(dialog.savedMediationId());
    QVERIFY(m);
    QCOMPARE(m->kind, QStringLiteral("property"));
    QCOMPARE(m->parties.size(), 2);
    QCOMPARE(m->parties.at(0).residentId, m_zhang);
    QCOMPARE(m->parties.at(1).name, QStringLiteral("物业公司刘经理"));
    QCOMPARE(m->sessions.size(), 1);

    // Edited again: to 调解中 and 达成协议 with the agreement typed in.
    MediationDialog edit(m_t->db(), testScope(), m->id);
    edit.show();
    QCOMPARE(edit.parties()->rowCount(), 2);
    edit.statusCombo()->setCurrentIndex(edit.statusCombo()->findData(QStringLiteral("mediating")));
    clickSave(edit);
    QVERIFY2(edit.result() == QDialog::Accepted, qPrintable(edit.errorText()));
    MediationDialog agree(m_t->db(), testScope(), m->id);
    agree.show();
    agree.statusCombo()->setCurrentIndex(agree.statusCombo()->findData(QStringLiteral("agreed")));
    commitText(agree.agreementEdit(), QStringLiteral("物业整改，业主缴费"));
    clickSave(agree);
    QVERIFY2(agree.result() == QDialog::Accepted, qPrintable(agree.errorText()));
    QCOMPARE(MediationStore(m_t->db(), testScope()).mediation(m->id)->status, QStringLiteral("agreed"));
}

void SpecialLedgersPageTest::formShowsTheStoresRefusal()
{
    MediationDialog dialog(m_t->db(), testScope());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    commitText(dialog.matterEdit(), QStringLiteral("噪音"));
    dialog.addResidentParty(m_zhang, QStringLiteral("applicant"));
    clickSave(dialog); // no mediator, no respondent
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.errorText().contains(QStringLiteral("Mediator")), qPrintable(dialog.errorText()));
    QVERIFY(dialog.errorText().contains(QStringLiteral("respondent")));
    QCOMPARE(MediationStore(m_t->db(), testScope()).list().size(), 0);
}

void SpecialLedgersPageTest::listFiltersAndPrints()
{
    MediationStore store(m_t->db(), testScope());
    for (const QString &kind : {QStringLiteral("neighbours"), QStringLiteral("family")}) {
        Mediation m;
        m.receivedOn = QDate::currentDate().addDays(-3);
        m.kind = kind;
        m.matter = kind == QLatin1String("family") ? QStringLiteral("赡养纠纷") : QStringLiteral("漏水");
        m.mediator = QStringLiteral("赵敏");
        m.parties = {{0, QStringLiteral("applicant"), m_zhang, {}, {}, {}, {}},
                     {0, QStringLiteral("respondent"), m_li, {}, {}, {}, {}}};
        QVERIFY(store.save(m).ok);
    }
    SpecialLedgersPage page(m_t->db(), testScope());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    MediationListTab *tab = page.mediations();
    QCOMPARE(tab->model()->rowCount(), 2);
    auto *search = tab->findChild<QLineEdit *>(QStringLiteral("search"));
    QVERIFY(search);
    commitText(search, QStringLiteral("赡养"));
    QTRY_COMPARE(tab->model()->rowCount(), 1);
    QCOMPARE(tab->model()->index(0, MediationTableModel::Kind).data().toString(),
             QStringLiteral("Marriage and family"));
    tab->view()->selectRow(0);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.pdf"));
    QString error;
    QVERIFY2(tab->writeAgreement(tab->currentMediationId(), path, &error), qPrintable(error));
    const QString text = pdfText(path);
    if (!text.isNull())
        QVERIFY(text.contains(QStringLiteral("赡养纠纷")));
    search->clear();
    QTRY_COMPARE(tab->model()->rowCount(), 2);
    tab->statusFilter()->setCurrentIndex(tab->statusFilter()->findData(QStringLiteral("agreed")));
    QCOMPARE(tab->model()->rowCount(), 0);
}

void SpecialLedgersPageTest::rentedRoomsAndExpiringPermits()
{
    RentalRoom room;
    room.householdId = RegisterStore(m_t->db(), testScope()).resident(m_li)->householdId;
    room.landlordName = QStringLiteral("房东钱某");
    room.tenants = {
        {0, m_li, {}, QStringLiteral("residence_permit"), {}, QDate(), QDate::currentDate().addDays(10), {}}};
    QVERIFY(RentalStore(m_t->db(), testScope()).save(room).ok);

    SpecialLedgersPage page(m_t->db(), testScope());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.tabs()->setCurrentWidget(page.rentals());
    RentalListTab *tab = page.rentals();
    QCOMPARE(tab->model()->rowCount(), 1);
    QCOMPARE(tab->model()->index(0, RentalTableModel::Landlord).data().toString(), QStringLiteral("房东钱某"));
    QTest::mouseClick(tab->expiringButton(), Qt::LeftButton);
    QTRY_VERIFY(tab->model()->isExpiring());
    QCOMPARE(tab->model()->rowCount(), 1);
    QCOMPARE(tab->model()->index(0, RentalTableModel::ExpiryName).data().toString(), QStringLiteral("李小红"));
    // Nine days ahead: the tenth-day expiry falls out.
    tab->daysSpin()->setFocus();
    tab->daysSpin()->selectAll();
    QTest::keyClicks(tab->daysSpin(), QStringLiteral("9"));
    QTRY_COMPARE(tab->model()->rowCount(), 0);

    // The room's form opens with its tenants.
    RentalDialog dialog(m_t->db(), testScope(), room.id);
    dialog.show();
    QCOMPARE(dialog.tenants()->rowCount(), 1);
    QCOMPARE(dialog.landlordNameEdit()->text(), QStringLiteral("房东钱某"));
    commitText(dialog.landlordPhoneEdit(), QStringLiteral("13812345678"));
    clickSave(dialog);
    QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(dialog.errorText()));
    QCOMPARE(RentalStore(m_t->db(), testScope()).room(room.id)->landlordPhone, QStringLiteral("13812345678"));
}

QTEST_MAIN(SpecialLedgersPageTest)
#include "specialledgerspage_test.moc"
