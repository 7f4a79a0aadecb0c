#pragma once

#include <QCoreApplication>
#include <QList>
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
    QString userName() const { return m_userName; }
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

    static QString roleName(Role role);
    static QString roleCode(Role role);
    static Role roleFromCode(const QString &code); // unknown codes become Viewer

private:
    Role m_role = Role::Administrator;
    qint64 m_userId = 0;
    QString m_userName;
    QList<qint64> m_gridIds;
};
