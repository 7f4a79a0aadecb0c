#pragma once

#include <functional>
#include <memory>
#include <QString>
#include <QVariant>

class QComboBox;
class QDialog;
class QObject;

// What the GUI tests do again and again with modal dialogs and combo boxes.
namespace GuiTest {

// Runs `trigger` and waits a moment; true if a modal dialog opened, which is then closed unsaved.
bool opensDialog(const std::function<void()> &trigger);
// Runs `handle` on the modal dialog `trigger` opens (not one already open); a dialog the handler
// leaves open is rejected. Returns whether a dialog came.
bool withDialog(const std::function<void()> &trigger, const std::function<void(QDialog *)> &handle);
// The same for a dialog opened later, by whatever the test does next: watches for up to 10 s
// (timers are children of `context`), and the result says whether one came.
std::shared_ptr<bool> onNextDialog(QObject *context, const std::function<void(QDialog *)> &handle);
// A data function's column "language" with a row for each language a screen is checked in:
// "en" and "zh_CN" (for Translations::install).
void languageRows();
// Moves a combo box to the entry with this data with the arrow keys, as a clerk would.
void chooseByKeyboard(QComboBox *combo, const QVariant &data);

// What saveAs() saw of a save that runs as long work (LongWork): the file dialog typed into,
// then the end's message with its buttons.
struct LongWorkEnd
{
    bool typed = false;    // the name went into Qt's file dialog and Enter was pressed
    bool answered = false; // the end's message came and `choice` was clicked
    bool openFolder = false;
    bool openFile = false;
    QString text; // the end's message
};
// Watches (timers are children of `context`) for the file dialog the next action opens, types
// `target` into it and presses Enter, then clicks the button named `choice` ("openFolder" or
// "openFile") in LongWork's closing message.
std::shared_ptr<LongWorkEnd> saveAs(QObject *context, const QString &target, const QString &choice);

} // namespace GuiTest
