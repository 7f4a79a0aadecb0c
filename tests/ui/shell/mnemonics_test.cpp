// Every Alt+letter of a window leads to one place (issue 24: Alt+H opened 帮助, not 编辑住户(H);
// 电话(P) twice; 房号(R) and 与户主关系(R)), in English and in Simplified Chinese, menus included;
// and no "(&C)" or "(C)" is shown as plain text where Qt does not make it a mnemonic. What it
// finds is printed, so the translator can see each window's letters.
#include "models/access/accessscope.h"
#include "models/access/account.h"
#include "models/demo/demogenerator.h"
#include "models/register/registerstore.h"
#include "models/volunteers/volunteer.h"
#include "models/workspace/workspace.h"
#include "tests/support/testsupport.h"
#include "ui/access/accounteditdialog.h"
#include "ui/access/accountsdialog.h"
#include "ui/access/firstrundialog.h"
#include "ui/access/lockdialog.h"
#include "ui/access/serverpassworddialog.h"
#include "ui/care/assistancedialog.h"
#include "ui/care/carepairdialog.h"
#include "ui/care/pairactivitydialog.h"
#include "ui/cases/casecategorydialog.h"
#include "ui/cases/caseintakedialog.h"
#include "ui/events/eventdialog.h"
#include "ui/forms/formfilldialog.h"
#include "ui/importing/importwizard.h"
#include "ui/mediation/mediationdialog.h"
#include "ui/mediation/rentaldialog.h"
#include "ui/meetings/meetingdialog.h"
#include "ui/paper/paperkeyindialog.h"
#include "ui/register/communitysetupdialog.h"
#include "ui/register/duplicatereviewdialog.h"
#include "ui/register/householddialog.h"
#include "ui/register/movehouseholddialog.h"
#include "ui/register/placerolesdialog.h"
#include "ui/register/residentdialog.h"
#include "ui/register/residenttagsdialog.h"
#include "ui/register/statuschangedialog.h"
#include "ui/register/tagmanagerdialog.h"
#include "ui/reports/reporttemplatedialog.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/settingsdialog.h"
#include "ui/shell/translations.h"
#include "ui/visits/visitdialog.h"
#include "ui/volunteers/volunteerdialog.h"
#include "ui/volunteers/volunteerpostdialog.h"
#include "ui/volunteers/volunteerteamdialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTabBar>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

#include <functional>
#include <map>

namespace {

QString mnemonicOf(const QString &text)
{
    return QKeySequence::mnemonic(text).toString(QKeySequence::PortableText);
}

// "(H)" or "(&H)" as plain text: a mnemonic the reader sees but Alt does not reach.
bool showsLiteralMnemonic(const QString &text)
{
    // "(s)" in "day(s)" is English, not a key.
    static const QRegularExpression literal(QStringLiteral("[(（]&?[A-Z0-9][)）]|&[A-Za-z0-9]"));
    return literal.match(text).hasMatch();
}

struct Findings
{
    QStringList duplicates;
    QStringList literals;
    QStringList report; // every key and what it reaches, for the printout
};

// The Alt keys of one scope (a window's widgets with its menu bar, or one menu).
void checkScope(const QString &scope, const QList<std::pair<QString, QString>> &keyed, Findings &findings)
{
    std::map<QString, QStringList> byKey;
    for (const auto &[key, what] : keyed)
        byKey[key].append(what);
    QStringList line;
    for (const auto &[key, whats] : byKey) {
        line.append(QStringLiteral("%1=%2").arg(key, whats.join(QLatin1Char('|'))));
        if (whats.size() > 1)
            findings.duplicates.append(
                QStringLiteral("%1: %2 on %3").arg(scope, key, whats.join(QStringLiteral(", "))));
    }
    findings.report.append(QStringLiteral("%1: %2").arg(scope, line.join(QStringLiteral("  "))));
}

void checkMenu(const QString &scope, QMenu *menu, Findings &findings)
{
    QList<std::pair<QString, QString>> keyed;
    for (QAction *a : menu->actions()) {
        if (a->isSeparator() || !a->isVisible())
            continue;
        const QString key = mnemonicOf(a->text());
        if (!key.isEmpty() && a->isEnabled())
            keyed.append({key, a->text()});
        if (a->menu())
            checkMenu(scope + QStringLiteral(" › ") + a->text(), a->menu(), findings);
    }
    checkScope(scope, keyed, findings);
}

void checkWindow(const QString &scope, QWidget *window, Findings &findings)
{
    QList<std::pair<QString, QString>> keyed;
    const auto add = [&](const QString &text) {
        const QString key = mnemonicOf(text);
        if (!key.isEmpty())
            keyed.append({key, text});
    };
    if (showsLiteralMnemonic(window->windowTitle()))
        findings.literals.append(QStringLiteral("%1: window title \"%2\"").arg(scope, window->windowTitle()));
    QSet<QAction *> seenActions;
    // Shortcuts with Alt (the View menu's pages) share the keys with the mnemonics.
    const auto altShortcuts = [&](QAction *a) {
        if (seenActions.contains(a) || !a->isEnabled())
            return;
        seenActions.insert(a);
        for (const QKeySequence &shortcut : a->shortcuts())
            if (shortcut.count() == 1 && shortcut[0].keyboardModifiers() == Qt::AltModifier)
                keyed.append({shortcut.toString(QKeySequence::PortableText), a->text()});
    };
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(window) || w->window() != window)
            continue;
        const auto literal = [&](const QString &what, const QString &text) {
            if (showsLiteralMnemonic(text))
                findings.literals.append(QStringLiteral("%1: %2 \"%3\"").arg(scope, what, text));
        };
        if (auto *menuBar = qobject_cast<QMenuBar *>(w)) {
            for (QAction *a : menuBar->actions()) {
                if (!a->isVisible() || !a->isEnabled())
                    continue;
                add(a->text());
                if (a->menu())
                    checkMenu(scope + QStringLiteral(" › ") + a->text(), a->menu(), findings);
                if (a->menu())
                    for (QAction *item : a->menu()->actions())
                        altShortcuts(item);
            }
            continue;
        }
        if (auto *tool = qobject_cast<QToolButton *>(w); tool && tool->defaultAction()) {
            // A tool bar's button shows its action's text without "&", so "(&H)" shows as "(H)".
            literal(QStringLiteral("tool button"), tool->text());
            continue;
        }
        if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            if (w->isEnabled())
                add(button->text());
        } else if (auto *label = qobject_cast<QLabel *>(w)) {
            if (label->buddy()) {
                if (label->buddy()->isEnabled())
                    add(label->text());
            } else if (label->textFormat() != Qt::RichText && !label->text().contains(QLatin1Char('<')))
                literal(QStringLiteral("label without a buddy"), label->text());
        } else if (auto *group = qobject_cast<QGroupBox *>(w)) {
            if (w->isEnabled())
                add(group->title());
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                if (tabs->isTabVisible(i) && tabs->isTabEnabled(i))
                    add(tabs->tabText(i));
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                literal(QStringLiteral("choice"), combo->itemText(i));
        } else if (auto *header = qobject_cast<QHeaderView *>(w); header && header->model()) {
            for (int i = 0; i < header->count(); ++i)
                literal(QStringLiteral("column"), header->model()->headerData(i, header->orientation()).toString());
        } else if (auto *list = qobject_cast<QListWidget *>(w)) {
            for (int i = 0; i < qMin(list->count(), 50); ++i)
                literal(QStringLiteral("list entry"), list->item(i)->text());
        }
        for (QAction *a : w->actions())
            altShortcuts(a);
    }
    checkScope(scope, keyed, findings);
}

} // namespace

class MnemonicsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyWindow_data();
    void everyWindow();
    void everyPageHasItsKey();

private:
    void language(const QString &code);
    void checkDialogs(Findings &findings);

    std::unique_ptr<Database> m_demo;
};

void MnemonicsTest::initTestCase()
{
    // A small demo community, so every page and form has its rows and buttons.
    m_demo = std::make_unique<Database>(QStringLiteral("mnemonics-demo"));
    QVERIFY(Workspace::open(*m_demo, QStringLiteral(":memory:")));
    DemoGenerator generator(m_demo->connection(), 5);
    QVERIFY2(generator.generate(200), qPrintable(generator.errorText()));
}

void MnemonicsTest::language(const QString &code)
{
    for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    Translations::install(qApp, code);
}

void MnemonicsTest::everyWindow_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

void MnemonicsTest::everyWindow()
{
    QFETCH(QString, code);
    language(code);
    const SignedIn signedIn(AccessScope::Role::Administrator, QStringLiteral("admin"), QStringLiteral("刘主任"));
    Findings findings;
    {
        MainWindow window(m_demo->connection(), testScope());
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QListWidget *nav = window.navigation();
        for (int row = 0; row < nav->count(); ++row) {
            nav->setCurrentRow(row);
            QApplication::processEvents();
            checkWindow(QStringLiteral("main window, page %1 (%2)").arg(row + 1).arg(nav->item(row)->text()), &window,
                        findings);
        }
    }
    checkDialogs(findings);
    for (const QString &line : std::as_const(findings.report))
        qInfo("%s", qPrintable(line));
    for (const QString &line : std::as_const(findings.literals))
        qInfo("LITERAL %s", qPrintable(line));
    for (const QString &line : std::as_const(findings.duplicates))
        qInfo("DUPLICATE %s", qPrintable(line));
    QVERIFY2(findings.duplicates.isEmpty(), qPrintable(findings.duplicates.join(QLatin1Char('\n'))));
    QVERIFY2(findings.literals.isEmpty(), qPrintable(findings.literals.join(QLatin1Char('\n'))));
}

void MnemonicsTest::everyPageHasItsKey()
{
    // Pages 10 and 11 had no key (Alt+: and Alt+; were what the count gave): Alt with the number
    // row's keys, 1…9, 0, - and =, reaches each page.
    language(QStringLiteral("en"));
    const SignedIn signedIn(AccessScope::Role::Administrator, QStringLiteral("admin"), QStringLiteral("刘主任"));
    MainWindow window(m_demo->connection(), testScope());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const Qt::Key keys[] = {Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4, Qt::Key_5,     Qt::Key_6,
                            Qt::Key_7, Qt::Key_8, Qt::Key_9, Qt::Key_0, Qt::Key_Minus, Qt::Key_Equal};
    QListWidget *nav = window.navigation();
    QVERIFY(nav->count() >= 11);
    const int keyed = qMin(nav->count(), int(std::size(keys)));
    for (int row = keyed - 1; row >= 0; --row) {
        QTest::keyClick(&window, keys[row], Qt::AltModifier);
        QTRY_COMPARE(nav->currentRow(), row);
    }
    // Pages past the number row (an administrator's audit log): Ctrl+PgDn walks on and wraps
    // round to the first; Ctrl+PgUp walks back.
    QTest::keyClick(&window, keys[keyed - 1], Qt::AltModifier);
    QTRY_COMPARE(nav->currentRow(), keyed - 1);
    for (int row = keyed; row < nav->count(); ++row) {
        QTest::keyClick(&window, Qt::Key_PageDown, Qt::ControlModifier);
        QTRY_COMPARE(nav->currentRow(), row);
    }
    QTest::keyClick(&window, Qt::Key_PageDown, Qt::ControlModifier);
    QTRY_COMPARE(nav->currentRow(), 0);
    QTest::keyClick(&window, Qt::Key_PageUp, Qt::ControlModifier);
    QTRY_COMPARE(nav->currentRow(), nav->count() - 1);
}

void MnemonicsTest::checkDialogs(Findings &findings)
{
    QSqlDatabase db = m_demo->connection();
    const AccessScope scope = testScope();
    const auto check = [&](const QString &name, QWidget &dialog) {
        dialog.resize(1366 * 2 / 3, 768 * 3 / 4);
        dialog.show();
        if (!QTest::qWaitForWindowExposed(&dialog))
            findings.duplicates.append(name + QStringLiteral(": never shown"));
        checkWindow(name, &dialog, findings);
        dialog.hide();
    };
    RegisterStore store(db, scope);
    QSqlQuery first(QStringLiteral("SELECT MIN(id) FROM resident"), db);
    QVERIFY(first.next());
    const qint64 someone = first.value(0).toLongLong();
    const std::optional<Resident> resident = store.resident(someone);
    QVERIFY(resident);
    {
        HouseholdDialog d(db, scope, resident->householdId, 0);
        check(QStringLiteral("household"), d);
    }
    {
        HouseholdDialog d(db, scope, 0, 0);
        check(QStringLiteral("new household"), d);
    }
    {
        ResidentDialog d(db, scope, *resident);
        check(QStringLiteral("resident"), d);
    }
    {
        SettingsDialog d(db, scope);
        check(QStringLiteral("settings"), d);
    }
    {
        LockDialog d(db, scope);
        check(QStringLiteral("lock"), d);
    }
    {
        ServerPasswordDialog d(QStringLiteral("password?"), true);
        check(QStringLiteral("server password"), d);
    }
    {
        CommunitySetupDialog d(db, scope);
        check(QStringLiteral("community set-up"), d);
    }
    {
        CaseIntakeDialog d(db, scope);
        check(QStringLiteral("case intake"), d);
    }
    {
        CaseCategoryDialog d(db, scope);
        check(QStringLiteral("case categories"), d);
    }
    {
        EventDialog d(db, scope);
        check(QStringLiteral("event"), d);
    }
    {
        MeetingDialog d(db, scope);
        check(QStringLiteral("meeting"), d);
    }
    {
        VisitDialog d(db, scope);
        check(QStringLiteral("visit"), d);
    }
    {
        VolunteerDialog d(db, scope, Volunteer());
        check(QStringLiteral("volunteer"), d);
    }
    {
        AccountsDialog d(db, scope);
        check(QStringLiteral("accounts"), d);
    }
    {
        AccountEditDialog d(db, scope, Account());
        check(QStringLiteral("account"), d);
    }
    {
        FirstRunDialog d(db);
        check(QStringLiteral("first run"), d);
    }
    {
        StatusChangeDialog d(QStringLiteral("Move out"), QStringLiteral("When?"));
        check(QStringLiteral("status change"), d);
    }
    {
        MoveHouseholdDialog d(db, scope, resident->name);
        check(QStringLiteral("move to another household"), d);
    }
    {
        ReportTemplateDialog d{ReportTemplate()};
        check(QStringLiteral("report template"), d);
    }
    {
        VolunteerTeamDialog d(db, scope, VolunteerTeam());
        check(QStringLiteral("volunteer team"), d);
    }
    {
        VolunteerPostDialog d(db, scope, RosterStore::Post());
        check(QStringLiteral("volunteer post"), d);
    }
    {
        ImportWizard d(db, scope);
        check(QStringLiteral("import wizard"), d);
    }
    // The forms added in the last round (tags, care, mediation, duplicates, 一表通, paper key-in).
    {
        TagManagerDialog d(db, scope);
        check(QStringLiteral("tag manager"), d);
    }
    {
        ResidentTagsDialog d(db, scope, someone);
        check(QStringLiteral("resident's tags"), d);
    }
    {
        DuplicateReviewDialog d(db, scope);
        check(QStringLiteral("duplicate review"), d);
    }
    {
        QSqlQuery compound(QStringLiteral("SELECT MIN(id) FROM compound"), db);
        QVERIFY(compound.next());
        PlaceRolesDialog d(db, scope, compound.value(0).toLongLong());
        check(QStringLiteral("contacts of a compound"), d);
    }
    {
        CarePairDialog d(db, scope);
        check(QStringLiteral("care pairing"), d);
    }
    {
        AssistanceDialog d(db, scope, resident->householdId);
        check(QStringLiteral("assistance"), d);
    }
    {
        PairActivityDialog d(db, scope, 0);
        check(QStringLiteral("pairing activity"), d);
    }
    {
        MediationDialog d(db, scope);
        check(QStringLiteral("mediation"), d);
    }
    {
        RentalDialog d(db, scope);
        check(QStringLiteral("rented room"), d);
    }
    {
        FormFillDialog d(db, scope);
        check(QStringLiteral("一表通"), d);
    }
    {
        PaperKeyInDialog d(db, scope);
        check(QStringLiteral("paper key-in"), d);
    }
}

QTEST_MAIN(MnemonicsTest)
#include "mnemonics_test.moc"
