#include "paperkeyin.h"

#include "models/core/sqlquery.h"
#include "models/core/sqlvalues.h"
#include "models/core/transaction.h"
#include "models/events/eventstore.h"
#include "models/papercodes/papersheetstore.h"
#include "models/papercodes/rowcode.h"
#include "models/visits/visitstore.h"
#include "models/volunteers/servicerecords.h"

namespace {

QString kindName(const QString &kind)
{
    if (kind == QLatin1String("signin"))
        return PaperKeyIn::tr("Sign-in sheet");
    if (kind == QLatin1String("visit"))
        return PaperKeyIn::tr("Visit sheet");
    return PaperKeyIn::tr("Rota");
}

} // namespace

PaperKeyIn::PaperKeyIn(QSqlDatabase db, const AccessScope &scope)
    : m_db(std::move(db))
    , m_scope(scope)
{}

QString PaperKeyIn::describe(const QString &sheetCode, bool *found) const
{
    const QString code = RowCode::normalized(sheetCode);
    if (found)
        *found = false;
    if (!RowCode::isValid(code, RowCode::kSheetLength))
        return tr("Sheet code %1: not a sheet code (a typo?); it has %2 characters and ends with its check "
                  "character.")
            .arg(code)
            .arg(RowCode::kSheetLength);
    const std::optional<PaperSheet> sheet = PaperSheetStore(m_db, m_scope).sheet(code);
    if (!sheet)
        return tr("Sheet code %1: no sheet printed on this desk has this code.").arg(code);
    if (found)
        *found = true;
    int keyed = 0;
    for (const PaperSheet::Row &r : sheet->rows)
        keyed += r.keyedAt.isValid() ? 1 : 0;
    // The printed title names the kind already ("Rota 2026-12-07 to …"); only an untitled sheet needs it.
    const QString name = sheet->title.isEmpty() ? kindName(sheet->kind) : sheet->title;
    return tr("%1: %n row(s)", nullptr, int(sheet->rows.size())).arg(name) +
           (keyed ? tr(", %n keyed already", nullptr, keyed) : QString());
}

PaperKeyIn::Result PaperKeyIn::keyIn(const QString &sheetCode, const QStringList &rowCodes, const QDate &day)
{
    Result result;
    if (const QString why = m_scope.editRefusal(); !why.isEmpty()) {
        result.problems << why;
        return result;
    }
    bool found = false;
    const QString sheetProblem = describe(sheetCode, &found);
    if (!found) {
        result.problems << sheetProblem;
        return result;
    }
    PaperSheetStore store(m_db, m_scope);
    const PaperSheet sheet = *store.sheet(RowCode::normalized(sheetCode));

    // Every code checked before anything is written: one bad code and the clerk corrects the list.
    QList<const PaperSheet::Row *> rows;
    for (const QString &typed : rowCodes) {
        const QString code = RowCode::normalized(typed);
        if (code.isEmpty())
            continue;
        if (!RowCode::isValid(code, RowCode::kRowLength)) {
            result.problems << tr("Row code %1: not a row code (a typo?); a row code has %2 characters, the last "
                                  "being its check character.")
                                   .arg(code)
                                   .arg(RowCode::kRowLength);
            continue;
        }
        const PaperSheet::Row *row = nullptr;
        for (const PaperSheet::Row &r : sheet.rows)
            if (r.code == code)
                row = &r;
        if (!row) {
            const QString other = store.sheetOfRow(code);
            result.problems
                << (other.isEmpty()
                        ? tr("Row code %1: on no sheet printed on this desk.").arg(code)
                        : tr("Row code %1: printed on sheet %2, not on sheet %3.").arg(code, other, sheet.code));
            continue;
        }
        if (!rows.contains(row))
            rows << row;
    }
    if (!result.problems.isEmpty())
        return result;
    if (sheet.kind == QLatin1String("visit") && (!day.isValid() || day > QDate::currentDate())) {
        result.problems << tr("Date: enter the day of the visits (not in the future).");
        return result;
    }

    Transaction tx(m_db);
    if (!tx.isActive()) {
        result.problems << tr("The database is busy; please try again.");
        return result;
    }
    auto refuse = [&result](const QString &label, const QString &why) {
        result.problems << tr("%1: %2 Nothing was recorded.").arg(label, why);
        result.recorded = 0;
        result.recordedRows.clear();
        return result;
    };
    // Marked first: a row another desk keyed meanwhile changes nothing here and is skipped.
    QList<const PaperSheet::Row *> fresh;
    SqlQuery mark(m_db, QStringLiteral("UPDATE paper_sheet_row SET keyed_at = ?, keyed_by = ? WHERE sheet_id = ? AND "
                                       "row_code = ? AND keyed_at IS NULL"));
    for (const PaperSheet::Row *row : std::as_const(rows)) {
        if (!mark.exec(SqlValues::now(), m_scope.userName(), sheet.id, row->code))
            return refuse(row->label, tr("the sheet could not be updated."));
        if (mark.numRowsAffected() > 0)
            fresh << row;
        else
            ++result.alreadyKeyed;
    }
    if (sheet.kind == QLatin1String("signin") && !fresh.isEmpty()) {
        EventStore events(m_db, m_scope);
        std::optional<Event> event = events.event(sheet.subjectId);
        if (!event)
            return refuse(sheet.title, tr("the event no longer exists."));
        for (const PaperSheet::Row *row : std::as_const(fresh))
            if (!event->participantIds.contains(row->targetId))
                event->participantIds << row->targetId;
        const SaveResult saved = events.save(*event);
        if (!saved.ok)
            return refuse(sheet.title, saved.firstMessage());
    } else if (sheet.kind == QLatin1String("visit")) {
        // The grid worker who went the round is the building's grid worker, else whoever keys it in.
        SqlQuery worker(m_db, QStringLiteral("SELECT coalesce(g.worker_name, '') FROM building b LEFT JOIN grid g ON "
                                             "g.id = b.grid_id WHERE b.id = ?"));
        QString workerName = worker.exec(sheet.subjectId) ? worker.scalar().toString() : QString();
        if (workerName.isEmpty())
            workerName = m_scope.displayName();
        VisitStore visits(m_db, m_scope);
        for (const PaperSheet::Row *row : std::as_const(fresh)) {
            Visit visit;
            visit.householdId = row->targetId;
            visit.visitedOn = day;
            visit.worker = workerName;
            visit.notes = tr("Keyed from visit sheet %1").arg(sheet.code);
            QList<VisitNeed> needs;
            const SaveResult saved = visits.save(visit, needs);
            if (!saved.ok)
                return refuse(row->label, saved.firstMessage());
        }
    } else if (sheet.kind == QLatin1String("rota")) {
        ServiceRecords records(m_db, m_scope);
        for (const PaperSheet::Row *row : std::as_const(fresh)) {
            const SaveResult saved = records.setAttendance(row->targetId, QStringLiteral("attended"));
            if (!saved.ok)
                return refuse(row->label, saved.firstMessage());
        }
    }
    for (const PaperSheet::Row *row : std::as_const(fresh)) {
        ++result.recorded;
        result.recordedRows << row->label;
    }
    if (!tx.commit())
        return refuse(sheet.title, tr("the database did not accept the change."));
    result.ok = true;
    return result;
}
