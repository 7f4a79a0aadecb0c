#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// One field that changed on both sides since the check-out, and how the clerk decided it.
struct FieldConflict
{
    enum class Choice { Undecided, Office, Field };

    QString key;    // stable across runs of the same file: "table/[field key]/column"
    QString table;  // the table's name in SQL
    QString record; // the record as the clerk knows it ("居民 张三"), translated kind
    QString column; // the column's name in SQL
    QString field;  // the column as the clerk knows it, translated
    QString baseValue;
    QString officeValue;
    QString fieldValue;
    QString fieldUser; // who changed it in the field, and when
    QString fieldAt;
    Choice choice = Choice::Undecided;

    static QString choiceCode(Choice choice); // "office", "field", ""
    static Choice choiceFromCode(const QString &code);
};

// One line of the merge report.
struct FieldMergeEntry
{
    enum class Outcome { Added, Updated, Merged, Matched, Removed, Conflict, Note, Skipped };
    Outcome outcome = Outcome::Note;
    QString table;
    QString record;
    qint64 officeId = 0;
    QString field;       // for conflicts: the field; else the changed fields, comma-separated
    QString officeValue; // conflicts only
    QString fieldValue;  // conflicts only
    QString decision;    // conflicts: who won, translated
    QString note;        // translated explanation (moved out at the office, skipped because …)
    QString fieldUser;
    QString fieldAt;

    static QString outcomeName(Outcome outcome);
};

// What a merge did (or, with undecided conflicts, would do): returned as data, shown by the
// window and written as CSV (CsvWriter).
class FieldMergeReport final
{
    Q_DECLARE_TR_FUNCTIONS(FieldMergeReport)

public:
    QString checkoutId;
    QString workerLogin;
    QString workerName;
    QString mergedBy;
    QList<FieldMergeEntry> entries;

    int count(FieldMergeEntry::Outcome outcome) const;
    // "Added 3, updated 5, merged 1, matched 1, conflicts 2", translated.
    QString summary() const;
    bool writeCsv(const QString &path, QString *error = nullptr) const;
};
