#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QString>

// A handful of likely duplicates in a demo register, as imports and hurried typing leave them, so
// the 疑似重复 dialog has something to review: the same name and birth date entered again
// without an ID number in another household, and the same person in the same household with an
// ID number one digit off or two digits swapped. Writes through ResidentWriter, inside the
// caller's transaction.
class DemoDuplicateGenerator final
{
public:
    DemoDuplicateGenerator(QSqlDatabase db, quint32 seed, const QDate &today);
    bool generate();
    int made() const { return m_made; }
    QString errorText() const { return m_error; }

private:
    bool fail(const QString &what);

    QSqlDatabase m_db;
    quint32 m_seed;
    QDate m_today;
    int m_made = 0;
    QString m_error;
};
