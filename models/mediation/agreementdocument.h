#pragma once

#include "models/access/accessscope.h"

#include "mediation.h"
#include "models/documents/pageddocument.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// The agreement of a mediation on A4 (人民调解协议书): the community's mediation committee, the
// case number, each party with phone, ID number (masked unless revealed, as on every print) and
// address, the matter in dispute, the sessions, the agreement, how it is to be kept, and lines
// for each party's, the mediator's and the committee's signatures.
class AgreementDocument final
{
    Q_DECLARE_TR_FUNCTIONS(AgreementDocument)

public:
    AgreementDocument(QSqlDatabase db, const AccessScope &scope, Mediation mediation, bool revealNumbers = false);

    QString title() const;
    PagedDocument document() const;
    // On failure *error says why, for the clerk.
    bool writePdf(const QString &path, QString *error = nullptr) const;

private:
    QSqlDatabase m_db;
    AccessScope m_scope;
    Mediation m_mediation;
    bool m_reveal = false;
};
