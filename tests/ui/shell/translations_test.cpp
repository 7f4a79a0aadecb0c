// The Chinese translations are complete, consistent with their sources, compiled into the
// program, and the main window in Simplified Chinese shows no English words.
#include "models/workspace/workspace.h"
#include "tests/support/testsupport.h"
#include "ui/common/longwork.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/translations.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
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
    void qtDialogsShowNoEnglish();
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

void TranslationsTest::qtDialogsShowNoEnglish()
{
    Translations::install(qApp, QStringLiteral("zh_CN"));
    // What a dialog shows in its labels, buttons and column titles, less the "(&S)" mnemonics
    // Chinese texts carry: no Latin letter may be left.
    static const QRegularExpression mnemonic(QStringLiteral("\\(&?[A-Za-z]\\)"));
    static const QRegularExpression latin(QStringLiteral("[A-Za-z]"));
    const auto english = [](QWidget *dialog) {
        QStringList found;
        const auto check = [&found](const QString &where, QString text) {
            text.remove(mnemonic);
            text.remove(QLatin1Char('&'));
            if (text.contains(latin))
                found << where + QStringLiteral(": ") + text;
        };
        check(QStringLiteral("title"), dialog->windowTitle());
        for (QWidget *w : dialog->findChildren<QWidget *>()) {
            if (!w->isVisibleTo(dialog))
                continue;
            if (auto *label = qobject_cast<QLabel *>(w))
                check(QStringLiteral("label"), label->text());
            if (auto *button = qobject_cast<QAbstractButton *>(w))
                check(QStringLiteral("button"), button->text());
            if (auto *header = qobject_cast<QHeaderView *>(w); header && header->model())
                for (int i = 0; i < header->count(); ++i)
                    if (!header->isSectionHidden(i))
                        check(QStringLiteral("column"),
                              header->model()->headerData(i, header->orientation()).toString());
        }
        return found;
    };

    // Qt's own file dialog, as the export and the backup folder open it.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("photos")));
    QFileDialog files(nullptr, QStringLiteral("导出名单"), dir.path());
    files.setOption(QFileDialog::DontUseNativeDialog);
    files.setAcceptMode(QFileDialog::AcceptSave);
    files.setViewMode(QFileDialog::Detail);
    files.show();
    QVERIFY(QTest::qWaitForWindowExposed(&files));
    QStringList found = english(&files);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    // The progress of long work: its title and label are ours, its Cancel is Qt's.
    LongWork work(QStringLiteral("导出名单"), QStringLiteral("正在导出名单…"), nullptr);
    work.dialog()->show();
    QVERIFY(QTest::qWaitForWindowExposed(work.dialog()));
    found = english(work.dialog());
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    QCOMPARE(work.dialog()->findChild<QPushButton *>()->text(), QStringLiteral("取消"));

    // A message box's standard buttons.
    QMessageBox box(QMessageBox::Question, QStringLiteral("恢复备份"), QStringLiteral("用备份替换人口台账吗？"),
                    QMessageBox::Yes | QMessageBox::No | QMessageBox::Close);
    box.show();
    QVERIFY(QTest::qWaitForWindowExposed(&box));
    found = english(&box);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));

    // The Type column says 文件夹, not "Folder" (qtbase's file leaves it out; ours has it).
    auto *model = files.findChild<QFileSystemModel *>();
    QVERIFY(model);
    const QModelIndex folder = model->index(QDir(dir.path()).filePath(QStringLiteral("photos")), 2);
    QTRY_VERIFY(folder.data().isValid());
    QCOMPARE(folder.data().toString(), QStringLiteral("文件夹"));
}

QTEST_MAIN(TranslationsTest)
#include "translations_test.moc"
