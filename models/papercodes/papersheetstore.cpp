#include "papersheetstore.h"

#include "models/core/sqlquery.h"
#include "models/core/sqlvalues.h"
#include "models/core/transaction.h"
#include "rowcode.h"

#include <QSet>

PaperSheetStore::PaperSheetStore(QSqlDatabase db, const AccessScope &scope)
    : m_db(std::move(db))
    , m_scope(scope)
{}

bool PaperSheetStore::codeTaken(bool sheetCode, const QString &code) const
{
    SqlQuery q(m_db, sheetCode ? QStringLiteral("SELECT count(*) FROM paper_sheet WHERE code = ?")
                               : QStringLiteral("SELECT count(*) FROM paper_sheet_row WHERE row_code = ?"));
    return !q.exec(code) || q.scalar().toInt() > 0;
}

SaveResult PaperSheetStore::issue(PaperSheet &sheet)
{
    auto failed = [](const QString &message) { return SaveResult{false, 0, {{QString(), message}}, {}}; };
    if (const QString why = m_scope.editRefusal(); !why.isEmpty())
        return failed(why);
    Transaction tx(m_db);
    if (!tx.isActive())
        return failed(tr("The database is busy; please try again."));
    do
        sheet.code = RowCode::random(RowCode::kSheetLength);
    while (codeTaken(true, sheet.code));
    SqlQuery insert(m_db, QStringLiteral("INSERT INTO paper_sheet (code, kind, subject_id, subject_date, title, "
                                         "printed_at, user_name) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (!insert.exec(sheet.code, sheet.kind, sheet.subjectId,
                     sheet.subjectDate.isValid() ? sheet.subjectDate.toString(Qt::ISODate) : QString(), sheet.title,
                     SqlValues::now(), m_scope.userName()))
        return failed(tr("The sheet could not be prepared; nothing was printed."));
    sheet.id = insert.lastInsertId();
    SqlQuery row(m_db, QStringLiteral("INSERT INTO paper_sheet_row (sheet_id, row_code, seq, target_id, label) "
                                      "VALUES (?, ?, ?, ?, ?)"));
    QSet<QString> used;
    int seq = 0;
    for (PaperSheet::Row &r : sheet.rows) {
        do
            r.code = RowCode::random(RowCode::kRowLength);
        while (used.contains(r.code) || codeTaken(false, r.code));
        used.insert(r.code);
        if (!row.exec(sheet.id, r.code, ++seq, r.targetId, r.label))
            return failed(tr("The sheet could not be prepared; nothing was printed."));
    }
    if (!tx.commit())
        return failed(tr("The sheet could not be prepared; nothing was printed."));
    return {true, sheet.id, {}, {}};
}

std::optional<PaperSheet> PaperSheetStore::sheet(const QString &code) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, code, kind, subject_id, subject_date, title FROM paper_sheet WHERE "
                                    "code = ?"));
    if (!q.exec(code) || !q.next())
        return std::nullopt;
    PaperSheet s;
    s.id = q.value(0).toLongLong();
    s.code = q.value(1).toString();
    s.kind = q.value(2).toString();
    s.subjectId = q.value(3).toLongLong();
    s.subjectDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    s.title = q.value(5).toString();
    SqlQuery rows(m_db, QStringLiteral("SELECT row_code, target_id, label, keyed_at FROM paper_sheet_row WHERE "
                                       "sheet_id = ? ORDER BY seq"));
    if (rows.exec(s.id))
        while (rows.next())
            s.rows.append({rows.value(0).toString(), rows.value(1).toLongLong(), rows.value(2).toString(),
                           QDateTime::fromString(rows.value(3).toString(), Qt::ISODate)});
    return s;
}

QString PaperSheetStore::sheetOfRow(const QString &rowCode) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT s.code FROM paper_sheet_row r JOIN paper_sheet s ON s.id = r.sheet_id "
                                    "WHERE r.row_code = ?"));
    return q.exec(rowCode) && q.next() ? q.value(0).toString() : QString();
}
