#include "minutesdocument.h"

#include "meetingstore.h"
#include "models/core/sqlquery.h"
#include "models/documents/pdffile.h"
#include "models/documents/tabledocument.h"
#include "models/register/registerlookups.h"
#include "motionvote.h"

#include <QPagedPaintDevice>
#include <QTextDocument>

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

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

QString MinutesDocument::html() const
{
    const Meeting &m = m_meeting;
    const MeetingStore store(m_db, m_scope);
    QString kind;
    for (const ListEntry &k : store.kinds(true))
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

    QString h = QStringLiteral("<html><body>");
    h += QStringLiteral("<h2 align=center>%1</h2>").arg(esc(title()));
    h += QStringLiteral("<p align=center><b>%1</b></p>").arg(esc(kind));
    QString when = dateText(m.heldOn);
    if (m.startsAt.isValid())
        when += QLatin1Char(' ') + m.startsAt.toString(QStringLiteral("HH:mm"));
    h += QStringLiteral("<table width=100% cellspacing=0 cellpadding=3>");
    h += QStringLiteral("<tr><td width=50%><b>%1</b> %2</td><td><b>%3</b> %4</td></tr>")
             .arg(esc(tr("Date:")), esc(when), esc(tr("Place:")), esc(m.place));
    h += QStringLiteral("<tr><td><b>%1</b> %2</td><td><b>%3</b> %4</td></tr>")
             .arg(esc(tr("For:")), esc(where), esc(tr("Present:")), esc(tr("%n person(s)", "", m.attendeeTotal())));
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(esc(tr("Topic")), esc(m.topic));

    QStringList names;
    for (const auto &[id, name] : RegisterLookups(m_db, m_scope).residentNames(m.attendeeIds))
        names << name;
    h += QStringLiteral("<h3>%1</h3><p>").arg(esc(tr("Attendees")));
    h += esc(names.isEmpty() ? tr("No residents listed by name.")
                             : names.join(tr(", ", "between attendee names: the enumeration comma in Chinese")));
    if (m.headCount > 0)
        h += QStringLiteral("<br>") + esc(tr("Others present, not listed: %1").arg(m.headCount));
    h += QStringLiteral("</p>");

    if (!m.caseIds.isEmpty()) {
        h += QStringLiteral("<h3>%1</h3><ul>").arg(esc(tr("Cases discussed")));
        for (const MeetingStore::Choice &c : store.caseLabels(m.caseIds))
            h += QStringLiteral("<li>%1</li>").arg(esc(c.name));
        h += QStringLiteral("</ul>");
    }

    const QString cell = QStringLiteral("<td>%1</td>");
    const QString head = QStringLiteral("<th bgcolor=#eeeeee>%1</th>");
    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Motions and votes")));
    if (m.motions.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("No motion was put to the vote.")));
    } else {
        h += QStringLiteral("<table width=100% border=1 cellspacing=0 cellpadding=4 style='border-collapse: collapse; "
                            "border-color: #444444'><tr>") +
             head.arg(esc(tr("No."))) + head.arg(esc(tr("Motion"))) + head.arg(esc(tr("For"))) +
             head.arg(esc(tr("Against"))) + head.arg(esc(tr("Abstain"))) + head.arg(esc(tr("Outcome"))) +
             QStringLiteral("</tr>");
        for (int i = 0; i < m.motions.size(); ++i) {
            const Meeting::Motion &x = m.motions.at(i);
            const MotionVote::Outcome outcome = MotionVote(x.votesFor, x.votesAgainst, x.votesAbstain).outcome();
            h += QStringLiteral("<tr>") + cell.arg(i + 1) + cell.arg(esc(x.text)) + cell.arg(x.votesFor) +
                 cell.arg(x.votesAgainst) + cell.arg(x.votesAbstain) +
                 cell.arg(QStringLiteral("<b>%1</b>").arg(esc(MotionVote::label(outcome)))) + QStringLiteral("</tr>");
        }
        h += QStringLiteral("</table><p><small>%1</small></p>").arg(esc(MotionVote::ruleText()));
    }

    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Follow-up tasks")));
    if (m.tasks.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("None.")));
    } else {
        h += QStringLiteral("<table width=100% border=1 cellspacing=0 cellpadding=4 style='border-collapse: collapse; "
                            "border-color: #444444'><tr>") +
             head.arg(esc(tr("No."))) + head.arg(esc(tr("Task"))) + head.arg(esc(tr("Motion"))) +
             head.arg(esc(tr("Owner"))) + head.arg(esc(tr("Due"))) + head.arg(esc(tr("Done"))) +
             QStringLiteral("</tr>");
        for (int i = 0; i < m.tasks.size(); ++i) {
            const Meeting::Task &t = m.tasks.at(i);
            h += QStringLiteral("<tr>") + cell.arg(i + 1) + cell.arg(esc(t.description)) +
                 cell.arg(t.motionIndex >= 0 ? QString::number(t.motionIndex + 1) : QString()) +
                 cell.arg(esc(t.owner)) + cell.arg(dateText(t.dueOn)) + cell.arg(dateText(t.doneOn)) +
                 QStringLiteral("</tr>");
        }
        h += QStringLiteral("</table>");
    }
    if (!m.notes.trimmed().isEmpty())
        h += QStringLiteral("<h3>%1</h3><p>%2</p>")
                 .arg(esc(tr("Notes")), esc(m.notes).replace(QLatin1Char('\n'), QStringLiteral("<br>")));

    h += QStringLiteral("<br><br><table width=100% cellpadding=6><tr><td>%1 ______________</td><td>%2 "
                        "______________</td><td>%3 ______________</td></tr></table>")
             .arg(esc(tr("Chair:")), esc(tr("Recorder:")), esc(tr("Date:")));
    h += QStringLiteral("</body></html>");
    return h;
}

bool MinutesDocument::print(QPagedPaintDevice *device) const
{
    QTextDocument doc;
    doc.setDefaultFont(TableDocument::font(10.5));
    doc.setHtml(html());
    doc.print(device);
    return doc.pageCount() > 0;
}

bool MinutesDocument::writePdf(const QString &path, QString *error) const
{
    return PdfFile::write(
        path, title(),
        [this](QPagedPaintDevice *pdf) {
            TableDocument::setUpA4(pdf);
            return print(pdf);
        },
        error);
}
