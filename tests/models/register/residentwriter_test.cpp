// One person, three ways in: the form's store, the importer (a CSV) and the demo generator. Each
// database must then hold the same rows for them, apart from ids and times: the resident row with
// its search and birthday keys, the full-text row, tags, history and audit. The same for an edit
// through the form and through a second import.
#include "models/core/database.h"
#include "models/core/sqlquery.h"
#include "models/demo/demogenerator.h"
#include "models/importing/importsource.h"
#include "models/importing/residentimporter.h"
#include "models/register/registerstore.h"
#include "models/workspace/workspace.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {

// Who writes, on every path: the demo generator always signs its rows "demo".
const QString kLogin = QStringLiteral("demo");

std::unique_ptr<Database> openMemory()
{
    auto database = std::make_unique<Database>(QUuid::createUuid().toString());
    if (!Workspace::open(*database, QStringLiteral(":memory:")))
        qFatal("cannot open an in-memory database: %s", qPrintable(database->errorDetail()));
    return database;
}

// The person as the demo wrote them, and where they live.
struct Person
{
    Resident resident;
    QString compound;
    QString building;
    QString unit;
    QString room;
    QDate movedIn;
};

QString cell(const QVariant &value)
{
    return value.isNull() ? QStringLiteral("NULL") : value.toString();
}

// Household ids differ between the databases: the person's own household reads "<household>".
QString withoutIds(const QVariant &json, qint64 householdId)
{
    if (json.isNull())
        return QStringLiteral("NULL");
    QJsonObject o = QJsonDocument::fromJson(json.toString().toUtf8()).object();
    if (o.contains(QStringLiteral("householdId")))
        o.insert(QStringLiteral("householdId"), o.value(QStringLiteral("householdId")).toInteger() == householdId
                                                    ? QStringLiteral("<household>")
                                                    : QStringLiteral("<other>"));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// Everything the register holds of the person with this ID number, one line per value, without
// ids and times. History rows leave out their date and note: an import has no moved-in column
// (it moves people in on the day of the import) and says "Imported".
QStringList written(const QSqlDatabase &db, const QString &idNumber)
{
    static const QStringList columns = {
        QStringLiteral("name"),           QStringLiteral("id_number"),      QStringLiteral("birth_date"),
        QStringLiteral("gender"),         QStringLiteral("phone"),          QStringLiteral("relation"),
        QStringLiteral("residency_type"), QStringLiteral("status"),         QStringLiteral("status_date"),
        QStringLiteral("ethnicity"),      QStringLiteral("notes"),          QStringLiteral("row_version"),
        QStringLiteral("name_key"),       QStringLiteral("name_initials"),  QStringLiteral("name_pinyin"),
        QStringLiteral("birth_md"),       QStringLiteral("birth_lunar_md"), QStringLiteral("birthday_calendar")};
    QStringList lines;
    SqlQuery r(db, QStringLiteral("SELECT r.id, r.household_id, c.name, b.name, h.unit, h.room, r.") +
                       columns.join(QStringLiteral(", r.")) +
                       QStringLiteral(" FROM resident r JOIN household h ON h.id = r.household_id JOIN building b ON "
                                      "b.id = h.building_id JOIN compound c ON c.id = b.compound_id WHERE "
                                      "r.id_number = ?"));
    if (!r.exec(idNumber) || !r.next())
        return {QStringLiteral("no resident ") + idNumber};
    const qint64 id = r.value(0).toLongLong();
    const qint64 household = r.value(1).toLongLong();
    lines << QStringLiteral("address: %1 %2 %3 %4")
                 .arg(cell(r.value(2)), cell(r.value(3)), cell(r.value(4)), cell(r.value(5)));
    for (int i = 0; i < columns.size(); ++i)
        lines << QStringLiteral("resident.%1: %2").arg(columns.at(i), cell(r.value(6 + i)));

    SqlQuery fts(db, QStringLiteral("SELECT tokens FROM resident_fts WHERE rowid = ?"));
    if (fts.exec(id))
        while (fts.next())
            lines << QStringLiteral("resident_fts: ") + cell(fts.value(0));
    SqlQuery tags(db, QStringLiteral("SELECT t.code FROM resident_tag rt JOIN tag t ON t.id = rt.tag_id WHERE "
                                     "rt.resident_id = ? ORDER BY t.code"));
    if (tags.exec(id))
        while (tags.next())
            lines << QStringLiteral("resident_tag: ") + cell(tags.value(0));
    SqlQuery changes(db, QStringLiteral("SELECT kind, from_household_id, to_household_id, user_name FROM "
                                        "resident_change WHERE resident_id = ? ORDER BY id"));
    auto place = [household](const QVariant &v) {
        return v.isNull() ? QStringLiteral("NULL")
                          : (v.toLongLong() == household ? QStringLiteral("<household>") : QStringLiteral("<other>"));
    };
    if (changes.exec(id))
        while (changes.next())
            lines << QStringLiteral("resident_change: %1 from %2 to %3 by %4")
                         .arg(cell(changes.value(0)), place(changes.value(1)), place(changes.value(2)),
                              cell(changes.value(3)));
    SqlQuery audit(db, QStringLiteral("SELECT action, user_name, before_json, after_json FROM audit_log WHERE "
                                      "table_name = 'resident' AND record_id = ? ORDER BY id"));
    if (audit.exec(id))
        while (audit.next())
            lines << QStringLiteral("audit_log: %1 by %2: %3 -> %4")
                         .arg(cell(audit.value(0)), cell(audit.value(1)), withoutIds(audit.value(2), household),
                              withoutIds(audit.value(3), household));
    return lines;
}

// Where `actual` (the rows a path wrote) differs from `expected` (the form's), in full; empty when the same.
QString difference(const QString &path, const QStringList &actual, const QStringList &expected)
{
    QString text;
    for (qsizetype i = 0; i < qMax(actual.size(), expected.size()); ++i) {
        const QString a = actual.value(i, QStringLiteral("(nothing)"));
        const QString e = expected.value(i, QStringLiteral("(nothing)"));
        if (a != e)
            text += QStringLiteral("\n[%1] %2\n[form] %3").arg(path, a, e);
    }
    return text;
}

} // namespace

class ResidentWriterTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void insertWritesTheSameRowsOnEveryPath();
    void editWritesTheSameRowsOnEveryPath();

private:
    bool saveThroughForm();
    bool importCsv(const QString &name, const Resident &r);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_demo;
    std::unique_ptr<Database> m_form;
    std::unique_ptr<Database> m_import;
    Person m_person;
};

void ResidentWriterTest::initTestCase()
{
    QVERIFY(m_dir.isValid());

    // The demo path: a small community, then one of its heads of household without tags (the
    // importer has no tag column) who lives here and has a phone.
    m_demo = openMemory();
    DemoGenerator demo(m_demo->connection(), 7);
    QVERIFY2(demo.generate(30), qPrintable(demo.errorText()));
    SqlQuery q(m_demo->connection(),
               QStringLiteral("SELECT r.name, r.id_number, r.birth_date, r.gender, r.phone, r.residency_type, c.name, "
                              "b.name, h.unit, h.room, h.moved_in FROM resident r JOIN household h ON h.id = "
                              "r.household_id JOIN building b ON b.id = h.building_id JOIN compound c ON c.id = "
                              "b.compound_id WHERE r.relation = 'head' AND r.status = 'living' AND r.phone IS NOT "
                              "NULL AND NOT EXISTS (SELECT 1 FROM resident_tag t WHERE t.resident_id = r.id) "
                              "ORDER BY r.id LIMIT 1"));
    QVERIFY(q.exec() && q.next());
    Resident &r = m_person.resident;
    r.name = q.value(0).toString();
    r.idNumber = q.value(1).toString();
    r.birthDate = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    r.gender = q.value(3).toString();
    r.phone = q.value(4).toString();
    r.relation = QStringLiteral("head");
    r.residencyType = q.value(5).toString();
    m_person.compound = q.value(6).toString();
    m_person.building = q.value(7).toString();
    m_person.unit = q.value(8).toString();
    m_person.room = q.value(9).toString();
    m_person.movedIn = QDate::fromString(q.value(10).toString(), Qt::ISODate);

    // The form path: the same compound and building, the household saved with the person.
    m_form = openMemory();
    QVERIFY(saveThroughForm());

    // The import path: one row of a CSV, into an empty register.
    m_import = openMemory();
    QVERIFY(importCsv(QStringLiteral("one.csv"), r));
}

bool ResidentWriterTest::saveThroughForm()
{
    const QSqlDatabase db = m_form->connection();
    SqlQuery community(db, QStringLiteral("INSERT INTO community (name) VALUES (?)"));
    SqlQuery compound(db, QStringLiteral("INSERT INTO compound (community_id, name) VALUES (?, ?)"));
    SqlQuery building(db, QStringLiteral("INSERT INTO building (compound_id, name) VALUES (?, ?)"));
    if (!community.exec(QStringLiteral("社区")) || !compound.exec(community.lastInsertId(), m_person.compound) ||
        !building.exec(compound.lastInsertId(), m_person.building))
        return false;
    Household h;
    h.buildingId = building.lastInsertId();
    h.unit = m_person.unit;
    h.room = m_person.room;
    h.movedIn = m_person.movedIn;
    QList<Resident> members = {m_person.resident};
    const SaveResult saved = RegisterStore(db, testScope(kLogin)).saveHousehold(h, members);
    if (!saved.ok)
        qWarning() << saved.firstMessage();
    return saved.ok;
}

bool ResidentWriterTest::importCsv(const QString &name, const Resident &r)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const QString residency = r.residencyType == QLatin1String("registered") ? QStringLiteral("户籍")
                              : r.residencyType == QLatin1String("resident") ? QStringLiteral("非户籍")
                                                                             : QStringLiteral("流动人口");
    const QStringList row = {r.name,
                             r.idNumber,
                             r.birthDate.toString(Qt::ISODate),
                             r.gender == QLatin1String("M") ? QStringLiteral("男") : QStringLiteral("女"),
                             r.phone,
                             QStringLiteral("户主"),
                             residency,
                             m_person.compound,
                             m_person.building,
                             m_person.unit,
                             m_person.room};
    file.write(QStringLiteral("姓名,身份证号码,出生日期,性别,联系电话,与户主关系,户籍类型,小区,楼栋,单元,门牌号\n"
                              "%1\n")
                   .arg(row.join(QLatin1Char(',')))
                   .toUtf8());
    file.close();
    QString error;
    const std::unique_ptr<ImportSource> source = ImportSource::open(path, &error);
    if (!source) {
        qWarning() << error;
        return false;
    }
    ResidentImporter importer(m_import->connection(), testScope(kLogin));
    if (importer.run(*source) != ResidentImporter::Outcome::Done ||
        importer.summary().imported + importer.summary().updated != 1) {
        qWarning() << importer.errorText() << importer.summary().rejected
                   << (importer.rejections().isEmpty() ? QString() : importer.rejections().constFirst().reason);
        return false;
    }
    return true;
}

void ResidentWriterTest::insertWritesTheSameRowsOnEveryPath()
{
    const QString id = m_person.resident.idNumber;
    const QStringList form = written(m_form->connection(), id);
    QVERIFY2(form.size() > 20, qPrintable(form.join(QLatin1Char('\n'))));
    const QString differences = difference(QStringLiteral("import"), written(m_import->connection(), id), form) +
                                difference(QStringLiteral("demo"), written(m_demo->connection(), id), form);
    QVERIFY2(differences.isEmpty(), qPrintable(differences));
}

void ResidentWriterTest::editWritesTheSameRowsOnEveryPath()
{
    // The same correction — a new phone — through the form and through a second import. (A new
    // name is not a correction an import makes: it is a conflict for the clerk, see
    // residentimporter_test::anotherNameIsAConflict.)
    const QString id = m_person.resident.idNumber;
    RegisterStore store(m_form->connection(), testScope(kLogin));
    std::optional<Resident> stored = store.resident(store.residentWithIdNumber(id));
    QVERIFY(stored);
    stored->phone = QStringLiteral("13900001111");
    const SaveResult saved = store.saveResident(*stored);
    QVERIFY2(saved.ok, qPrintable(saved.firstMessage()));

    Resident corrected = m_person.resident;
    corrected.name = stored->name;
    corrected.phone = stored->phone;
    QVERIFY(importCsv(QStringLiteral("again.csv"), corrected));

    const QStringList form = written(m_form->connection(), id);
    QVERIFY(form.contains(QStringLiteral("resident.row_version: 2")));
    const QString differences = difference(QStringLiteral("import"), written(m_import->connection(), id), form);
    QVERIFY2(differences.isEmpty(), qPrintable(differences));
}

QTEST_GUILESS_MAIN(ResidentWriterTest)
#include "residentwriter_test.moc"
