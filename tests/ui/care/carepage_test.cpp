// The 重点人群 page driven as a clerk drives it: the overdue list and its level filter, recording
// an assistance through its form (household found by a typed name, amount typed) and seeing it in
// the list, the totals and the household's history, a pairing with an activity, and the
// follow-up rules edited from the keyboard (audited, office staff only).
#include "models/access/accessscope.h"
#include "models/care/assistancestore.h"
#include "models/care/carepairstore.h"
#include "models/care/carerules.h"
#include "models/core/sqlquery.h"
#include "tests/support/guitestsupport.h"
#include "tests/support/testsupport.h"
#include "ui/care/assistancetab.h"
#include "ui/care/carelistframe.h"
#include "ui/care/careoverduetab.h"
#include "ui/care/carepage.h"
#include "ui/care/carepairstab.h"
#include "ui/care/carerulesdialog.h"
#include "ui/register/householdassistancebox.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

// QTest::keyClicks() only knows ASCII: Chinese text is typed as key events carrying the text.
static void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget,
                            c.unicode() < 128 ? Qt::Key(QChar(c).toUpper().unicode()) : Qt::Key_unknown, QString(c),
                            Qt::NoModifier);
}

class CarePageTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void overdueListAndLevelFilter();
    void recordAssistanceThroughTheForm();
    void pairingWithAnActivity();
    void followUpRulesFromTheKeyboard();
    void rulesAreTheOfficesOnly();

private:
    std::unique_ptr<TestDatabase> m_t;
    std::unique_ptr<CarePage> m_page;
    qint64 m_household = 0;
};

void CarePageTest::init()
{
    m_t = std::make_unique<TestDatabase>();
    const qint64 resident =
        m_t->addResidentBornOn(m_t->buildingA1, QStringLiteral("301"), QStringLiteral("赵桂兰"), QDate(1970, 5, 5), 1);
    QVERIFY(SqlQuery(m_t->db(), QStringLiteral("INSERT INTO resident_tag (resident_id, tag_id) SELECT ?, id FROM tag "
                                               "WHERE code = 'disabled'"))
                .exec(resident));
    QVERIFY(SqlQuery(m_t->db(), QStringLiteral("UPDATE care_rule SET applies_from = '2000-01-01'")).exec());
    SqlQuery h(m_t->db(), QStringLiteral("SELECT household_id FROM resident WHERE id = ?"));
    m_household = h.exec(resident) ? h.scalar().toLongLong() : 0;
    m_page = std::make_unique<CarePage>(m_t->db(), testScope());
    m_page->resize(1100, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void CarePageTest::cleanup()
{
    m_page.reset();
    m_t.reset();
}

void CarePageTest::overdueListAndLevelFilter()
{
    auto *view = m_page->findChild<QTableView *>(QStringLiteral("overdueView"));
    QVERIFY(view);
    QCOMPARE(view->model()->rowCount(), 1); // never visited, 残疾: overdue
    QVERIFY(view->model()->index(0, 2).data().toString().contains(QStringLiteral("赵桂兰")));
    QCOMPARE(view->model()->index(0, 3).data().toString(), CareOverdueTab::tr("Never"));
    auto *level = m_page->findChild<QComboBox *>(QStringLiteral("levelFilter"));
    GuiTest::chooseByKeyboard(level, QStringLiteral("severe"));
    QTRY_COMPARE(view->model()->rowCount(), 0);
    GuiTest::chooseByKeyboard(level, QStringLiteral("normal"));
    QTRY_COMPARE(view->model()->rowCount(), 1);
    // A visit today puts the household right.
    QVERIFY(SqlQuery(m_t->db(), QStringLiteral("INSERT INTO visit (household_id, grid_id, visited_on, worker, "
                                               "created_at, updated_at) VALUES (?, ?, ?, 'w', 'x', 'x')"))
                .exec(m_household, m_t->gridA, QDate::currentDate().toString(Qt::ISODate)));
    m_page->refresh();
    QCOMPARE(view->model()->rowCount(), 0);
}

void CarePageTest::recordAssistanceThroughTheForm()
{
    m_page->tabs()->setCurrentWidget(m_page->assistanceTab());
    auto *view = m_page->findChild<QTableView *>(QStringLiteral("assistanceView"));
    QCOMPARE(view->model()->rowCount(), 0);
    auto *add = m_page->findChild<QPushButton *>(QStringLiteral("addAssistanceButton"));
    const bool seen =
        GuiTest::withDialog([&] { QTest::mouseClick(add, Qt::LeftButton); },
                            [&](QDialog *d) {
                                auto *search = d->findChild<QLineEdit *>(QStringLiteral("householdSearch"));
                                typeText(search, QStringLiteral("赵"));
                                auto *choice = d->findChild<QComboBox *>(QStringLiteral("householdChoice"));
                                QTRY_COMPARE(choice->count(), 1);
                                QCOMPARE(choice->currentData().toLongLong(), m_household);
                                auto *amount = d->findChild<QLineEdit *>(QStringLiteral("amount"));
                                // A sum that is not money is refused, naming the field.
                                QTest::keyClicks(amount, QStringLiteral("5x"));
                                QTest::keyClick(amount, Qt::Key_Return);
                                auto *error = d->findChild<QLabel *>(QStringLiteral("error"));
                                QVERIFY(error->text().contains(QStringLiteral("Amount")));
                                QVERIFY(d->isVisible());
                                amount->clear();
                                QTest::keyClicks(amount, QStringLiteral("500"));
                                auto *by = d->findChild<QLineEdit *>(QStringLiteral("givenBy"));
                                by->clear();
                                typeText(by, QStringLiteral("李主任"));
                                QTest::keyClick(amount, Qt::Key_Return);
                                QTRY_VERIFY(!d->isVisible());
                            });
    QVERIFY(seen);
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, 5).data().toString(), QStringLiteral("500.00"));
    QCOMPARE(view->model()->index(0, 7).data().toString(), QStringLiteral("李主任"));
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("totalsLabel"))->text().contains(QStringLiteral("500.00")));
    // The household's history shows it where the household is edited.
    HouseholdAssistanceBox box(m_t->db(), testScope(), m_household);
    QCOMPARE(box.rows(), 1);
    // Filtering by another kind hides it.
    auto *kind = m_page->findChild<QComboBox *>(QStringLiteral("kindFilter"));
    GuiTest::chooseByKeyboard(kind, kind->itemData(kind->count() - 1));
    QTRY_COMPARE(view->model()->rowCount(), 0);
}

void CarePageTest::pairingWithAnActivity()
{
    m_page->tabs()->setCurrentWidget(m_page->pairsTab());
    auto *view = m_page->findChild<QTableView *>(QStringLiteral("pairView"));
    QCOMPARE(view->model()->rowCount(), 0);
    auto *add = m_page->findChild<QPushButton *>(QStringLiteral("newPairButton"));
    const bool seen = GuiTest::withDialog(
        [&] { QTest::mouseClick(add, Qt::LeftButton); },
        [&](QDialog *d) {
            typeText(d->findChild<QLineEdit *>(QStringLiteral("householdSearch")), QStringLiteral("赵"));
            auto *choice = d->findChild<QComboBox *>(QStringLiteral("householdChoice"));
            QTRY_COMPARE(choice->count(), 1);
            auto *helper = d->findChild<QLineEdit *>(QStringLiteral("helperName"));
            typeText(helper, QStringLiteral("陈党员"));
            GuiTest::chooseByKeyboard(d->findChild<QComboBox *>(QStringLiteral("helperKind")),
                                      QStringLiteral("party_member"));
            QTest::keyClick(helper, Qt::Key_Return);
            QTRY_VERIFY(!d->isVisible());
        });
    QVERIFY(seen);
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, 3).data().toString(), QStringLiteral("陈党员"));
    view->setCurrentIndex(view->model()->index(0, 0));
    const bool activity = GuiTest::withDialog(
        [&] { QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("activityButton")), Qt::LeftButton); },
        [&](QDialog *d) {
            auto *what = d->findChild<QPlainTextEdit *>(QStringLiteral("what"));
            typeText(what, QStringLiteral("陪同就医"));
            QTest::mouseClick(d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
            QTRY_VERIFY(!d->isVisible());
        });
    QVERIFY(activity);
    QTRY_COMPARE(view->model()->index(0, 7).data().toString(), QStringLiteral("1"));
    const QList<CarePair> pairs = CarePairStore(m_t->db(), testScope()).list();
    QCOMPARE(pairs.size(), 1);
    QCOMPARE(pairs.first().helperKind, QStringLiteral("party_member"));
    QCOMPARE(CarePairStore(m_t->db(), testScope()).activities(pairs.first().id).first().what,
             QStringLiteral("陪同就医"));
}

void CarePageTest::followUpRulesFromTheKeyboard()
{
    auto *view = m_page->findChild<QTableView *>(QStringLiteral("overdueView"));
    auto *level = m_page->findChild<QComboBox *>(QStringLiteral("levelFilter"));
    GuiTest::chooseByKeyboard(level, QStringLiteral("severe"));
    QTRY_COMPARE(view->model()->rowCount(), 0); // 残疾 is followed at the normal level
    const auto audited = [this] {
        SqlQuery q(m_t->db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'care_rule'"));
        return q.scalar().toInt();
    };
    const int rulesBefore = int(CareRules(m_t->db(), testScope()).list().size());
    SqlQuery tag(m_t->db(), QStringLiteral("SELECT id FROM tag WHERE code = ?"));
    const qint64 disabled = tag.exec(QStringLiteral("disabled")) ? tag.scalar().toLongLong() : 0;
    const qint64 emptyNest = tag.exec(QStringLiteral("empty_nest")) ? tag.scalar().toLongLong() : 0;
    QVERIFY(disabled > 0 && emptyNest > 0);
    auto *button = m_page->findChild<QPushButton *>(QStringLiteral("careRulesButton"));
    QVERIFY(button && button->isEnabled());
    const bool seen = GuiTest::withDialog(
        [&] {
            button->setFocus();
            QTest::keyClick(button, Qt::Key_Space);
        },
        [&](QDialog *d) {
            auto *dialog = qobject_cast<CareRulesDialog *>(d);
            QVERIFY(dialog);
            QTableWidget *table = dialog->rulesTable();
            QCOMPARE(table->rowCount(), rulesBefore);
            // Down the list to the 残疾 rule; the form below follows the chosen row.
            table->setFocus();
            for (int i = 0;
                 i < table->rowCount() && table->item(table->currentRow(), 0)->text() != QStringLiteral("残疾"); ++i)
                QTest::keyClick(table, Qt::Key_Down);
            QCOMPARE(table->item(table->currentRow(), 0)->text(), QStringLiteral("残疾"));
            auto *ruleLevel = d->findChild<QComboBox *>(QStringLiteral("ruleLevel"));
            QCOMPARE(ruleLevel->currentData().toString(), QStringLiteral("normal"));
            GuiTest::chooseByKeyboard(ruleLevel, QStringLiteral("severe"));
            auto *rhythm = d->findChild<QSpinBox *>(QStringLiteral("ruleRhythm"));
            rhythm->setFocus();
            QTest::keyClick(rhythm, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(rhythm, QStringLiteral("7"));
            QTest::keyClick(rhythm, Qt::Key_Return); // Enter saves the rule, the dialog stays
            QTRY_VERIFY(dialog->messageText().contains(CareRulesDialog::tr("Rule saved.")));
            QVERIFY(d->isVisible());
            QCOMPARE(table->item(table->currentRow(), 0)->text(), QStringLiteral("残疾"));
            QCOMPARE(table->item(table->currentRow(), 3)->text(), QStringLiteral("7"));
            // A new rule: 空巢 from 75, every 10 days.
            auto *add = d->findChild<QPushButton *>(QStringLiteral("newRule"));
            add->setFocus();
            QTest::keyClick(add, Qt::Key_Space);
            GuiTest::chooseByKeyboard(d->findChild<QComboBox *>(QStringLiteral("ruleTag")), emptyNest);
            auto *age = d->findChild<QSpinBox *>(QStringLiteral("ruleMinAge"));
            age->setFocus();
            QTest::keyClick(age, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(age, QStringLiteral("75"));
            rhythm->setFocus();
            QTest::keyClick(rhythm, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(rhythm, QStringLiteral("10"));
            QTest::keyClick(rhythm, Qt::Key_Return);
            QTRY_COMPARE(table->rowCount(), rulesBefore + 1);
            QTest::keyClick(d, Qt::Key_Escape);
            QTRY_VERIFY(!d->isVisible());
        });
    QVERIFY(seen);
    // Saved, each save audited, and the overdue list follows the new level at once.
    bool severe = false, added = false;
    for (const CareRule &r : CareRules(m_t->db(), testScope()).list()) {
        severe = severe || (r.tagId == disabled && r.level == QLatin1String("severe") && r.rhythmDays == 7);
        added = added || (r.tagId == emptyNest && r.minAge == 75 && r.rhythmDays == 10 && r.active);
    }
    QVERIFY(severe);
    QVERIFY(added);
    QCOMPARE(audited(), 2);
    QTRY_COMPARE(view->model()->rowCount(), 1);
}

void CarePageTest::rulesAreTheOfficesOnly()
{
    // A grid worker reads the overdue list but does not change the rules.
    const AccessScope worker(AccessScope::Role::GridWorker, 7, QStringLiteral("worker"), {m_t->gridA});
    CarePage page(m_t->db(), worker);
    auto *button = page.findChild<QPushButton *>(QStringLiteral("careRulesButton"));
    QVERIFY(button);
    QVERIFY(!button->isEnabled());
    CareRulesDialog dialog(m_t->db(), worker);
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("saveRule"))->isEnabled());
    QVERIFY(!dialog.saveRule());
    QVERIFY(!dialog.messageText().isEmpty());
}

QTEST_MAIN(CarePageTest)
#include "carepage_test.moc"
