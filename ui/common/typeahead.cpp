#include "typeahead.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QFocusEvent>
#include <QLineEdit>

namespace {

// Settles the typed text when the box loses the focus (not to its own completion popup).
class SettleOnLeave final : public QObject
{
public:
    explicit SettleOnLeave(QComboBox *combo)
        : QObject(combo)
        , m_combo(combo)
    {}

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FocusOut && static_cast<QFocusEvent *>(event)->reason() != Qt::PopupFocusReason)
            settle();
        return QObject::eventFilter(watched, event);
    }

    void settle()
    {
        // Focus also leaves a box that is being destroyed (~QWidget clears it): by then its dynamic
        // type is no longer QComboBox, and there is nothing to settle.
        if (!qobject_cast<QComboBox *>(static_cast<QObject *>(m_combo)) || !m_combo->isVisible())
            return;
        const QString typed = m_combo->currentText().trimmed();
        int match = m_combo->findText(typed, Qt::MatchFixedString);
        if (match < 0 && !typed.isEmpty()) {
            // Leaving the field with a part only one entry contains ("199" → 翠湖苑 199号楼) chooses it.
            const QModelIndexList all = m_combo->model()->match(m_combo->model()->index(0, m_combo->modelColumn()),
                                                                Qt::DisplayRole, typed, 2, Qt::MatchContains);
            if (all.size() == 1)
                match = all.constFirst().row();
        }
        if (match >= 0)
            m_combo->setCurrentIndex(match);
        m_combo->setEditText(m_combo->itemText(m_combo->currentIndex()));
    }

private:
    QComboBox *m_combo;
};

} // namespace

void TypeAhead::attach(QComboBox *combo)
{
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    auto *completer = new QCompleter(combo->model(), combo);
    completer->setCompletionColumn(combo->modelColumn());
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setMaxVisibleItems(12);
    combo->setCompleter(completer);
    // The combo box holds the focus (its line edit's focus proxy); both are watched.
    auto *settle = new SettleOnLeave(combo);
    combo->installEventFilter(settle);
    combo->lineEdit()->installEventFilter(settle);
    // The focus can also move on without a focus-out event reaching the box (its window was
    // not the active one, e.g. just after the completion popup closed).
    QObject::connect(qApp, &QApplication::focusChanged, settle, [combo, settle](QWidget *old, QWidget *now) {
        if (old == nullptr || now == nullptr || !qobject_cast<QComboBox *>(static_cast<QObject *>(combo)))
            return;
        if ((old == combo || old == combo->lineEdit()) && now != combo && now != combo->lineEdit() &&
            !combo->isAncestorOf(now) && now->window() != combo->completer()->popup()->window())
            settle->settle();
    });
}
