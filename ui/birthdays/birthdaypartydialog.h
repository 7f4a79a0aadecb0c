#pragma once

#include "models/access/accessscope.h"

#include "models/birthdays/birthdayentry.h"
#include "models/birthdays/birthdayparty.h"

#include <QDialog>
#include <QHash>
#include <QSqlDatabase>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

// Records a birthday party held for a month: when, for which grid (or the whole community),
// the gift, who held it, and for each resident on that list whether they came, were visited
// at home instead, or neither (they then show on next month's list as missed).
class BirthdayPartyDialog final : public QDialog
{
    Q_OBJECT

public:
    enum RosterColumn { Name, Age, Grid, Address, Came, Visited, Note, RosterColumnCount };

    // entries: the month's whole list (BirthdayQuery::monthWithMissed), in list order.
    BirthdayPartyDialog(QSqlDatabase db, const AccessScope &scope, int year, int month,
                        const QList<BirthdayEntry> &entries, qint64 gridId, QWidget *parent = nullptr);

    void setGrid(qint64 gridId);
    void setOutcome(qint64 residentId, BirthdayParty::Outcome outcome);
    void setToday(const QDate &today);
    BirthdayParty party() const;
    qint64 savedPartyId() const { return m_savedId; }
    QTableWidget *roster() const { return m_roster; }
    QString errorText() const { return m_errorText; }

    void accept() override;

private:
    void fillRoster();
    void readOutcomes();
    void setAll(BirthdayParty::Outcome outcome);

    QSqlDatabase m_db;

    AccessScope m_scope; // who is acting: handed on to every store and dialog
    QString m_month;
    QList<BirthdayEntry> m_entries;
    QList<qint64> m_shown; // resident ids in roster order
    QHash<qint64, BirthdayParty::Outcome> m_outcomes;
    QHash<qint64, QString> m_notes;
    QDate m_today = QDate::currentDate();
    qint64 m_savedId = 0;
    QString m_errorText;

    QDateEdit *m_date = nullptr;
    QComboBox *m_grid = nullptr;
    QLineEdit *m_place = nullptr;
    QLineEdit *m_gift = nullptr;
    QLineEdit *m_host = nullptr;
    QPlainTextEdit *m_notesEdit = nullptr;
    QTableWidget *m_roster = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_error = nullptr;
};
