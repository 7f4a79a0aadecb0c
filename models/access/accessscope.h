#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// Who is acting and what they may see: the signed-in person, their role and grids. It is made
// at sign-in (window or command line) and handed explicitly to every store, query and model
// that reads or changes the register, so a grid worker's lists never hold another grid's rows
// whatever the widgets show. There is no process-wide "current" scope: a default-constructed
// scope is nobody, who sees no personal data and changes nothing (fail closed).
class AccessScope final
{
    Q_DECLARE_TR_FUNCTIONS(AccessScope)

public:
    enum class Role { Nobody, Administrator, Clerk, GridWorker, Viewer };

    AccessScope() = default;
    AccessScope(Role role, qint64 userId, const QString &userName, const QList<qint64> &gridIds = {});

    // The office's own work with no person behind it (the demo generator, an upgrade step):
    // an administrator whose audit rows name `name`.
    static AccessScope system(const QString &name = QStringLiteral("system"));

    bool isSignedIn() const { return m_role != Role::Nobody; }

    Role role() const { return m_role; }
    qint64 userId() const { return m_userId; }
    QString userName() const { return m_userName; } // the login: what audit rows name
    // The person's name for the status bar; the login when none was given.
    QString displayName() const { return m_displayName.isEmpty() ? m_userName : m_displayName; }
    void setDisplayName(const QString &name) { m_displayName = name; }
    QList<qint64> gridIds() const { return m_gridIds; }

    // A street office keeps several communities in one database. An account belongs to one
    // community (its clerks and grid workers see only it) or to the street (no community: it sees
    // every community). The communities a person may see are part of the scope, so every row
    // filter below limits them and no query can forget it.
    void setCommunityIds(const QList<qint64> &ids) { m_communityIds = ids; }
    QList<qint64> communityIds() const { return m_communityIds; } // empty: the whole street
    bool isStreetLevel() const { return m_communityIds.isEmpty(); }
    // The community in view: a street account looks at one community or at the whole street (0);
    // an account of one community always has it in view. Refused (false) for a community the
    // person may not see.
    bool setViewCommunity(qint64 communityId);
    qint64 viewCommunityId() const;
    // The communities rows are limited to now; empty when every community is in view.
    QList<qint64> visibleCommunityIds() const;
    bool seesCommunity(qint64 communityId) const;
    // No limit at all: every grid of every community (an administrator or clerk of the street
    // with the whole street in view). The row filters return nothing only then.
    bool seesEverything() const { return seesAllGrids() && visibleCommunityIds().isEmpty(); }

    bool canEdit() const { return m_role != Role::Viewer && m_role != Role::Nobody; }
    bool canAdminister() const { return m_role == Role::Administrator; }
    // Administrators, clerks and viewers see every grid; a grid worker only their own; nobody none.
    bool seesAllGrids() const { return m_role != Role::GridWorker && m_role != Role::Nobody; }
    // Whether ID and phone numbers may be revealed at all (they are masked by default for everyone).
    bool canRevealNumbers() const { return m_role == Role::Administrator || m_role == Role::Clerk; }
    bool seesGrid(qint64 gridId) const { return seesAllGrids() || m_gridIds.contains(gridId); }

    // " AND <column> IN (…)" for a grid worker (a worker without grids, and nobody, see nothing),
    // empty for everyone else. The ids are integers read from the database, never user text.
    QString gridFilter(const QString &column) const;
    // The same limit for rows that know only their building or household (residents, households):
    // " AND <column> IN (buildings / households of the worker's grids)", empty for everyone else.
    QString buildingFilter(const QString &buildingColumn) const;
    QString householdFilter(const QString &householdColumn) const;
    // Rows that carry their community (compounds, areas, grids, the map image):
    // " AND <column> IN (…)" while communities are limited, empty otherwise.
    QString communityFilter(const QString &communityColumn) const;

    // Why a save must be refused (translated, for SaveResult), or empty when it may go ahead:
    // viewers change nothing; a grid worker changes only what lies in their grids.
    QString editRefusal() const;
    // For what belongs to the whole office (grids, categories): grid workers are refused too.
    QString officeRefusal() const;
    QString gridRefusal(qint64 gridId) const;
    // The same, also refusing a grid of a community out of view (asks the database for it).
    QString gridRefusal(const QSqlDatabase &db, qint64 gridId) const;
    QString communityRefusal(qint64 communityId) const;
    QString buildingRefusal(const QSqlDatabase &db, qint64 buildingId) const;
    QString householdRefusal(const QSqlDatabase &db, qint64 householdId) const;

    static QString roleName(Role role);
    static QString roleCode(Role role);
    static Role roleFromCode(const QString &code); // unknown codes become Viewer

private:
    Role m_role = Role::Nobody;
    qint64 m_userId = 0;
    QString m_userName;
    QString m_displayName;
    QList<qint64> m_gridIds;
    QList<qint64> m_communityIds;
    qint64 m_viewCommunityId = 0;
};
