#pragma once

#include "models/core/fielderror.h"
#include "models/register/listentry.h"

#include <functional>
#include <QString>

class QComboBox;
class QWidget;

// The add / rename / archive prompts of a list the office edits (event types, kinds of meeting),
// chosen in a combo box. The caller gives its own texts and the store call; each function
// returns whether the clerk went through with it, so the page refreshes only then.
class EditableListActions final
{
public:
    struct Texts
    {
        QString addTitle;
        QString renameTitle;
        QString archiveTitle;
        QString nameLabel;       // "Name:"
        QString chooseFirst;     // nothing chosen in the combo
        QString archiveQuestion; // %1: the entry's name
    };
    using Save = std::function<SaveResult(ListEntry &)>;
    using Archive = std::function<SaveResult(qint64)>;

    static bool add(QWidget *parent, const Texts &texts, const Save &save);
    // The entry chosen in `combo`, whose item data is the entry's id.
    static bool rename(QWidget *parent, const Texts &texts, const QComboBox *combo, const Save &save);
    static bool archive(QWidget *parent, const Texts &texts, const QComboBox *combo, const Archive &archive);
    // The entry with this id (0: none chosen) and name.
    static bool rename(QWidget *parent, const Texts &texts, qint64 id, const QString &name, const Save &save);
    static bool archive(QWidget *parent, const Texts &texts, qint64 id, const QString &name, const Archive &archive);
};
