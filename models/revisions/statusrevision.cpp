#include "statusrevision.h"

#include "models/access/auditlog.h"
#include "models/core/transaction.h"
#include "models/register/registerstore.h"
#include "models/register/statuswithdrawal.h"

#include <QJsonDocument>
#include <QJsonObject>

StatusRevision::StatusRevision(QSqlDatabase db, const AccessScope &scope, Resident before, Resident after,
                               const QDate &date, QString note, DeathRecord::Effects effects)
    : m_db(std::move(db))
    , m_scope(scope)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_date(date)
    , m_note(std::move(note))
    , m_effects(std::move(effects))
    , m_version(m_after.rowVersion)
{}

QString StatusRevision::text() const
{
    if (m_after.status == QLatin1String("deceased"))
        return tr("record the death of %1").arg(m_before.name);
    if (m_after.status == QLatin1String("moved_out"))
        return tr("move out %1").arg(m_before.name);
    return tr("move back %1").arg(m_before.name);
}

SaveResult StatusRevision::undo()
{
    return apply(true);
}

SaveResult StatusRevision::redo()
{
    return apply(false);
}

SaveResult StatusRevision::apply(bool undo)
{
    const QString name = m_before.name;
    Transaction tx(m_db);
    if (!tx.isActive())
        return refused(notSaved(name));
    RegisterStore store(m_db, m_scope);
    const std::optional<Resident> current = store.resident(m_after.id);
    if (!current)
        return refused(gone(name));
    if (current->rowVersion != m_version)
        return refused(changedElsewhere(name));
    const QString note = tr("Undo or redo (Edit menu)");
    const bool death = m_after.status == QLatin1String("deceased");
    SaveResult result;
    if (undo && death) {
        result = DeathRecord(m_db, m_scope)
                     .withdraw(m_after.id, m_version, m_before.status, m_before.statusDate, m_effects, note);
    } else if (undo) {
        result =
            StatusWithdrawal(m_db, m_scope).withdraw(m_after.id, m_version, m_before.status, m_before.statusDate, note);
    } else if (death) {
        result = DeathRecord(m_db, m_scope).record(m_after.id, m_date, m_note, nullptr, &m_effects);
    } else {
        result = store.changeStatus(m_after.id, m_after.status, m_date, m_note);
    }
    if (!result.ok)
        return result;
    const std::optional<Resident> written = store.resident(m_after.id);
    const auto json = [](int version) {
        return QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("row_version"), version}}).toJson(QJsonDocument::Compact));
    };
    if (!written ||
        !AuditLog(m_db, m_scope)
             .record(QStringLiteral("resident"), m_after.id, undo ? QStringLiteral("undo") : QStringLiteral("redo"),
                     json(m_version), json(written->rowVersion)) ||
        !tx.commit())
        return refused(notSaved(name));
    m_version = written->rowVersion;
    return result;
}
