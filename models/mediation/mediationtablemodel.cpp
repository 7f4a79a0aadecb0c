#include "mediationtablemodel.h"

MediationTableModel::MediationTableModel(QSqlDatabase db, const AccessScope &scope, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
    , m_scope(scope)
{}

void MediationTableModel::setFilter(const MediationFilter &filter)
{
    m_filter = filter;
    reload();
}

void MediationTableModel::reload()
{
    beginResetModel();
    m_rows = MediationStore(m_db, m_scope).list(m_filter);
    endResetModel();
}

qint64 MediationTableModel::mediationId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int MediationTableModel::rowOfMediation(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

int MediationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MediationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MediationTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || role != Qt::DisplayRole)
        return {};
    const MediationStore::Row &r = m_rows.at(index.row());
    switch (index.column()) {
    case Received:
        return r.receivedOn.toString(QStringLiteral("yyyy-MM-dd"));
    case Kind:
        return r.kind;
    case Matter:
        return r.matter;
    case Parties:
        return r.parties;
    case Mediator:
        return r.mediator;
    case Status:
        return r.status;
    case Kept:
        return r.kept < 0 ? QString() : r.kept > 0 ? tr("Kept") : tr("Not kept");
    case Grid:
        return r.gridName;
    case Case:
        return r.caseNo;
    case Sessions:
        return r.sessions;
    default:
        return {};
    }
}

QVariant MediationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Received:
        return tr("Received");
    case Kind:
        return tr("Kind");
    case Matter:
        return tr("Matter");
    case Parties:
        return tr("Parties");
    case Mediator:
        return tr("Mediator");
    case Status:
        return tr("Status");
    case Kept:
        return tr("Agreement kept");
    case Grid:
        return tr("Grid");
    case Case:
        return tr("From case");
    case Sessions:
        return tr("Sessions");
    default:
        return {};
    }
}
