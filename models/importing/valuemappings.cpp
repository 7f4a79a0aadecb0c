#include "valuemappings.h"

#include "importvocabulary.h"
#include "models/core/sqlquery.h"
#include "models/register/registertypes.h"

namespace {

const QString kPrefix = QStringLiteral("import/value/");

QString section(ImportMapping::Field field)
{
    switch (field) {
    case ImportMapping::Gender:
        return QStringLiteral("gender");
    case ImportMapping::Relation:
        return QStringLiteral("relation");
    case ImportMapping::ResidencyType:
        return QStringLiteral("residency");
    default:
        break;
    }
    return QString();
}

} // namespace

bool ValueMappings::isCoded(ImportMapping::Field field)
{
    return !section(field).isEmpty();
}

QList<ImportMapping::Field> ValueMappings::codedFields()
{
    return {ImportMapping::Gender, ImportMapping::Relation, ImportMapping::ResidencyType};
}

QList<ValueMappings::Choice> ValueMappings::choices(ImportMapping::Field field)
{
    QList<RegisterTypes::Choice> list;
    if (field == ImportMapping::Gender)
        list = RegisterTypes::genders();
    else if (field == ImportMapping::Relation)
        list = RegisterTypes::relations();
    else if (field == ImportMapping::ResidencyType)
        list = RegisterTypes::residencyTypes();
    QList<Choice> out;
    for (const RegisterTypes::Choice &c : std::as_const(list))
        out.append({c.code, c.label});
    return out;
}

QString ValueMappings::codeLabel(ImportMapping::Field field, const QString &code)
{
    for (const Choice &c : choices(field))
        if (c.code == code)
            return c.label;
    return code;
}

QString ValueMappings::key(ImportMapping::Field field, const QString &value)
{
    return kPrefix + ImportMapping::fieldCode(field) + QLatin1Char('/') + ImportVocabulary::fold(value);
}

bool ValueMappings::set(ImportMapping::Field field, const QString &value, const QString &code)
{
    bool known = false;
    for (const Choice &c : choices(field))
        known = known || c.code == code;
    if (!known || ImportVocabulary::fold(value).isEmpty())
        return false;
    m_choices.insert(key(field, value), code);
    m_known.clear();
    return true;
}

QString ValueMappings::code(ImportMapping::Field field, const QString &value) const
{
    const QString k = key(field, value);
    if (const auto known = m_known.constFind(k); known != m_known.constEnd())
        return known.value();
    QString code = m_choices.value(k);
    if (code.isEmpty())
        code = ImportVocabulary::lookup(section(field), value);
    m_known.insert(k, code);
    return code;
}

bool ValueMappings::isClerksChoice(ImportMapping::Field field, const QString &value) const
{
    return m_choices.contains(key(field, value));
}

ValueMappings ValueMappings::load(const QSqlDatabase &db)
{
    ValueMappings mappings;
    // A range on the key rather than LIKE, whose escaping differs between SQLite and PostgreSQL.
    SqlQuery q(db, QStringLiteral("SELECT key, value FROM setting WHERE key >= ? AND key < ?"));
    if (q.exec(kPrefix, QStringLiteral("import/value0")))
        while (q.next())
            mappings.m_choices.insert(q.value(0).toString(), q.value(1).toString());
    return mappings;
}

bool ValueMappings::save(const QSqlDatabase &db) const
{
    SqlQuery q(db, QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET "
                                  "value = excluded.value"));
    for (auto it = m_choices.constBegin(); it != m_choices.constEnd(); ++it)
        if (!q.exec(it.key(), it.value()))
            return false;
    return true;
}
