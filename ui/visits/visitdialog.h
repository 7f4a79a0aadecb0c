#pragma once

#include "models/access/accessscope.h"

#include "models/cases/caseintake.h"
#include "models/core/fielderror.h"
#include "models/visits/visitneed.h"

#include <optional>
#include <QDate>
#include <QDialog>
#include <QList>
#include <QSqlDatabase>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

// Logs a visit (or edits one): the household, chosen by building and room or found by a
// member's name, phone or room number; the date, the worker, who was met, notes; and the needs
// raised, each of which can be made a case or errand ("Make case…"). Cases asked for on needs
// not saved yet are made when the visit is saved, in the same transaction.
class VisitDialog final : public QDialog
{
    Q_OBJECT

public:
    // visitId 0: a new visit.
    VisitDialog(QSqlDatabase db, const AccessScope &scope, qint64 visitId = 0, QWidget *parent = nullptr);

    void setHousehold(qint64 householdId);
    void setToday(const QDate &today);
    qint64 savedVisitId() const { return m_savedId; }
    // Cases made from this dialog's needs (on save or at once for saved needs).
    QList<qint64> madeCaseIds() const { return m_madeCases; }
    QString errorText() const { return m_errorText; }
    QTableWidget *needsTable() const { return m_needs; }

    void accept() override;

public slots:
    void addNeed();
    void archiveNeed();
    void makeCase();

private:
    void buildingChanged();
    void findHousehold();
    void fillHouseholds(const QList<qint64> &ids, const QList<QString> &labels);
    void addNeedRow(const VisitNeed &need);
    void updateNeedButtons();
    void showErrors(const QList<FieldError> &errors);

    QSqlDatabase m_db;

    AccessScope m_scope; // who is acting: handed on to every store and dialog
    qint64 m_visitId = 0;
    int m_rowVersion = 0;
    qint64 m_savedId = 0;
    QList<qint64> m_madeCases;
    QString m_errorText;
    // Per row of the needs table: the stored need (id 0 when new) and a case asked for.
    QList<VisitNeed> m_needRows;
    QList<VisitNeed> m_archived;

    QComboBox *m_building = nullptr;
    QLineEdit *m_search = nullptr;
    QPushButton *m_find = nullptr;
    QComboBox *m_household = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_worker = nullptr;
    QLineEdit *m_met = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QTableWidget *m_needs = nullptr;
    QPushButton *m_addNeed = nullptr;
    QPushButton *m_removeNeed = nullptr;
    QPushButton *m_makeCase = nullptr;
    QLabel *m_error = nullptr;
};
