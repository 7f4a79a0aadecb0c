#include "guitestsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTest>
#include <QTimer>

namespace GuiTest {

bool opensDialog(const std::function<void()> &trigger)
{
    bool opened = false;
    const QPointer<QWidget> outer = QApplication::activeModalWidget();
    QTimer timer;
    timer.setInterval(20);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (dialog && dialog != outer) {
            opened = true;
            dialog->reject();
        }
    });
    timer.start();
    trigger();
    QTest::qWait(150); // a dialog opened through a queued call comes a little later
    return opened;
}

bool withDialog(const std::function<void()> &trigger, const std::function<void(QDialog *)> &handle)
{
    bool seen = false;
    const QPointer<QWidget> outer = QApplication::activeModalWidget();
    QTimer timer;
    timer.setInterval(10);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (seen || !dialog || dialog == outer || !dialog->isVisible())
            return;
        seen = true;
        timer.stop();
        handle(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
    timer.start();
    trigger();
    return seen;
}

std::shared_ptr<bool> onNextDialog(QObject *context, const std::function<void(QDialog *)> &handle)
{
    auto seen = std::make_shared<bool>(false);
    const QPointer<QWidget> before = QApplication::activeModalWidget();
    auto *timer = new QTimer(context);
    timer->setInterval(10);
    auto ticks = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, context, [=] {
        if (++*ticks > 1000) { // 10 s: none came
            timer->stop();
            timer->deleteLater();
            return;
        }
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog == before || !dialog->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        *seen = true;
        // A busy machine shows the dialog before the window system makes it active; keys and
        // focus changes sent before that are lost, so wait for it as a clerk would.
        dialog->activateWindow();
        if (!QTest::qWaitForWindowActive(dialog))
            qWarning("onNextDialog: the dialog never became active");
        handle(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
    timer->start();
    return seen;
}

void chooseByKeyboard(QComboBox *combo, const QVariant &data)
{
    combo->setFocus();
    const int target = combo->findData(data);
    QVERIFY(target >= 0);
    while (combo->currentIndex() < target)
        QTest::keyClick(combo, Qt::Key_Down);
    while (combo->currentIndex() > target)
        QTest::keyClick(combo, Qt::Key_Up);
}

void languageRows()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

std::shared_ptr<LongWorkEnd> saveAs(QObject *context, const QString &target, const QString &choice)
{
    auto end = std::make_shared<LongWorkEnd>();
    auto *timer = new QTimer(context);
    timer->setInterval(50);
    auto ticks = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, context, [=] {
        if (++*ticks > 400 || end->answered) { // 20 s, or done
            timer->stop();
            timer->deleteLater();
            return;
        }
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *files = qobject_cast<QFileDialog *>(w);
            if (!files || !files->isVisible())
                continue;
            auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            if (!name)
                return;
            if (!end->typed) {
                end->typed = true;
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
        if (!box || box->objectName() != QLatin1String("longWorkDone"))
            return;
        end->text = box->text();
        end->openFolder = box->findChild<QPushButton *>(QStringLiteral("openFolder")) != nullptr;
        end->openFile = box->findChild<QPushButton *>(QStringLiteral("openFile")) != nullptr;
        if (auto *button = box->findChild<QPushButton *>(choice)) {
            end->answered = true;
            QTest::mouseClick(button, Qt::LeftButton);
        }
    });
    timer->start();
    return end;
}

} // namespace GuiTest
