// VolunteerTableModel over more volunteers than one page: a page at a time as the view scrolls,
// those who left last, the filters (with LIKE wildcards taken literally), phones masked until
// revealed, dragging only active volunteers, with QAbstractItemModelTester watching throughout.
#include "models/cnrules/phonenumber.h"
#include "models/core/itemroles.h"
#include "models/volunteers/volunteer.h"
#include "models/volunteers/volunteerstore.h"
#include "models/volunteers/volunteertablemodel.h"
#include "tests/support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QDataStream>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

class VolunteerTableModelTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void pagesInNameOrder();
    void cellsPastTheFirstPage();
    void filters();
    void revealAndDrag();
    void namesInPinyinOrder();

private:
    static constexpr int kVolunteers = VolunteerTableModel::kPageSize + 50;
    // Volunteer i is 志愿者<i> with phone 139<i>; one in 25 has left, one in 25 is paused, one in
    // four is in the patrol team.
    static QString name(int i) { return QStringLiteral("志愿者%1").arg(i, 3, 10, QLatin1Char('0')); }
    static QString phone(int i) { return QStringLiteral("139%1").arg(i, 8, 10, QLatin1Char('0')); }
    static QString status(int i)
    {
        return i % 25 == 24   ? QStringLiteral("left")
               : i % 25 == 12 ? QStringLiteral("paused")
                              : QStringLiteral("active");
    }
    static bool inTeam(int i) { return i % 4 == 0; }
    // The list's order: by name, those who left last.
    QList<int> listOrder() const;

    std::unique_ptr<TestDatabase> m_t;
    qint64 m_team = 0;
    QList<qint64> m_ids;
};

QList<int> VolunteerTableModelTest::listOrder() const
{
    QList<int> stayed, left;
    for (int i = 0; i < kVolunteers; ++i)
        (status(i) == QLatin1String("left") ? left : stayed) << i;
    return stayed + left;
}

void VolunteerTableModelTest::init()
{
    m_t = std::make_unique<TestDatabase>();
    VolunteerStore store(m_t->db(), testScope());
    store.setToday(QDate(2026, 11, 23));
    VolunteerTeam team{0, QStringLiteral("巡逻队"), 0, 0, {}, {}, false, 0};
    QVERIFY(store.saveTeam(team).ok);
    m_team = team.id;
    m_ids.clear();
    for (int i = 0; i < kVolunteers; ++i) {
        Volunteer v;
        v.name = name(i);
        v.phone = phone(i);
        v.status = status(i);
        if (inTeam(i))
            v.teamIds = {m_team};
        const SaveResult r = store.save(v);
        QVERIFY2(r.ok, qPrintable(r.firstMessage()));
        m_ids << r.id;
    }
}

void VolunteerTableModelTest::cleanup()
{
    m_t.reset();
}

void VolunteerTableModelTest::pagesInNameOrder()
{
    VolunteerTableModel model(m_t->db(), testScope());
    QCOMPARE(model.totalCount(), kVolunteers);
    QCOMPARE(model.rowCount(), VolunteerTableModel::kPageSize);
    QVERIFY(model.canFetchMore(QModelIndex()));
    const QList<int> order = listOrder();
    const qint64 lastId = m_ids.at(order.constLast());
    QCOMPARE(model.rowOfVolunteer(lastId), -1); // not fetched yet
    QCOMPARE(model.volunteerId(kVolunteers - 1), 0);

    // The tester fetches the rest as soon as it looks.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), kVolunteers);
    QVERIFY(!model.canFetchMore(QModelIndex()));
    QCOMPARE(model.rowOfVolunteer(lastId), kVolunteers - 1);
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.volunteerId(row), m_ids.at(order.at(row)));
        QCOMPARE(model.index(row, VolunteerTableModel::Name).data().toString(), name(order.at(row)));
    }

    // reload() starts again from the first page and picks up a new volunteer.
    VolunteerStore store(m_t->db(), testScope());
    Volunteer v;
    v.name = QStringLiteral("志愿者000a"); // right after the first
    v.phone = QStringLiteral("13800000000");
    QVERIFY(store.save(v).ok);
    QSignalSpy counted(&model, &VolunteerTableModel::countChanged);
    model.reload();
    QCOMPARE(counted.size(), 1);
    QCOMPARE(counted.at(0).at(0).toInt(), kVolunteers + 1);
    QCOMPARE(model.totalCount(), kVolunteers + 1);
    QCOMPARE(model.volunteerId(1), v.id);
    QCOMPARE(model.rowOfVolunteer(v.id), 1);
    QVERIFY(store.setStatus(v.id, QStringLiteral("left")).ok);
    model.reload();
    QCOMPARE(model.totalCount(), kVolunteers + 1);
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
    QCOMPARE(model.rowOfVolunteer(v.id), kVolunteers + 1 - 10 - 1); // first of those who left
}

void VolunteerTableModelTest::cellsPastTheFirstPage()
{
    VolunteerTableModel model(m_t->db(), testScope());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto cell = [&](int i, int column, int role = Qt::DisplayRole) {
        const int row = model.rowOfVolunteer(m_ids.at(i));
        return row < 0 ? QVariant() : model.index(row, column).data(role);
    };
    QCOMPARE(cell(0, VolunteerTableModel::Teams).toString(), QStringLiteral("巡逻队"));
    QCOMPARE(cell(1, VolunteerTableModel::Teams).toString(), QString());
    QCOMPARE(cell(0, VolunteerTableModel::Status).toString(), Volunteer::statusLabel(QStringLiteral("active")));
    QCOMPARE(cell(0, VolunteerTableModel::Source).toString(), QStringLiteral("Outside"));
    QVERIFY(cell(0, VolunteerTableModel::Name, Qt::ForegroundRole).isNull());
    // Past the first page of the list.
    const int late = kVolunteers - 13; // 237: paused
    QCOMPARE(status(late), QStringLiteral("paused"));
    QVERIFY(model.rowOfVolunteer(m_ids.at(late)) >= VolunteerTableModel::kPageSize);
    QCOMPARE(cell(late, VolunteerTableModel::Name).toString(), name(late));
    QCOMPARE(cell(late, VolunteerTableModel::Status).toString(), Volunteer::statusLabel(QStringLiteral("paused")));
    QCOMPARE(cell(late, VolunteerTableModel::Status, ItemRole::Code).toString(), QStringLiteral("paused"));
    QCOMPARE(cell(late, VolunteerTableModel::Name, ItemRole::Id).toLongLong(), m_ids.at(late));
    QVERIFY(cell(late, VolunteerTableModel::Name, Qt::ForegroundRole).isValid()); // greyed
    QCOMPARE(model.headerData(VolunteerTableModel::Teams, Qt::Horizontal).toString(), QStringLiteral("Teams"));
}

void VolunteerTableModelTest::filters()
{
    VolunteerTableModel model(m_t->db(), testScope());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy counted(&model, &VolunteerTableModel::countChanged);
    int inTheTeam = 0, left = 0;
    for (int i = 0; i < kVolunteers; ++i) {
        inTheTeam += inTeam(i) ? 1 : 0;
        left += status(i) == QLatin1String("left") ? 1 : 0;
    }

    model.setFilter(QStringLiteral("志愿者01"), QString(), 0);
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.index(0, VolunteerTableModel::Name).data().toString(), name(10));
    QCOMPARE(counted.constLast().at(0).toInt(), 10);
    model.setFilter(phone(123), QString(), 0); // by phone
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.volunteerId(0), m_ids.at(123));
    model.setFilter(QStringLiteral("%"), QString(), 0); // a wildcard is only a character
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalCount(), 0);
    model.setFilter(QStringLiteral("志愿者_01"), QString(), 0);
    QCOMPARE(model.rowCount(), 0);

    model.setFilter(QString(), QStringLiteral("left"), 0);
    QCOMPARE(model.totalCount(), left);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, VolunteerTableModel::Status).data(ItemRole::Code).toString(), QStringLiteral("left"));

    model.setFilter(QString(), QString(), m_team);
    QCOMPARE(model.totalCount(), inTheTeam);
    model.setFilter(QStringLiteral("志愿者00"), QStringLiteral("active"), m_team); // 000, 004, 008
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.volunteerId(2), m_ids.at(8));

    model.setFilter(QString(), QString(), 0);
    QCOMPARE(model.totalCount(), kVolunteers);
    QCOMPARE(model.rowCount(), VolunteerTableModel::kPageSize);
    model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), kVolunteers);
}

void VolunteerTableModelTest::revealAndDrag()
{
    VolunteerTableModel model(m_t->db(), testScope());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int row = model.rowOfVolunteer(m_ids.at(5));
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, VolunteerTableModel::Phone).data().toString(), PhoneNumber::mask(phone(5)));
    QVERIFY(model.index(row, VolunteerTableModel::Phone).data().toString() != phone(5));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setRevealNumbers(true);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(0, VolunteerTableModel::Phone));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(model.rowCount() - 1, VolunteerTableModel::Phone));
    QCOMPARE(model.index(row, VolunteerTableModel::Phone).data().toString(), phone(5));
    model.setRevealNumbers(true); // no change, no signal
    QCOMPARE(changed.size(), 1);

    // A viewer sees masks whatever is asked.
    VolunteerTableModel viewer(m_t->db(), AccessScope(AccessScope::Role::Viewer, 9, QStringLiteral("viewer")));
    viewer.setRevealNumbers(true);
    QCOMPARE(viewer.index(viewer.rowOfVolunteer(m_ids.at(5)), VolunteerTableModel::Phone).data().toString(),
             PhoneNumber::mask(phone(5)));

    // Only active volunteers can be dragged onto the rota; the drag carries their ids.
    const QModelIndex active = model.index(model.rowOfVolunteer(m_ids.at(5)), VolunteerTableModel::Name);
    const QModelIndex paused = model.index(model.rowOfVolunteer(m_ids.at(12)), VolunteerTableModel::Name);
    QVERIFY(model.flags(active).testFlag(Qt::ItemIsDragEnabled));
    QVERIFY(!model.flags(paused).testFlag(Qt::ItemIsDragEnabled));
    QCOMPARE(model.mimeTypes(), QStringList{QLatin1String(VolunteerTableModel::kMimeType)});
    const std::unique_ptr<QMimeData> mime(
        model.mimeData({active, active.siblingAtColumn(VolunteerTableModel::Phone), paused}));
    QDataStream in(mime->data(QLatin1String(VolunteerTableModel::kMimeType)));
    QList<qint64> ids;
    in >> ids;
    QCOMPARE(ids, (QList<qint64>{m_ids.at(5), m_ids.at(12)}));
}

// Volunteers sort by the reading of their names, surnames as surnames: 安 an, 陈 chen, 单 shan,
// 曾 zeng, 张 zhang; by code point it would be 单 (U+5355), 安, 张, 曾, 陈, and 曾 read ceng
// would come before 陈. The key is stored on save (name_pinyin), so the list reads an index.
void VolunteerTableModelTest::namesInPinyinOrder()
{
    TestDatabase t;
    VolunteerStore store(t.db(), testScope());
    for (const QString &n : {QStringLiteral("单伟"), QStringLiteral("张三"), QStringLiteral("曾丽"),
                             QStringLiteral("陈刚"), QStringLiteral("安娜")}) {
        Volunteer v;
        v.name = n;
        QVERIFY2(store.save(v).ok, qPrintable(n));
    }
    VolunteerTableModel model(t.db(), testScope());
    QStringList shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown << model.index(row, VolunteerTableModel::Name).data().toString();
    QCOMPARE(shown, (QStringList{QStringLiteral("安娜"), QStringLiteral("陈刚"), QStringLiteral("单伟"),
                                 QStringLiteral("曾丽"), QStringLiteral("张三")}));
    // A rename keeps the key right.
    Volunteer renamed = *store.volunteer(model.volunteerId(0));
    renamed.name = QStringLiteral("仇娜"); // qiu
    QVERIFY(store.save(renamed).ok);
    model.reload();
    QCOMPARE(model.index(1, VolunteerTableModel::Name).data().toString(), QStringLiteral("仇娜")); // chen, qiu, shan
}

QTEST_GUILESS_MAIN(VolunteerTableModelTest)
#include "volunteertablemodel_test.moc"
