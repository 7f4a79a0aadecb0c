#include "importcleaner.h"

#include "addresssplitter.h"
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

QString ImportCleaner::cleanName(const QString &name, QChar *refused)
{
    *refused = QChar();
    QString out;
    out.reserve(name.size());
    for (const QChar ch : name) {
        const char16_t c = ch.unicode();
        // Zero-width space, joiners, word joiner, BOM: invisible, copied in from web pages.
        if (c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF)
            continue;
        const bool direction =
            c == 0x200E || c == 0x200F || c == 0x061C || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
        if (direction || ch.category() == QChar::Other_Control) {
            if (refused->isNull())
                *refused = ch;
            continue;
        }
        out += ch;
    }
    return out;
}

QStringList ImportCleaner::splitTags(const QString &text)
{
    if (text.isEmpty())
        return {};
    static const QRegularExpression separators(QStringLiteral("[、,，;；/／|\\\\\\s\\x{3000}]+"));
    QStringList words;
    for (const QString &w : text.split(separators, Qt::SkipEmptyParts)) {
        const QString word = trimmed(w);
        if (!word.isEmpty() && !words.contains(word))
            words << word;
    }
    return words;
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

    QChar refused;
    r.name = cleanName(cell(ImportMapping::Name), &refused);
    if (!refused.isNull())
        problem(ImportMapping::Name,
                tr("Name: contains an invisible control character (U+%1) that would change how the name "
                   "reads; please type the name again.")
                    .arg(QString::number(refused.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0'))));
    row.compound = cell(ImportMapping::Compound);
    row.building = cell(ImportMapping::Building);
    row.unit = cell(ImportMapping::Unit);
    row.room = cell(ImportMapping::Room);
    // A combined address fills in what the address columns leave empty.
    const QString address = cell(ImportMapping::Address);
    if (!address.isEmpty() && (row.compound.isEmpty() || row.building.isEmpty() || row.room.isEmpty())) {
        const AddressSplitter::Parts parts = AddressSplitter::split(address);
        if (!parts.ok) {
            problem(ImportMapping::Address,
                    tr("Address: \"%1\" is not an address like 幸福里3栋2单元501; please give compound, building, "
                       "unit and room.")
                        .arg(address));
        } else {
            if (row.compound.isEmpty())
                row.compound = trimmed(parts.compound);
            if (row.building.isEmpty())
                row.building = parts.building;
            if (row.unit.isEmpty())
                row.unit = parts.unit;
            if (row.room.isEmpty())
                row.room = parts.room;
        }
    }
    row.building = AddressSplitter::buildingName(row.building);
    row.unit = AddressSplitter::unitName(row.unit);
    row.room = AddressSplitter::roomName(row.room);
    r.ethnicity = cell(ImportMapping::Ethnicity);
    row.grid = cell(ImportMapping::Grid);
    row.householdNo = folded(cell(ImportMapping::HouseholdNo));
    row.tags = splitTags(cell(ImportMapping::Tags));
    // The notes column, then every column kept as a note under its own title.
    QStringList notes;
    if (const QString n = cell(ImportMapping::Notes); !n.isEmpty())
        notes << n;
    for (int c = 0; c < m_header.size() && c < cells.size(); ++c) {
        const QString value = trimmed(cells.at(c));
        if (!value.isEmpty() && mapping.columnUse(c, m_header.at(c)) == ImportMapping::ColumnUse::Note)
            notes << (trimmed(m_header.at(c)).isEmpty() ? QStringLiteral("第%1列").arg(c + 1) : m_header.at(c)) +
                         QStringLiteral("：") + value;
    }
    r.notes = notes.join(QStringLiteral("；"));

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
        r.gender = m_values.code(ImportMapping::Gender, gender);
        if (r.gender.isEmpty())
            problem(ImportMapping::Gender,
                    tr("Gender: \"%1\" is neither male nor female; correct it or map it.").arg(gender));
    }
    const QString relation = cell(ImportMapping::Relation);
    row.relationGiven = !relation.isEmpty();
    if (row.relationGiven) {
        r.relation = m_values.code(ImportMapping::Relation, relation);
        if (r.relation.isEmpty()) {
            problem(
                ImportMapping::Relation,
                tr("Relation to head: \"%1\" is not known; correct it or map it to one of the register's relations.")
                    .arg(relation));
            r.relation = QStringLiteral("other");
        }
    }
    const QString residency = cell(ImportMapping::ResidencyType);
    if (!residency.isEmpty()) {
        r.residencyType = m_values.code(ImportMapping::ResidencyType, residency);
        if (r.residencyType.isEmpty()) {
            problem(ImportMapping::ResidencyType, tr("Residency type: \"%1\" is not known; correct it or map it to one "
                                                     "of the register's residency types.")
                                                      .arg(residency));
            r.residencyType = QStringLiteral("registered");
        }
    }

    // A death, by a status cell (死亡) or by a date of death: the register's status and date.
    const QString status = cell(ImportMapping::Status);
    const QString statusCode =
        status.isEmpty() ? QString() : ImportVocabulary::lookup(QStringLiteral("status"), status);
    if (!status.isEmpty() && statusCode.isEmpty())
        problem(ImportMapping::Status,
                tr("Status (deceased): \"%1\" is not known; write 死亡 for a death or leave it empty.").arg(status));
    const QDate death = date(cell(ImportMapping::StatusDate), &ok);
    if (!ok)
        problem(
            ImportMapping::StatusDate,
            tr("Date of death: \"%1\" is not a date (write it as 2026-11-15).").arg(cell(ImportMapping::StatusDate)));
    else if (death.isValid() && statusCode == QLatin1String("living"))
        problem(ImportMapping::StatusDate,
                tr("Date of death: the row gives %1 but its status says living; correct one of them.").arg(status));
    else if (statusCode == QLatin1String("deceased") || death.isValid()) {
        r.status = QStringLiteral("deceased");
        r.statusDate = death;
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
