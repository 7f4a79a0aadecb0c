#pragma once

#include "models/access/accessscope.h"

#include "models/mediation/mediation.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

// Records a mediation (人民调解): received on, kind, status, mediator, the matter; the parties,
// residents chosen from the register or outside people typed in (numbers masked for registered
// ones); the sessions with date and notes; the agreement and whether it was kept. Saved in one
// transaction by MediationStore; its refusal is shown under the form, naming the field.
class MediationDialog final : public QDialog
{
    Q_OBJECT

public:
    enum PartyColumn { PartySide, PartyName, PartyPhone, PartyIdNumber, PartyColumnCount };
    enum SessionColumn { SessionDate, SessionNotes, SessionColumnCount };

    // mediationId 0: a new mediation, from `start` (e.g. MediationStore::fromCase) when given.
    MediationDialog(QSqlDatabase db, const AccessScope &scope, qint64 mediationId = 0, QWidget *parent = nullptr,
                    const Mediation &start = Mediation());

    Mediation mediation() const;
    qint64 savedMediationId() const { return m_mediation.id; }
    QString errorText() const;

    void addResidentParty(qint64 residentId, const QString &side);
    int addOutsideParty(const QString &side = QStringLiteral("respondent"));
    int addSession(const QDate &date = QDate(), const QString &notes = QString());

    QDateEdit *receivedEdit() const { return m_received; }
    QComboBox *kindCombo() const { return m_kind; }
    QComboBox *statusCombo() const { return m_status; }
    QLineEdit *mediatorEdit() const { return m_mediator; }
    QPlainTextEdit *matterEdit() const { return m_matter; }
    QPlainTextEdit *agreementEdit() const { return m_agreement; }
    QComboBox *keptCombo() const { return m_kept; }
    QTableWidget *parties() const { return m_parties; }
    QTableWidget *sessions() const { return m_sessions; }

    void accept() override;

private:
    void load(const Mediation &m);
    void addPartyRow(const Mediation::Party &party);
    void chooseResidents();

    QSqlDatabase m_db;
    AccessScope m_scope; // who is acting: handed on to every store and dialog
    Mediation m_mediation;
    QList<Mediation::Party> m_partyRows; // what each party row stands for (id, resident)

    QDateEdit *m_received = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_mediator = nullptr;
    QLabel *m_case = nullptr;
    QPlainTextEdit *m_matter = nullptr;
    QTableWidget *m_parties = nullptr;
    QTableWidget *m_sessions = nullptr;
    QPlainTextEdit *m_agreement = nullptr;
    QComboBox *m_kept = nullptr;
    QLabel *m_error = nullptr;
};
