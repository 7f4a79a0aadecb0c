#include "birthdaylistmodel.h"

#include "birthdayquery.h"
#include "models/access/numberreveal.h"
#include "models/core/itemroles.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace {
const QColor kMilestone(0xff, 0xf2, 0xcc);
const QColor kHeading(0xe8, 0xee, 0xf6);
const QColor kMissed(0xb2, 0x6a, 0x00);
const QColor kLivingAlone(0xc6, 0x28, 0x28);
} // namespace

BirthdayListModel::BirthdayListModel(QSqlDatabase db, const AccessScope &scope, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
    , m_scope(scope)
{
    const QDate next = m_today.addMonths(1);
    m_year = next.year();
    m_month = next.month();
}

void BirthdayListModel::setMonth(int year, int month)
{
    if (!QDate(year, month, 1).isValid() || (year == m_year && month == m_month))
        return;
    m_year = year;
    m_month = month;
    reloadIfLoaded();
}

void BirthdayListModel::setMinimumAge(int age)
{
    if (age == m_minimumAge)
        return;
    m_minimumAge = age;
    reloadIfLoaded();
}

void BirthdayListModel::setDefaultCalendar(BirthdayRules::Calendar calendar)
{
    if (calendar == m_calendar)
        return;
    m_calendar = calendar;
    reloadIfLoaded();
}

void BirthdayListModel::setIncludeMissed(bool include)
{
    if (include == m_includeMissed)
        return;
    m_includeMissed = include;
    reloadIfLoaded();
}

void BirthdayListModel::setToday(const QDate &today)
{
    m_today = today;
    reloadIfLoaded();
}

void BirthdayListModel::reloadIfLoaded()
{
    if (m_loaded)
        reload();
}

void BirthdayListModel::reload()
{
    m_loaded = true;
    BirthdayQuery query(m_db, m_scope);
    query.setMinimumAge(m_minimumAge);
    query.setDefaultCalendar(m_calendar);
    m_all = m_includeMissed ? query.monthWithMissed(m_year, m_month) : query.month(m_year, m_month);
    m_upcoming = query.upcomingCount(upcomingFrom(), 7);
    rebuild();
}

QDate BirthdayListModel::upcomingFrom() const
{
    const QDate first(m_year, m_month, 1);
    return m_today.year() == m_year && m_today.month() == m_month ? m_today : first;
}

void BirthdayListModel::setGridFilter(qint64 gridId)
{
    if (gridId == m_gridFilter)
        return;
    m_gridFilter = gridId;
    rebuild();
}

void BirthdayListModel::setTagFilter(qint64 tagId)
{
    if (tagId == m_tagFilter)
        return;
    m_tagFilter = tagId;
    rebuild();
}

void BirthdayListModel::setGroupByGrid(bool group)
{
    if (group == m_groupByGrid)
        return;
    m_groupByGrid = group;
    rebuild();
}

void BirthdayListModel::setRevealPhones(bool reveal)
{
    if (!NumberReveal::change(&m_reveal, reveal, m_db, m_scope, QStringLiteral("resident"),
                              QStringLiteral("birthday list")))
        return;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Phone), index(int(m_rows.size()) - 1, Phone), {Qt::DisplayRole});
}

void BirthdayListModel::rebuild()
{
    beginResetModel();
    m_shown.clear();
    for (const BirthdayEntry &e : std::as_const(m_all)) {
        if (m_gridFilter > 0 && e.gridId != m_gridFilter)
            continue;
        if (m_tagFilter > 0 && !e.tagIds.contains(m_tagFilter))
            continue;
        m_shown.append(e);
    }
    BirthdayQuery::sort(m_shown, m_groupByGrid);
    m_rows.clear();
    int heading = -1;
    for (int i = 0; i < m_shown.size(); ++i) {
        const BirthdayEntry &e = m_shown.at(i);
        if (m_groupByGrid && (i == 0 || m_shown.at(i - 1).gridId != e.gridId)) {
            heading = int(m_rows.size());
            m_rows.append({-1, 0, e.gridText()});
        }
        if (heading >= 0)
            ++m_rows[heading].groupSize;
        m_rows.append({i, 0, QString()});
    }
    endResetModel();
    emit listChanged();
}

const BirthdayEntry *BirthdayListModel::entry(int row) const
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).entry < 0)
        return nullptr;
    return &m_shown.at(m_rows.at(row).entry);
}

bool BirthdayListModel::isGroupRow(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).entry < 0;
}

int BirthdayListModel::rowOfResident(qint64 residentId) const
{
    for (int r = 0; r < m_rows.size(); ++r)
        if (const BirthdayEntry *e = entry(r); e && e->residentId == residentId)
            return r;
    return -1;
}

int BirthdayListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BirthdayListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BirthdayListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const RowRef &ref = m_rows.at(index.row());
    if (ref.entry >= 0)
        return entryData(m_shown.at(ref.entry), index.column(), role);
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == Name ? tr("%1 — %n resident(s)", "", ref.groupSize).arg(ref.heading) : QVariant();
    case Qt::BackgroundRole:
        return QBrush(kHeading);
    case Qt::FontRole: {
        QFont f;
        f.setBold(true);
        return f;
    }
    case ItemRole::Kind:
        return QStringLiteral("grid");
    }
    return {};
}

QVariant BirthdayListModel::entryData(const BirthdayEntry &e, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Name:
            return e.name;
        case Gender:
            return e.genderText();
        case BirthDate:
            return e.birthDate.toString(Qt::ISODate);
        case LunarBirthday:
            return e.lunarBirthdayText();
        case KeptOn:
            return e.keptOnText();
        case AgeTurning:
            return e.ageTurning;
        case NominalAge:
            return e.nominalAge;
        case Grid:
            return e.gridText();
        case Address:
            return e.address;
        case Phone:
            return e.phoneText(m_reveal);
        case Tags:
            return e.tagsText();
        case Note:
            return e.noteText();
        }
        break;
    case Qt::BackgroundRole:
        if (e.isMilestone())
            return QBrush(kMilestone);
        break;
    case Qt::FontRole:
        if (e.isMilestone() && (column == AgeTurning || column == Name)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case Qt::ForegroundRole:
        if (column == Note && e.isMissed())
            return QBrush(kMissed);
        if (column == Tags && e.livingAlone)
            return QBrush(kLivingAlone);
        break;
    case Qt::TextAlignmentRole:
        if (column == AgeTurning || column == NominalAge || column == Gender)
            return int(Qt::AlignCenter);
        break;
    case Qt::ToolTipRole:
        if (column == KeptOn)
            return e.personalCalendar ? tr("Kept by the resident's own choice of calendar.")
                                      : tr("Kept by the office's default calendar.");
        break;
    case ItemRole::Id:
        return e.residentId;
    case ItemRole::HouseholdId:
        return e.householdId;
    case ItemRole::Kind:
        return QStringLiteral("resident");
    }
    return {};
}

QVariant BirthdayListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Gender:
        return tr("Gender");
    case BirthDate:
        return tr("Birth date");
    case LunarBirthday:
        return tr("Lunar birthday");
    case KeptOn:
        return tr("Birthday kept");
    case AgeTurning:
        return tr("Age turning");
    case NominalAge:
        return tr("Nominal age");
    case Grid:
        return tr("Grid");
    case Address:
        return tr("Address");
    case Phone:
        return tr("Phone");
    case Tags:
        return tr("Tags");
    case Note:
        return tr("Notes");
    }
    return {};
}
