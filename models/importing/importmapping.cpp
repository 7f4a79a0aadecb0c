#include "importmapping.h"

#include "importvocabulary.h"

#include <QCryptographicHash>
#include <QSettings>

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
    case FieldCount:
        break;
    }
    return QString();
}

QString ImportMapping::fieldCode(Field field)
{
    static const char *const codes[] = {"name",  "idNumber",  "phone",    "compound",  "building",
                                        "unit",  "room",      "relation", "ethnicity", "residencyType",
                                        "notes", "birthDate", "gender"};
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
    QStringList missing;
    for (int f = 0; f < FieldCount; ++f)
        if (isRequired(Field(f)) && m_columns.at(f) < 0)
            missing << fieldLabel(Field(f));
    return missing;
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
    if (saved.size() != FieldCount)
        return guess(header);
    ImportMapping mapping;
    for (int f = 0; f < FieldCount; ++f) {
        const int column = saved.at(f).toInt();
        mapping.m_columns[f] = column >= 0 && column < header.size() ? column : -1;
    }
    return mapping;
}

void ImportMapping::remember(const QStringList &header) const
{
    QStringList values;
    for (const int c : m_columns)
        values << QString::number(c);
    QSettings().setValue(settingsKey(header), values);
}
