#include "models/core/sqlquery.h"
#include "models/mediation/mediationstore.h"
#include "models/mediation/mediationtablemodel.h"
#include "models/mediation/rentalstore.h"
#include "models/mediation/rentaltablemodel.h"
#include "models/register/placerolestore.h"
#include "models/register/registerstore.h"
#include "ui/common/listexportbutton.h"
#include "ui/mediation/mediationdialog.h"
#include "ui/mediation/mediationlisttab.h"
#include "ui/mediation/placeroleslisttab.h"
#include "ui/mediation/rentaldialog.h"
#include "ui/mediation/rentallisttab.h"
#include "ui/mediation/specialledgerspage.h"

#include "tests/support/testsupport.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
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
// outside party, listed, filtered and printed; a rented room saved; the expiring permits listed;
// the building roles listed, filtered by grid, role and search, exported (audited, phones masked);
// the English kind and status columns wide enough for their words.
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
    void buildingRolesListFilterExport();
    void kindAndStatusColumnsFitTheirWords();

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

void SpecialLedgersPageTest::buildingRolesListFilterExport()
{
    PlaceRoleStore store(m_t->db(), testScope());
    const auto add = [&store](qint64 compound, qint64 building, const QString &unit, const QString &role,
                              const QString &name) {
        PlaceRole r{0, compound, building, unit, role, name, QStringLiteral("13500002222"), 0};
        return store.save(r).ok;
    };
    QVERIFY(add(m_t->compoundA, 0, QString(), QStringLiteral("property"), QStringLiteral("物业王经理")));
    QVERIFY(add(m_t->compoundA, m_t->buildingA1, QString(), QStringLiteral("building_head"), QStringLiteral("楼长甲")));
    QVERIFY(add(m_t->compoundA, m_t->buildingA1, QStringLiteral("2"), QStringLiteral("unit_head"),
                QStringLiteral("单元长乙")));
    QVERIFY(add(m_t->compoundB, m_t->buildingB1, QString(), QStringLiteral("building_head"), QStringLiteral("楼长丙")));

    SpecialLedgersPage page(m_t->db(), testScope());
    page.resize(1366, 768);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.tabs()->setCurrentWidget(page.roles());
    PlaceRolesListTab *tab = page.roles();
    QAbstractItemModel *model = tab->view()->model();
    QCOMPARE(model->rowCount(), 4);
    // Phones are masked in the list (and so in its export and printout).
    QVERIFY(model->index(0, 6).data().toString() != QStringLiteral("13500002222"));
    QVERIFY(!model->index(0, 6).data().toString().isEmpty());
    // By role, by grid (a compound's own contact goes with its buildings' grid), by search.
    tab->roleFilter()->setCurrentIndex(tab->roleFilter()->findData(QStringLiteral("building_head")));
    QCOMPARE(model->rowCount(), 2);
    tab->gridFilter()->setCurrentIndex(tab->gridFilter()->findData(m_t->gridB));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 5).data().toString(), QStringLiteral("楼长丙"));
    tab->roleFilter()->setCurrentIndex(0);
    tab->gridFilter()->setCurrentIndex(tab->gridFilter()->findData(m_t->gridA));
    QCOMPARE(model->rowCount(), 3);
    tab->searchEdit()->setText(QStringLiteral("单元长"));
    QCOMPARE(model->rowCount(), 1);
    tab->searchEdit()->clear();
    // Export what the list shows, audited.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("roles.csv"));
    QVERIFY(tab->exportButton()->exportTo(path));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray csv = f.readAll();
    QCOMPARE(int(csv.count('\n')), 4);
    QVERIFY(!csv.contains("13500002222"));
    SqlQuery audit(m_t->db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'place_role' AND "
                                             "action = 'export'"));
    QCOMPARE(audit.scalar().toInt(), 1);
    // A grid worker of grid B sees grid B's contacts only.
    const AccessScope worker(AccessScope::Role::GridWorker, 7, QStringLiteral("worker"), {m_t->gridB});
    PlaceRolesListTab workerTab(m_t->db(), worker);
    QCOMPARE(workerTab.view()->model()->rowCount(), 1);
}

void SpecialLedgersPageTest::kindAndStatusColumnsFitTheirWords()
{
    Mediation m;
    m.receivedOn = QDate(2026, 5, 2);
    m.kind = QStringLiteral("family");
    m.matter = QStringLiteral("a long matter about the family's flat and who keeps it after the divorce");
    m.status = QStringLiteral("received");
    m.mediator = QStringLiteral("王调解员");
    Mediation::Party p;
    p.side = QStringLiteral("applicant");
    p.residentId = m_zhang;
    p.name = QStringLiteral("张建国");
    Mediation::Party q;
    q.side = QStringLiteral("respondent");
    q.residentId = m_li;
    q.name = QStringLiteral("李小红");
    m.parties << p << q;
    QVERIFY(MediationStore(m_t->db(), testScope()).save(m).ok);
    SpecialLedgersPage page(m_t->db(), testScope());
    page.resize(1366 - 200, 700); // the page beside the window's navigation at 1366x768
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTableView *view = page.mediations()->view();
    QTRY_COMPARE(view->model()->rowCount(), 1);
    for (const int column : {MediationTableModel::Kind, MediationTableModel::Status}) {
        const QString text = view->model()->index(0, column).data().toString();
        QVERIFY(!text.isEmpty());
        QVERIFY2(view->columnWidth(column) >= view->fontMetrics().horizontalAdvance(text), qPrintable(text));
        QVERIFY(view->horizontalHeader()->sectionResizeMode(column) == QHeaderView::ResizeToContents);
    }
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
