#include "fieldmergereport.h"

#include "models/documents/csvwriter.h"

#include <QFile>
#include <QSaveFile>

QString FieldConflict::choiceCode(Choice choice)
{
    switch (choice) {
    case Choice::Office:
        return QStringLiteral("office");
    case Choice::Field:
        return QStringLiteral("field");
    case Choice::Undecided:
        break;
    }
    return {};
}

FieldConflict::Choice FieldConflict::choiceFromCode(const QString &code)
{
    if (code == QLatin1String("office"))
        return Choice::Office;
    if (code == QLatin1String("field"))
        return Choice::Field;
    return Choice::Undecided;
}

QString FieldMergeEntry::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Added:
        return FieldMergeReport::tr("Added");
    case Outcome::Updated:
        return FieldMergeReport::tr("Updated");
    case Outcome::Merged:
        return FieldMergeReport::tr("Merged");
    case Outcome::Matched:
        return FieldMergeReport::tr("Matched");
    case Outcome::Removed:
        return FieldMergeReport::tr("Removed");
    case Outcome::Conflict:
        return FieldMergeReport::tr("Conflict");
    case Outcome::Note:
        return FieldMergeReport::tr("Note");
    case Outcome::Skipped:
        return FieldMergeReport::tr("Skipped");
    }
    return {};
}

int FieldMergeReport::count(FieldMergeEntry::Outcome outcome) const
{
    int n = 0;
    for (const FieldMergeEntry &e : entries)
        if (e.outcome == outcome)
            ++n;
    return n;
}

QString FieldMergeReport::summary() const
{
    using O = FieldMergeEntry::Outcome;
    return tr("Added %1, updated %2, merged %3, matched %4, conflicts %5")
        .arg(count(O::Added))
        .arg(count(O::Updated))
        .arg(count(O::Merged))
        .arg(count(O::Matched))
        .arg(count(O::Conflict));
}

bool FieldMergeReport::writeCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write the merge report %1: %2").arg(path, file.errorString());
        return false;
    }
    CsvWriter csv(&file);
    csv.writeRow({tr("Outcome"), tr("Record"), tr("Field"), tr("Office value"), tr("Field value"), tr("Decision"),
                  tr("Note"), tr("Changed in the field by"), tr("Changed in the field at"), tr("Merged by")});
    for (const FieldMergeEntry &e : entries)
        csv.writeRow({FieldMergeEntry::outcomeName(e.outcome), e.record, e.field, e.officeValue, e.fieldValue,
                      e.decision, e.note, e.fieldUser, e.fieldAt, mergedBy});
    if (!csv.isOk() || !file.commit()) {
        if (error)
            *error = tr("Cannot write the merge report %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
