#include "agreementdocument.h"

#include "mediationtypes.h"
#include "models/access/numberreveal.h"
#include "models/cnrules/idnumber.h"
#include "models/cnrules/phonenumber.h"
#include "models/register/registerlookups.h"

AgreementDocument::AgreementDocument(QSqlDatabase db, const AccessScope &scope, Mediation mediation, bool revealNumbers)
    : m_db(std::move(db))
    , m_scope(scope)
    , m_mediation(std::move(mediation))
    , m_reveal(NumberReveal::allowed(scope, revealNumbers))
{}

QString AgreementDocument::title() const
{
    return tr("People's mediation agreement");
}

PagedDocument AgreementDocument::document() const
{
    const Mediation &m = m_mediation;
    const QString community = RegisterLookups(m_db, m_scope).communityName();
    PagedDocument doc;
    doc.setFooterText(title());
    doc.addTitle(title(), community.isEmpty() ? QString()
                                              : tr("%1 People's Mediation Committee", "community name").arg(community));
    const auto field = [](const QString &label, const QString &value) -> QString {
        return label + QLatin1Char(' ') + value;
    };
    doc.addHeaderLines({field(tr("No.:"), QStringLiteral("%1").arg(m.id, 6, 10, QLatin1Char('0'))),
                        field(tr("Kind:"), MediationTypes::label(MediationTypes::kinds(), m.kind))},
                       {field(tr("Received on:"), m.receivedOn.toString(QStringLiteral("yyyy-MM-dd"))),
                        field(tr("Mediator:"), m.mediator)});

    doc.addHeading(tr("Parties"));
    QList<PagedDocument::Row> rows;
    for (const Mediation::Party &p : m.parties)
        rows << PagedDocument::Row{{MediationTypes::label(MediationTypes::sides(), p.side), p.name,
                                    m_reveal ? p.phone : PhoneNumber::mask(p.phone),
                                    m_reveal ? p.idNumber : IdNumber::mask(p.idNumber), p.address}};
    doc.addTable({{tr("Party"), 1.1, Qt::AlignCenter},
                  {tr("Name"), 1.3},
                  {tr("Phone"), 1.5},
                  {tr("ID number"), 2.2},
                  {tr("Address"), 2.6}},
                 rows);

    doc.addHeading(tr("The matter in dispute"));
    doc.addParagraph(m.matter);
    if (!m.sessions.isEmpty()) {
        QStringList lines;
        for (const Mediation::Session &s : m.sessions)
            lines << s.heldOn.toString(QStringLiteral("yyyy-MM-dd")) + QLatin1Char(' ') + s.notes;
        doc.addHeading(tr("Mediation sessions"));
        doc.addParagraph(lines.join(QLatin1Char('\n')));
    }
    doc.addHeading(tr("The agreement reached"));
    doc.addParagraph(m.agreement.isEmpty() ? tr("No agreement has been reached yet.") : m.agreement);
    doc.addHeading(tr("Keeping the agreement"));
    QString keeping = tr("The parties shall keep this agreement in good faith. It is made in %n copies, one for each "
                         "party and one for the mediation committee.",
                         nullptr, int(m.parties.size()) + 1);
    if (m.kept == 1)
        keeping += QLatin1Char('\n') + tr("Recorded: the agreement was kept.");
    else if (m.kept == 0)
        keeping += QLatin1Char('\n') + tr("Recorded: the agreement was not kept.");
    doc.addParagraph(keeping);

    const QString blank = QStringLiteral("______________");
    QStringList signatures;
    for (const Mediation::Party &p : m.parties)
        signatures << field(
            tr("%1 (signature):", "party's side").arg(MediationTypes::label(MediationTypes::sides(), p.side)), blank);
    doc.addFields(signatures);
    doc.addFields(
        {field(tr("Mediator (signature):"), blank), field(tr("Committee (seal):"), blank),
         field(tr("Date:"), m.agreedOn.isValid() ? m.agreedOn.toString(QStringLiteral("yyyy-MM-dd")) : blank)});
    return doc;
}

bool AgreementDocument::writePdf(const QString &path, QString *error) const
{
    if (m_reveal)
        NumberReveal::record(m_db, m_scope, QStringLiteral("mediation"), m_mediation.id,
                             QStringLiteral("mediation agreement"));
    return document().writePdf(path, title(), error);
}
