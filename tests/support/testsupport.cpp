#include "testsupport.h"

#include "models/cnrules/idnumber.h"
#include "models/core/databaseurl.h"
#include "models/core/sqlquery.h"
#include "models/register/registerstore.h"
#include "models/workspace/workspace.h"

#include <QInputMethodEvent>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

QString testServerUrl()
{
    const QString url = qEnvironmentVariable("CD_TEST_DATABASE");
    return DatabaseUrl::isServerUrl(url) ? url : QString();
}

bool testingOnServer()
{
    return !testServerUrl().isEmpty();
}

QString freshServerSchemaUrl(QString *schema)
{
    const QString name = QStringLiteral("cdtest_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    if (schema)
        *schema = name;
    const QString url = testServerUrl();
    return url + (url.contains(u'?') ? u'&' : u'?') + QStringLiteral("schema=") + name;
}

ServerConnection::ServerConnection()
    : m_name(QStringLiteral("server-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    const DatabaseUrl url = DatabaseUrl::parse(testServerUrl());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    db.setHostName(url.host());
    db.setPort(url.port());
    db.setDatabaseName(url.databaseName());
    db.setUserName(url.userName());
    db.setPassword(url.password());
    if (!db.open())
        qWarning() << "cannot connect to the test server:" << db.lastError().text();
}

ServerConnection::~ServerConnection()
{
    QSqlDatabase::database(m_name, false).close();
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase ServerConnection::db() const
{
    return QSqlDatabase::database(m_name, false);
}

void dropServerSchema(const QSqlDatabase &db, const QString &schema)
{
    if (schema.isEmpty() || !db.isOpen())
        return;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SET client_min_messages = error"));
    q.exec(QStringLiteral("ROLLBACK")); // a test may have left a transaction open
    q.exec(QStringLiteral("DROP SCHEMA IF EXISTS ") + schema + QStringLiteral(" CASCADE"));
    // The desks' roles of that schema (ServerSecurity): "<schema>.<login>", then "<schema>:<role>".
    q.exec(QStringLiteral("DO $cd$ DECLARE r text; BEGIN FOR r IN SELECT rolname FROM pg_roles WHERE left(rolname, "
                          "length('%1') + 1) IN ('%1.', '%1:') ORDER BY strpos(rolname, ':') > 0 LOOP BEGIN "
                          "EXECUTE format('DROP ROLE %I', r); EXCEPTION WHEN OTHERS THEN NULL; END; END LOOP; END $cd$")
               .arg(schema));
}

TestDatabase::TestDatabase()
    : m_database(std::make_unique<Database>(QUuid::createUuid().toString()))
{
    // CD_TEST_DATABASE=postgresql://…: every TestDatabase gets a schema of its own on that
    // server, dropped again by the destructor, so tests stay as independent as in memory.
    const QString location = testingOnServer() ? freshServerSchemaUrl(&m_schema) : QStringLiteral(":memory:");
    if (!Workspace::open(*m_database, location))
        qFatal("cannot open the test database %s: %s", qPrintable(m_database->path()),
               qPrintable(m_database->errorDetail()));
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

TestDatabase::~TestDatabase()
{
    dropServerSchema(db(), m_schema);
}

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
    RegisterStore store(db(), testScope());
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

qint64 TestDatabase::addResidentBornOn(qint64 buildingId, const QString &room, const QString &name, const QDate &birth,
                                       int sequence)
{
    const QString id = idFor(birth, sequence % 2 == 1, sequence);
    addHousehold(buildingId, QStringLiteral("1"), room, {{name, id}});
    const qint64 resident = residentId(id);
    SqlQuery(db(), QStringLiteral("UPDATE resident SET birth_date = ? WHERE id = ?"))
        .exec(birth.toString(Qt::ISODate), resident);
    return resident;
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

namespace {
AccessScope &actingScope()
{
    static AccessScope scope = testScope(QStringLiteral("tester"));
    return scope;
}
} // namespace

AccessScope testScope()
{
    return actingScope();
}

AccessScope testScope(const QString &login)
{
    AccessScope scope(AccessScope::Role::Administrator, 1, login);
    scope.setDisplayName(QStringLiteral("测试员")); // what the status bar and the "By" fields show
    return scope;
}

void setTestScope(const AccessScope &scope)
{
    actingScope() = scope;
}

void resetTestScope()
{
    actingScope() = testScope(QStringLiteral("tester"));
}

SignedIn::SignedIn(AccessScope::Role role, const QString &login, const QString &displayName)
    : m_before(testScope())
{
    AccessScope scope(role, 7, login);
    scope.setDisplayName(displayName);
    setTestScope(scope);
}

SignedIn::~SignedIn()
{
    setTestScope(m_before);
}
