#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

// One audit_log row, and its before/after JSON laid out field by field for reading.
struct AuditEntry
{
    Q_DECLARE_TR_FUNCTIONS(AuditEntry)

public:
    struct Field
    {
        QString name;
        QString before;
        QString after;
        bool changed = false;
    };

    qint64 id = 0;
    QDateTime at;
    QString user;
    QString table;
    qint64 recordId = 0;
    QString action;
    QString beforeJson;
    QString afterJson;
    // In words, read with the row (AuditTableModel): the person's name from their account
    // (empty: no account by that login), and the record as the clerk knows it (a resident's
    // name, a household's address and head, a case number, ...; empty: not found).
    QString userDisplayName;
    QString recordText;

    // The person's name, else the login as written.
    QString who() const { return userDisplayName.isEmpty() ? user : userDisplayName; }
    // The record's words, else its number.
    QString record() const;
    // One line a person reads: "张三 Changed Households 幸福里 3号楼 2-301 (王五's household): Phone".
    QString summary() const;

    // Every key of either side, in the order they first appear, with coded values by their labels
    // (valueText); ID and phone numbers masked unless `revealNumbers` (the audit page follows the
    // desk's show-numbers choice and role).
    QList<Field> fields(bool revealNumbers) const;
    static QString actionName(const QString &action);
    // The clerk-facing name of a table code ("cases" → "Cases"); unknown codes as written.
    static QString tableName(const QString &table);
    // The clerk-facing name of a field key of the before/after values; unknown keys as written.
    static QString fieldName(const QString &key);
    // A stored value as the clerk knows it: coded vocabularies (statuses, residency, gender,
    // roles …) by their labels, true/false as yes/no; anything else as written.
    static QString valueText(const QString &table, const QString &key, const QString &value);
};
