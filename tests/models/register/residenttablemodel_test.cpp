#include "models/cnrules/age.h"
#include "models/cnrules/hanzi.h"
#include "models/core/itemroles.h"
#include "models/core/sqlquery.h"
#include "models/register/registerstore.h"
#include "models/register/residentsearchindex.h"
#include "models/register/residenttablemodel.h"
#include "tests/support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(ResidentFilter)

namespace {

struct Member
{
    QString name;
    QDate birth;
    bool male;
    QString relation;
    QString phone;
    QString residency;
    QList<qint64> tags;
};

// Tag ids of the built-in tags (migration v1 inserts them in this order).
constexpr qint64 kLivingAlone = 1;
constexpr qint64 kEmptyNest = 2;
constexpr qint64 kPartyMember = 6;

} // namespace

class ResidentTableModelTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void modelTester();
    void defaultShowsLivingSortedByName();
    void filters_data();
    void filters();
    void ageBoundsAreInclusive();
    void search_data();
    void search();
    void masking();
    void rolesAndHeaders();
    void sortByColumn();
    void countChangedAndReset();
    void paging();
    void surnamesSortAndSearchByTheirReading();

private:
    qint64 addHousehold(qint64 buildingId, const QString &unit, const QString &room, const QList<Member> &members);
    static QStringList names(const ResidentTableModel &model);
    static QDate bornYearsAgo(int years, int days = 10) { return QDate::currentDate().addYears(-years).addDays(-days); }

    std::unique_ptr<TestDatabase> m_tdb;
    qint64 m_h1 = 0, m_h2 = 0, m_h3 = 0;
    QHash<QString, QString> m_ids; // name -> ID number
};

qint64 ResidentTableModelTest::addHousehold(qint64 buildingId, const QString &unit, const QString &room,
                                            const QList<Member> &members)
{
    RegisterStore store(m_tdb->db(), testScope());
    Household h;
    h.buildingId = buildingId;
    h.unit = unit;
    h.room = room;
    QList<Resident> list;
    for (const Member &m : members) {
        Resident r;
        r.name = m.name;
        r.idNumber = TestDatabase::idFor(m.birth, m.male, int(m_ids.size()) + 1);
        r.relation = m.relation;
        r.phone = m.phone;
        r.residencyType = m.residency.isEmpty() ? QStringLiteral("registered") : m.residency;
        r.tagIds = m.tags;
        m_ids.insert(m.name, r.idNumber);
        list.append(r);
    }
    const SaveResult result = store.saveHousehold(h, list);
    if (!result.ok)
        qWarning() << "fixture household failed:" << result.firstMessage();
    return h.id;
}

QStringList ResidentTableModelTest::names(const ResidentTableModel &model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list << model.index(row, ResidentTableModel::Name).data().toString();
    return list;
}

void ResidentTableModelTest::initTestCase()
{
    m_tdb = std::make_unique<TestDatabase>();
    const QString head = QStringLiteral("head");
    // Ages are relative to today so the fixture never ages out of its filters.
    m_h1 = addHousehold(m_tdb->buildingA1, QStringLiteral("1"), QStringLiteral("501"),
                        {{QStringLiteral("张三"),
                          bornYearsAgo(76),
                          true,
                          head,
                          QStringLiteral("138 1234 5678"),
                          QString(),
                          {kPartyMember}},
                         // Exactly 60 today: inside "60 and over".
                         {QStringLiteral("李梅"),
                          QDate::currentDate().addYears(-60),
                          false,
                          QStringLiteral("spouse"),
                          QString(),
                          QString(),
                          {kEmptyNest}}});
    m_h2 = addHousehold(m_tdb->buildingA2, QStringLiteral("2"), QStringLiteral("302"),
                        {{QStringLiteral("王五"),
                          bornYearsAgo(41),
                          true,
                          head,
                          QStringLiteral("13900001234"),
                          QStringLiteral("resident"),
                          {}},
                         {QStringLiteral("王小明"),
                          bornYearsAgo(11),
                          true,
                          QStringLiteral("son"),
                          QString(),
                          QStringLiteral("resident"),
                          {}},
                         // Turns 60 tomorrow: still 59.
                         {QStringLiteral("周八"),
                          QDate::currentDate().addYears(-60).addDays(1),
                          false,
                          QStringLiteral("parent"),
                          QString(),
                          QString(),
                          {}}});
    m_h3 = addHousehold(m_tdb->buildingB1, QString(), QStringLiteral("1201"),
                        {{QStringLiteral("赵丽"),
                          bornYearsAgo(36),
                          false,
                          head,
                          QStringLiteral("025-84566789"),
                          QStringLiteral("floating"),
                          {}},
                         {QStringLiteral("孙七"),
                          bornYearsAgo(86),
                          true,
                          QStringLiteral("parent"),
                          QString(),
                          QString(),
                          {kLivingAlone}}});
    QVERIFY(m_h1 && m_h2 && m_h3);
    RegisterStore store(m_tdb->db(), testScope());
    QVERIFY(store
                .changeStatus(m_tdb->residentId(m_ids.value(QStringLiteral("孙七"))), QStringLiteral("moved_out"),
                              QDate::currentDate().addDays(-5), QString())
                .ok);
    QCOMPARE(m_tdb->count(QStringLiteral("resident")), 7);
}

void ResidentTableModelTest::modelTester()
{
    ResidentTableModel model(m_tdb->db(), testScope());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ResidentFilter f;
    f.status.clear();
    model.setFilter(f);
    model.sort(ResidentTableModel::Age, Qt::DescendingOrder);
    model.setRevealNumbers(true);
    f.text = QStringLiteral("王");
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 2);
    f.text = QStringLiteral("没有这个人");
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 0);
}

void ResidentTableModelTest::defaultShowsLivingSortedByName()
{
    ResidentTableModel model(m_tdb->db(), testScope());
    QCOMPARE(model.columnCount(), int(ResidentTableModel::ColumnCount));
    // Living residents only, in pinyin order: li mei, wang wu, wang xiao ming, zhang san, zhao li, zhou ba.
    QCOMPARE(names(model), (QStringList{QStringLiteral("李梅"), QStringLiteral("王五"), QStringLiteral("王小明"),
                                        QStringLiteral("张三"), QStringLiteral("赵丽"), QStringLiteral("周八")}));
    QCOMPARE(model.index(3, ResidentTableModel::Age).data().toInt(), 76);
    QCOMPARE(model.index(3, ResidentTableModel::Gender).data(ItemRole::Code).toString(), QStringLiteral("M"));
    QCOMPARE(model.index(3, ResidentTableModel::Tags).data().toString(), QStringLiteral("党员"));
    QCOMPARE(model.index(3, ResidentTableModel::Grid).data().toString(), QStringLiteral("第一网格"));
    const QString address = model.index(3, ResidentTableModel::Address).data().toString();
    QVERIFY2(address.startsWith(QStringLiteral("幸福里 1号楼")) && address.endsWith(QLatin1String("501")),
             qPrintable(address));
    QCOMPARE(model.index(3, ResidentTableModel::Residency).data(ItemRole::Code).toString(),
             QStringLiteral("registered"));
    QCOMPARE(model.index(4, ResidentTableModel::Residency).data(ItemRole::Code).toString(), QStringLiteral("floating"));
}

void ResidentTableModelTest::filters_data()
{
    QTest::addColumn<ResidentFilter>("filter");
    QTest::addColumn<QStringList>("expected"); // sorted by name

    auto f = [] { return ResidentFilter(); };
    ResidentFilter x;

    x = f();
    x.status.clear();
    QTest::newRow("every status") << x << QStringList{QStringLiteral("李梅"), QStringLiteral("孙七"),
                                                      QStringLiteral("王五"), QStringLiteral("王小明"),
                                                      QStringLiteral("张三"), QStringLiteral("赵丽"),
                                                      QStringLiteral("周八")};
    x = f();
    x.status = QStringLiteral("moved_out");
    QTest::newRow("moved out") << x << QStringList{QStringLiteral("孙七")};
    x = f();
    x.status = QStringLiteral("deceased");
    QTest::newRow("deceased") << x << QStringList();
    x = f();
    x.gridId = 1;
    QTest::newRow("grid A") << x
                            << QStringList{QStringLiteral("李梅"), QStringLiteral("王五"), QStringLiteral("王小明"),
                                           QStringLiteral("张三"), QStringLiteral("周八")};
    x = f();
    x.gridId = 2;
    QTest::newRow("grid B living") << x << QStringList{QStringLiteral("赵丽")};
    x.status.clear();
    QTest::newRow("grid B all") << x << QStringList{QStringLiteral("孙七"), QStringLiteral("赵丽")};
    x = f();
    x.tagId = kPartyMember;
    QTest::newRow("tag party member") << x << QStringList{QStringLiteral("张三")};
    x = f();
    x.tagId = kLivingAlone;
    QTest::newRow("tag living alone, living") << x << QStringList();
    x.status.clear();
    QTest::newRow("tag living alone, all") << x << QStringList{QStringLiteral("孙七")};
    x = f();
    x.residencyType = QStringLiteral("resident");
    QTest::newRow("residency resident") << x << QStringList{QStringLiteral("王五"), QStringLiteral("王小明")};
    x.residencyType = QStringLiteral("floating");
    QTest::newRow("residency floating") << x << QStringList{QStringLiteral("赵丽")};
    x = f();
    x.compoundId = 2;
    QTest::newRow("compound B") << x << QStringList{QStringLiteral("赵丽")};
    x = f();
    x.buildingId = 2;
    QTest::newRow("building A2") << x
                                 << QStringList{QStringLiteral("王五"), QStringLiteral("王小明"),
                                                QStringLiteral("周八")};
    x.unit = QStringLiteral("2");
    QTest::newRow("building A2 unit 2") << x
                                        << QStringList{QStringLiteral("王五"), QStringLiteral("王小明"),
                                                       QStringLiteral("周八")};
    x.unit = QStringLiteral("1");
    QTest::newRow("building A2 unit 1") << x << QStringList();
    x = f();
    x.buildingId = 1;
    x.unit = QStringLiteral("1");
    QTest::newRow("building A1 unit 1") << x << QStringList{QStringLiteral("李梅"), QStringLiteral("张三")};
    x = f();
    x.minAge = 60;
    QTest::newRow("60+") << x << QStringList{QStringLiteral("李梅"), QStringLiteral("张三")};
    x.status.clear();
    QTest::newRow("60+ all") << x
                             << QStringList{QStringLiteral("李梅"), QStringLiteral("孙七"), QStringLiteral("张三")};
    x = f();
    x.maxAge = 17;
    QTest::newRow("minors") << x << QStringList{QStringLiteral("王小明")};
    x = f();
    x.minAge = 30;
    x.maxAge = 59;
    QTest::newRow("30-59") << x << QStringList{QStringLiteral("王五"), QStringLiteral("赵丽"), QStringLiteral("周八")};
    x = f();
    x.gridId = 1;
    x.minAge = 60;
    x.tagId = kEmptyNest;
    QTest::newRow("grid A, 60+, empty nest") << x << QStringList{QStringLiteral("李梅")};
    x = f();
    x.gridId = 1;
    x.text = QStringLiteral("王");
    QTest::newRow("grid A and search") << x << QStringList{QStringLiteral("王五"), QStringLiteral("王小明")};
    x.gridId = 2;
    QTest::newRow("grid B and search") << x << QStringList();

    // The header's column filters (as Excel's dropdowns), in SQL.
    using C = ResidentTableModel::Column;
    const auto column = [](int c, const QString &contains, const QStringList &values = {}) {
        ResidentColumnCondition condition;
        condition.column = c;
        condition.contains = contains;
        condition.values = values;
        return condition;
    };
    x = f();
    x.columns = {column(C::Name, QStringLiteral("王"))};
    QTest::newRow("name contains") << x << QStringList{QStringLiteral("王五"), QStringLiteral("王小明")};
    x.columns = {column(C::Name, QStringLiteral("%"))};
    QTest::newRow("name contains a wildcard, literally") << x << QStringList();
    x.columns = {column(C::Address, QStringLiteral("幸福里 1号楼"))};
    QTest::newRow("address contains") << x << QStringList{QStringLiteral("李梅"), QStringLiteral("张三")};
    x.columns = {column(C::Grid, {}, {QStringLiteral("2")})};
    QTest::newRow("grid picked") << x << QStringList{QStringLiteral("赵丽")};
    x.columns = {column(C::Grid, {}, {QStringLiteral("2")}), column(C::Name, QStringLiteral("王"))};
    QTest::newRow("grid picked and name contains") << x << QStringList();
    x.columns = {column(C::Residency, {}, {QStringLiteral("resident"), QStringLiteral("floating")})};
    QTest::newRow("residency picked") << x
                                      << QStringList{QStringLiteral("王五"), QStringLiteral("王小明"),
                                                     QStringLiteral("赵丽")};
    x.columns = {column(C::Tags, {}, {QString::number(kPartyMember)})};
    QTest::newRow("tag picked") << x << QStringList{QStringLiteral("张三")};
    x.status.clear();
    x.columns = {column(C::Status, {}, {QStringLiteral("moved_out")})};
    QTest::newRow("status picked") << x << QStringList{QStringLiteral("孙七")};
}

void ResidentTableModelTest::filters()
{
    QFETCH(ResidentFilter, filter);
    QFETCH(QStringList, expected);
    // The ids in the fixture are known: grid A = 1, compound B = 2, building A2 = 2.
    QCOMPARE(m_tdb->gridA, 1);
    QCOMPARE(m_tdb->compoundB, 2);
    QCOMPARE(m_tdb->buildingA2, 2);

    ResidentTableModel model(m_tdb->db(), testScope());
    model.setFilter(filter);
    QCOMPARE(model.filter(), filter);
    QCOMPARE(names(model), expected);
    QCOMPARE(model.rowCount(), expected.size());
}

void ResidentTableModelTest::ageBoundsAreInclusive()
{
    ResidentTableModel model(m_tdb->db(), testScope());
    ResidentFilter f;
    f.minAge = 60;
    f.maxAge = 60;
    model.setFilter(f);
    QCOMPARE(names(model), QStringList{QStringLiteral("李梅")});
    QCOMPARE(model.index(0, ResidentTableModel::Age).data().toInt(), 60);
    f.minAge = 59;
    f.maxAge = 59;
    model.setFilter(f);
    QCOMPARE(names(model), QStringList{QStringLiteral("周八")});
    QCOMPARE(model.index(0, ResidentTableModel::Age).data().toInt(), 59);
}

void ResidentTableModelTest::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // sorted by name, living only

    QTest::newRow("name") << QStringLiteral("张三") << QStringList{QStringLiteral("张三")};
    QTest::newRow("part of a name") << QStringLiteral("小明") << QStringList{QStringLiteral("王小明")};
    QTest::newRow("surname") << QStringLiteral("王") << QStringList{QStringLiteral("王五"), QStringLiteral("王小明")};
    QTest::newRow("initials") << QStringLiteral("zs") << QStringList{QStringLiteral("张三")};
    QTest::newRow("initials upper") << QStringLiteral("ZS") << QStringList{QStringLiteral("张三")};
    QTest::newRow("initials prefix") << QStringLiteral("wx") << QStringList{QStringLiteral("王小明")};
    QTest::newRow("initials z") << QStringLiteral("z")
                                << QStringList{QStringLiteral("张三"), QStringLiteral("赵丽"), QStringLiteral("周八")};
    QTest::newRow("traditional") << QStringLiteral("張三") << QStringList{QStringLiteral("张三")};
    QTest::newRow("traditional part") << QStringLiteral("趙") << QStringList{QStringLiteral("赵丽")};
    // A Chinese IME left in full-width mode.
    QTest::newRow("full-width initials") << QStringLiteral("ｚｓ") << QStringList{QStringLiteral("张三")};
    QTest::newRow("full-width phone prefix") << QStringLiteral("１３９００００") << QStringList{QStringLiteral("王五")};
    QTest::newRow("phone") << QStringLiteral("13812345678") << QStringList{QStringLiteral("张三")};
    QTest::newRow("phone prefix") << QStringLiteral("1390000") << QStringList{QStringLiteral("王五")};
    QTest::newRow("phone last 4") << QStringLiteral("1234") << QStringList{QStringLiteral("王五")};
    QTest::newRow("phone last 4 b") << QStringLiteral("5678") << QStringList{QStringLiteral("张三")};
    QTest::newRow("landline last 4") << QStringLiteral("6789") << QStringList{QStringLiteral("赵丽")};
    QTest::newRow("room") << QStringLiteral("501") << QStringList{QStringLiteral("李梅"), QStringLiteral("张三")};
    QTest::newRow("room 1201") << QStringLiteral("1201") << QStringList{QStringLiteral("赵丽")};
    QTest::newRow("compound") << QStringLiteral("幸福里")
                              << QStringList{QStringLiteral("李梅"), QStringLiteral("王五"), QStringLiteral("王小明"),
                                             QStringLiteral("张三"), QStringLiteral("周八")};
    QTest::newRow("part of compound") << QStringLiteral("翠湖") << QStringList{QStringLiteral("赵丽")};
    QTest::newRow("building") << QStringLiteral("2号楼")
                              << QStringList{QStringLiteral("王五"), QStringLiteral("王小明"), QStringLiteral("周八")};
    QTest::newRow("two terms") << QStringLiteral("幸福里  zs") << QStringList{QStringLiteral("张三")};
    QTest::newRow("two terms, none") << QStringLiteral("翠湖苑 张三") << QStringList();
    QTest::newRow("nobody") << QStringLiteral("欧阳") << QStringList();
    QTest::newRow("digits nobody") << QStringLiteral("4242") << QStringList();
    QTest::newRow("sql-ish") << QStringLiteral("' OR 1=1 --") << QStringList();
    QTest::newRow("fts syntax") << QStringLiteral("\"张 OR*") << QStringList();
}

void ResidentTableModelTest::search()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    ResidentTableModel model(m_tdb->db(), testScope());
    ResidentFilter f;
    f.text = text;
    model.setFilter(f);
    QCOMPARE(names(model), expected);
}

void ResidentTableModelTest::masking()
{
    // An ID number prefix (region + birth date is unique in the fixture) and the whole number.
    const QString wangId = m_ids.value(QStringLiteral("王五"));
    QCOMPARE(wangId.size(), 18);
    ResidentTableModel model(m_tdb->db(), testScope());
    ResidentFilter f;
    f.text = wangId.left(14);
    model.setFilter(f);
    QCOMPARE(names(model), QStringList{QStringLiteral("王五")});
    f.text = wangId;
    model.setFilter(f);
    QCOMPARE(names(model), QStringList{QStringLiteral("王五")});

    f.text = QStringLiteral("zs");
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 1);
    const QString zhangId = m_ids.value(QStringLiteral("张三"));
    QVERIFY(!model.revealNumbers());
    const QModelIndex id = model.index(0, ResidentTableModel::IdNumber);
    const QModelIndex phone = model.index(0, ResidentTableModel::Phone);
    QCOMPARE(id.data().toString(), zhangId.left(6) + QStringLiteral("********") + zhangId.right(4));
    QCOMPARE(phone.data().toString(), QStringLiteral("138****5678"));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setRevealNumbers(true);
    QVERIFY(model.revealNumbers());
    QCOMPARE(changed.size(), 1);
    // The views repaint exactly the two number columns.
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), model.index(0, ResidentTableModel::IdNumber));
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), model.index(model.rowCount() - 1, ResidentTableModel::Phone));
    QCOMPARE(id.data().toString(), zhangId);
    QCOMPARE(phone.data().toString(), QStringLiteral("13812345678"));
    model.setRevealNumbers(true);
    QCOMPARE(changed.size(), 1);
    model.setRevealNumbers(false);
    QCOMPARE(id.data().toString(), zhangId.left(6) + QStringLiteral("********") + zhangId.right(4));

    // A landline: area code and the last two digits.
    f.text = QStringLiteral("赵丽");
    model.setFilter(f);
    QCOMPARE(model.index(0, ResidentTableModel::Phone).data().toString(), QStringLiteral("025-******89"));
    // No phone: empty, not stars.
    f.text = QStringLiteral("李梅");
    model.setFilter(f);
    QCOMPARE(model.index(0, ResidentTableModel::Phone).data().toString(), QString());
}

void ResidentTableModelTest::rolesAndHeaders()
{
    ResidentTableModel model(m_tdb->db(), testScope());
    ResidentFilter f;
    f.status.clear();
    f.householdId = m_h3;
    model.setFilter(f);
    QCOMPARE(names(model), (QStringList{QStringLiteral("孙七"), QStringLiteral("赵丽")}));
    const qint64 sun = m_tdb->residentId(m_ids.value(QStringLiteral("孙七")));
    QCOMPARE(model.residentId(0), sun);
    QCOMPARE(model.index(0, 0).data(ItemRole::Id).toLongLong(), sun);
    QCOMPARE(model.householdId(0), m_h3);
    QCOMPARE(model.index(1, ResidentTableModel::Status).data(ItemRole::HouseholdId).toLongLong(), m_h3);
    QCOMPARE(model.rowOfResident(sun), 0);
    QCOMPARE(model.rowOfResident(999999), -1);
    QCOMPARE(model.residentId(2), 0); // out of range
    QVERIFY(!model.index(2, 0).isValid());

    // Moved out: grey, with its status code; living rows keep the default colour.
    QCOMPARE(model.index(0, ResidentTableModel::Status).data(ItemRole::Code).toString(), QStringLiteral("moved_out"));
    QVERIFY(model.index(0, ResidentTableModel::Name).data(Qt::ForegroundRole).canConvert<QBrush>());
    QVERIFY(!model.index(1, ResidentTableModel::Name).data(Qt::ForegroundRole).isValid());
    QCOMPARE(model.index(1, ResidentTableModel::Status).data(ItemRole::Code).toString(), QStringLiteral("living"));
    QVERIFY(model.index(0, ResidentTableModel::Status).data().toString() !=
            model.index(1, ResidentTableModel::Status).data().toString());
    QCOMPARE(model.index(0, ResidentTableModel::Age).data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));

    QSet<QString> headers;
    for (int c = 0; c < model.columnCount(); ++c) {
        const QString header = model.headerData(c, Qt::Horizontal).toString();
        QVERIFY2(!header.isEmpty(), qPrintable(QString::number(c)));
        headers.insert(header);
    }
    QCOMPARE(headers.size(), model.columnCount());
}

void ResidentTableModelTest::sortByColumn()
{
    ResidentTableModel model(m_tdb->db(), testScope());
    model.sort(ResidentTableModel::Name, Qt::DescendingOrder);
    QCOMPARE(names(model), (QStringList{QStringLiteral("周八"), QStringLiteral("赵丽"), QStringLiteral("张三"),
                                        QStringLiteral("王小明"), QStringLiteral("王五"), QStringLiteral("李梅")}));

    // Ascending age: youngest first.
    model.sort(ResidentTableModel::Age, Qt::AscendingOrder);
    QCOMPARE(names(model), (QStringList{QStringLiteral("王小明"), QStringLiteral("赵丽"), QStringLiteral("王五"),
                                        QStringLiteral("周八"), QStringLiteral("李梅"), QStringLiteral("张三")}));
    model.sort(ResidentTableModel::Age, Qt::DescendingOrder);
    QCOMPARE(names(model).constFirst(), QStringLiteral("张三"));
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.index(row - 1, ResidentTableModel::Age).data().toInt() >=
                model.index(row, ResidentTableModel::Age).data().toInt());

    // Grid, then name.
    model.sort(ResidentTableModel::Grid, Qt::DescendingOrder);
    QCOMPARE(names(model).constFirst(), QStringLiteral("赵丽"));
    model.sort(ResidentTableModel::Grid, Qt::AscendingOrder);
    QCOMPARE(names(model).constLast(), QStringLiteral("赵丽"));
    QCOMPARE(names(model).constFirst(), QStringLiteral("李梅"));

    // Address: building, unit, room.
    model.sort(ResidentTableModel::Address, Qt::AscendingOrder);
    QCOMPARE(model.householdId(0), m_h1);
    QCOMPARE(model.householdId(model.rowCount() - 1), m_h3);

    model.sort(ResidentTableModel::Gender, Qt::AscendingOrder);
    QCOMPARE(model.index(0, ResidentTableModel::Gender).data(ItemRole::Code).toString(), QStringLiteral("F"));
    QCOMPARE(model.index(model.rowCount() - 1, ResidentTableModel::Gender).data(ItemRole::Code).toString(),
             QStringLiteral("M"));
}

void ResidentTableModelTest::countChangedAndReset()
{
    ResidentTableModel model(m_tdb->db(), testScope());
    QSignalSpy count(&model, &ResidentTableModel::countChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    ResidentFilter f;
    f.gridId = m_tdb->gridB;
    model.setFilter(f);
    QCOMPARE(count.size(), 1);
    QCOMPARE(count.at(0).at(0).toInt(), 1);
    QCOMPARE(reset.size(), 1);

    // The same filter again costs nothing.
    model.setFilter(f);
    QCOMPARE(count.size(), 1);
    QCOMPARE(reset.size(), 1);

    f.status.clear();
    model.setFilter(f);
    QCOMPARE(count.size(), 2);
    QCOMPARE(count.at(1).at(0).toInt(), 2);
    QCOMPARE(model.rowCount(), 2);

    model.sort(ResidentTableModel::Name, Qt::DescendingOrder);
    QCOMPARE(count.size(), 3);
    QCOMPARE(count.at(2).at(0).toInt(), 2);

    // reload() picks up changes made elsewhere (a fresh database: the shared fixture stays as it is).
    TestDatabase tdb;
    tdb.addHousehold(tdb.buildingA1, QString(), QStringLiteral("101"),
                     {{QStringLiteral("钱九"), TestDatabase::idFor(QDate(1999, 9, 9), true)}});
    ResidentTableModel fresh(tdb.db(), testScope());
    QSignalSpy freshCount(&fresh, &ResidentTableModel::countChanged);
    QCOMPARE(fresh.rowCount(), 1);
    const qint64 hh = tdb.addHousehold(tdb.buildingB1, QString(), QStringLiteral("102"),
                                       {{QStringLiteral("孙十"), TestDatabase::idFor(QDate(1998, 8, 8), false)}});
    QVERIFY(hh > 0);
    QCOMPARE(fresh.rowCount(), 1); // a snapshot until reloaded
    fresh.reload();
    QCOMPARE(freshCount.size(), 1);
    QCOMPARE(freshCount.at(0).at(0).toInt(), 2);
    QCOMPARE(names(fresh), (QStringList{QStringLiteral("钱九"), QStringLiteral("孙十")}));
}

void ResidentTableModelTest::paging()
{
    TestDatabase tdb;
    const int households = 60;
    const int perHousehold = 8;
    const int total = households * perHousehold; // 480 > 2 * kPageSize
    QVERIFY(total > 2 * ResidentTableModel::kPageSize);
    const QStringList surnames = {QStringLiteral("张"), QStringLiteral("王"),  QStringLiteral("李"),
                                  QStringLiteral("赵"), QStringLiteral("刘"),  QStringLiteral("陈"),
                                  QStringLiteral("杨"), QStringLiteral("黄"),  QStringLiteral("周"),
                                  QStringLiteral("吴"), QStringLiteral("欧阳")};
    const QStringList given = {QStringLiteral("伟"), QStringLiteral("芳"), QStringLiteral("娜"), QStringLiteral("敏"),
                               QStringLiteral("静"), QStringLiteral("磊"), QStringLiteral("军"), QStringLiteral("洋"),
                               QStringLiteral("艳"), QStringLiteral("勇"), QStringLiteral("杰"), QStringLiteral("涛"),
                               QStringLiteral("明")};
    RegisterStore store(tdb.db(), testScope());
    int n = 0;
    for (int i = 0; i < households; ++i) {
        Household h;
        h.buildingId = i % 2 ? tdb.buildingA1 : tdb.buildingB1;
        h.unit = QString::number(i % 3 + 1);
        h.room = QString::number(100 + i);
        QList<Resident> members;
        for (int j = 0; j < perHousehold; ++j, ++n) {
            Resident r;
            r.name = surnames.at(n % surnames.size()) + given.at((n / 3) % given.size());
            r.idNumber = TestDatabase::idFor(QDate(1940, 1, 1).addDays(n * 53), n % 2, n % 500);
            r.relation = j == 0 ? QStringLiteral("head") : QStringLiteral("other");
            members.append(r);
        }
        const SaveResult result = store.saveHousehold(h, members);
        QVERIFY2(result.ok, qPrintable(result.firstMessage()));
    }
    QCOMPARE(tdb.count(QStringLiteral("resident")), total);

    ResidentTableModel model(tdb.db(), testScope());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), total);

    // A far row first, before any page near it was loaded.
    const QModelIndex last = model.index(total - 1, ResidentTableModel::Name);
    QVERIFY(last.isValid());
    QVERIFY(!last.data().toString().isEmpty());
    QVERIFY(model.residentId(total - 1) > 0);
    QCOMPARE(model.index(total, 0).isValid(), false);

    // Every resident exactly once across the page boundaries, in pinyin order.
    auto checkOrder = [&](bool descending) {
        QSet<qint64> seen;
        QString previous;
        for (int row = 0; row < model.rowCount(); ++row) {
            const qint64 id = model.residentId(row);
            QVERIFY2(id > 0, qPrintable(QString::number(row)));
            QVERIFY2(!seen.contains(id), qPrintable(QString::number(row)));
            seen.insert(id);
            const QString key = Hanzi::namePinyin(model.index(row, ResidentTableModel::Name).data().toString());
            if (row > 0)
                QVERIFY2(descending ? previous >= key : previous <= key,
                         qPrintable(QStringLiteral("row %1: %2 / %3").arg(row).arg(previous, key)));
            previous = key;
        }
        QCOMPARE(seen.size(), total);
    };
    checkOrder(false);
    model.sort(ResidentTableModel::Name, Qt::DescendingOrder);
    checkOrder(true);

    // The same person on both sides of a page boundary agrees with the database.
    const int boundary = ResidentTableModel::kPageSize;
    for (int row : {boundary - 1, boundary, 2 * boundary, total - 1}) {
        const qint64 id = model.residentId(row);
        SqlQuery q(tdb.db(), QStringLiteral("SELECT name FROM resident WHERE id = ?"));
        QVERIFY(q.exec(id));
        QCOMPARE(model.index(row, ResidentTableModel::Name).data().toString(), q.scalar().toString());
        QCOMPARE(model.rowOfResident(id), row);
    }

    // A filter narrows the count; age and name columns stay consistent with the birth dates.
    ResidentFilter f;
    f.minAge = 60;
    model.setFilter(f);
    SqlQuery old(tdb.db(), QStringLiteral("SELECT count(*) FROM resident WHERE birth_date <= ?"));
    QVERIFY(old.exec(QDate::currentDate().addYears(-60).toString(Qt::ISODate)));
    QCOMPARE(model.rowCount(), old.scalar().toInt());
    QVERIFY(model.rowCount() > 0 && model.rowCount() < total);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.index(row, ResidentTableModel::Age).data().toInt() >= 60);
}

// 曾 (zeng), 单 (shan), 尉迟 (yu chi) sort and search as surnames, not by their everyday readings
// (ceng, dan, wei) nor by code point; a database keyed before the rule is re-keyed by the upgrade.
void ResidentTableModelTest::surnamesSortAndSearchByTheirReading()
{
    TestDatabase tdb;
    const auto add = [&tdb](const QString &room, const QString &name, int n) {
        RegisterStore store(tdb.db(), testScope());
        Household h;
        h.buildingId = tdb.buildingA1;
        h.unit = QStringLiteral("1");
        h.room = room;
        Resident r;
        r.name = name;
        r.idNumber = TestDatabase::idFor(QDate(1970, 1, n), true, n);
        r.relation = QStringLiteral("head");
        r.residencyType = QStringLiteral("registered");
        QList<Resident> list{r};
        QVERIFY2(store.saveHousehold(h, list).ok, qPrintable(name));
    };
    add(QStringLiteral("101"), QStringLiteral("张伟"), 1);
    add(QStringLiteral("102"), QStringLiteral("曾小明"), 2);
    add(QStringLiteral("103"), QStringLiteral("陈红"), 3);
    add(QStringLiteral("104"), QStringLiteral("单芳"), 4);
    add(QStringLiteral("105"), QStringLiteral("尉迟恭"), 5);
    add(QStringLiteral("106"), QStringLiteral("王五"), 6);
    const QStringList expected{QStringLiteral("陈红"),   QStringLiteral("单芳"),   QStringLiteral("王五"),
                               QStringLiteral("尉迟恭"), QStringLiteral("曾小明"), QStringLiteral("张伟")};
    ResidentTableModel model(tdb.db(), testScope());
    QCOMPARE(names(model), expected); // chen, shan, wang, yu chi, zeng, zhang
    ResidentFilter f;
    f.text = QStringLiteral("zxm");
    model.setFilter(f);
    QCOMPARE(names(model), QStringList{QStringLiteral("曾小明")});
    f.text = QStringLiteral("sf");
    model.setFilter(f);
    QCOMPARE(names(model), QStringList{QStringLiteral("单芳")});
    f.text = QStringLiteral("ycg");
    model.setFilter(f);
    QCOMPARE(names(model), QStringList{QStringLiteral("尉迟恭")});
    f.text = QStringLiteral("cxm"); // the everyday reading is not the name's
    model.setFilter(f);
    QCOMPARE(names(model), QStringList());

    // Keys written before the rule (曾 as ceng) are put right by the upgrade's re-keying.
    SqlQuery old(tdb.db(), QStringLiteral("UPDATE resident SET name_pinyin = 'ceng xiao ming', name_initials = 'cxm' "
                                          "WHERE name = ?"));
    QVERIFY(old.exec(QStringLiteral("曾小明")));
    QVERIFY(ResidentSearchIndex::rekeyNames(tdb.db()));
    SqlQuery keys(tdb.db(), QStringLiteral("SELECT name_pinyin, name_initials FROM resident WHERE name = ?"));
    QVERIFY(keys.exec(QStringLiteral("曾小明")) && keys.next());
    QCOMPARE(keys.value(0).toString(), QStringLiteral("zeng xiao ming"));
    QCOMPARE(keys.value(1).toString(), QStringLiteral("zxm"));
}

QTEST_GUILESS_MAIN(ResidentTableModelTest)

#include "residenttablemodel_test.moc"
