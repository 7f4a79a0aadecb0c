#pragma once

#include "models/access/accessscope.h"

#include "models/core/fielderror.h"
#include "models/register/editablelist.h"
#include "models/register/listentry.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// The kinds of errand done for residents (table errand_type, seeded and extendable like case
// categories): 养老金资格认证, 失业登记, 证明开具, 医保办理, 残疾证办理, 其他. Cases keep the code,
// so a renamed or archived type still names the errands done under it.
class ErrandTypes final
{
    Q_DECLARE_TR_FUNCTIONS(ErrandTypes)

public:
    struct Type
    {
        qint64 id = 0;
        QString code;
        QString name;
    };

    // `userName` names the audit rows; empty: the one signed in.
    // Acts as `scope`: what it may see and change, and whom its rows and audit entries name.
    ErrandTypes(QSqlDatabase db, const AccessScope &scope);
    // Those not archived, in their sort order.
    QList<Type> list() const;
    // Archived ones too: an old case still shows its type.
    QString name(const QString &code) const;

    // Adds (id 0, given a new unique code) or renames a type; the name must be unique among those in use.
    SaveResult save(ListEntry &type) const;
    // Hides a type from new errands; cases done under it keep it.
    SaveResult archive(qint64 id) const;

private:
    EditableList editableList() const;

    QSqlDatabase m_db;
    AccessScope m_scope;
};
