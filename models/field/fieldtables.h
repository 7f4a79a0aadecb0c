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

    // A key the office holds once, whatever the row's id (an attention level per resident, one
    // open period of a tag): a row added in the field holding a key the office already holds is
    // that office row, merged field by field (same-field differences conflict), never a second row.
    struct NaturalKey
    {
        QStringList columns; // empty: none; a row with one of them empty holds no key
        QString where;       // SQL a row must also meet to hold it ("end_date IS NULL"), on both sides
    };

    FieldTable(QString name, QStringList keyColumns, Kind kind, QList<ForeignKey> foreignKeys,
               NaturalKey naturalKey = {}, bool valuesConflict = false)
        : name(std::move(name))
        , keyColumns(std::move(keyColumns))
        , kind(kind)
        , foreignKeys(std::move(foreignKeys))
        , naturalKey(std::move(naturalKey))
        , valuesConflict(valuesConflict)
    {}

    QString name;
    QStringList keyColumns; // one "id" for Record/AppendOnly tables
    Kind kind = Kind::Record;
    QList<ForeignKey> foreignKeys;
    NaturalKey naturalKey;
    // Link tables only: the link's other columns merge like a record's (both sides changed one
    // differently: a conflict) rather than the field's marks going in.
    bool valuesConflict = false;

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
    // Who and when of a row's last change: never a conflict of their own; they follow the
    // field's change when one of its other columns is taken.
    static bool isStamp(const QString &column);
};
