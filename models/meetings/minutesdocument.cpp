#include "minutesdocument.h"

#include "meetingstore.h"
#include "models/core/sqlquery.h"
#include "models/register/registerlookups.h"
#include "motionvote.h"

namespace {

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

} // namespace

MinutesDocument::MinutesDocument(QSqlDatabase db, const AccessScope &scope, Meeting meeting)
    : m_db(std::move(db))
    , m_scope(scope)
    , m_meeting(std::move(meeting))
{}

QString MinutesDocument::title() const
{
    const QString community = RegisterLookups(m_db, m_scope).communityName();
    return community.isEmpty() ? tr("Meeting minutes") : tr("%1 meeting minutes", "community name").arg(community);
}

PagedDocument MinutesDocument::document() const
{
    const Meeting &m = m_meeting;
    const MeetingStore store(m_db, m_scope);
    QString kind;
    for (const EventType &k : store.kinds(true))
        if (k.id == m.kindId)
            kind = k.name;
    QString where = tr("Community-wide");
    if (m.gridId > 0) {
        SqlQuery q(m_db, QStringLiteral("SELECT name FROM grid WHERE id = ?"));
        if (q.exec(m.gridId) && q.next())
            where = tr("Grid: %1").arg(q.value(0).toString());
    } else if (m.compoundId > 0) {
        SqlQuery q(m_db, QStringLiteral("SELECT name FROM compound WHERE id = ?"));
        if (q.exec(m.compoundId) && q.next())
            where = tr("Compound: %1").arg(q.value(0).toString());
    }

    PagedDocument doc;
    doc.setFooterText(title());
    doc.addTitle(title(), kind);
    QString when = dateText(m.heldOn);
    if (m.startsAt.isValid())
        when += QLatin1Char(' ') + m.startsAt.toString(QStringLiteral("HH:mm"));
    const auto field = [](const QString &label, const QString &value) -> QString {
        return label + QLatin1Char(' ') + value;
    };
    doc.addHeaderLines(
        {field(tr("Date:"), when), field(tr("For:"), where)},
        {field(tr("Place:"), m.place), field(tr("Present:"), tr("%n person(s)", "", m.attendeeTotal()))});

    doc.addHeading(tr("Topic"));
    doc.addParagraph(m.topic);

    QStringList names;
    for (const auto &[id, name] : RegisterLookups(m_db, m_scope).residentNames(m.attendeeIds))
        names << name;
    QString attendees = names.isEmpty()
                            ? tr("No residents listed by name.")
                            : names.join(tr(", ", "between attendee names: the enumeration comma in Chinese"));
    if (m.headCount > 0)
        attendees += QLatin1Char('\n') + tr("Others present, not listed: %1").arg(m.headCount);
    doc.addHeading(tr("Attendees"));
    doc.addParagraph(attendees);

    if (!m.caseIds.isEmpty()) {
        QStringList cases;
        for (const MeetingStore::Choice &c : store.caseLabels(m.caseIds))
            cases << c.name;
        doc.addHeading(tr("Cases discussed"));
        doc.addParagraph(cases.join(QLatin1Char('\n')));
    }

    const Qt::Alignment center = Qt::AlignCenter;
    doc.addHeading(tr("Motions and votes"));
    if (m.motions.isEmpty()) {
        doc.addParagraph(tr("No motion was put to the vote."));
    } else {
        QList<PagedDocument::Row> rows;
        for (int i = 0; i < m.motions.size(); ++i) {
            const Meeting::Motion &x = m.motions.at(i);
            const MotionVote::Outcome outcome = MotionVote(x.votesFor, x.votesAgainst, x.votesAbstain).outcome();
            rows << PagedDocument::Row{{QString::number(i + 1), x.text, QString::number(x.votesFor),
                                        QString::number(x.votesAgainst), QString::number(x.votesAbstain),
                                        MotionVote::label(outcome)}};
        }
        doc.addTable({{tr("No."), 0.5, center},
                      {tr("Motion"), 4},
                      {tr("For"), 0.8, center},
                      {tr("Against"), 0.8, center},
                      {tr("Abstain"), 0.8, center},
                      {tr("Outcome"), 1.2, center, true}},
                     rows);
        doc.addNote(MotionVote::ruleText());
    }

    doc.addHeading(tr("Follow-up tasks"));
    if (m.tasks.isEmpty()) {
        doc.addParagraph(tr("None."));
    } else {
        QList<PagedDocument::Row> rows;
        for (int i = 0; i < m.tasks.size(); ++i) {
            const Meeting::Task &t = m.tasks.at(i);
            rows << PagedDocument::Row{{QString::number(i + 1), t.description,
                                        t.motionIndex >= 0 ? QString::number(t.motionIndex + 1) : QString(), t.owner,
                                        dateText(t.dueOn), dateText(t.doneOn)}};
        }
        doc.addTable({{tr("No."), 0.5, center},
                      {tr("Task"), 3.6},
                      {tr("Motion"), 0.8, center},
                      {tr("Owner"), 1.6},
                      {tr("Due"), 1.3, center},
                      {tr("Done"), 1.3, center}},
                     rows);
    }
    if (!m.notes.trimmed().isEmpty()) {
        doc.addHeading(tr("Notes"));
        doc.addParagraph(m.notes);
    }

    const QString blank = QStringLiteral("______________");
    doc.addFields({field(tr("Chair:"), blank), field(tr("Recorder:"), blank), field(tr("Date:"), blank)});
    return doc;
}

bool MinutesDocument::writePdf(const QString &path, QString *error) const
{
    return document().writePdf(path, title(), error);
}
