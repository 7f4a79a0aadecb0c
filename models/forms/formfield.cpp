#include "formfield.h"

#include "models/importing/importvocabulary.h"

#include <QList>

namespace {

struct Alias
{
    const char *code;
    QStringList words; // folded; a title matches one it equals or starts with
};

// Titles of upward forms the import vocabulary does not know (it reads registers, not forms).
const QList<Alias> &peopleAliases()
{
    static const QList<Alias> aliases = {
        {"serial", {QStringLiteral("序号"), QStringLiteral("编号"), QStringLiteral("no.")}},
        {"age", {QStringLiteral("年龄"), QStringLiteral("周岁"), QStringLiteral("实足年龄")}},
        {"hukouAddress",
         {QStringLiteral("户籍地址"), QStringLiteral("户籍所在地"), QStringLiteral("户口所在地"),
          QStringLiteral("户籍地")}},
        {"volunteer", {QStringLiteral("是否志愿者"), QStringLiteral("志愿者")}},
        {"volunteerSkills", {QStringLiteral("志愿服务特长"), QStringLiteral("特长")}},
        {"lastVisit",
         {QStringLiteral("最近走访日期"), QStringLiteral("最近走访"), QStringLiteral("走访日期"),
          QStringLiteral("入户走访")}},
        {"openCaseCount", {QStringLiteral("未办结诉求"), QStringLiteral("在办诉求")}},
        {"caseCount", {QStringLiteral("诉求件数"), QStringLiteral("诉求数"), QStringLiteral("反映问题数")}},
        {"status", {QStringLiteral("人员状态"), QStringLiteral("状态")}},
    };
    return aliases;
}

const QList<Alias> &countAliases()
{
    static const QList<Alias> aliases = {
        {"count.households", {QStringLiteral("户数"), QStringLiteral("总户数"), QStringLiteral("住户数")}},
        {"count.residents",
         {QStringLiteral("人数"), QStringLiteral("总人数"), QStringLiteral("人口数"), QStringLiteral("总人口"),
          QStringLiteral("实有人口"), QStringLiteral("居民人数"), QStringLiteral("人口")}},
        {"count.male", {QStringLiteral("男"), QStringLiteral("男性")}},
        {"count.female", {QStringLiteral("女"), QStringLiteral("女性")}},
        {"count.age80",
         {QStringLiteral("80岁以上"), QStringLiteral("80周岁以上"), QStringLiteral("80岁及以上"),
          QStringLiteral("高龄老人")}},
        {"count.elderly",
         {QStringLiteral("60岁以上"), QStringLiteral("60周岁以上"), QStringLiteral("60岁及以上"),
          QStringLiteral("老年人"), QStringLiteral("老年人口")}},
        {"count.received",
         {QStringLiteral("受理"), QStringLiteral("受理件数"), QStringLiteral("接收诉求"), QStringLiteral("诉求受理")}},
        {"count.resolved", {QStringLiteral("办结"), QStringLiteral("办结件数"), QStringLiteral("诉求办结")}},
        {"count.followUps", {QStringLiteral("回访"), QStringLiteral("回访件数")}},
        {"count.events", {QStringLiteral("活动场次"), QStringLiteral("活动次数"), QStringLiteral("活动")}},
        {"count.participants", {QStringLiteral("参与人次"), QStringLiteral("参与人数"), QStringLiteral("参加人次")}},
    };
    return aliases;
}

QString matchAlias(const QList<Alias> &aliases, const QString &folded)
{
    // Exact first (男 is not 男性), then the longest word the title starts with.
    for (const Alias &a : aliases)
        if (a.words.contains(folded))
            return QString::fromLatin1(a.code);
    QString best;
    qsizetype bestLength = 0;
    for (const Alias &a : aliases)
        for (const QString &w : a.words)
            if (w.size() >= 2 && folded.startsWith(w) && w.size() > bestLength) {
                best = QString::fromLatin1(a.code);
                bestLength = w.size();
            }
    return best;
}

} // namespace

QStringList FormField::peopleFields()
{
    return {QStringLiteral("serial"),         QStringLiteral("name"),      QStringLiteral("gender"),
            QStringLiteral("idNumber"),       QStringLiteral("birthDate"), QStringLiteral("age"),
            QStringLiteral("phone"),          QStringLiteral("address"),   QStringLiteral("compound"),
            QStringLiteral("building"),       QStringLiteral("unit"),      QStringLiteral("room"),
            QStringLiteral("grid"),           QStringLiteral("tags"),      QStringLiteral("ethnicity"),
            QStringLiteral("residencyType"),  QStringLiteral("relation"),  QStringLiteral("hukouAddress"),
            QStringLiteral("status"),         QStringLiteral("notes"),     QStringLiteral("caseCount"),
            QStringLiteral("openCaseCount"),  QStringLiteral("lastVisit"), QStringLiteral("volunteer"),
            QStringLiteral("volunteerSkills")};
}

QStringList FormField::countFields()
{
    QStringList codes;
    for (const Alias &a : countAliases())
        codes << QString::fromLatin1(a.code);
    return codes;
}

QString FormField::label(const QString &code)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("serial"), QT_TR_NOOP("Row number (序号)")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("gender"), QT_TR_NOOP("Gender")},
        {QStringLiteral("idNumber"), QT_TR_NOOP("ID number")},
        {QStringLiteral("birthDate"), QT_TR_NOOP("Date of birth")},
        {QStringLiteral("age"), QT_TR_NOOP("Age")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("address"), QT_TR_NOOP("Address")},
        {QStringLiteral("compound"), QT_TR_NOOP("Compound")},
        {QStringLiteral("building"), QT_TR_NOOP("Building")},
        {QStringLiteral("unit"), QT_TR_NOOP("Unit")},
        {QStringLiteral("room"), QT_TR_NOOP("Room")},
        {QStringLiteral("grid"), QT_TR_NOOP("Grid")},
        {QStringLiteral("tags"), QT_TR_NOOP("Groups (tags)")},
        {QStringLiteral("ethnicity"), QT_TR_NOOP("Ethnicity")},
        {QStringLiteral("residencyType"), QT_TR_NOOP("Residency")},
        {QStringLiteral("relation"), QT_TR_NOOP("Relation to the head of household")},
        {QStringLiteral("hukouAddress"), QT_TR_NOOP("Registered (hukou) address, from the notes")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
        {QStringLiteral("caseCount"), QT_TR_NOOP("Cases reported")},
        {QStringLiteral("openCaseCount"), QT_TR_NOOP("Cases still open")},
        {QStringLiteral("lastVisit"), QT_TR_NOOP("Last visit to the household")},
        {QStringLiteral("volunteer"), QT_TR_NOOP("Volunteer (yes/no)")},
        {QStringLiteral("volunteerSkills"), QT_TR_NOOP("Volunteer's skills")},
        {QStringLiteral("count.households"), QT_TR_NOOP("Number of households")},
        {QStringLiteral("count.residents"), QT_TR_NOOP("Number of residents")},
        {QStringLiteral("count.male"), QT_TR_NOOP("Men")},
        {QStringLiteral("count.female"), QT_TR_NOOP("Women")},
        {QStringLiteral("count.age80"), QT_TR_NOOP("Aged 80 and over")},
        {QStringLiteral("count.elderly"), QT_TR_NOOP("Elderly (the office's elderly age and over)")},
        {QStringLiteral("count.received"), QT_TR_NOOP("Cases received in the month")},
        {QStringLiteral("count.resolved"), QT_TR_NOOP("Cases closed in the month")},
        {QStringLiteral("count.followUps"), QT_TR_NOOP("Follow-up visits in the month")},
        {QStringLiteral("count.events"), QT_TR_NOOP("Events held in the month")},
        {QStringLiteral("count.participants"), QT_TR_NOOP("Event participants in the month")},
    };
    if (code.isEmpty())
        return tr("(leave empty)");
    if (isTagField(code))
        return tr("Carries the tag %1 (是)").arg(code.mid(4));
    const auto it = labels.constFind(code);
    return it == labels.constEnd() ? code : tr(*it);
}

QString FormField::guess(const QString &title)
{
    const QString folded = ImportVocabulary::fold(title);
    if (folded.isEmpty())
        return QString();
    // The form's own words first: 年龄 and 序号 are not register columns.
    if (const QString own = matchAlias(peopleAliases(), folded); !own.isEmpty())
        return own;
    const QString header = ImportVocabulary::lookupPrefix(QStringLiteral("header"), title);
    if (header == QLatin1String("householdNo"))
        return QString();
    if (!header.isEmpty())
        return header;
    if (ImportVocabulary::lookup(QStringLiteral("note"), title) == QLatin1String("hukouAddress"))
        return QStringLiteral("hukouAddress");
    return QString();
}

QString FormField::guessCount(const QString &title)
{
    const QString folded = ImportVocabulary::fold(title);
    return folded.isEmpty() ? QString() : matchAlias(countAliases(), folded);
}

bool FormField::isRowLabelTitle(const QString &title)
{
    static const QStringList words = {QStringLiteral("网格"),   QStringLiteral("所属网格"), QStringLiteral("网格名称"),
                                      QStringLiteral("年龄段"), QStringLiteral("年龄组"),   QStringLiteral("人员类别"),
                                      QStringLiteral("类别"),   QStringLiteral("项目"),     QStringLiteral("分类"),
                                      QStringLiteral("指标"),   QStringLiteral("单位"),     QStringLiteral("名称")};
    const QString folded = ImportVocabulary::fold(title);
    for (const QString &w : words)
        if (folded == w || folded.startsWith(w))
            return true;
    return false;
}
