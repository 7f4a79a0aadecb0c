#pragma once

#include "models/access/accessscope.h"

#include "listentry.h"
#include "models/core/fielderror.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

// A short list the office may extend, rename and archive (event types, kinds of meeting, errand types): its
// ListEntry rows (id, code, name, sort_order, archived) in one table. Archived entries stay on the records that
// used them; nothing is deleted. Each save is one transaction with its audit row.
class EditableList final
{
public:
    enum class Table { EventTypes, MeetingKinds, ErrandTypes, CaseDepartments, AssistanceKinds };
    // The clerk-facing texts of one list, translated by its owner.
    struct Texts
    {
        QString emptyName;     // "Name: enter …"
        QString duplicateName; // "Name: there is already … %1."
        QString notSaved;
        QString notArchived;
    };

    EditableList(QSqlDatabase db, const AccessScope &scope, Table table, Texts texts);

    QList<ListEntry> entries(bool includeArchived) const;
    SaveResult save(ListEntry &entry) const;
    SaveResult archive(qint64 id) const;

private:
    QString table() const;
    static SaveResult failed(const QString &field, const QString &message);

    QSqlDatabase m_db;
    AccessScope m_scope;
    Table m_table;
    Texts m_texts;
};
