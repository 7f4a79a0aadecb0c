#include "importmapping.h"

#include "importvocabulary.h"

#include <QCryptographicHash>
#include <QSettings>

#include <algorithm>

ImportMapping::ImportMapping()
    : m_columns(FieldCount, -1)
{}

QString ImportMapping::fieldLabel(Field field)
{
    switch (field) {
    case Name:
        return tr("Name");
    case IdNumber:
        return tr("ID number");
    case Phone:
        return tr("Phone");
    case Compound:
        return tr("Compound");
    case Building:
        return tr("Building");
    case Unit:
        return tr("Unit");
    case Room:
        return tr("Room");
    case Relation:
        return tr("Relation to head");
    case Ethnicity:
        return tr("Ethnicity");
    case ResidencyType:
        return tr("Residency type");
    case Notes:
        return tr("Notes");
    case BirthDate:
        return tr("Birth date");
    case Gender:
        return tr("Gender");
    case Grid:
        return tr("Grid");
    case Tags:
        return tr("Groups (tags)");
    case HouseholdNo:
        return tr("Household number");
    case Address:
        return tr("Address (in one cell)");
    case Status:
        return tr("Status (deceased)");
    case StatusDate:
        return tr("Date of death");
    case FieldCount:
        break;
    }
    return QString();
}

QString ImportMapping::fieldCode(Field field)
{
    static const char *const codes[] = {"name",        "idNumber",  "phone",    "compound",  "building",
                                        "unit",        "room",      "relation", "ethnicity", "residencyType",
                                        "notes",       "birthDate", "gender",   "grid",      "tags",
                                        "householdNo", "address",   "status",   "statusDate"};
    return field >= 0 && field < FieldCount ? QString::fromLatin1(codes[field]) : QString();
}

bool ImportMapping::isRequired(Field field)
{
    return field == Name || field == Compound || field == Building || field == Room;
}

void ImportMapping::setColumn(Field field, int column)
{
    if (field < 0 || field >= FieldCount)
        return;
    // A column feeds one field only.
    if (column >= 0)
        for (int &c : m_columns)
            if (c == column)
                c = -1;
    m_columns[field] = column < 0 ? -1 : column;
}

ImportMapping::Field ImportMapping::fieldOfColumn(int column) const
{
    const int index = m_columns.indexOf(column);
    return column >= 0 && index >= 0 ? Field(index) : FieldCount;
}

QStringList ImportMapping::missingRequired() const
{
    const bool combined = m_columns.at(Address) >= 0;
    QStringList missing;
    for (int f = 0; f < FieldCount; ++f)
        if (isRequired(Field(f)) && m_columns.at(f) < 0 && !(combined && f != Name))
            missing << fieldLabel(Field(f));
    return missing;
}

void ImportMapping::setIgnored(int column, bool ignored)
{
    m_ignored.removeAll(column);
    if (ignored && column >= 0) {
        m_ignored.append(column);
        std::sort(m_ignored.begin(), m_ignored.end());
    }
}

void ImportMapping::setKeptAsField(int column, bool kept)
{
    m_keptAsField.removeAll(column);
    if (kept && column >= 0) {
        m_keptAsField.append(column);
        std::sort(m_keptAsField.begin(), m_keptAsField.end());
    }
}

ImportMapping::ColumnUse ImportMapping::columnUse(int column, const QString &title) const
{
    if (fieldOfColumn(column) != FieldCount)
        return ColumnUse::Mapped;
    // A column without a title is kept too, its note named by its place ("第3列：…").
    Q_UNUSED(title)
    if (isIgnored(column))
        return ColumnUse::Ignored;
    if (isKeptAsField(column))
        return ColumnUse::CustomField;
    return ColumnUse::Note;
}

QString ImportMapping::columnUseLabel(int column, const QString &title) const
{
    switch (columnUse(column, title)) {
    case ColumnUse::Mapped:
        return fieldLabel(fieldOfColumn(column));
    case ColumnUse::Note:
        return tr("Kept as a note");
    case ColumnUse::CustomField:
        return tr("Kept as a custom field");
    case ColumnUse::Ignored:
        break;
    }
    return tr("Ignored");
}

ImportMapping ImportMapping::guess(const QStringList &header)
{
    ImportMapping mapping;
    // Exact names first, so a column named exactly like an alias wins over one that only starts with it.
    for (int pass = 0; pass < 2; ++pass) {
        for (int column = 0; column < header.size(); ++column) {
            if (mapping.fieldOfColumn(column) != FieldCount)
                continue;
            const QString code = pass == 0
                                     ? ImportVocabulary::lookup(QStringLiteral("header"), header.at(column))
                                     : ImportVocabulary::lookupPrefix(QStringLiteral("header"), header.at(column));
            for (int f = 0; f < FieldCount; ++f)
                if (!code.isEmpty() && fieldCode(Field(f)) == code && mapping.m_columns.at(f) < 0)
                    mapping.m_columns[f] = column;
        }
    }
    // With its own compound, building and room columns, a 现住址 column is only a note.
    if (mapping.m_columns.at(Compound) >= 0 && mapping.m_columns.at(Building) >= 0 && mapping.m_columns.at(Room) >= 0)
        mapping.m_columns[Address] = -1;
    for (int column = 0; column < header.size(); ++column)
        if (mapping.fieldOfColumn(column) == FieldCount &&
            !ImportVocabulary::lookup(QStringLiteral("ignore"), header.at(column)).isEmpty())
            mapping.setIgnored(column, true);
    const QStringList kept = QSettings().value(settingsKey(header) + QStringLiteral("/keptAsField")).toStringList();
    for (const QString &c : kept)
        if (const int column = c.toInt(); column >= 0 && column < header.size())
            mapping.setKeptAsField(column, true);
    return mapping;
}

QString ImportMapping::settingsKey(const QStringList &header)
{
    const QByteArray digest =
        QCryptographicHash::hash(header.join(QChar(0x1F)).toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QStringLiteral("import/mappings/") + QString::fromLatin1(digest);
}

ImportMapping ImportMapping::forHeader(const QStringList &header)
{
    const QStringList saved = QSettings().value(settingsKey(header)).toStringList();
    // A mapping saved before fields were added has fewer entries: guess afresh.
    if (saved.size() != FieldCount)
        return guess(header);
    ImportMapping mapping;
    for (int f = 0; f < FieldCount; ++f) {
        const int column = saved.at(f).toInt();
        mapping.m_columns[f] = column >= 0 && column < header.size() ? column : -1;
    }
    const QStringList ignored = QSettings().value(settingsKey(header) + QStringLiteral("/ignored")).toStringList();
    for (const QString &c : ignored)
        if (const int column = c.toInt(); column >= 0 && column < header.size())
            mapping.setIgnored(column, true);
    const QStringList kept = QSettings().value(settingsKey(header) + QStringLiteral("/keptAsField")).toStringList();
    for (const QString &c : kept)
        if (const int column = c.toInt(); column >= 0 && column < header.size())
            mapping.setKeptAsField(column, true);
    return mapping;
}

void ImportMapping::remember(const QStringList &header) const
{
    QStringList values;
    for (const int c : m_columns)
        values << QString::number(c);
    QSettings().setValue(settingsKey(header), values);
    QStringList ignored;
    for (const int c : m_ignored)
        ignored << QString::number(c);
    QSettings().setValue(settingsKey(header) + QStringLiteral("/ignored"), ignored);
    QStringList kept;
    for (const int c : m_keptAsField)
        kept << QString::number(c);
    QSettings().setValue(settingsKey(header) + QStringLiteral("/keptAsField"), kept);
}
