#include "models/access/accessscope.h"
#include "models/mediation/agreementdocument.h"
#include "models/mediation/mediationstore.h"
#include "models/mediation/mediationtablemodel.h"

#include "models/core/sqlquery.h"
#include "models/core/sqlvalues.h"
#include "tests/support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// The mediation ledger: register and outside parties, the status flow, the agreement's PDF,
// the case it came from, and what a grid worker sees.
class MediationStoreTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void registerAndOutsideParties();
    void validationNamesTheField();
    void statusFlow();
    void sessionsKeepRowsAndArchiveDropped();
    void fromCase();
    void agreementPdf();
    void gridWorkerScope();
    void listFilters();

private:
    Mediation mediation() const;
    qint64 addCase(const QString &number, qint64 gridId);
    int scalar(const QString &sql) const;
    std::unique_ptr<TestDatabase> m_t;
    QTemporaryDir m_dir;
    qint64 m_zhang = 0;  // grid A
    qint64 m_li = 0;     // grid A
    qint64 m_wang = 0;   // grid B
    QString m_outsideId; // the outside party's ID number
};

void MediationStoreTest::init()
{
    m_t = std::make_unique<TestDatabase>();
    const QString a = TestDatabase::idFor(QDate(1960, 3, 1), true, 21);
    const QString b = TestDatabase::idFor(QDate(1972, 4, 2), false, 22);
    const QString c = TestDatabase::idFor(QDate(1980, 5, 3), true, 23);
    m_outsideId = TestDatabase::idFor(QDate(1990, 6, 4), true, 24);
    QVERIFY(m_t->addHousehold(m_t->buildingA1, QStringLiteral("1"), QStringLiteral("301"),
                              {{QStringLiteral("张建国"), a}}));
    QVERIFY(m_t->addHousehold(m_t->buildingA1, QStringLiteral("1"), QStringLiteral("201"),
                              {{QStringLiteral("李桂兰"), b}}));
    QVERIFY(
        m_t->addHousehold(m_t->buildingB1, QStringLiteral("2"), QStringLiteral("502"), {{QStringLiteral("王强"), c}}));
    m_zhang = m_t->residentId(a);
    m_li = m_t->residentId(b);
    m_wang = m_t->residentId(c);
}

void MediationStoreTest::cleanup()
{
    resetTestScope();
    m_t.reset();
}

int MediationStoreTest::scalar(const QString &sql) const
{
    SqlQuery q(m_t->db(), sql);
    return q.scalar().toInt();
}

qint64 MediationStoreTest::addCase(const QString &number, qint64 gridId)
{
    SqlQuery q(m_t->db(), QStringLiteral("INSERT INTO cases (case_no, source, category_id, grid_id, description, "
                                         "reporter_resident_id, reporter_name, received_at, deadline, created_at, "
                                         "updated_at) VALUES (?, 'walk_in', (SELECT min(id) FROM case_category), ?, ?, "
                                         "?, ?, ?, ?, ?, ?)"));
    if (!q.exec(number, gridId, QStringLiteral("楼上漏水殃及楼下"), m_zhang, QStringLiteral("张建国"),
                QStringLiteral("2026-05-01T09:00:00"), QStringLiteral("2026-05-08T09:00:00"), SqlValues::now(),
                SqlValues::now()))
        qWarning() << q.errorDetail();
    return q.lastInsertId();
}

Mediation MediationStoreTest::mediation() const
{
    Mediation m;
    m.receivedOn = QDate(2026, 5, 2);
    m.kind = QStringLiteral("neighbours");
    m.matter = QStringLiteral("楼上卫生间漏水，楼下天花板受损");
    m.mediator = QStringLiteral("调解员赵敏");
    Mediation::Party applicant;
    applicant.side = QStringLiteral("applicant");
    applicant.residentId = m_li;
    Mediation::Party respondent;
    respondent.side = QStringLiteral("respondent");
    respondent.name = QStringLiteral("外来租户陈某");
    respondent.phone = QStringLiteral("13912345678");
    respondent.idNumber = m_outsideId;
    m.parties = {applicant, respondent};
    m.sessions = {{0, QDate(2026, 5, 3), QStringLiteral("双方到场，陈述各自意见")}};
    return m;
}

void MediationStoreTest::registerAndOutsideParties()
{
    Mediation m = mediation();
    MediationStore store(m_t->db(), testScope());
    const SaveResult r = store.save(m);
    QVERIFY2(r.ok, qPrintable(r.firstMessage()));
    QCOMPARE(m.gridId, m_t->gridA); // from the registered party's building
    const std::optional<Mediation> back = store.mediation(m.id);
    QVERIFY(back);
    QCOMPARE(back->parties.size(), 2);
    QCOMPARE(back->parties.at(0).residentId, m_li);
    QCOMPARE(back->parties.at(0).name, QStringLiteral("李桂兰")); // copied from the register
    QVERIFY(!back->parties.at(0).address.isEmpty());
    QCOMPARE(back->parties.at(1).residentId, 0);
    QCOMPARE(back->parties.at(1).name, QStringLiteral("外来租户陈某"));
    QCOMPARE(back->parties.at(1).idNumber, m_outsideId);
    QCOMPARE(back->sessions.size(), 1);
    QCOMPARE(back->status, QStringLiteral("received"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'mediation'")), 1);
}

void MediationStoreTest::validationNamesTheField()
{
    MediationStore store(m_t->db(), testScope());
    Mediation m = mediation();
    m.parties.removeLast(); // no respondent
    m.parties.first().residentId = 0;
    m.parties.first().name.clear();
    m.mediator.clear();
    const SaveResult r = store.save(m);
    QVERIFY(!r.ok);
    QStringList fields;
    for (const FieldError &e : r.errors)
        fields << e.field;
    QVERIFY(fields.contains(QStringLiteral("parties")));
    QVERIFY(fields.contains(QStringLiteral("parties/0")));
    QVERIFY(fields.contains(QStringLiteral("mediator")));
    Mediation bad = mediation();
    const QChar last = m_outsideId.back() == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    bad.parties[1].idNumber = m_outsideId.left(17) + last; // wrong check digit
    const SaveResult r2 = store.save(bad);
    QVERIFY(!r2.ok);
    QVERIFY2(r2.firstMessage().contains(QStringLiteral("ID number")), qPrintable(r2.firstMessage()));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM mediation")), 0);
}

void MediationStoreTest::statusFlow()
{
    MediationStore store(m_t->db(), testScope());
    Mediation m = mediation();
    m.status = QStringLiteral("agreed"); // a new mediation starts at 受理
    QVERIFY(!store.save(m).ok);
    m.status = QStringLiteral("received");
    QVERIFY(store.save(m).ok);
    m.status = QStringLiteral("fulfilled"); // 受理 → 已履行 skips the mediation
    QVERIFY(!store.save(m).ok);
    m.status = QStringLiteral("mediating");
    QVERIFY(store.save(m).ok);
    m.status = QStringLiteral("agreed"); // without the agreement's text
    SaveResult r = store.save(m);
    QVERIFY(!r.ok);
    QCOMPARE(r.errors.constFirst().field, QStringLiteral("agreement"));
    m.agreement = QStringLiteral("陈某负责维修防水层并赔偿李桂兰修缮费800元");
    r = store.save(m);
    QVERIFY2(r.ok, qPrintable(r.firstMessage()));
    QCOMPARE(store.mediation(m.id)->agreedOn, QDate(2026, 5, 3)); // the last session's day
    QCOMPARE(store.mediation(m.id)->kept, -1);
    m.status = QStringLiteral("fulfilled");
    QVERIFY(store.save(m).ok);
    QCOMPARE(store.mediation(m.id)->kept, 1);
    m.status = QStringLiteral("mediating"); // fulfilled is the end
    QVERIFY(!store.save(m).ok);

    Mediation failed = mediation();
    QVERIFY(store.save(failed).ok);
    failed.status = QStringLiteral("failed");
    QVERIFY(store.save(failed).ok);
    failed.status = QStringLiteral("mediating"); // taken up again
    QVERIFY(store.save(failed).ok);
}

void MediationStoreTest::sessionsKeepRowsAndArchiveDropped()
{
    MediationStore store(m_t->db(), testScope());
    Mediation m = mediation();
    m.sessions.append({0, QDate(2026, 5, 6), QStringLiteral("第二次调解")});
    QVERIFY(store.save(m).ok);
    const qint64 second = m.sessions.at(1).id;
    m.sessions.removeFirst();
    QVERIFY(store.save(m).ok);
    QCOMPARE(store.mediation(m.id)->sessions.size(), 1);
    QCOMPARE(store.mediation(m.id)->sessions.constFirst().id, second);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM mediation_session")), 2);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM mediation_session WHERE archived = 1")), 1);
    Mediation early = mediation();
    early.sessions.first().heldOn = QDate(2026, 4, 1); // before it was received
    QVERIFY(!store.save(early).ok);
}

void MediationStoreTest::fromCase()
{
    const qint64 caseId = addCase(QStringLiteral("2026-0042"), m_t->gridB);
    MediationStore store(m_t->db(), testScope());
    std::optional<Mediation> m = store.fromCase(caseId);
    QVERIFY(m);
    QCOMPARE(m->caseId, caseId);
    QCOMPARE(m->gridId, m_t->gridB);
    QCOMPARE(m->matter, QStringLiteral("楼上漏水殃及楼下"));
    QCOMPARE(m->parties.size(), 1);
    QCOMPARE(m->parties.constFirst().residentId, m_zhang);
    m->mediator = QStringLiteral("赵敏");
    m->receivedOn = QDate(2026, 5, 2);
    Mediation::Party other;
    other.side = QStringLiteral("respondent");
    other.residentId = m_wang;
    m->parties.append(other);
    QVERIFY(store.save(*m).ok);
    QCOMPARE(store.mediation(m->id)->gridId, m_t->gridB); // the case's grid, not the first party's
    QCOMPARE(store.list().size(), 1);
    MediationTableModel model(m_t->db(), testScope());
    QAbstractItemModelTester tester(&model);
    model.reload();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, MediationTableModel::Case).data().toString(), QStringLiteral("2026-0042"));
    QCOMPARE(model.index(0, MediationTableModel::Parties).data().toString(), QStringLiteral("张建国, 王强"));
}

void MediationStoreTest::agreementPdf()
{
    QVERIFY(m_dir.isValid());
    MediationStore store(m_t->db(), testScope());
    Mediation m = mediation();
    QVERIFY(store.save(m).ok);
    m.status = QStringLiteral("mediating");
    QVERIFY(store.save(m).ok);
    m.status = QStringLiteral("agreed");
    m.agreement = QStringLiteral("陈某负责维修防水层并赔偿修缮费800元");
    QVERIFY(store.save(m).ok);
    const QString path = m_dir.filePath(QStringLiteral("agreement.pdf"));
    QString error;
    QVERIFY2(AgreementDocument(m_t->db(), testScope(), *store.mediation(m.id)).writePdf(path, &error),
             qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(4) == "%PDF");
    const QString text = pdfText(path);
    if (text.isNull())
        QSKIP("pdftotext is not installed (poppler-utils)");
    const QString flat = QString(text).replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    QVERIFY2(flat.contains(QStringLiteral("People's mediation agreement")), qPrintable(flat));
    QVERIFY(flat.contains(QStringLiteral("李桂兰")));
    QVERIFY(flat.contains(QStringLiteral("外来租户陈某")));
    QVERIFY(flat.contains(QStringLiteral("楼上卫生间漏水")));
    QVERIFY(flat.contains(QStringLiteral("赔偿修缮费800元")));
    QVERIFY(flat.contains(QStringLiteral("调解员赵敏")));
    QVERIFY(flat.contains(QStringLiteral("Mediator (signature):")));
    QVERIFY(flat.contains(QStringLiteral("Applicant (signature):")));
    QVERIFY(flat.contains(QStringLiteral("Respondent (signature):")));
    QVERIFY(flat.contains(QStringLiteral("2026-05-03"))); // the day agreed
    // ID numbers are masked as on every print.
    QVERIFY(!flat.contains(m_outsideId));
    QVERIFY(flat.contains(m_outsideId.left(6) + QStringLiteral("********") + m_outsideId.right(4)));
}

void MediationStoreTest::gridWorkerScope()
{
    MediationStore office(m_t->db(), testScope());
    Mediation a = mediation(); // grid A, from 李桂兰
    QVERIFY(office.save(a).ok);
    Mediation b = mediation();
    b.parties.first().residentId = m_wang; // grid B
    b.matter = QStringLiteral("停车位纠纷");
    QVERIFY(office.save(b).ok);
    QCOMPARE(b.gridId, m_t->gridB);

    setTestScope(AccessScope(AccessScope::Role::GridWorker, 7, QStringLiteral("网格员"), {m_t->gridB}));
    MediationStore worker(m_t->db(), testScope());
    const QList<MediationStore::Row> rows = worker.list();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.constFirst().matter, QStringLiteral("停车位纠纷"));
    QVERIFY(!worker.mediation(a.id));
    b.mediator = QStringLiteral("网格员");
    QVERIFY(worker.save(b).ok);
    a.mediator = QStringLiteral("网格员");
    QVERIFY(!worker.save(a).ok);
    Mediation fresh = mediation(); // a grid A resident's dispute
    QVERIFY(!worker.save(fresh).ok);
    QVERIFY(!worker.archive(a.id).ok);

    setTestScope(AccessScope(AccessScope::Role::Viewer, 8, QStringLiteral("查看")));
    Mediation v = mediation();
    QVERIFY(!MediationStore(m_t->db(), testScope()).save(v).ok);
}

void MediationStoreTest::listFilters()
{
    MediationStore store(m_t->db(), testScope());
    Mediation a = mediation();
    QVERIFY(store.save(a).ok);
    Mediation b = mediation();
    b.kind = QStringLiteral("family");
    b.receivedOn = QDate(2026, 6, 1);
    b.sessions.clear();
    QVERIFY(store.save(b).ok);
    MediationFilter f;
    QCOMPARE(store.list(f).size(), 2);
    QCOMPARE(store.list(f).constFirst().id, b.id); // newest first
    f.kind = QStringLiteral("family");
    QCOMPARE(store.list(f).size(), 1);
    f = {};
    f.from = QDate(2026, 5, 10);
    QCOMPARE(store.list(f).size(), 1);
    f = {};
    f.text = QStringLiteral("陈某");
    QCOMPARE(store.list(f).size(), 2);
    f.text = QStringLiteral("没有这个人");
    QCOMPARE(store.list(f).size(), 0);
    QVERIFY(store.archive(a.id).ok);
    QCOMPARE(store.list({}).size(), 1);
    f = {};
    f.includeArchived = true;
    QCOMPARE(store.list(f).size(), 2);
}

QTEST_MAIN(MediationStoreTest)
#include "mediationstore_test.moc"
