#include "volunteertablemodel.h"

#include "models/access/numberreveal.h"
#include "models/cnrules/phonenumber.h"
#include "models/core/dialectsql.h"
#include "models/core/itemroles.h"
#include "models/core/sqlquery.h"
#include "volunteer.h"
#include "volunteerrows.h"

#include <QBrush>
#include <QColor>
#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

namespace {
VolunteerTableRow readRow(const SqlQuery &q)
{
    VolunteerTableRow r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.phone = q.value(2).toString();
    r.teams = q.value(3).toString();
    r.skills = q.value(4).toString();
    r.availability = q.value(5).toString();
    r.joined = q.value(6).toString();
    r.status = q.value(7).toString();
    r.resident = q.value(8).toBool();
    return r;
}
} // namespace

VolunteerTableModel::VolunteerTableModel(QSqlDatabase db, const AccessScope &scope, QObject *parent)
    : PagedTableModel(std::move(db), ColumnCount, Paging::append(kPageSize), parent)
    , m_scope(scope)
{
    reload();
}

void VolunteerTableModel::setFilter(const QString &text, const QString &status, qint64 teamId)
{
    m_text = text.trimmed();
    m_status = status;
    m_teamId = teamId;
    reload();
}

void VolunteerTableModel::setRevealNumbers(bool reveal)
{
    if (NumberReveal::change(&m_reveal, reveal, database(), m_scope, QStringLiteral("volunteer"),
                             QStringLiteral("volunteer list")))
        columnsChanged(Phone, Phone);
}

QString VolunteerTableModel::whereClause() const
{
    QString where = QStringLiteral(" WHERE 1 = 1") + VolunteerRows::volunteers(m_scope, QStringLiteral("v"));
    if (!m_text.isEmpty())
        where += QStringLiteral(
            " AND (lower(v.name) LIKE lower(CAST(? AS TEXT)) ESCAPE '\\' OR v.phone LIKE ? ESCAPE '\\')");
    if (!m_status.isEmpty())
        where += QStringLiteral(" AND v.status = ?");
    if (m_teamId > 0)
        where += QStringLiteral(" AND EXISTS (SELECT 1 FROM volunteer_team_member m WHERE m.volunteer_id = v.id AND "
                                "m.team_id = ? AND m.left_on IS NULL)");
    return where;
}

QVariantList VolunteerTableModel::whereBindings() const
{
    QVariantList b;
    if (!m_text.isEmpty()) {
        QString escaped = m_text;
        escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        const QString pattern = QLatin1Char('%') + escaped + QLatin1Char('%');
        b << pattern << pattern;
    }
    if (!m_status.isEmpty())
        b << m_status;
    if (m_teamId > 0)
        b << m_teamId;
    return b;
}

PagedModel::Count VolunteerTableModel::countRows() const
{
    QVariantList bindings;
    const QString where = filterWhere(&bindings, -1);
    return {countOf(QStringLiteral("SELECT count(*) FROM volunteer v") + where, bindings)};
}

QList<ColumnSql> VolunteerTableModel::filterColumns() const
{
    ColumnSql status{Status, QStringLiteral("v.status"), {}, {}};
    status.labelOf = [](const QString &code) { return Volunteer::statusLabel(code); };
    ColumnSql source{Source, QStringLiteral("CASE WHEN v.resident_id IS NULL THEN 0 ELSE 1 END"), {}, {}, true};
    source.labelOf = [](const QString &code) { return code.toInt() ? tr("Resident") : tr("Outside"); };
    return {{Name, {}, {}, QStringLiteral("v.name")},
            {Skills, {}, {}, QStringLiteral("v.skills")},
            {Availability, QStringLiteral("v.availability"), QStringLiteral("v.availability"),
             QStringLiteral("v.availability")},
            status,
            source};
}

QString VolunteerTableModel::filterFrom() const
{
    return QStringLiteral("volunteer v");
}

QString VolunteerTableModel::filterWhere(QVariantList *bindings, int exceptColumn) const
{
    *bindings << whereBindings();
    QStringList terms;
    addColumnTerms(&terms, bindings, exceptColumn);
    return terms.isEmpty() ? whereClause()
                           : whereClause() + QStringLiteral(" AND ") + terms.join(QStringLiteral(" AND "));
}

bool VolunteerTableModel::loadPage(int offset, int limit, QVector<VolunteerTableRow> *rows) const
{
    QVariantList bindings;
    const QString where = filterWhere(&bindings, -1);
    return readPage(QStringLiteral("SELECT v.id, v.name, v.phone, (SELECT ") +
                        DialectSql::joined(database(), QStringLiteral("t.name"), QStringLiteral("', '")) +
                        QStringLiteral(" FROM volunteer_team_member m JOIN volunteer_team t ON t.id = m.team_id WHERE "
                                       "m.volunteer_id = v.id AND m.left_on IS NULL), v.skills, v.availability, "
                                       "v.joined_on, v.status, v.resident_id IS NOT NULL, v.available_days FROM "
                                       "volunteer v") +
                        where + QStringLiteral(" ORDER BY v.status = 'left', v.name_pinyin, v.name, v.id"),
                    bindings, offset, limit, rows, readRow);
}

qint64 VolunteerTableModel::volunteerId(int row) const
{
    const VolunteerTableRow *r = rowAt(row);
    return r ? r->id : 0;
}

int VolunteerTableModel::rowOfVolunteer(qint64 id) const
{
    return indexWhere([id](const VolunteerTableRow &r) { return r.id == id; });
}

QVariant VolunteerTableModel::cell(const VolunteerTableRow &r, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Name:
            return r.name;
        case Phone:
            return m_reveal ? r.phone : PhoneNumber::mask(r.phone);
        case Teams:
            return r.teams;
        case Skills:
            return r.skills;
        case Availability:
            return r.availability;
        case Joined:
            return r.joined;
        case Status:
            return Volunteer::statusLabel(r.status);
        case Source:
            return r.resident ? tr("Resident") : tr("Outside");
        }
        break;
    case Qt::ForegroundRole:
        if (r.status != QLatin1String("active"))
            return QBrush(QColor(0x80, 0x80, 0x80));
        break;
    case ItemRole::Id:
        return r.id;
    case ItemRole::Code:
        if (column == Status)
            return r.status;
        break;
    }
    return {};
}

QString VolunteerTableModel::columnTitle(int column) const
{
    switch (column) {
    case Name:
        return tr("Name");
    case Phone:
        return tr("Phone");
    case Teams:
        return tr("Teams");
    case Skills:
        return tr("Skills");
    case Availability:
        return tr("Availability");
    case Joined:
        return tr("Joined");
    case Status:
        return tr("Status");
    case Source:
        return tr("From");
    }
    return {};
}

Qt::ItemFlags VolunteerTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    const VolunteerTableRow *r = index.isValid() ? rowAt(index.row()) : nullptr;
    if (r && r->status == QLatin1String("active"))
        f |= Qt::ItemIsDragEnabled;
    return f;
}

QStringList VolunteerTableModel::mimeTypes() const
{
    return {QLatin1String(kMimeType)};
}

QMimeData *VolunteerTableModel::mimeData(const QModelIndexList &indexes) const
{
    QList<qint64> ids;
    for (const QModelIndex &i : indexes) {
        const qint64 id = volunteerId(i.row());
        if (id > 0 && !ids.contains(id))
            ids.append(id);
    }
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << ids;
    auto *mime = new QMimeData;
    mime->setData(QLatin1String(kMimeType), bytes);
    return mime;
}
