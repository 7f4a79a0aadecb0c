#pragma once

#include "database.h"

#include <memory>
#include <QDate>
#include <QString>

// A fresh in-memory database with a small, hand-countable register:
// 2 grids, 2 compounds, 3 buildings, and the households added by the tests themselves.
class TestDatabase final
{
public:
    TestDatabase();
    ~TestDatabase();
    Q_DISABLE_COPY_MOVE(TestDatabase)

    QSqlDatabase db() const { return m_database->connection(); }
    Database &database() { return *m_database; }

    qint64 gridA = 0, gridB = 0;
    qint64 compoundA = 0, compoundB = 0;
    qint64 buildingA1 = 0, buildingA2 = 0, buildingB1 = 0;

    // Adds a household with one living member per (name, id number) pair; returns the household id.
    qint64 addHousehold(qint64 buildingId, const QString &unit, const QString &room,
                        const QList<std::pair<QString, QString>> &members);
    qint64 residentId(const QString &idNumber) const;
    int count(const QString &table) const;
    static QString idFor(const QDate &birth, bool male, int sequence = 1,
                         const QString &region = QStringLiteral("320106"));

private:
    std::unique_ptr<Database> m_database;
};

// The text of a PDF as pdftotext gives it (-layout, pages separated by form feeds); a null
// string when pdftotext (poppler-utils) is not installed, "(pdftotext failed)" when it fails.
QString pdfText(const QString &path);

// Chinese text arrives from an input method as a commit string, not as key presses: sends
// `text` to the (focused) widget the way an input method does.
void commitText(QObject *target, const QString &text);
