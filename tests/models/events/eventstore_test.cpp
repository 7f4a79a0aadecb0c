#include "models/events/eventphotos.h"
#include "models/events/eventstore.h"
#include "models/events/eventtablemodel.h"

#include "models/core/database.h"
#include "models/core/sqlquery.h"
#include "models/register/registerlookups.h"
#include "models/workspace/workspace.h"
#include "tests/support/attendeetestdata.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>

class EventStoreTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void saveAndReload();
    void validationNamesTheField_data();
    void validationNamesTheField();
    void endBeforeStartRefused();
    void participantCount();
    void volunteerHoursDefaultToDuration();
    void updateReplacesLists();
    void cancelKeepsTheRow();
    void eventTypes();
    void photosCopiedBesideTheDatabase();
    void gridWorkerSeesOwnGridAndCommunityWide();

private:
    Event event() const;
    qint64 addVolunteer(const QString &name);
    std::unique_ptr<TestDatabase> m_t;
    AttendeeTestData m_residents;
    qint64 m_type = 0;
};

void EventStoreTest::init()
{
    m_t = std::make_unique<TestDatabase>();
    QVERIFY(m_residents.addTo(*m_t));
    m_type = EventStore(m_t->db(), testScope()).types().constFirst().id;
    QVERIFY(m_type);
}

void EventStoreTest::cleanup()
{
    m_t.reset();
}

Event EventStoreTest::event() const
{
    Event e;
    e.title = QStringLiteral("社区义诊");
    e.typeId = m_type;
    e.gridId = m_t->gridA;
    e.place = QStringLiteral("活动室");
    e.startsAt = QDateTime(QDate(2026, 5, 10), QTime(9, 0));
    e.endsAt = QDateTime(QDate(2026, 5, 10), QTime(11, 30));
    e.organiser = QStringLiteral("网格员");
    return e;
}

qint64 EventStoreTest::addVolunteer(const QString &name)
{
    SqlQuery q(m_t->db(), QStringLiteral("INSERT INTO volunteer (name, created_at, updated_at) VALUES (?, ?, ?)"));
    return q.exec(name, QStringLiteral("2026-01-01"), QStringLiteral("2026-01-01")) ? q.lastInsertId() : 0;
}

void EventStoreTest::saveAndReload()
{
    EventStore store(m_t->db(), testScope(QStringLiteral("clerk")));
    Event e = event();
    e.participantIds = {m_residents.zhangXiuying, m_residents.zhangWei};
    e.extraParticipants = 5;
    e.notes = QStringLiteral("备注");
    const SaveResult r = store.save(e);
    QVERIFY2(r.ok, qPrintable(r.firstMessage()));
    QVERIFY(e.id > 0);
    const auto back = store.event(e.id);
    QVERIFY(back);
    QCOMPARE(back->title, e.title);
    QCOMPARE(back->gridId, m_t->gridA);
    QCOMPARE(back->startsAt, e.startsAt);
    QCOMPARE(back->endsAt, e.endsAt);
    QCOMPARE(back->participantIds, (QList<qint64>{m_residents.zhangXiuying, m_residents.zhangWei}));
    QCOMPARE(back->extraParticipants, 5);
    QCOMPARE(back->notes, QStringLiteral("备注"));
    SqlQuery audit(m_t->db(),
                   QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'event' AND record_id = ?"));
    QVERIFY(audit.exec(e.id));
    QCOMPARE(audit.scalar().toInt(), 1);

    // Community-wide: no grid.
    Event wide = event();
    wide.gridId = 0;
    QVERIFY(store.save(wide).ok);
    QCOMPARE(store.event(wide.id)->gridId, 0);
}

void EventStoreTest::validationNamesTheField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("word");
    QTest::newRow("title") << QStringLiteral("title") << QStringLiteral("Title");
    QTest::newRow("type") << QStringLiteral("type") << QStringLiteral("Type");
    QTest::newRow("grid") << QStringLiteral("grid") << QStringLiteral("Grid");
    QTest::newRow("start") << QStringLiteral("start") << QStringLiteral("Start");
    QTest::newRow("extra") << QStringLiteral("extraParticipants") << QStringLiteral("Other participants");
    QTest::newRow("duplicate participant") << QStringLiteral("participants") << QStringLiteral("Participants");
    QTest::newRow("negative hours") << QStringLiteral("volunteers") << QStringLiteral("Volunteers");
}

void EventStoreTest::validationNamesTheField()
{
    QFETCH(QString, field);
    QFETCH(QString, word);
    Event e = event();
    if (field == QLatin1String("title"))
        e.title = QStringLiteral("  ");
    else if (field == QLatin1String("type"))
        e.typeId = 999;
    else if (field == QLatin1String("grid"))
        e.gridId = 999;
    else if (field == QLatin1String("start"))
        e.startsAt = {};
    else if (field == QLatin1String("extraParticipants"))
        e.extraParticipants = -1;
    else if (field == QLatin1String("participants"))
        e.participantIds = {m_residents.zhangXiuying, m_residents.zhangXiuying};
    else
        e.volunteers = {{addVolunteer(QStringLiteral("志愿者")), -2, {}}};
    EventStore store(m_t->db(), testScope());
    const SaveResult r = store.save(e);
    QVERIFY(!r.ok);
    QCOMPARE(r.errors.constFirst().field, field);
    QVERIFY2(r.firstMessage().startsWith(word), qPrintable(r.firstMessage()));
    QCOMPARE(m_t->count(QStringLiteral("event")), 0);
}

void EventStoreTest::endBeforeStartRefused()
{
    EventStore store(m_t->db(), testScope());
    Event e = event();
    e.endsAt = e.startsAt.addSecs(-60);
    const SaveResult r = store.save(e);
    QVERIFY(!r.ok);
    QCOMPARE(r.errors.constFirst().field, QStringLiteral("end"));
    QVERIFY(r.firstMessage().startsWith(QStringLiteral("End")));
    QCOMPARE(m_t->count(QStringLiteral("event")), 0);
    e.endsAt = e.startsAt; // a moment is allowed
    QVERIFY(store.save(e).ok);
}

void EventStoreTest::participantCount()
{
    EventStore store(m_t->db(), testScope());
    Event e = event();
    e.participantIds = {m_residents.zhangXiuying, m_residents.zhangWei, m_residents.liNa};
    e.extraParticipants = 12;
    QCOMPARE(e.participantCount(), 15);
    QVERIFY(store.save(e).ok);
    const auto back = store.event(e.id);
    QCOMPARE(back->participantCount(), 15);
    QCOMPARE(m_t->count(QStringLiteral("event_participant")), 3);
    const auto names = RegisterLookups(m_t->db(), testScope()).residentNames(back->participantIds);
    QCOMPARE(names.size(), 3);
    QCOMPARE(names.constFirst().second, QStringLiteral("张秀英"));
}

void EventStoreTest::volunteerHoursDefaultToDuration()
{
    const qint64 v1 = addVolunteer(QStringLiteral("赵志愿"));
    const qint64 v2 = addVolunteer(QStringLiteral("钱志愿"));
    EventStore store(m_t->db(), testScope());
    QCOMPARE(store.volunteerChoices().size(), 2);
    Event e = event(); // 2.5 hours
    e.volunteers = {{v1, 0, {}}, {v2, 1.5, QStringLiteral("签到")}};
    QVERIFY(store.save(e).ok);
    const auto back = store.event(e.id);
    QCOMPARE(back->volunteers.size(), 2);
    QCOMPARE(back->volunteers.at(0).hours, 2.5);
    QCOMPARE(back->volunteers.at(1).hours, 1.5);
    QCOMPARE(back->volunteers.at(1).role, QStringLiteral("签到"));

    // An event of no length gives no default hours: refused, naming the volunteers.
    Event instant = event();
    instant.endsAt = instant.startsAt;
    instant.volunteers = {{v1, 0, {}}};
    const SaveResult r = store.save(instant);
    QVERIFY(!r.ok);
    QCOMPARE(r.errors.constFirst().field, QStringLiteral("volunteers"));
}

void EventStoreTest::updateReplacesLists()
{
    EventStore store(m_t->db(), testScope());
    Event e = event();
    e.participantIds = {m_residents.zhangXiuying, m_residents.zhangWei};
    QVERIFY(store.save(e).ok);
    e.participantIds = {m_residents.liNa};
    e.title = QStringLiteral("改名");
    QVERIFY(store.save(e).ok);
    const auto back = store.event(e.id);
    QCOMPARE(back->title, QStringLiteral("改名"));
    QCOMPARE(back->participantIds, QList<qint64>{m_residents.liNa});
    QCOMPARE(m_t->count(QStringLiteral("event")), 1);
}

void EventStoreTest::cancelKeepsTheRow()
{
    EventStore store(m_t->db(), testScope());
    Event e = event();
    e.participantIds = {m_residents.zhangXiuying};
    QVERIFY(store.save(e).ok);
    QVERIFY(store.cancel(e.id).ok);
    QCOMPARE(m_t->count(QStringLiteral("event")), 1);
    QCOMPARE(m_t->count(QStringLiteral("event_participant")), 1);
    QVERIFY(store.event(e.id)->cancelled);
    QVERIFY(!store.cancel(e.id).ok); // already cancelled
    SqlQuery audit(m_t->db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'event' AND action = "
                                             "'cancel'"));
    QCOMPARE(audit.scalar().toInt(), 1);
    // Editing a cancelled event keeps it cancelled.
    Event again = *store.event(e.id);
    again.place = QStringLiteral("别处");
    QVERIFY(store.save(again).ok);
    QVERIFY(store.event(e.id)->cancelled);
}

void EventStoreTest::eventTypes()
{
    EventStore store(m_t->db(), testScope());
    const int seeded = int(store.types().size());
    QCOMPARE(seeded, 8);
    ListEntry t;
    t.name = QStringLiteral("包饺子");
    QVERIFY(store.saveType(t).ok);
    QCOMPARE(store.types().size(), seeded + 1);
    ListEntry dup;
    dup.name = QStringLiteral("包饺子");
    const SaveResult r = store.saveType(dup);
    QVERIFY(!r.ok);
    QCOMPARE(r.errors.constFirst().field, QStringLiteral("name"));
    t.name = QStringLiteral("包饺子活动");
    QVERIFY(store.saveType(t).ok);
    QCOMPARE(store.types().constLast().name, QStringLiteral("包饺子活动"));
    // An event of the type keeps it after archiving.
    Event e = event();
    e.typeId = t.id;
    QVERIFY(store.save(e).ok);
    QVERIFY(store.archiveType(t.id).ok);
    QCOMPARE(store.types().size(), seeded);
    QCOMPARE(store.types(true).size(), seeded + 1);
    QCOMPARE(store.event(e.id)->typeId, t.id);
    QCOMPARE(m_t->count(QStringLiteral("event_type")), seeded + 1);
}

void EventStoreTest::photosCopiedBesideTheDatabase()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString dbPath = dir.filePath(QStringLiteral("office.sqlite"));
    Database database(QStringLiteral("photos"));
    QVERIFY(Workspace::open(database, dbPath));
    SqlQuery(database.connection(), QStringLiteral("INSERT INTO community (id, name) VALUES (1, 'x')")).exec();
    EventStore store(database.connection(), testScope());
    Event e = event();
    e.gridId = 0;
    QVERIFY(store.save(e).ok);

    const QString original = dir.filePath(QStringLiteral("clerk/合影.png"));
    QVERIFY(QDir().mkpath(QFileInfo(original).path()));
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(Qt::red);
    QVERIFY(image.save(original));
    const qint64 size = QFileInfo(original).size();

    EventPhotos photos(database.connection(), testScope(), dbPath);
    QVERIFY(photos.isAvailable());
    QVERIFY(photos.add(e.id, original, QStringLiteral("全体合影")).ok);
    QVERIFY(photos.add(e.id, original).ok); // the same file again: a second, numbered copy
    const QString folder = dbPath + QStringLiteral(".files/events/") + QString::number(e.id);
    QCOMPARE(QDir(photos.folder(e.id)).absolutePath(), QDir(folder).absolutePath());
    const auto list = photos.photos(e.id);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).fileName, QStringLiteral("合影.png"));
    QCOMPARE(list.at(0).caption, QStringLiteral("全体合影"));
    QCOMPARE(list.at(1).fileName, QStringLiteral("合影-2.png"));
    for (const auto &p : list) {
        QVERIFY(QFileInfo(p.path).isFile());
        QCOMPARE(QFileInfo(p.path).size(), size);
        QCOMPARE(QFileInfo(p.path).absolutePath(), QDir(folder).absolutePath());
    }
    QVERIFY(QFileInfo::exists(original)); // the clerk's file stays where it was
    // Only the name is in the database.
    SqlQuery q(database.connection(), QStringLiteral("SELECT file_name FROM event_photo ORDER BY id"));
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("合影.png"));

    QVERIFY(!photos.add(e.id, dir.filePath(QStringLiteral("missing.png"))).ok);
    QVERIFY(!photos.add(9999, original).ok);
    EventPhotos memory(m_t->db(), testScope(), QStringLiteral(":memory:"));
    QVERIFY(!memory.isAvailable());
    QVERIFY(!memory.add(1, original).ok);
}

// The worker of grid A: A's event and the community-wide one, not B's; on the community-wide
// event only A's residents are listed and counted, and the worker's save keeps B's 李娜 listed.
void EventStoreTest::gridWorkerSeesOwnGridAndCommunityWide()
{
    EventStore office(m_t->db(), testScope());
    Event inA = event();
    inA.participantIds = {m_residents.zhangXiuying};
    Event inB = event();
    inB.title = QStringLiteral("B的活动");
    inB.gridId = m_t->gridB;
    inB.participantIds = {m_residents.liNa};
    Event wide = event();
    wide.title = QStringLiteral("全社区活动");
    wide.gridId = 0;
    wide.extraParticipants = 10;
    wide.participantIds = {m_residents.zhangXiuying, m_residents.liNa};
    QVERIFY(office.save(inA).ok && office.save(inB).ok && office.save(wide).ok);

    const AccessScope worker(AccessScope::Role::GridWorker, 7, QStringLiteral("gw-a"), {m_t->gridA});
    EventTableModel list(m_t->db(), worker);
    QStringList titles;
    for (int r = 0; r < list.rowCount(); ++r)
        titles << list.index(r, EventTableModel::Title).data().toString();
    titles.sort();
    QCOMPARE(titles, (QStringList{QStringLiteral("全社区活动"), QStringLiteral("社区义诊")}));
    for (int r = 0; r < list.rowCount(); ++r)
        if (list.eventId(r) == wide.id)
            QCOMPARE(list.index(r, EventTableModel::Participants).data().toInt(), 11); // 10 + 张秀英
    QCOMPARE(EventTableModel(m_t->db(), testScope()).rowCount(), 3);

    EventStore store(m_t->db(), worker);
    QVERIFY(!store.event(inB.id));
    std::optional<Event> seen = store.event(wide.id);
    QVERIFY(seen);
    QCOMPARE(seen->participantIds, QList<qint64>{m_residents.zhangXiuying});
    seen->participantIds = {m_residents.zhangXiuying, m_residents.zhangWei};
    const SaveResult saved = store.save(*seen);
    QVERIFY2(saved.ok, qPrintable(saved.firstMessage()));
    QCOMPARE(office.event(wide.id)->participantIds,
             (QList<qint64>{m_residents.zhangXiuying, m_residents.zhangWei, m_residents.liNa}));
    // B's event is B's to change.
    inB.title = QStringLiteral("改名");
    QVERIFY(!store.save(inB).ok);

    // The volunteers to pick from: those living in A and those living in no grid, not B's 李娜.
    SqlQuery v(m_t->db(), QStringLiteral("INSERT INTO volunteer (resident_id, name, created_at, updated_at) VALUES "
                                         "(?, ?, '2026-01-01', '2026-01-01')"));
    QVERIFY(v.exec(m_residents.zhangXiuying, QStringLiteral("张秀英")));
    QVERIFY(v.exec(m_residents.liNa, QStringLiteral("李娜")));
    addVolunteer(QStringLiteral("王外来"));
    QStringList names;
    for (const EventStore::VolunteerChoice &c : store.volunteerChoices())
        names << c.name;
    QVERIFY2(names.contains(QStringLiteral("张秀英")) && names.contains(QStringLiteral("王外来")),
             qPrintable(names.join(u',')));
    QVERIFY2(!names.contains(QStringLiteral("李娜")), qPrintable(names.join(u',')));
    QCOMPARE(office.volunteerChoices().size(), names.size() + 1);
}

QTEST_GUILESS_MAIN(EventStoreTest)
#include "eventstore_test.moc"
