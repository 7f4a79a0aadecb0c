#pragma once

#include <QHash>
#include <QObject>
#include <QVariant>

class QDialog;
class QWidget;

// What every form that edits data does with the keyboard, so nothing typed is lost:
// - Esc or closing the window with changes asks "Discard changes?" first (Discard / Keep editing);
//   without changes the form just closes. A change is a field a person changed whose value now
//   differs from when the form was shown or last saved (typing and deleting again is none).
// - Enter saves (the default button); in a notes field Enter is a new line and Ctrl+Enter saves.
// - Tab leaves date fields (DateField) and notes fields instead of staying in them.
class FormGuard final : public QObject
{
    Q_OBJECT

public:
    // Call at the end of the form's constructor; the form owns the guard.
    static FormGuard *install(QDialog *form);
    // A field whose Enter does its own work (a search box finding a household) and must not also
    // save the form.
    static void enterStaysIn(QWidget *field);
    bool hasChanges() const;
    // For a form that saves step by step (each added item at once): what it shows now is saved.
    void markSaved();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit FormGuard(QDialog *form);
    QHash<const QWidget *, QVariant> values() const;
    void prepareFields();
    bool confirmDiscard();
    bool saveFromNotes();

    QDialog *m_form;
    QHash<const QWidget *, QVariant> m_shown;
    bool m_touched = false; // a person changed a field since the form was shown or saved
    bool m_discarding = false;
};
