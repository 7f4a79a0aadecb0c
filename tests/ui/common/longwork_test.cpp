// Long work as a clerk meets it: the export button asks for a file, writes it, and offers to
// open the folder or the file; Cancel in the progress dialog leaves no file, not even a part.
#include "ui/common/listexportbutton.h"
#include "ui/common/longwork.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

namespace {

template<class T> T *visibleTopLevel()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *found = qobject_cast<T *>(w); found && found->isVisible())
            return found;
    return nullptr;
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

class LongWorkTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void exportEndsWithOpenFolderAndOpenFile();
    void cancelLeavesNoFile();
    void failedWorkKeepsTheOldFile();

private:
    QList<QUrl> m_opened;
};

void LongWorkTest::init()
{
    m_opened.clear();
    LongWork::setOpener([this](const QUrl &url) {
        m_opened << url;
        return true;
    });
}

void LongWorkTest::cleanup()
{
    LongWork::setOpener({});
}

void LongWorkTest::exportEndsWithOpenFolderAndOpenFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStandardItemModel model(3, 2);
    for (int r = 0; r < 3; ++r)
        for (int c = 0; c < 2; ++c)
            model.setItem(r, c, new QStandardItem(QStringLiteral("r%1c%2").arg(r).arg(c)));
    QWidget window;
    auto *view = new QTableView(&window);
    view->setModel(&model);
    auto *button = new ListExportButton(view, QStringLiteral("list.csv"), &window);
    button->move(0, 200);
    window.resize(400, 300);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString target = dir.filePath(QStringLiteral("list.csv"));

    for (const QString &choice : {QStringLiteral("openFolder"), QStringLiteral("openFile")}) {
        QFile::remove(target);
        bool typed = false;
        bool answered = false;
        // The clerk types the file name into Qt's file dialog and presses Enter, then chooses how to open it.
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            if (auto *files = visibleTopLevel<QFileDialog>()) {
                auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
                if (!name)
                    return;
                if (!typed) {
                    typed = true;
                    name->selectAll();
                    QTest::keyClicks(name, target);
                }
                // The name's completion list may be open: close it, then Enter saves.
                if (QWidget *popup = QApplication::activePopupWidget())
                    popup->hide();
                QTest::keyClick(name, Qt::Key_Return);
                return;
            }
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!answered && box && box->objectName() == QLatin1String("longWorkDone")) {
                answered = true;
                QVERIFY(box->text().contains(QDir::toNativeSeparators(target)));
                auto *open = box->findChild<QPushButton *>(choice);
                QVERIFY(open);
                QVERIFY(box->findChild<QPushButton *>(QStringLiteral("openFolder")));
                QVERIFY(box->findChild<QPushButton *>(QStringLiteral("openFile")));
                QTest::mouseClick(open, Qt::LeftButton);
            }
        });
        poll.start(50);
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY(answered);
        QVERIFY(QFile::exists(target));
        // Only the file itself: no part file left beside it.
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("list.csv")});
    }
    QCOMPARE(m_opened.size(), 2);
    QCOMPARE(m_opened.at(0), QUrl::fromLocalFile(QFileInfo(dir.path()).absoluteFilePath()));
    QCOMPARE(m_opened.at(1), QUrl::fromLocalFile(QFileInfo(target).absoluteFilePath()));
}

void LongWorkTest::cancelLeavesNoFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString target = dir.filePath(QStringLiteral("report.pdf"));
    {
        QFile old(target);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("last month's report");
    }
    QWidget window;
    window.resize(400, 300);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    LongWork work(QStringLiteral("导出月报"), QStringLiteral("正在生成月报…"), &window);
    bool clicked = false;
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&] {
        QProgressDialog *progress = work.dialog();
        if (clicked || !progress->isVisible())
            return;
        auto *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        clicked = true;
        QTest::mouseClick(cancel, Qt::LeftButton);
    });
    poll.start(50);
    QString error;
    bool partWritten = false;
    const bool written = work.writeFile(
        target,
        [&](const QString &part, QString *) {
            QFile file(part);
            if (!file.open(QIODevice::WriteOnly))
                return false;
            file.write("half a report");
            file.flush();
            partWritten = QFile::exists(part);
            for (int i = 0; i < 400; ++i) {
                QTest::qWait(10);
                if (!work.step(i / 400.0))
                    return false;
            }
            return true;
        },
        &error);
    QVERIFY(clicked);
    QVERIFY(partWritten);
    QVERIFY(!written);
    QVERIFY(work.wasCanceled());
    // The old file is as it was, and nothing else is there.
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("report.pdf")});
    QFile old(target);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("last month's report"));
    // A cancel is the clerk's choice: no message about it.
    work.fail(error);
    QVERIFY(!QApplication::activeModalWidget());
}

void LongWorkTest::failedWorkKeepsTheOldFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString target = dir.filePath(QStringLiteral("list.xlsx"));
    LongWork work(QStringLiteral("Export"), QStringLiteral("Exporting"), nullptr);
    QString error;
    const bool written = work.writeFile(
        target,
        [](const QString &part, QString *e) {
            QFile file(part);
            if (file.open(QIODevice::WriteOnly))
                file.write("half");
            *e = QStringLiteral("the disk is full");
            return false;
        },
        &error);
    QVERIFY(!written);
    QCOMPARE(error, QStringLiteral("the disk is full"));
    QVERIFY(entries(dir.path()).isEmpty());
}

QTEST_MAIN(LongWorkTest)
#include "longwork_test.moc"
