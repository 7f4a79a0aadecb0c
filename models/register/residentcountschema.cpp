#include "residentcountschema.h"

#include "models/core/sqlquery.h"

namespace {

// The community and grid of household `h` (an expression of the trigger row), 0 when none.
QString communityOf(const QString &h)
{
    return QStringLiteral("coalesce((SELECT cs.community_id FROM household hs JOIN building bs ON bs.id = "
                          "hs.building_id JOIN compound cs ON cs.id = bs.compound_id WHERE hs.id = %1), 0)")
        .arg(h);
}

QString gridOf(const QString &h)
{
    return QStringLiteral(
               "coalesce((SELECT bs.grid_id FROM household hs JOIN building bs ON bs.id = hs.building_id WHERE hs.id "
               "= %1), 0)")
        .arg(h);
}

QString yearOf(const QString &birthDate)
{
    return QStringLiteral("coalesce(substr(%1, 1, 4), '')").arg(birthDate);
}

// Adds the selected (community, grid, year, n) rows to the counts. The SELECT always has a WHERE
// (SQLite's upsert after INSERT … SELECT needs one to parse).
QString add(const QString &select)
{
    return QStringLiteral("INSERT INTO resident_count (community_id, grid_id, birth_year, living) %1 ON CONFLICT "
                          "(community_id, grid_id, birth_year) DO UPDATE SET living = resident_count.living + "
                          "excluded.living;")
        .arg(select);
}

// One resident (the trigger's OLD or NEW row) counted with `sign`.
QString oneResident(const QString &row, int sign)
{
    return add(QStringLiteral("SELECT %1, %2, %3, %4 WHERE %5.status = 'living'")
                   .arg(communityOf(row + QStringLiteral(".household_id")),
                        gridOf(row + QStringLiteral(".household_id")), yearOf(row + QStringLiteral(".birth_date")))
                   .arg(sign)
                   .arg(row));
}

// The living residents of the households `where` picks (over hs and bs), counted under
// `community` and `grid` with `sign`.
QString residentsOf(const QString &community, const QString &grid, const QString &where, int sign)
{
    return add(QStringLiteral("SELECT %1, %2, %3, %4 count(*) FROM resident r JOIN household hs ON hs.id = "
                              "r.household_id JOIN building bs ON bs.id = hs.building_id WHERE r.status = 'living' "
                              "AND %5 GROUP BY 1, 2, 3")
                   .arg(community, grid, yearOf(QStringLiteral("r.birth_date")),
                        sign < 0 ? QStringLiteral("-") : QString(), where));
}

// One trigger in the engine's own form: SQLite's CREATE TRIGGER … WHEN … BEGIN … END, or a
// PL/pgSQL function and the row trigger that calls it. `body` is the statements, each ending in ';'.
QStringList trigger(bool postgres, const QString &name, const QString &event, const QString &when, const QString &body)
{
    if (!postgres)
        return {QStringLiteral("CREATE TRIGGER %1 %2 WHEN %3 BEGIN ").arg(name, event, when) + body +
                QStringLiteral(" END")};
    return {
        QStringLiteral("CREATE OR REPLACE FUNCTION %1_fn() RETURNS trigger LANGUAGE plpgsql AS $cd$ BEGIN ").arg(name) +
            body + QStringLiteral(" RETURN NULL; END $cd$"),
        QStringLiteral("CREATE TRIGGER %1 %2 FOR EACH ROW WHEN (%3) EXECUTE FUNCTION %1_fn()").arg(name, event, when)};
}

} // namespace

QStringList ResidentCountSchema::statements(bool postgres)
{
    const QString oldCommunity =
        QStringLiteral("coalesce((SELECT cs.community_id FROM compound cs WHERE cs.id = OLD.compound_id), 0)");
    const QString newCommunity =
        QStringLiteral("coalesce((SELECT cs.community_id FROM compound cs WHERE cs.id = NEW.compound_id), 0)");
    const QString buildingCommunity = QStringLiteral("(SELECT cs.community_id FROM compound cs WHERE cs.id = %1)");
    QStringList list{QStringLiteral(
        "CREATE TABLE resident_count (community_id INTEGER NOT NULL, grid_id INTEGER NOT NULL, birth_year TEXT NOT "
        "NULL, living INTEGER NOT NULL, PRIMARY KEY (community_id, grid_id, birth_year)) WITHOUT ROWID")};
    list << trigger(postgres, QStringLiteral("resident_count_insert"), QStringLiteral("AFTER INSERT ON resident"),
                    QStringLiteral("NEW.status = 'living'"), oneResident(QStringLiteral("NEW"), 1));
    list << trigger(postgres, QStringLiteral("resident_count_delete"), QStringLiteral("AFTER DELETE ON resident"),
                    QStringLiteral("OLD.status = 'living'"), oneResident(QStringLiteral("OLD"), -1));
    // A status change, a move to another household, a corrected birth date.
    list << trigger(postgres, QStringLiteral("resident_count_update"),
                    QStringLiteral("AFTER UPDATE OF status, household_id, birth_date ON resident"),
                    QStringLiteral("OLD.status = 'living' OR NEW.status = 'living'"),
                    oneResident(QStringLiteral("OLD"), -1) + QLatin1Char(' ') + oneResident(QStringLiteral("NEW"), 1));
    // A household moved to another building: its living residents go with it.
    list << trigger(
        postgres, QStringLiteral("resident_count_household"),
        QStringLiteral("AFTER UPDATE OF building_id ON household"),
        QStringLiteral("coalesce(OLD.building_id, 0) <> coalesce(NEW.building_id, 0)"),
        add(QStringLiteral("SELECT %1, %2, %3, -count(*) FROM resident r WHERE r.household_id = NEW.id AND "
                           "r.status = 'living' GROUP BY 1, 2, 3")
                .arg(QStringLiteral("coalesce(") +
                         buildingCommunity.arg(
                             QStringLiteral("(SELECT bo.compound_id FROM building bo WHERE bo.id = OLD.building_id)")) +
                         QStringLiteral(", 0)"),
                     QStringLiteral("coalesce((SELECT bo.grid_id FROM building bo WHERE bo.id = OLD.building_id), 0)"),
                     yearOf(QStringLiteral("r.birth_date")))) +
            QLatin1Char(' ') +
            add(QStringLiteral("SELECT %1, %2, %3, count(*) FROM resident r WHERE r.household_id = NEW.id AND "
                               "r.status = 'living' GROUP BY 1, 2, 3")
                    .arg(QStringLiteral("coalesce(") +
                             buildingCommunity.arg(QStringLiteral(
                                 "(SELECT bn.compound_id FROM building bn WHERE bn.id = NEW.building_id)")) +
                             QStringLiteral(", 0)"),
                         QStringLiteral(
                             "coalesce((SELECT bn.grid_id FROM building bn WHERE bn.id = NEW.building_id), 0)"),
                         yearOf(QStringLiteral("r.birth_date")))));
    // A building put in another grid or compound: the living residents of its households.
    list << trigger(
        postgres, QStringLiteral("resident_count_building"),
        QStringLiteral("AFTER UPDATE OF grid_id, compound_id ON building"),
        QStringLiteral("coalesce(OLD.grid_id, 0) <> coalesce(NEW.grid_id, 0) OR OLD.compound_id <> "
                       "NEW.compound_id"),
        residentsOf(oldCommunity, QStringLiteral("coalesce(OLD.grid_id, 0)"), QStringLiteral("bs.id = NEW.id"), -1) +
            QLatin1Char(' ') +
            residentsOf(newCommunity, QStringLiteral("coalesce(NEW.grid_id, 0)"), QStringLiteral("bs.id = NEW.id"), 1));
    // A compound given to another community.
    list << trigger(postgres, QStringLiteral("resident_count_compound"),
                    QStringLiteral("AFTER UPDATE OF community_id ON compound"),
                    QStringLiteral("OLD.community_id <> NEW.community_id"),
                    residentsOf(QStringLiteral("OLD.community_id"), QStringLiteral("coalesce(bs.grid_id, 0)"),
                                QStringLiteral("bs.compound_id = NEW.id"), -1) +
                        QLatin1Char(' ') +
                        residentsOf(QStringLiteral("NEW.community_id"), QStringLiteral("coalesce(bs.grid_id, 0)"),
                                    QStringLiteral("bs.compound_id = NEW.id"), 1));
    return list;
}

bool ResidentCountSchema::rebuild(QSqlDatabase &db)
{
    return SqlQuery(db, QStringLiteral("DELETE FROM resident_count")).exec() &&
           SqlQuery(db, QStringLiteral("INSERT INTO resident_count (community_id, grid_id, birth_year, living) SELECT "
                                       "coalesce(cs.community_id, 0), coalesce(bs.grid_id, 0), "
                                       "coalesce(substr(r.birth_date, 1, 4), ''), count(*) FROM resident r LEFT JOIN "
                                       "household hs ON hs.id = r.household_id LEFT JOIN building bs ON bs.id = "
                                       "hs.building_id LEFT JOIN compound cs ON cs.id = bs.compound_id WHERE r.status "
                                       "= 'living' GROUP BY 1, 2, 3"))
               .exec();
}
