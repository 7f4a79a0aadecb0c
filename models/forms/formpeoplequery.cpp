#include "formpeoplequery.h"

#include "formfield.h"
#include "models/access/numberreveal.h"
#include "models/cnrules/age.h"
#include "models/cnrules/idnumber.h"
#include "models/cnrules/phonenumber.h"
#include "models/core/dialectsql.h"
#include "models/core/sqlquery.h"
#include "models/register/address.h"
#include "models/register/residentquery.h"
#include "models/register/residenttablemodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

enum Col {
    CId,
    CName,
    CGender,
    CBirth,
    CIdNumber,
    CPhone,
    CCompound,
    CBuilding,
    CUnit,
    CRoom,
    CGrid,
    CResidency,
    CStatus,
    CEthnicity,
    CRelation,
    CNotes,
    CTagNames,
    CTagCodes,
    CCases,
    COpenCases,
    CLastVisit,
    CVolunteer,
    CSkills
};

QString selectSql(const QSqlDatabase &db)
{
    return QStringLiteral(
               "SELECT r.id, r.name, r.gender, r.birth_date, r.id_number, r.phone, c.name, b.name, h.unit, h.room, "
               "g.name, r.residency_type, r.status, r.ethnicity, r.relation, r.notes, (SELECT ") +
           DialectSql::joined(db, QStringLiteral("t.name"), QStringLiteral("'、'")) +
           QStringLiteral(
               " FROM resident_tag rt JOIN tag t ON t.id = rt.tag_id WHERE rt.resident_id = r.id), (SELECT ") +
           DialectSql::joined(db, QStringLiteral("t.code"), QStringLiteral("','")) +
           QStringLiteral(
               " FROM resident_tag rt JOIN tag t ON t.id = rt.tag_id WHERE rt.resident_id = r.id), "
               "(SELECT count(*) FROM cases cs WHERE cs.reporter_resident_id = r.id AND cs.status <> 'withdrawn'), "
               "(SELECT count(*) FROM cases cs WHERE cs.reporter_resident_id = r.id AND cs.status NOT IN ('closed', "
               "'followed_up', 'withdrawn')), "
               "(SELECT max(v.visited_on) FROM visit v WHERE v.household_id = r.household_id AND v.archived = 0), "
               "(SELECT count(*) FROM volunteer vo WHERE vo.resident_id = r.id AND vo.status = 'active'), "
               "(SELECT max(vo.skills) FROM volunteer vo WHERE vo.resident_id = r.id) "
               "FROM resident r LEFT JOIN household h ON h.id = r.household_id LEFT JOIN building b ON b.id = "
               "h.building_id "
               "LEFT JOIN compound c ON c.id = b.compound_id LEFT JOIN grid g ON g.id = b.grid_id ");
}

// The street's forms are Chinese whatever the desk's language: the register's codes in its words.
QString chinese(const QString &kind, const QString &code)
{
    static const QHash<QString, QString> words = {
        {QStringLiteral("gender/M"), QStringLiteral("男")},
        {QStringLiteral("gender/F"), QStringLiteral("女")},
        {QStringLiteral("residency/registered"), QStringLiteral("户籍")},
        {QStringLiteral("residency/resident"), QStringLiteral("人户分离")},
        {QStringLiteral("residency/floating"), QStringLiteral("流动")},
        {QStringLiteral("status/living"), QStringLiteral("在册")},
        {QStringLiteral("status/moved_out"), QStringLiteral("迁出")},
        {QStringLiteral("status/deceased"), QStringLiteral("死亡")},
        {QStringLiteral("relation/head"), QStringLiteral("户主")},
        {QStringLiteral("relation/spouse"), QStringLiteral("配偶")},
        {QStringLiteral("relation/son"), QStringLiteral("子")},
        {QStringLiteral("relation/daughter"), QStringLiteral("女")},
        {QStringLiteral("relation/child"), QStringLiteral("子女")},
        {QStringLiteral("relation/parent"), QStringLiteral("父母")},
        {QStringLiteral("relation/grandchild"), QStringLiteral("孙子女")},
        {QStringLiteral("relation/sibling"), QStringLiteral("兄弟姐妹")},
        {QStringLiteral("relation/in_law"), QStringLiteral("媳婿")},
        {QStringLiteral("relation/tenant"), QStringLiteral("租户")},
        {QStringLiteral("relation/other"), QStringLiteral("其他")},
    };
    return words.value(kind + QLatin1Char('/') + code, code);
}

// "户籍地址：…" kept in the notes by the import (ImportCleaner keeps unmapped columns as notes).
QString hukouAddress(const QString &notes)
{
    static const QRegularExpression pattern(QStringLiteral("(?:户籍地址|户籍所在地|户口所在地|户籍地)[：:]([^；;]*)"));
    const QRegularExpressionMatch m = pattern.match(notes);
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

} // namespace

FormPeopleQuery::FormPeopleQuery(QSqlDatabase db, const AccessScope &scope, const QDate &today)
    : m_db(std::move(db))
    , m_scope(scope)
    , m_today(today)
{}

ResidentFilter FormPeopleQuery::filter(const FormPeople &people) const
{
    ResidentFilter f;
    if (people.savedViewId > 0) {
        SqlQuery q(m_db, QStringLiteral("SELECT state FROM saved_view WHERE id = ? AND list = 'register' AND "
                                        "archived_at IS NULL"));
        if (q.exec(people.savedViewId) && q.next()) {
            // The register list's own state (RegisterPage::viewState).
            const QJsonObject o = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
            f.gridId = o.value(QStringLiteral("grid")).toString().toLongLong();
            f.tagId = o.value(QStringLiteral("tag")).toString().toLongLong();
            f.residencyType = o.value(QStringLiteral("residency")).toString();
            f.status = o.value(QStringLiteral("status")).toString();
            f.minAge = o.value(QStringLiteral("minAge")).toInt(-1);
            f.maxAge = o.value(QStringLiteral("maxAge")).toInt(-1);
            f.text = o.value(QStringLiteral("search")).toString();
            for (const QJsonValue &v : o.value(QStringLiteral("columnFilters")).toArray()) {
                const QJsonObject c = v.toObject();
                ResidentColumnCondition condition;
                condition.column = c.value(QStringLiteral("column")).toInt(-1);
                condition.contains = c.value(QStringLiteral("contains")).toString();
                for (const QJsonValue &value : c.value(QStringLiteral("values")).toArray())
                    condition.values << value.toString();
                if (condition.column >= 0 && condition.column < ResidentTableModel::ColumnCount && !condition.isEmpty())
                    f.columns.append(condition);
            }
        }
    }
    if (people.gridId > 0)
        f.gridId = people.gridId;
    if (people.tagId > 0)
        f.tagId = people.tagId;
    if (people.minAge >= 0)
        f.minAge = qMax(f.minAge, people.minAge);
    return f;
}

bool FormPeopleQuery::revealsNumbers(const FormPeople &people) const
{
    return NumberReveal::allowed(m_scope, people.fullNumbers);
}

bool FormPeopleQuery::rows(const FormPeople &people, const QStringList &columns, QList<QList<FormCell>> *rows,
                           QString *error) const
{
    rows->clear();
    if (!m_scope.isSignedIn()) {
        if (error)
            *error = tr("Please sign in to fill a form from the register.");
        return false;
    }
    const ResidentQuery query(m_db, filter(people), m_scope, m_today);
    SqlQuery q(m_db, selectSql(m_db) + query.whereClause() +
                         QStringLiteral(" ORDER BY g.code, h.building_id, h.unit, h.room, r.household_id, CASE WHEN "
                                        "r.relation = 'head' THEN 0 ELSE 1 END, r.birth_date, r.id"));
    for (const QVariant &v : query.bindings())
        q.bind(v);
    if (!q.exec()) {
        if (error)
            *error = tr("The register could not be read to fill the form.");
        return false;
    }
    const bool full = revealsNumbers(people);
    int serial = 0;
    while (q.next()) {
        ++serial;
        const QDate birth = QDate::fromString(q.value(CBirth).toString(), Qt::ISODate);
        // A tag field names the tag by code or by name (the window offers names).
        const QStringList tagKeys = q.value(CTagCodes).toString().split(QLatin1Char(','), Qt::SkipEmptyParts) +
                                    q.value(CTagNames).toString().split(QStringLiteral("、"), Qt::SkipEmptyParts);
        QList<FormCell> cells;
        for (const QString &field : columns) {
            const auto text = [&](int column) { return FormCell::ofText(q.value(column).toString()); };
            if (field.isEmpty())
                cells << FormCell();
            else if (field == QLatin1String("serial"))
                cells << FormCell::ofNumber(serial);
            else if (field == QLatin1String("name"))
                cells << text(CName);
            else if (field == QLatin1String("gender"))
                cells << FormCell::ofText(chinese(QStringLiteral("gender"), q.value(CGender).toString()));
            else if (field == QLatin1String("idNumber")) {
                const QString id = q.value(CIdNumber).toString();
                cells << FormCell::ofText(full ? id : IdNumber::mask(id));
            } else if (field == QLatin1String("birthDate"))
                cells << FormCell::ofText(birth.isValid() ? birth.toString(Qt::ISODate) : QString());
            else if (field == QLatin1String("age"))
                cells << (birth.isValid() ? FormCell::ofNumber(Age::fullYears(birth, m_today)) : FormCell());
            else if (field == QLatin1String("phone")) {
                const QString phone = q.value(CPhone).toString();
                cells << FormCell::ofText(full ? phone : PhoneNumber::mask(phone));
            } else if (field == QLatin1String("address"))
                cells << FormCell::ofText(Address::format(q.value(CCompound).toString(), q.value(CBuilding).toString(),
                                                          q.value(CUnit).toString(), q.value(CRoom).toString()));
            else if (field == QLatin1String("compound"))
                cells << text(CCompound);
            else if (field == QLatin1String("building"))
                cells << text(CBuilding);
            else if (field == QLatin1String("unit"))
                cells << text(CUnit);
            else if (field == QLatin1String("room"))
                cells << text(CRoom);
            else if (field == QLatin1String("grid"))
                cells << text(CGrid);
            else if (field == QLatin1String("tags"))
                cells << text(CTagNames);
            else if (field == QLatin1String("ethnicity"))
                cells << text(CEthnicity);
            else if (field == QLatin1String("residencyType"))
                cells << FormCell::ofText(chinese(QStringLiteral("residency"), q.value(CResidency).toString()));
            else if (field == QLatin1String("relation"))
                cells << FormCell::ofText(chinese(QStringLiteral("relation"), q.value(CRelation).toString()));
            else if (field == QLatin1String("status"))
                cells << FormCell::ofText(chinese(QStringLiteral("status"), q.value(CStatus).toString()));
            else if (field == QLatin1String("hukouAddress"))
                cells << FormCell::ofText(hukouAddress(q.value(CNotes).toString()));
            else if (field == QLatin1String("notes"))
                cells << text(CNotes);
            else if (field == QLatin1String("caseCount"))
                cells << FormCell::ofNumber(q.value(CCases).toInt());
            else if (field == QLatin1String("openCaseCount"))
                cells << FormCell::ofNumber(q.value(COpenCases).toInt());
            else if (field == QLatin1String("lastVisit"))
                cells << text(CLastVisit);
            else if (field == QLatin1String("volunteer"))
                cells << FormCell::ofText(q.value(CVolunteer).toInt() > 0 ? QStringLiteral("是")
                                                                          : QStringLiteral("否"));
            else if (field == QLatin1String("volunteerSkills"))
                cells << text(CSkills);
            else if (FormField::isTagField(field))
                cells << FormCell::ofText(tagKeys.contains(field.mid(4)) ? QStringLiteral("是") : QString());
            else
                cells << FormCell();
        }
        rows->append(cells);
    }
    return true;
}
