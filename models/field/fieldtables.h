#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The tables a field copy tracks and merges back, and how each merges. One list shared by the
// change log (which tables get triggers) and the merge (key, foreign keys, kind), so a table
// added here is captured and merged alike.
struct FieldTable
{
    enum class Kind {
        Record,     // a register record: three-way merge per field, same-field changes conflict
        AppendOnly, // visits, needs, steps, moves, attendance: never conflict, field's changes go in
        Link        // a composite-key link row (tags, participants): present or absent
    };
    struct ForeignKey
    {
        QString column;
        QString table; // a tracked table whose field-inserted ids are remapped
    };

    QString name;
    QStringList keyColumns; // one "id" for Record/AppendOnly tables
    Kind kind = Kind::Record;
    QList<ForeignKey> foreignKeys;

    bool hasGeneratedId() const { return keyColumns.size() == 1 && keyColumns.first() == QLatin1String("id"); }
    QString foreignTable(const QString &column) const;
};

class FieldTables final
{
public:
    // In parent-before-child order.
    static const QList<FieldTable> &all();
    static const FieldTable *find(const QString &name);
    // Columns kept by the program, not typed by anyone: never compared, never a conflict.
    static bool isBookkeeping(const QString &column);
};
