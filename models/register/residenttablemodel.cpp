#include "residenttablemodel.h"

#include "address.h"
#include "models/access/numberreveal.h"
#include "models/cnrules/age.h"
#include "models/cnrules/idnumber.h"
#include "models/cnrules/phonenumber.h"
#include "models/core/itemroles.h"
#include "models/core/rowcounter.h"
#include "models/core/sqlquery.h"
#include "registerlookups.h"
#include "registerrows.h"
#include "registertypes.h"
#include "residenttokenschema.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace {
ResidentTableRow readRow(const SqlQuery &q)
{
    ResidentTableRow r;
    r.id = q.value(ResidentQuery::CId).toLongLong();
    r.householdId = q.value(ResidentQuery::CHouseholdId).toLongLong();
    r.name = q.value(ResidentQuery::CName).toString();
    r.gender = q.value(ResidentQuery::CGender).toString();
    r.birthDate = QDate::fromString(q.value(ResidentQuery::CBirth).toString(), Qt::ISODate);
    r.idNumber = q.value(ResidentQuery::CIdNumber).toString();
    r.phone = q.value(ResidentQuery::CPhone).toString();
    r.address =
        Address::format(q.value(ResidentQuery::CCompound).toString(), q.value(ResidentQuery::CBuilding).toString(),
                        q.value(ResidentQuery::CUnit).toString(), q.value(ResidentQuery::CRoom).toString());
    r.grid = q.value(ResidentQuery::CGrid).toString();
    r.residency = q.value(ResidentQuery::CResidency).toString();
    r.status = q.value(ResidentQuery::CStatus).toString();
    r.tags = q.value(ResidentQuery::CTags).toString();
    r.mergedInto = q.value(ResidentQuery::CMergedInto).toString();
    return r;
}
} // namespace

ResidentTableModel::ResidentTableModel(QSqlDatabase db, const AccessScope &scope, QObject *parent)
    : PagedTableModel(db, ColumnCount + int(readCustomColumns(db).size()), Paging::onDemand(kPageSize, kMaxCachedPages),
                      parent)
    , m_scope(scope)
    , m_customColumns(readCustomColumns(database()))
    , m_serverTokens(ResidentTokenSchema::servesSearch(database()))
    , m_counter(new RowCounter(database(), this))
{
    connect(m_counter, &RowCounter::counted, this, &ResidentTableModel::applyCount);
    reload();
}

void ResidentTableModel::setFilter(const ResidentFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void ResidentTableModel::setRevealNumbers(bool reveal)
{
    // A grid worker or viewer sees masks whatever is asked.
    if (NumberReveal::change(&m_reveal, reveal, database(), m_scope, QStringLiteral("resident"),
                             QStringLiteral("register list")))
        columnsChanged(IdNumber, Phone);
}

void ResidentTableModel::setExportReveal(bool ids, bool phones)
{
    m_exportIds = NumberReveal::allowed(m_scope, ids);
    m_exportPhones = NumberReveal::allowed(m_scope, phones);
    columnsChanged(IdNumber, Phone);
}

void ResidentTableModel::reload()
{
    ++m_ticket;
    PagedTableModel::reload();
    if (isCountExact())
        return;
    const ResidentQuery query(database(), m_filter, m_scope, m_today, m_serverTokens);
    const QString countSql = ResidentQuery::countSql() + query.whereClause();
    if (m_counter->canCountInBackground())
        m_counter->count(m_ticket, countSql, query.bindings());
    else
        applyCount(m_ticket, countOf(countSql, query.bindings()));
}

PagedModel::Count ResidentTableModel::countRows() const
{
    // Counting a quarter of a million rows takes longer than a keystroke may: count up to the
    // cap now, the rest in the background (reload).
    const ResidentQuery query(database(), m_filter, m_scope, m_today, m_serverTokens);
    const int cap = countCap(query);
    QVariantList bindings = query.bindings();
    bindings << cap + 1;
    const int upToCap = countOf(query.cappedCountSql(), bindings);
    return {qMin(upToCap, cap), upToCap <= cap};
}

int ResidentTableModel::countCap(const ResidentQuery &query)
{
    // Read by resident_token on a server, a keystroke counts one page now and the rest in the
    // background: 5,000 of 张's 80,000 residents cost 200 ms at 1,000,000 residents.
    return query.countsByToken() ? kPageSize : kCountCap;
}

void ResidentTableModel::applyCount(int ticket, int count)
{
    if (ticket == m_ticket) // else the filter changed meanwhile
        setExactCount(count);
}

bool ResidentTableModel::loadPage(int offset, int limit, QVector<ResidentTableRow> *rows) const
{
    const ResidentQuery query(database(), m_filter, m_scope, m_today, m_serverTokens);
    const int from = int(rows->size());
    return readPage(query.pageSql(m_sortKey, m_descending), query.pageBindings(m_sortKey), offset, limit, rows,
                    readRow) &&
           readCustomValues(rows, from);
}

bool ResidentTableModel::readCustomValues(QVector<ResidentTableRow> *rows, int from) const
{
    // One query for the page's custom values (not one per row); none when the office has no fields.
    if (m_customColumns.isEmpty() || from >= rows->size())
        return true;
    QStringList marks;
    QHash<qint64, int> rowOf;
    for (int i = from; i < rows->size(); ++i) {
        marks << QStringLiteral("?");
        rowOf.insert(rows->at(i).id, i);
    }
    SqlQuery q(database(), QStringLiteral("SELECT cv.record_id, cv.field_id, cv.value FROM custom_value cv WHERE "
                                          "cv.record_id IN (%1) AND cv.field_id IN (SELECT cf.id FROM custom_field "
                                          "cf WHERE cf.entity = 'resident')")
                               .arg(marks.join(QLatin1Char(','))));
    for (int i = from; i < rows->size(); ++i)
        q.bind(rows->at(i).id);
    if (!q.exec())
        return false;
    while (q.next()) {
        const int row = rowOf.value(q.value(0).toLongLong(), -1);
        if (row >= 0)
            (*rows)[row].custom.insert(q.value(1).toLongLong(), q.value(2).toString());
    }
    return true;
}

QList<ResidentCustomColumn> ResidentTableModel::readCustomColumns(const QSqlDatabase &db)
{
    QList<ResidentCustomColumn> columns;
    SqlQuery q(db, QStringLiteral("SELECT id, name, type, choices FROM custom_field WHERE entity = 'resident' AND "
                                  "archived = 0 ORDER BY sort_order, id"));
    if (q.exec())
        while (q.next())
            columns.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString().split(QLatin1Char('|'), Qt::SkipEmptyParts)});
    return columns;
}

qint64 ResidentTableModel::customFieldId(int column) const
{
    const int i = column - ColumnCount;
    return i >= 0 && i < m_customColumns.size() ? m_customColumns.at(i).fieldId : 0;
}

int ResidentTableModel::columnOfCustomField(qint64 fieldId) const
{
    for (int i = 0; i < m_customColumns.size(); ++i)
        if (m_customColumns.at(i).fieldId == fieldId)
            return ColumnCount + i;
    return -1;
}

qint64 ResidentTableModel::residentId(int index) const
{
    const ResidentTableRow *r = rowAt(index);
    return r ? r->id : 0;
}

qint64 ResidentTableModel::householdId(int index) const
{
    const ResidentTableRow *r = rowAt(index);
    return r ? r->householdId : 0;
}

int ResidentTableModel::rowOfResident(qint64 residentId) const
{
    return indexWhere([residentId](const ResidentTableRow &r) { return r.id == residentId; });
}

QVariant ResidentTableModel::cell(const ResidentTableRow &r, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Name:
            return r.name;
        case Gender:
            return RegisterTypes::genderLabel(r.gender);
        case Age:
            return r.birthDate.isValid() ? QVariant(::Age::fullYears(r.birthDate, m_today)) : QVariant();
        case IdNumber:
            return m_reveal || m_exportIds ? r.idNumber : ::IdNumber::mask(r.idNumber);
        case Phone:
            return m_reveal || m_exportPhones ? r.phone : PhoneNumber::mask(r.phone);
        case Address:
            return r.address;
        case Grid:
            return r.grid;
        case Residency:
            return RegisterTypes::residencyLabel(r.residency);
        case Tags:
            return r.tags;
        case Status:
            return r.status == QLatin1String("merged") ? RegisterTypes::mergedLabel(r.mergedInto)
                                                       : RegisterTypes::statusLabel(r.status);
        default:
            if (const qint64 field = customFieldId(column))
                return r.custom.value(field);
            break;
        }
        break;
    case Qt::ForegroundRole:
        if (r.status != QLatin1String("living"))
            return QBrush(QColor(0x80, 0x80, 0x80));
        break;
    case Qt::TextAlignmentRole:
        if (column == Age)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ItemRole::Id:
        return r.id;
    case ItemRole::HouseholdId:
        return r.householdId;
    case ItemRole::Code:
        // The stored codes behind translated labels, for logic that must not compare labels.
        switch (column) {
        case Gender:
            return r.gender;
        case Residency:
            return r.residency;
        case Status:
            return r.status;
        default:
            break;
        }
        break;
    }
    return {};
}

QString ResidentTableModel::columnTitle(int column) const
{
    switch (column) {
    case Name:
        return tr("Name");
    case Gender:
        return tr("Gender");
    case Age:
        return tr("Age");
    case IdNumber:
        return tr("ID number");
    case Phone:
        return tr("Phone");
    case Address:
        return tr("Address");
    case Grid:
        return tr("Grid");
    case Residency:
        return tr("Residency");
    case Tags:
        return tr("Tags");
    case Status:
        return tr("Status");
    default:
        if (column >= ColumnCount && column - ColumnCount < m_customColumns.size())
            return m_customColumns.at(column - ColumnCount).name;
        break;
    }
    return {};
}

void ResidentTableModel::sort(int column, Qt::SortOrder order)
{
    using K = ResidentQuery::SortKey;
    static const QHash<int, K> keys = {{Name, K::Name},         {Gender, K::Gender},       {Age, K::Age},
                                       {IdNumber, K::IdNumber}, {Phone, K::Name},          {Address, K::Address},
                                       {Grid, K::Grid},         {Residency, K::Residency}, {Tags, K::Name},
                                       {Status, K::Status}};
    m_sortKey = keys.value(column, K::Name);
    m_descending = order == Qt::DescendingOrder;
    reload();
}

QVariant ResidentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && (role == Qt::FontRole || role == Qt::ToolTipRole)) {
        for (const ResidentColumnCondition &c : m_filter.columns) {
            if (c.column != section || c.isEmpty())
                continue;
            if (role == Qt::ToolTipRole)
                return tr("%1 is filtered: right-click the header to change or clear the filter.")
                    .arg(columnTitle(section));
            QFont font;
            font.setBold(true);
            font.setUnderline(true);
            return font;
        }
    }
    return PagedTableModel::headerData(section, orientation, role);
}

bool ResidentTableModel::hasTextFilter(int column) const
{
    if (column >= ColumnCount && column - ColumnCount < m_customColumns.size())
        return m_customColumns.at(column - ColumnCount).type == QLatin1String("text");
    return column == Name || column == Address;
}

QList<std::pair<QString, QString>> ResidentTableModel::columnChoices(int column) const
{
    QList<std::pair<QString, QString>> choices;
    const auto fromTypes = [&choices](const QList<RegisterTypes::Choice> &types) {
        for (const RegisterTypes::Choice &t : types)
            choices.append({t.code, t.label});
    };
    const auto fromItems = [&choices](const QList<RegisterLookups::Item> &items) {
        for (const RegisterLookups::Item &item : items)
            choices.append({QString::number(item.id), item.name});
    };
    switch (column) {
    case Gender:
        fromTypes(RegisterTypes::genders());
        break;
    case Residency:
        fromTypes(RegisterTypes::residencyTypes());
        break;
    case Status:
        fromTypes(RegisterTypes::statuses());
        break;
    case Grid:
        fromItems(RegisterLookups(database(), m_scope).grids());
        break;
    case Tags:
        fromItems(RegisterLookups(database(), m_scope).tags());
        break;
    default:
        if (const qint64 field = customFieldId(column)) {
            const ResidentCustomColumn &c = m_customColumns.at(column - ColumnCount);
            QStringList values = c.choices;
            if (values.isEmpty() && m_scope.isSignedIn()) {
                // The values in use, for an exact pick (bounded: a plate number column has many).
                SqlQuery q(database(), QStringLiteral("SELECT DISTINCT value FROM custom_value WHERE field_id = ? "
                                                      "AND value <> '' AND record_id IN (SELECT r.id FROM resident "
                                                      "r WHERE 1 = 1%1) ORDER BY value LIMIT 200")
                                           .arg(RegisterRows::households(m_scope, QStringLiteral("r.household_id"))));
                if (q.exec(field))
                    while (q.next())
                        values << q.value(0).toString();
            }
            for (const QString &v : std::as_const(values))
                choices.append({v, v});
        }
        break;
    }
    return choices;
}
