#include "typeahead.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>

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
    QObject::connect(combo->lineEdit(), &QLineEdit::editingFinished, combo, [combo] {
        const QString typed = combo->currentText().trimmed();
        int match = combo->findText(typed, Qt::MatchFixedString);
        if (match < 0 && !typed.isEmpty()) {
            // Leaving the field with a part only one entry contains ("301" → 3号楼 301) chooses it.
            const int first = combo->findText(typed, Qt::MatchContains);
            const QModelIndexList all = combo->model()->match(combo->model()->index(0, combo->modelColumn()),
                                                              Qt::DisplayRole, typed, 2, Qt::MatchContains);
            if (first >= 0 && all.size() == 1)
                match = first;
        }
        if (match >= 0)
            combo->setCurrentIndex(match);
        combo->setEditText(combo->itemText(combo->currentIndex()));
    });
}
