#pragma once

#include "models/core/sqlquery.h"
#include "testsupport.h"

#include <memory>
#include <QDate>
#include <QTest>

// What the undo and redo tests (tests/models/revisions/) start each test from: a fresh database
// with one household of one resident, 张三, born on the day each test class gives; and the count
// of audit rows an undo or redo leaves.
class RevisionTestFixture
{
protected:
    void setUpResident(const QDate &born)
    {
        m_t = std::make_unique<TestDatabase>();
        const QString id = TestDatabase::idFor(born, true);
        m_household = m_t->addHousehold(m_t->buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                                        {{QStringLiteral("张三"), id}});
        QVERIFY(m_household);
        m_resident = m_t->residentId(id);
        QVERIFY(m_resident);
    }

    void tearDown() { m_t.reset(); }

    int auditRows(const QString &table, qint64 id, const QString &action) const
    {
        SqlQuery q(m_t->db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = ? AND record_id = ? "
                                             "AND action = ?"));
        return q.exec(table, id, action) ? q.scalar().toInt() : -1;
    }

    std::unique_ptr<TestDatabase> m_t;
    qint64 m_household = 0;
    qint64 m_resident = 0;
};
