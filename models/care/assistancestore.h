#pragma once

#include "assistancerecord.h"
#include "models/access/accessscope.h"
#include "models/core/fielderror.h"

#include <optional>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

// Assistance records: adding or editing one (one transaction with its audit row; the household's
// grid of the day is kept with it; an edit over another desk's change is refused by the row
// version), archiving a mistaken one and bringing it back (undo), a list by period, grid and kind, a
// household's full history, and totals per grid and kind. A grid worker sees and adds those of
// their own grids only.
class AssistanceStore final
{
    Q_DECLARE_TR_FUNCTIONS(AssistanceStore)

public:
    AssistanceStore(QSqlDatabase db, const AccessScope &scope);

    QList<AssistanceRecord> list(const AssistanceFilter &filter) const;
    // Everything the household was given, newest first.
    QList<AssistanceRecord> history(qint64 householdId) const;
    SaveResult add(const AssistanceRecord &record);
    // Adds (id 0) or writes an edit of `record`, its archived flag included; sets id and rowVersion.
    SaveResult save(AssistanceRecord &record);
    SaveResult archive(qint64 id);
    // The record as it is, archived or not; nullopt when it is not there or not the user's to see.
    std::optional<AssistanceRecord> record(qint64 id) const;
    // Per grid and kind over [from, to] (inclusive), grid then kind order; gridId 0: all grids.
    QList<AssistanceTotal> totals(const QDate &from, const QDate &to, qint64 gridId = 0) const;

    // An amount in fen as yuan with two decimals ("1200.50"), "" for none.
    static QString money(qint64 fen);
    // Reads "1200", "1200.5", "1,200.50" into fen; false for anything else.
    static bool parseMoney(const QString &text, qint64 *fen);

private:
    SaveResult validate(const AssistanceRecord &record, const std::optional<AssistanceRecord> &before) const;

    QSqlDatabase m_db;
    AccessScope m_scope;
};
