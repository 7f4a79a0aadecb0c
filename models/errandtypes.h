#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

// The kinds of errand done for residents (table errand_type, seeded and extendable like case
// categories): 养老金资格认证, 失业登记, 证明开具, 医保办理, 残疾证办理, 其他.
class ErrandTypes final
{
public:
    struct Type
    {
        QString code;
        QString name;
    };

    explicit ErrandTypes(QSqlDatabase db);
    // Those not archived, in their sort order.
    QList<Type> list() const;
    QString name(const QString &code) const;

private:
    QSqlDatabase m_db;
};
