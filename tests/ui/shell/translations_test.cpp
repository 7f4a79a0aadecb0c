// The Chinese translations are complete, consistent with their sources, compiled into the
// program, and the main window in Simplified Chinese shows no English words.
#include "models/workspace/workspace.h"
#include "tests/support/testsupport.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/translations.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString translation;
    bool unfinished = false;
};

QList<Message> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Message> messages;
    QString context;
    Message current;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            current = Message{context, {}, {}, false};
        } else if (xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QStringView type = xml.attributes().value(QLatin1String("type"));
            current.unfinished = type == QLatin1String("unfinished") || type == QLatin1String("vanished") ||
                                 type == QLatin1String("obsolete");
            current.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            messages.append(current);
        }
    }
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d+|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    found.removeDuplicates();
    return found;
}

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT

private slots:
    void complete_data();
    void complete();
    void compiledIntoTheProgram();
    void mainWindowShowsNoEnglish();
};

void TranslationsTest::complete_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("zh_CN") << QStringLiteral(CD_TRANSLATIONS_DIR "/communitydesk_zh_CN.ts");
    QTest::newRow("zh_TW") << QStringLiteral(CD_TRANSLATIONS_DIR "/communitydesk_zh_TW.ts");
}

void TranslationsTest::complete()
{
    QFETCH(QString, file);
    const QList<Message> messages = readTs(file);
    QVERIFY2(messages.size() > 200, qPrintable(file));
    for (const Message &m : messages) {
        const QString where = m.context + QStringLiteral(": ") + m.source;
        QVERIFY2(!m.unfinished, qPrintable(QStringLiteral("unfinished: ") + where));
        QVERIFY2(!m.translation.trimmed().isEmpty(), qPrintable(QStringLiteral("empty: ") + where));
        // A lost or extra %1 would show a raw placeholder or drop a value on screen.
        QVERIFY2(placeholders(m.source) == placeholders(m.translation), qPrintable(where));
        // An accelerator in the source needs one in the translation, or the shortcut is lost.
        if (m.source.contains(QRegularExpression(QStringLiteral("&[^& ]"))))
            QVERIFY2(m.translation.contains(QLatin1Char('&')), qPrintable(QStringLiteral("no accelerator: ") + where));
        // The office is a 社區 in Taiwan too; 社群 (OpenCC's s2twp phrase) is an online community.
        QVERIFY2(!m.translation.contains(QStringLiteral("社群")), qPrintable(QStringLiteral("社群: ") + where));
    }
}

void TranslationsTest::compiledIntoTheProgram()
{
    QTranslator simplified;
    QVERIFY(simplified.load(QStringLiteral(":/i18n/communitydesk_zh_CN.qm")));
    QCOMPARE(simplified.translate("MainWindow", "Household register"), QStringLiteral("住户台账"));
    QTranslator traditional;
    QVERIFY(traditional.load(QStringLiteral(":/i18n/communitydesk_zh_TW.qm")));
    QCOMPARE(traditional.translate("MainWindow", "Household register"), QStringLiteral("住戶臺賬"));
    QCOMPARE(Translations::localeFor(QStringLiteral("zh_TW")).script(), QLocale::TraditionalChineseScript);
}

void TranslationsTest::mainWindowShowsNoEnglish()
{
    Translations::install(qApp, QStringLiteral("zh_CN"));
    TestDatabase t;
    MainWindow window(t.db(), testScope());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Visit every page: some are made or filled when first shown.
    for (int row = 0; row < window.navigation()->count(); ++row) {
        window.navigation()->setCurrentRow(row);
        QApplication::processEvents();
    }
    window.navigation()->setCurrentRow(0);

    // Words of two or more Latin letters are English, except these, which clerks type themselves.
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
    static const QStringList allowed = {
        QStringLiteral("Ctrl"), QStringLiteral("zs"), QStringLiteral("FILE"),
        QStringLiteral("memory"), // ":memory:" is the test database path in the status bar
        // file formats are called by their names in Chinese too
        QStringLiteral("GeoJSON"), QStringLiteral("PDF"), QStringLiteral("PNG"), QStringLiteral("CSV"),
        QStringLiteral("Excel"), QStringLiteral("JPG"), QStringLiteral("XLSX")};
    QStringList english;
    const auto check = [&](const QString &where, QString text) {
        text.remove(QRegularExpression(QStringLiteral("<[^>]*>"))); // markup is not shown
        for (auto it = word.globalMatch(text); it.hasNext();) {
            const QString w = it.next().captured(0);
            if (!allowed.contains(w))
                english << where + QStringLiteral(": ") + text;
        }
    };
    for (QWidget *w : window.findChildren<QWidget *>()) {
        const QString name = QString::fromLatin1(w->metaObject()->className());
        if (auto *label = qobject_cast<QLabel *>(w))
            check(name, label->text());
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            check(name, button->text());
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            check(name, edit->placeholderText());
        if (auto *combo = qobject_cast<QComboBox *>(w))
            for (int i = 0; i < combo->count(); ++i)
                check(name, combo->itemText(i));
        if (auto *header = qobject_cast<QHeaderView *>(w); header && header->model())
            for (int i = 0; i < header->count(); ++i)
                check(name, header->model()->headerData(i, header->orientation()).toString());
        for (QAction *action : w->actions())
            check(QStringLiteral("action"), action->text());
    }
    for (QAction *menu : window.menuBar()->actions()) {
        check(QStringLiteral("menu"), menu->text());
        if (menu->menu())
            for (QAction *action : menu->menu()->actions())
                check(QStringLiteral("menu item"), action->text());
    }
    english.removeDuplicates();
    QVERIFY2(english.isEmpty(), qPrintable(english.join(QLatin1Char('\n'))));
    QCOMPARE(window.windowTitle().left(5), QStringLiteral("社区工作台"));
}

QTEST_MAIN(TranslationsTest)
#include "translations_test.moc"
