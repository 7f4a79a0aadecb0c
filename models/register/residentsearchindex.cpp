#include "residentsearchindex.h"

#include "address.h"
#include "models/cnrules/hanzi.h"
#include "models/core/sqlquery.h"

#include <QList>
#include <utility>

namespace {

const QString kSelect =
    QStringLiteral("SELECT r.id, r.name, r.id_number, r.phone, c.name, b.name, h.unit, h.room FROM resident r "
                   "LEFT JOIN household h ON h.id = r.household_id LEFT JOIN building b ON b.id = h.building_id "
                   "LEFT JOIN compound c ON c.id = b.compound_id ");

bool writeRows(const QSqlDatabase &db, SqlQuery &rows)
{
    SqlQuery keys(db, QStringLiteral("UPDATE resident SET name_key = ?, name_initials = ?, name_pinyin = ? "
                                     "WHERE id = ?"));
    SqlQuery del(db, QStringLiteral("DELETE FROM resident_fts WHERE rowid = ?"));
    SqlQuery ins(db, QStringLiteral("INSERT INTO resident_fts (rowid, tokens) VALUES (?, ?)"));
    while (rows.next()) {
        const qint64 id = rows.value(0).toLongLong();
        const QString name = rows.value(1).toString();
        const QString address = Address::format(rows.value(4).toString(), rows.value(5).toString(),
                                                rows.value(6).toString(), rows.value(7).toString());
        const ResidentSearchIndex::NameKeys k = ResidentSearchIndex::nameKeys(name);
        if (!keys.exec(k.simplified, k.initials, k.pinyin, id))
            return false;
        if (!del.exec(id))
            return false;
        if (!ins.exec(
                id, ResidentSearchIndex::ftsTokens(name, address, rows.value(2).toString(), rows.value(3).toString())))
            return false;
    }
    return true;
}

} // namespace

ResidentSearchIndex::NameKeys ResidentSearchIndex::nameKeys(const QString &name)
{
    return {Hanzi::toSimplified(name), Hanzi::nameInitials(name), Hanzi::namePinyin(name)};
}

QString ResidentSearchIndex::ftsTokens(const QString &name, const QString &address, const QString &idNumber,
                                       const QString &phone)
{
    QString tokens = Hanzi::searchTokens(name) + QLatin1Char(' ') + Hanzi::searchTokens(address);
    // Numbers are whole tokens. The last four digits of an ID number and of a phone (what
    // residents tell at the counter, 身份证后四位) get tokens of their own.
    if (!idNumber.isEmpty()) {
        tokens += QLatin1Char(' ') + idNumber.toLower();
        if (idNumber.size() > 4)
            tokens += QLatin1Char(' ') + idNumber.right(4).toLower();
    }
    if (!phone.isEmpty()) {
        QString digits;
        for (const QChar ch : phone)
            if (ch.isDigit())
                digits += ch;
        tokens += QLatin1Char(' ') + digits;
        if (digits.size() > 4)
            tokens += QLatin1Char(' ') + digits.right(4);
    }
    return tokens.simplified();
}

bool ResidentSearchIndex::updateHousehold(const QSqlDatabase &db, qint64 householdId)
{
    SqlQuery rows(db, kSelect + QStringLiteral("WHERE r.household_id = ?"));
    return rows.exec(householdId) && writeRows(db, rows);
}

bool ResidentSearchIndex::rebuildAll(const QSqlDatabase &db)
{
    SqlQuery clear(db, QStringLiteral("DELETE FROM resident_fts"));
    if (!clear.exec())
        return false;
    SqlQuery rows(db, kSelect);
    return rows.exec() && writeRows(db, rows);
}

bool ResidentSearchIndex::rekeyNames(const QSqlDatabase &db)
{
    SqlQuery rows(db, QStringLiteral("SELECT id, name, name_initials, name_pinyin FROM resident"));
    if (!rows.exec())
        return false;
    QList<std::pair<qint64, NameKeys>> changed;
    while (rows.next()) {
        const NameKeys k = nameKeys(rows.value(1).toString());
        if (k.initials != rows.value(2).toString() || k.pinyin != rows.value(3).toString())
            changed.append({rows.value(0).toLongLong(), k});
    }
    SqlQuery keys(db, QStringLiteral("UPDATE resident SET name_initials = ?, name_pinyin = ? WHERE id = ?"));
    for (const auto &[id, k] : changed)
        if (!keys.exec(k.initials, k.pinyin, id))
            return false;
    return true;
}
