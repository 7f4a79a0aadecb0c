#include "datefield.h"

#include <QDate>
#include <QDateTimeEdit>
#include <QKeyEvent>
#include <QLineEdit>

namespace {

// QWidget::focusNextPrevChild is protected; QDateTimeEdit overrides it to move between its
// sections, so the window's own (the plain QWidget one) moves the focus instead.
struct FocusMover : QWidget
{
    static bool move(QWidget *window, bool next) { return (window->*(&FocusMover::focusNextPrevChild))(next); }
};

} // namespace

DateField::DateField(QDateTimeEdit *edit)
    : QObject(edit)
{
    setObjectName(QStringLiteral("dateField"));
}

void DateField::tabLeaves(QDateTimeEdit *edit)
{
    if (!edit || edit->findChild<DateField *>(QStringLiteral("dateField"), Qt::FindDirectChildrenOnly))
        return;
    edit->installEventFilter(new DateField(edit));
}

void DateField::tabLeavesAll(QWidget *root)
{
    for (QDateTimeEdit *edit : root->findChildren<QDateTimeEdit *>())
        tabLeaves(edit);
}

bool DateField::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    auto *edit = static_cast<QDateTimeEdit *>(watched);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    const bool back =
        key->key() == Qt::Key_Backtab || (key->key() == Qt::Key_Tab && key->modifiers() & Qt::ShiftModifier);
    if (key->key() == Qt::Key_Tab || back) {
        // What was typed counts before the focus moves on (as Enter would make it).
        edit->interpretText();
        FocusMover::move(edit->window(), !back);
        return true;
    }
    const QString text = key->text();
    if (text.size() != 1)
        return false;
    const auto *line = edit->findChild<QLineEdit *>();
    if (!line)
        return false;
    const QChar typed = text.at(0);
    if (typed.isDigit() && !edit->specialValueText().isEmpty() && edit->dateTime() == edit->minimumDateTime()) {
        // A blank optional date: the first digit starts a date (today's, its year being typed over)
        // instead of being lost in the blank.
        edit->setDate(QDate::currentDate());
        edit->setCurrentSectionIndex(0);
        edit->setSelectedSection(edit->currentSection());
        return false;
    }
    if (typed.isPunct() || typed.isSpace()) {
        // "2021-7-8" as typed by hand: a full year or a one-digit month has already moved on to the
        // next part, so the separator typed after it is one already passed, not a second step.
        const int at = line->hasSelectedText() ? line->selectionStart() : line->cursorPosition();
        if (at > 0 && !line->text().at(at - 1).isDigit())
            return true;
    }
    return false;
}
