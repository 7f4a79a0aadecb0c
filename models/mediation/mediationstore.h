#pragma once

#include "models/access/accessscope.h"

#include "mediation.h"
#include "mediationfilter.h"
#include "models/core/fielderror.h"

#include <optional>
#include <QCoreApplication>
#include <QSqlDatabase>

// The mediation ledger (人民调解): each save is one transaction with its audit row; parties and
// sessions keep their rows, those dropped are archived; nothing is deleted. A registered party's
// name, phone, ID number and address are copied from the register on save. The status moves only
// as MediationTypes::canMove allows. A grid worker sees and records their grids' mediations only.
class MediationStore final
{
    Q_DECLARE_TR_FUNCTIONS(MediationStore)

public:
    // One line of the ledger.
    struct Row
    {
        qint64 id = 0;
        QDate receivedOn;
        QString kind;
        QString matter;
        QString parties; // names, applicants first
        QString mediator;
        QString status;
        QString gridName;
        QString caseNo;
        int sessions = 0;
        int kept = -1;
        bool archived = false;
    };

    MediationStore(QSqlDatabase db, const AccessScope &scope);

    // Refused when the mediation changed since it was read (its rowVersion).
    SaveResult save(Mediation &mediation);
    // An undo or redo puts `mediation` back as it was, status and archived flag included: the
    // status rule (MediationTypes::canMove) does not apply to going back.
    SaveResult restore(Mediation &mediation);
    std::optional<Mediation> mediation(qint64 id) const;
    SaveResult archive(qint64 id);
    SaveResult unarchive(qint64 id);
    QList<Row> list(const MediationFilter &filter = {}) const;

    // A new mediation taken from a case (转人民调解): its grid, its description as the matter and
    // its reporter as the applicant; nullopt when the case is not there or not the user's to see.
    std::optional<Mediation> fromCase(qint64 caseId) const;
    // "2026-0012" for the case, empty when none.
    QString caseNumber(qint64 caseId) const;
    QString gridName(qint64 gridId) const;

private:
    SaveResult write(Mediation &m, bool restoring);
    SaveResult setArchived(qint64 id, bool archived);
    QList<FieldError> validate(const Mediation &m, const std::optional<Mediation> &before, bool restoring) const;
    bool fillFromRegister(Mediation &m) const;
    bool writeLists(Mediation &m);
    SaveResult failed(const QString &field, const QString &message) const;

    QSqlDatabase m_db;
    AccessScope m_scope;
};
