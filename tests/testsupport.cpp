#include "testsupport.h"

#include "idnumber.h"
#include "registerstore.h"
#include "sqlquery.h"

#include <QInputMethodEvent>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

TestDatabase::TestDatabase()
    : m_database(std::make_unique<Database>(QUuid::createUuid().toString()))
{
    if (!m_database->open(QStringLiteral(":memory:")))
        qFatal("cannot open the test database: %s", qPrintable(m_database->errorDetail()));
    const QSqlDatabase d = db();
    SqlQuery(d, QStringLiteral("INSERT INTO community (id, name) VALUES (1, '测试社区')")).exec();
    SqlQuery grid(d, QStringLiteral("INSERT INTO grid (community_id, code, name) VALUES (1, ?, ?)"));
    grid.exec(QStringLiteral("G01"), QStringLiteral("第一网格"));
    gridA = grid.lastInsertId();
    SqlQuery grid2(d, QStringLiteral("INSERT INTO grid (community_id, code, name) VALUES (1, ?, ?)"));
    grid2.exec(QStringLiteral("G02"), QStringLiteral("第二网格"));
    gridB = grid2.lastInsertId();
    SqlQuery compound(d, QStringLiteral("INSERT INTO compound (community_id, name) VALUES (1, ?)"));
    compound.exec(QStringLiteral("幸福里"));
    compoundA = compound.lastInsertId();
    SqlQuery compound2(d, QStringLiteral("INSERT INTO compound (community_id, name) VALUES (1, ?)"));
    compound2.exec(QStringLiteral("翠湖苑"));
    compoundB = compound2.lastInsertId();
    auto building = [&](qint64 compoundId, qint64 gridId, const QString &name) {
        SqlQuery q(d, QStringLiteral("INSERT INTO building (compound_id, grid_id, name) VALUES (?, ?, ?)"));
        q.exec(compoundId, gridId, name);
        return q.lastInsertId();
    };
    buildingA1 = building(compoundA, gridA, QStringLiteral("1号楼"));
    buildingA2 = building(compoundA, gridA, QStringLiteral("2号楼"));
    buildingB1 = building(compoundB, gridB, QStringLiteral("1号楼"));
}

TestDatabase::~TestDatabase() = default;

qint64 TestDatabase::addHousehold(qint64 buildingId, const QString &unit, const QString &room,
                                  const QList<std::pair<QString, QString>> &members)
{
    Household h;
    h.buildingId = buildingId;
    h.unit = unit;
    h.room = room;
    h.movedIn = QDate(2020, 1, 1);
    QList<Resident> list;
    for (int i = 0; i < members.size(); ++i) {
        Resident r;
        r.name = members.at(i).first;
        r.idNumber = members.at(i).second;
        r.relation = i == 0 ? QStringLiteral("head") : QStringLiteral("other");
        list.append(r);
    }
    RegisterStore store(db());
    const SaveResult result = store.saveHousehold(h, list);
    if (!result.ok)
        qWarning() << "addHousehold failed:" << result.firstMessage();
    return result.ok ? h.id : 0;
}

qint64 TestDatabase::residentId(const QString &idNumber) const
{
    SqlQuery q(db(), QStringLiteral("SELECT id FROM resident WHERE id_number = ?"));
    return q.exec(idNumber) ? q.scalar().toLongLong() : 0;
}

int TestDatabase::count(const QString &table) const
{
    // Table names come from the tests themselves, never from input.
    SqlQuery q(db(), QStringLiteral("SELECT count(*) FROM ") + table);
    return q.exec() ? q.scalar().toInt() : -1;
}

QString TestDatabase::idFor(const QDate &birth, bool male, int sequence, const QString &region)
{
    return IdNumber::generate(region, birth, sequence, male);
}

QString pdfText(const QString &path)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    QProcess p;
    p.start(tool,
            {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return QStringLiteral("(pdftotext failed)");
    return QString::fromUtf8(p.readAllStandardOutput());
}

void commitText(QObject *target, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(target, &event);
}
