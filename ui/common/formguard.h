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
// An editor inside a page (the grid editor) is watched the same way; its page asks before
// showing another record over changes.
class FormGuard final : public QObject
{
    Q_OBJECT

public:
    // Call at the end of the form's constructor; the form owns the guard.
    static FormGuard *install(QDialog *form);
    // An editor inside a page: changes are tracked from its last markSaved() (call it after each
    // record is loaded or saved); Esc and closing are the page's business.
    static FormGuard *watch(QWidget *editor);
    // "Discard changes?" with Discard / Keep editing; true to discard.
    static bool confirmDiscard(QWidget *parent);
    // A field whose Enter does its own work (a search box finding a household) and must not also
    // save the form. Call after install().
    static void enterStaysIn(QWidget *field);
    bool hasChanges() const;
    // For a form that saves step by step (each added item at once): what it shows now is saved.
    void markSaved();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit FormGuard(QWidget *form);
    QHash<const QWidget *, QVariant> values() const;
    void prepareFields();
    bool saveFromNotes();

    QWidget *m_form;
    QDialog *m_dialog; // null for an editor inside a page
    QHash<const QWidget *, QVariant> m_shown;
    bool m_touched = false; // a person changed a field since the form was shown or saved
    bool m_discarding = false;
    bool m_enterStays = false; // an Enter a field acted on is on its way up to the form
};
