#include "importcleaner.h"

#include "importvocabulary.h"
#include "models/cnrules/idnumber.h"
#include "models/cnrules/phonenumber.h"
#include "models/register/residentvalidator.h"
#include "xlsxreader.h"

#include <QRegularExpression>

namespace {

bool isSpace(QChar ch)
{
    return ch.isSpace() || ch.unicode() == 0x3000 || ch.unicode() == 0xFEFF;
}

ImportMapping::Field fieldOfError(const QString &name)
{
    // ResidentValidator names fields by the Resident member.
    for (int f = 0; f < ImportMapping::FieldCount; ++f)
        if (ImportMapping::fieldCode(ImportMapping::Field(f)) == name)
            return ImportMapping::Field(f);
    return ImportMapping::FieldCount;
}

} // namespace

ImportCleaner::ImportCleaner(const QDate &today)
    : m_today(today)
{}

QString ImportCleaner::trimmed(const QString &text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isSpace(text.at(begin)))
        ++begin;
    while (end > begin && isSpace(text.at(end - 1)))
        --end;
    return text.mid(begin, end - begin);
}

QString ImportCleaner::folded(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (isSpace(ch))
            continue;
        out += c >= 0xFF01 && c <= 0xFF5E ? QChar(char16_t(c - 0xFEE0)) : ch;
    }
    return out;
}

QDate ImportCleaner::date(const QString &text, bool *ok)
{
    *ok = true;
    QString t = folded(text);
    if (t.isEmpty())
        return QDate();
    // A time part written by some exports ("1990-03-15 00:00:00" folds to "1990-03-1500:00:00").
    // Year, month and day may be separated by -, /, . or the characters for year, month and day.
    static const QRegularExpression timeTail(QStringLiteral("(T|\\s)?\\d{1,2}:\\d{2}(:\\d{2})?$"));
    t.remove(timeTail);
    static const QRegularExpression ymd(
        QStringLiteral("^(\\d{4})\\s*[-/.\\x{5E74}]\\s*(\\d{1,2})\\s*[-/.\\x{6708}]\\s*(\\d{1,2})\\s*\\x{65E5}?$"));
    QRegularExpressionMatch m = ymd.match(t);
    if (m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        *ok = d.isValid();
        return d;
    }
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    m = compact.match(t);
    if (m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        *ok = d.isValid();
        return d;
    }
    // An Excel day number: a date cell saved without its date format, or copied as a value.
    static const QRegularExpression serial(QStringLiteral("^\\d{1,6}(\\.\\d+)?$"));
    if (serial.match(t).hasMatch()) {
        const QDate d = XlsxReader::dateFromSerial(t.toDouble());
        *ok = d.isValid();
        return d;
    }
    *ok = false;
    return QDate();
}

ImportRow ImportCleaner::clean(const QStringList &cells, int rowNumber, const ImportMapping &mapping) const
{
    ImportRow row;
    row.rowNumber = rowNumber;
    row.cells = cells;
    auto cell = [&](ImportMapping::Field f) {
        const int c = mapping.column(f);
        return c >= 0 && c < cells.size() ? trimmed(cells.at(c)) : QString();
    };
    auto problem = [&](ImportMapping::Field f, const QString &reason) { row.problems.append({f, reason}); };
    Resident &r = row.resident;

    r.name = cell(ImportMapping::Name);
    row.compound = cell(ImportMapping::Compound);
    row.building = folded(cell(ImportMapping::Building));
    row.unit = folded(cell(ImportMapping::Unit));
    row.room = folded(cell(ImportMapping::Room));
    r.ethnicity = cell(ImportMapping::Ethnicity);
    r.notes = cell(ImportMapping::Notes);

    const QString id = folded(cell(ImportMapping::IdNumber));
    r.idNumber = id;
    const QString phone = cell(ImportMapping::Phone);
    r.phone = phone.isEmpty() ? QString() : PhoneNumber::normalize(phone);

    bool ok = true;
    r.birthDate = date(cell(ImportMapping::BirthDate), &ok);
    if (!ok)
        problem(ImportMapping::BirthDate,
                tr("Birth date: \"%1\" is not a date (write it as 1990-03-15).").arg(cell(ImportMapping::BirthDate)));

    const QString gender = cell(ImportMapping::Gender);
    if (!gender.isEmpty()) {
        r.gender = ImportVocabulary::lookup(QStringLiteral("gender"), gender);
        if (r.gender.isEmpty())
            problem(ImportMapping::Gender, tr("Gender: \"%1\" is neither male nor female.").arg(gender));
    }
    const QString relation = cell(ImportMapping::Relation);
    row.relationGiven = !relation.isEmpty();
    if (row.relationGiven) {
        r.relation = ImportVocabulary::lookup(QStringLiteral("relation"), relation);
        if (r.relation.isEmpty()) {
            problem(ImportMapping::Relation, tr("Relation to head: \"%1\" is not known.").arg(relation));
            r.relation = QStringLiteral("other");
        }
    }
    const QString residency = cell(ImportMapping::ResidencyType);
    if (!residency.isEmpty()) {
        r.residencyType = ImportVocabulary::lookup(QStringLiteral("residency"), residency);
        if (r.residencyType.isEmpty()) {
            problem(ImportMapping::ResidencyType, tr("Residency type: \"%1\" is not known.").arg(residency));
            r.residencyType = QStringLiteral("registered");
        }
    }

    if (row.compound.isEmpty())
        problem(ImportMapping::Compound, tr("Compound: empty."));
    if (row.building.isEmpty())
        problem(ImportMapping::Building, tr("Building: empty."));
    if (row.room.isEmpty())
        problem(ImportMapping::Room, tr("Room: empty."));

    // The register's own rules, the same as the form's: ID check digit, dates, phone, name length.
    const ResidentValidator validator(m_today);
    validator.normalize(r);
    QList<FieldError> errors;
    QList<FieldError> warnings;
    validator.validate(r, QString(), errors, warnings);
    const bool badId = !r.idNumber.isEmpty() && !IdNumber::parse(r.idNumber, m_today).isValid();
    for (const FieldError &e : std::as_const(errors)) {
        const ImportMapping::Field f = fieldOfError(e.field);
        // Birth date and gender come from the ID number; when that is wrong, saying they are
        // missing too only hides the real problem.
        if (badId && (f == ImportMapping::BirthDate || f == ImportMapping::Gender) && cell(f).isEmpty())
            continue;
        // A bad birth date was already reported in the file's own words.
        bool duplicate = false;
        for (const ImportRow::Problem &p : std::as_const(row.problems))
            duplicate = duplicate || (p.field == f && f != ImportMapping::FieldCount);
        if (!duplicate)
            problem(f, e.message);
    }
    // A typed gender or birth date that contradicts a valid ID number: the ID number wins only
    // when the clerk can see it, so the row is reported rather than silently changed.
    for (const FieldError &w : std::as_const(warnings))
        problem(fieldOfError(w.field), w.message);
    return row;
}
