#include "formguard.h"

#include "datefield.h"
#include "savewhenback.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QCalendarWidget>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTextEdit>
#include <QTimer>

namespace {

// The data an item view shows (a member list, a picker's chosen people), enough to notice a change.
QString contents(const QAbstractItemModel *model)
{
    if (!model)
        return {};
    QString text = QString::number(model->rowCount()) + QLatin1Char('|');
    const int rows = qMin(model->rowCount(), 2000);
    const int columns = qMin(model->columnCount(), 30);
    for (int row = 0; row < rows; ++row)
        for (int column = 0; column < columns; ++column) {
            const QModelIndex index = model->index(row, column);
            text += index.data(Qt::DisplayRole).toString() + QLatin1Char('\x1f') +
                    index.data(Qt::CheckStateRole).toString() + QLatin1Char('\x1e');
        }
    return text;
}

// The value of an input a clerk can change, or an invalid QVariant for anything else.
QVariant valueOf(const QWidget *w)
{
    if (const auto *date = qobject_cast<const QDateTimeEdit *>(w))
        return date->dateTime();
    if (const auto *spin = qobject_cast<const QAbstractSpinBox *>(w))
        return spin->text();
    if (const auto *combo = qobject_cast<const QComboBox *>(w))
        return QString(QString::number(combo->currentIndex()) + QLatin1Char('|') + combo->currentText());
    if (const auto *line = qobject_cast<const QLineEdit *>(w))
        return line->text();
    if (const auto *plain = qobject_cast<const QPlainTextEdit *>(w))
        return plain->toPlainText();
    if (const auto *rich = qobject_cast<const QTextEdit *>(w))
        return rich->toPlainText();
    if (const auto *button = qobject_cast<const QAbstractButton *>(w); button && button->isCheckable())
        return button->isChecked();
    if (const auto *view = qobject_cast<const QAbstractItemView *>(w); view && !qobject_cast<const QHeaderView *>(w))
        return contents(view->model());
    return {};
}

void collect(const QWidget *parent, QHash<const QWidget *, QVariant> &values)
{
    for (const QWidget *child : parent->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        // Popups, message boxes and the date fields' calendars are not the form's fields.
        if (child->isWindow() || qobject_cast<const QCalendarWidget *>(child))
            continue;
        const QVariant value = valueOf(child);
        if (value.isValid())
            values.insert(child, value);
        // A spin box's or combo box's own line edit is part of it; a view's cells may hold fields.
        if (!value.isValid() || qobject_cast<const QAbstractItemView *>(child))
            collect(child, values);
    }
}

} // namespace

FormGuard::FormGuard(QWidget *form)
    : QObject(form)
    , m_form(form)
    , m_dialog(qobject_cast<QDialog *>(form))
{
    setObjectName(QStringLiteral("formGuard"));
}

FormGuard *FormGuard::watch(QWidget *editor)
{
    auto *guard = new FormGuard(editor);
    editor->installEventFilter(guard);
    guard->prepareFields();
    return guard;
}

FormGuard *FormGuard::install(QDialog *form)
{
    auto *guard = new FormGuard(form);
    form->installEventFilter(guard);
    guard->prepareFields();
    // A save while the server is unreachable keeps the form open and saves when it is back.
    SaveWhenBack::install(form);
    return guard;
}

void FormGuard::enterStaysIn(QWidget *field)
{
    auto *guard = field->window()->findChild<FormGuard *>(QStringLiteral("formGuard"), Qt::FindDirectChildrenOnly);
    Q_ASSERT(guard); // install the form's guard first
    if (guard)
        field->installEventFilter(guard);
    field->setProperty("formGuardEnterStays", true);
}

QHash<const QWidget *, QVariant> FormGuard::values() const
{
    QHash<const QWidget *, QVariant> values;
    collect(m_form, values);
    return values;
}

bool FormGuard::hasChanges() const
{
    return m_touched && values() != m_shown;
}

void FormGuard::markSaved()
{
    m_shown = values();
    m_touched = false;
}

void FormGuard::prepareFields()
{
    DateField::tabLeavesAll(m_form);
    const auto touched = [this] { m_touched = true; };
    for (QWidget *w : m_form->findChildren<QWidget *>()) {
        if (w->property("formGuardWatched").toBool())
            continue;
        w->setProperty("formGuardWatched", true);
        // Only what a person does counts: a field the form fills itself (a member shown for
        // editing, a list reloaded) is no change of theirs.
        if (auto *line = qobject_cast<QLineEdit *>(w))
            connect(line, &QLineEdit::textEdited, this, touched);
        else if (auto *combo = qobject_cast<QComboBox *>(w))
            connect(combo, &QComboBox::activated, this, touched);
        else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            if (!qobject_cast<QDialogButtonBox *>(button->parentWidget()))
                connect(button, &QAbstractButton::clicked, this, touched);
        } else if (auto *date = qobject_cast<QDateTimeEdit *>(w)) {
            date->installEventFilter(this);
            if (date->calendarPopup() && date->calendarWidget())
                connect(date->calendarWidget(), &QCalendarWidget::clicked, this, touched);
        } else if (qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QPlainTextEdit *>(w) ||
                   qobject_cast<QTextEdit *>(w)) {
            w->installEventFilter(this);
        } else if (auto *view = qobject_cast<QAbstractItemView *>(w); view && !qobject_cast<QHeaderView *>(w)) {
            // A list picker: people added with Enter or a double click, removed with Delete, ticked.
            view->installEventFilter(this);
            view->viewport()->installEventFilter(this);
            if (auto *list = qobject_cast<QListWidget *>(w))
                connect(list, &QListWidget::itemChanged, this, touched);
            else if (auto *table = qobject_cast<QTableWidget *>(w))
                connect(table, &QTableWidget::itemChanged, this, touched);
        }
        if (auto *notes = qobject_cast<QPlainTextEdit *>(w))
            notes->setTabChangesFocus(true);
        else if (auto *notes = qobject_cast<QTextEdit *>(w))
            notes->setTabChangesFocus(true);
    }
}

bool FormGuard::confirmDiscard(QWidget *parent)
{
    QMessageBox box(QMessageBox::Question, tr("Discard changes?"), tr("Discard changes?"), QMessageBox::NoButton,
                    parent);
    box.setObjectName(QStringLiteral("discardChanges"));
    box.setInformativeText(tr("What you typed in this form has not been saved."));
    QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discard"));
    QPushButton *keep = box.addButton(tr("&Keep editing"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepEditing"));
    // The safe answer is the one a stray Enter or Esc gives.
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    return box.clickedButton() == discard;
}

bool FormGuard::saveFromNotes()
{
    for (QPushButton *button : m_form->findChildren<QPushButton *>())
        if (button->isDefault() && button->isVisible() && button->window() == m_form) {
            if (button->isEnabled())
                button->click();
            return true;
        }
    for (QDialogButtonBox *box : m_form->findChildren<QDialogButtonBox *>())
        for (QAbstractButton *button : box->buttons())
            if (box->buttonRole(button) == QDialogButtonBox::AcceptRole && button->isVisible()) {
                if (button->isEnabled())
                    button->click();
                return true;
            }
    return false;
}

bool FormGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_form) {
        switch (event->type()) {
        case QEvent::Show:
            // What the form shows when it opens is the baseline: its constructor and the caller's
            // setters have filled it by now.
            m_discarding = false;
            prepareFields();
            markSaved();
            break;
        case QEvent::KeyPress: {
            const auto *key = static_cast<QKeyEvent *>(event);
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && m_enterStays) {
                m_enterStays = false;
                return true;
            }
            if (m_dialog && key->matches(QKeySequence::Cancel) && hasChanges()) {
                if (confirmDiscard(m_form)) {
                    m_discarding = true;
                    m_dialog->reject();
                }
                return true;
            }
            break;
        }
        case QEvent::Close:
            if (m_dialog && !m_discarding && m_form->isVisible() && hasChanges()) {
                if (!confirmDiscard(m_form)) {
                    event->ignore();
                    return true;
                }
                m_discarding = true;
            }
            break;
        default:
            break;
        }
        return QObject::eventFilter(watched, event);
    }
    switch (event->type()) {
    case QEvent::KeyPress: {
        const auto *key = static_cast<QKeyEvent *>(event);
        // A notes field: Enter is a new line there, Ctrl+Enter saves the form.
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && watched->property("formGuardEnterStays").toBool()) {
            // The field does its work with this Enter (and may move the focus); when the Enter then
            // reaches the form, it is not also a save. Forgotten after this event either way.
            m_enterStays = true;
            QTimer::singleShot(0, this, [this] { m_enterStays = false; });
            return false;
        }
        if (enter && key->modifiers() & Qt::ControlModifier &&
            (qobject_cast<QPlainTextEdit *>(watched) || qobject_cast<QTextEdit *>(watched)))
            return saveFromNotes();
        if (qobject_cast<QAbstractItemView *>(watched)) {
            // Moving through a list changes nothing; these keys act on it.
            static const QList<int> acting = {Qt::Key_Delete, Qt::Key_Backspace, Qt::Key_Space, Qt::Key_Return,
                                              Qt::Key_Enter};
            if (acting.contains(key->key()))
                m_touched = true;
        } else if (key->key() != Qt::Key_Tab && key->key() != Qt::Key_Backtab && key->key() != Qt::Key_Escape) {
            m_touched = true;
        }
        break;
    }
    case QEvent::MouseButtonDblClick:
        m_touched = true;
        break;
    case QEvent::InputMethod:
    case QEvent::Wheel:
        // Scrolling a list is no change; turning a spin box's or a date's wheel is.
        if (!qobject_cast<QAbstractItemView *>(watched->parent()))
            m_touched = true;
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
