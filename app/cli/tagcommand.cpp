#include "tagcommand.h"

#include "models/access/accessscope.h"
#include "models/register/registerstore.h"
#include "models/tags/attributetype.h"
#include "models/tags/customfieldstore.h"
#include "models/tags/residenttags.h"
#include "models/tags/tagstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>

namespace {

struct TagCli
{
    Q_DECLARE_TR_FUNCTIONS(TagCli)
};

int wrong(QTextStream &err, const QString &message)
{
    err << message << Qt::endl;
    return 2;
}

int report(const SaveResult &result, QTextStream &out, QTextStream &err, const QString &done)
{
    if (!result.ok) {
        for (const FieldError &e : result.errors)
            err << e.message << Qt::endl;
        return 1;
    }
    out << done << Qt::endl;
    return 0;
}

QString describe(const TagAttribute &a)
{
    QString text = a.name + u' ' + u'(' + a.code + QStringLiteral(", ") + a.type;
    if (!a.choices.isEmpty())
        text += QStringLiteral(": ") + a.choices.join(u'|');
    return text + u')';
}

int list(const TagStore &store, QTextStream &out)
{
    for (const TagInfo &t : store.list(true)) {
        QStringList attributes;
        for (const TagAttribute &a : t.attributes)
            attributes << describe(a);
        out << TagCli::tr("%1\t%2\tgroup %3\t%4 residents\t%5\t%6")
                   .arg(t.code, t.name, t.group.isEmpty() ? QStringLiteral("-") : t.group)
                   .arg(t.residents)
                   .arg(t.archived ? TagCli::tr("archived") : TagCli::tr("in use"),
                        attributes.join(QStringLiteral("; ")))
            << Qt::endl;
    }
    return 0;
}

// "code=value" pairs of --value.
bool values(const QStringList &pairs, QMap<QString, QString> *map, QTextStream &err)
{
    for (const QString &pair : pairs) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0) {
            err << TagCli::tr("--value: expected CODE=VALUE, got \"%1\".").arg(pair) << Qt::endl;
            return false;
        }
        map->insert(pair.left(eq).trimmed(), pair.mid(eq + 1));
    }
    return true;
}

bool date(const QString &text, const QString &option, QDate *day, QTextStream &err)
{
    *day = QDate::fromString(text, Qt::ISODate);
    if (!day->isValid())
        err << TagCli::tr("%1: expected a date as YYYY-MM-DD, got \"%2\".").arg(option, text) << Qt::endl;
    return day->isValid();
}

int set(const QSqlDatabase &db, const AccessScope &scope, const TagInfo &tag, const QString &idNumber,
        const QCommandLineParser &parser, const TagOptions &options, QTextStream &out, QTextStream &err)
{
    const qint64 resident = RegisterStore(db, scope).residentWithIdNumber(idNumber);
    if (!resident)
        return wrong(err, TagCli::tr("tag set: no resident has the ID number %1.").arg(idNumber));
    QMap<QString, QString> map;
    if (!values(parser.values(options.value), &map, err))
        return 2;
    ResidentTags tags(db, scope);
    bool current = false;
    for (const TagPeriod &p : tags.current(resident))
        current = current || p.tagId == tag.id;
    if (!current) {
        QDate start = QDate::currentDate();
        if (parser.isSet(options.start) && !date(parser.value(options.start), QStringLiteral("--start"), &start, err))
            return 2;
        const int done = report(tags.start(resident, tag.id, start, map), out, err,
                                TagCli::tr("%1 has %2 from %3.").arg(idNumber, tag.name, start.toString(Qt::ISODate)));
        if (done != 0 || !parser.isSet(options.end))
            return done;
    } else if (!map.isEmpty()) {
        const int done = report(tags.setValues(resident, tag.id, map), out, err,
                                TagCli::tr("%1's %2 updated.").arg(idNumber, tag.name));
        if (done != 0 || !parser.isSet(options.end))
            return done;
    } else if (!parser.isSet(options.end)) {
        return wrong(
            err,
            TagCli::tr("tag set: %1 already has %2; give --value CODE=VALUE or --end DATE.").arg(idNumber, tag.name));
    }
    QDate end;
    if (!date(parser.value(options.end), QStringLiteral("--end"), &end, err))
        return 2;
    return report(tags.end(resident, tag.id, end), out, err,
                  TagCli::tr("%1's %2 ended on %3.").arg(idNumber, tag.name, end.toString(Qt::ISODate)));
}

QStringList choices(const QCommandLineParser &parser, const TagOptions &options)
{
    return parser.value(options.choices).split(u'|', Qt::SkipEmptyParts);
}

} // namespace

TagOptions::TagOptions()
    : group(QStringLiteral("group"), TagCli::tr("tag add: the tag's GROUP (e.g. 困难群体)."), QStringLiteral("GROUP"))
    , code(QStringLiteral("code"), TagCli::tr("tag add, customfield add: a fixed CODE for scripts."),
           QStringLiteral("CODE"))
    , type(QStringLiteral("type"), TagCli::tr("tag attribute, customfield add: text, number, date or choice."),
           QStringLiteral("TYPE"))
    , choices(QStringLiteral("choices"), TagCli::tr("tag attribute, customfield add: the choices, as A|B|C."),
              QStringLiteral("A|B"))
    , start(QStringLiteral("start"), TagCli::tr("tag set: the day the tag began (default: today)."),
            QStringLiteral("YYYY-MM-DD"))
    , end(QStringLiteral("end"), TagCli::tr("tag set: the day the tag ended."), QStringLiteral("YYYY-MM-DD"))
    , value(QStringLiteral("value"), TagCli::tr("tag set: an attribute's value, e.g. review_date=2027-01-15."),
            QStringLiteral("CODE=VALUE"))
    , entity(QStringLiteral("entity"), TagCli::tr("customfield: resident (default) or household."),
             QStringLiteral("resident|household"))
{}

QList<QCommandLineOption> TagOptions::all() const
{
    return {group, code, type, choices, start, end, value, entity};
}

int runTagCommand(const QSqlDatabase &db, const AccessScope &scope, const QStringList &args,
                  const QCommandLineParser &parser, const TagOptions &options, QTextStream &out, QTextStream &err)
{
    TagStore store(db, scope);
    const QString action = args.value(0);
    if (action == QLatin1String("list") && args.size() == 1)
        return list(store, out);
    if (action == QLatin1String("add") && args.size() == 2)
        return report(store.add(args.at(1), parser.value(options.group), parser.value(options.code)), out, err,
                      TagCli::tr("Tag %1 added.").arg(args.at(1).trimmed()));
    const QString usage = TagCli::tr("tag: expected list, add NAME [--group G], rename TAG NEW, merge FROM INTO, "
                                     "archive TAG, group TAG GROUP, attribute TAG NAME --type T [--choices A|B] or "
                                     "set ID-NUMBER TAG [--start D] [--end D] [--value CODE=VALUE]...");
    const bool setting = action == QLatin1String("set") && args.size() == 3;
    const QString tagName = setting ? args.value(2) : args.value(1);
    if (tagName.isEmpty())
        return wrong(err, usage);
    const std::optional<TagInfo> tag = store.tagByCode(tagName);
    if (!tag)
        return wrong(err, TagCli::tr("tag: there is no tag %1.").arg(tagName));
    if (setting)
        return set(db, scope, *tag, args.at(1), parser, options, out, err);
    if (action == QLatin1String("rename") && args.size() == 3)
        return report(store.rename(tag->id, args.at(2)), out, err,
                      TagCli::tr("Tag %1 renamed to %2.").arg(tag->name, args.at(2).trimmed()));
    if (action == QLatin1String("group") && args.size() == 3)
        return report(store.setGroup(tag->id, args.at(2)), out, err,
                      TagCli::tr("Tag %1 is in the group %2.").arg(tag->name, args.at(2).trimmed()));
    if (action == QLatin1String("archive") && args.size() == 2)
        return report(store.archive(tag->id), out, err, TagCli::tr("Tag %1 archived.").arg(tag->name));
    if (action == QLatin1String("merge") && args.size() == 3) {
        const std::optional<TagInfo> into = store.tagByCode(args.at(2));
        if (!into)
            return wrong(err, TagCli::tr("tag: there is no tag %1.").arg(args.at(2)));
        return report(store.merge(tag->id, into->id), out, err,
                      TagCli::tr("Tag %1 merged into %2; %n resident(s) moved.", nullptr, tag->residents)
                          .arg(tag->name, into->name));
    }
    if (action == QLatin1String("attribute") && args.size() == 3) {
        TagAttribute attribute;
        attribute.tagId = tag->id;
        attribute.name = args.at(2);
        attribute.code = parser.value(options.code);
        attribute.type = parser.isSet(options.type) ? parser.value(options.type) : QStringLiteral("text");
        attribute.choices = choices(parser, options);
        return report(store.saveAttribute(attribute), out, err,
                      TagCli::tr("Attribute %1 added to %2.").arg(describe(attribute), tag->name));
    }
    return wrong(err, usage);
}

int runCustomFieldCommand(const QSqlDatabase &db, const AccessScope &scope, const QStringList &args,
                          const QCommandLineParser &parser, const TagOptions &options, QTextStream &out,
                          QTextStream &err)
{
    const QString entity =
        parser.isSet(options.entity) ? parser.value(options.entity) : CustomFieldStore::residentEntity();
    if (entity != CustomFieldStore::residentEntity() && entity != CustomFieldStore::householdEntity())
        return wrong(err, TagCli::tr("--entity: expected resident or household, got \"%1\".").arg(entity));
    CustomFieldStore store(db, scope);
    const QString action = args.value(0);
    if (action == QLatin1String("list") && args.size() == 1) {
        for (const CustomField &f : store.list(entity, true))
            out << TagCli::tr("%1\t%2\t%3\t%4")
                       .arg(f.entity, describe(f), f.archived ? TagCli::tr("archived") : TagCli::tr("in use"),
                            AttributeType::label(f.type))
                << Qt::endl;
        return 0;
    }
    if (action == QLatin1String("add") && args.size() == 2) {
        CustomField field;
        field.entity = entity;
        field.name = args.at(1);
        field.code = parser.value(options.code);
        field.type = parser.isSet(options.type) ? parser.value(options.type) : QStringLiteral("text");
        field.choices = choices(parser, options);
        return report(store.save(field), out, err, TagCli::tr("Field %1 added.").arg(describe(field)));
    }
    return wrong(err, TagCli::tr("customfield: expected list or add NAME --type T [--choices A|B] [--entity "
                                 "resident|household]."));
}
