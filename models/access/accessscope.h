#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// Who is working and what they may see: set once after login, consulted by every query that
// returns residents, households, cases or visits, so a grid worker's lists never hold another
// grid's rows whatever the widgets show. The default (no login yet: tests, CLI) is an
// administrator seeing everything.
class AccessScope final
{
    Q_DECLARE_TR_FUNCTIONS(AccessScope)

public:
    enum class Role { Administrator, Clerk, GridWorker, Viewer };

    AccessScope() = default;
    AccessScope(Role role, qint64 userId, const QString &userName, const QList<qint64> &gridIds = {});

    static const AccessScope &current();
    static void setCurrent(const AccessScope &scope);

    Role role() const { return m_role; }
    qint64 userId() const { return m_userId; }
    QString userName() const { return m_userName; } // the login: what audit rows name
    // The person's name for the status bar; the login when none was given.
    QString displayName() const { return m_displayName.isEmpty() ? m_userName : m_displayName; }
    void setDisplayName(const QString &name) { m_displayName = name; }
    QList<qint64> gridIds() const { return m_gridIds; }

    bool canEdit() const { return m_role != Role::Viewer; }
    bool canAdminister() const { return m_role == Role::Administrator; }
    bool seesAllGrids() const { return m_role != Role::GridWorker; }
    // Whether ID and phone numbers may be revealed at all (they are masked by default for everyone).
    bool canRevealNumbers() const { return m_role == Role::Administrator || m_role == Role::Clerk; }
    bool seesGrid(qint64 gridId) const { return seesAllGrids() || m_gridIds.contains(gridId); }

    // " AND <column> IN (…)" for a grid worker (a worker without grids sees nothing), empty for
    // everyone else. The ids are integers read from the database, never user text.
    QString gridFilter(const QString &column) const;
    // The same limit for rows that know only their building or household (residents, households):
    // " AND <column> IN (buildings / households of the worker's grids)", empty for everyone else.
    QString buildingFilter(const QString &buildingColumn) const;
    QString householdFilter(const QString &householdColumn) const;

    // Why a save must be refused (translated, for SaveResult), or empty when it may go ahead:
    // viewers change nothing; a grid worker changes only what lies in their grids.
    QString editRefusal() const;
    // For what belongs to the whole office (grids, categories): grid workers are refused too.
    QString officeRefusal() const;
    QString gridRefusal(qint64 gridId) const;
    QString buildingRefusal(const QSqlDatabase &db, qint64 buildingId) const;
    QString householdRefusal(const QSqlDatabase &db, qint64 householdId) const;

    static QString roleName(Role role);
    static QString roleCode(Role role);
    static Role roleFromCode(const QString &code); // unknown codes become Viewer

private:
    Role m_role = Role::Administrator;
    qint64 m_userId = 0;
    QString m_userName;
    QString m_displayName;
    QList<qint64> m_gridIds;
};
