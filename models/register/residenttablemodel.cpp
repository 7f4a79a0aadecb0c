#include "residenttablemodel.h"

#include "address.h"
#include "models/access/numberreveal.h"
#include "models/cnrules/age.h"
#include "models/cnrules/idnumber.h"
#include "models/cnrules/phonenumber.h"
#include "models/core/itemroles.h"
#include "models/core/rowcounter.h"
#include "models/core/sqlquery.h"
#include "registertypes.h"

#include <QBrush>
#include <QColor>

ResidentTableModel::ResidentTableModel(QSqlDatabase db, const AccessScope &scope, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
    , m_scope(scope)
    , m_counter(new RowCounter(m_db, this))
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
    reveal = NumberReveal::allowed(m_scope, reveal); // a grid worker or viewer sees masks whatever is asked
    if (reveal == m_reveal)
        return;
    m_reveal = reveal;
    if (reveal)
        NumberReveal::record(m_db, m_scope, QStringLiteral("resident"), 0, QStringLiteral("register list"));
    if (m_count > 0)
        emit dataChanged(index(0, IdNumber), index(m_count - 1, Phone));
}

void ResidentTableModel::reload()
{
    beginResetModel();
    m_pages.clear();
    ++m_ticket;
    const ResidentQuery query(m_filter, m_scope, m_today);
    // Counting a quarter of a million rows takes longer than a keystroke may: count up to the
    // cap now, the rest in the background.
    SqlQuery capped(m_db, query.cappedCountSql());
    for (const QVariant &v : query.bindings())
        capped.bind(v);
    capped.bind(kCountCap + 1);
    const int upToCap = capped.scalar().toInt();
    m_countExact = upToCap <= kCountCap;
    m_count = qMin(upToCap, kCountCap);
    endResetModel();
    emit countChanged(m_count, m_countExact);
    if (m_countExact)
        return;
    const QString countSql = ResidentQuery::countSql() + query.whereClause();
    if (m_counter->canCountInBackground()) {
        m_counter->count(m_ticket, countSql, query.bindings());
    } else {
        SqlQuery count(m_db, countSql);
        for (const QVariant &v : query.bindings())
            count.bind(v);
        applyCount(m_ticket, count.scalar().toInt());
    }
}

void ResidentTableModel::applyCount(int ticket, int count)
{
    if (ticket != m_ticket || m_countExact)
        return; // the filter changed meanwhile
    m_countExact = true;
    if (count > m_count) {
        beginInsertRows(QModelIndex(), m_count, count - 1);
        m_count = count;
        endInsertRows();
    }
    emit countChanged(m_count, true);
}

bool ResidentTableModel::loadPage(int page, QVector<Row> *rows) const
{
    const ResidentQuery query(m_filter, m_scope, m_today);
    SqlQuery q(m_db, ResidentQuery::selectSql() + query.whereClause() +
                         ResidentQuery::orderBy(m_sortKey, m_descending) + QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const QVariant &v : query.bindings())
        q.bind(v);
    if (!q.exec(kPageSize, page * kPageSize))
        return false;
    while (q.next()) {
        Row r;
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
        rows->append(r);
    }
    return true;
}

const ResidentTableModel::Row *ResidentTableModel::row(int index) const
{
    if (index < 0 || index >= m_count)
        return nullptr;
    return m_pages.row(index, [this](int page, QVector<Row> *rows) { return loadPage(page, rows); });
}

qint64 ResidentTableModel::residentId(int index) const
{
    const Row *r = row(index);
    return r ? r->id : 0;
}

qint64 ResidentTableModel::householdId(int index) const
{
    const Row *r = row(index);
    return r ? r->householdId : 0;
}

int ResidentTableModel::rowOfResident(qint64 residentId) const
{
    return m_pages.indexOf([residentId](const Row &r) { return r.id == residentId; });
}

int ResidentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int ResidentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResidentTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Row *r = row(index.row());
    if (!r)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return r->name;
        case Gender:
            return RegisterTypes::genderLabel(r->gender);
        case Age:
            return r->birthDate.isValid() ? QVariant(::Age::fullYears(r->birthDate, m_today)) : QVariant();
        case IdNumber:
            return m_reveal ? r->idNumber : ::IdNumber::mask(r->idNumber);
        case Phone:
            return m_reveal ? r->phone : PhoneNumber::mask(r->phone);
        case Address:
            return r->address;
        case Grid:
            return r->grid;
        case Residency:
            return RegisterTypes::residencyLabel(r->residency);
        case Tags:
            return r->tags;
        case Status:
            return RegisterTypes::statusLabel(r->status);
        }
        break;
    case Qt::ForegroundRole:
        if (r->status != QLatin1String("living"))
            return QBrush(QColor(0x80, 0x80, 0x80));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Age)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ItemRole::Id:
        return r->id;
    case ItemRole::HouseholdId:
        return r->householdId;
    case ItemRole::Code:
        // The stored codes behind translated labels, for logic that must not compare labels.
        switch (index.column()) {
        case Gender:
            return r->gender;
        case Residency:
            return r->residency;
        case Status:
            return r->status;
        default:
            break;
        }
        break;
    }
    return {};
}

QVariant ResidentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
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
