#include "casedetailpanel.h"

#include "models/cases/casedeadline.h"
#include "models/cases/casestore.h"
#include "models/cases/caseworkflow.h"
#include "models/cnrules/phonenumber.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
const QString kMinutes = QStringLiteral("yyyy-MM-dd HH:mm");

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='color:#5a6472; padding-right:10px'>%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}
} // namespace

CaseDetailPanel::CaseDetailPanel(QSqlDatabase db, const AccessScope &scope, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_scope(scope)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 0, 0, 0);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("caseTitle"));
    m_title->setStyleSheet(QStringLiteral("font-size: 13pt; font-weight: bold;"));
    layout->addWidget(m_title);
    m_fields = new QLabel(this);
    m_fields->setObjectName(QStringLiteral("caseFields"));
    m_fields->setWordWrap(true);
    m_fields->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fields->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_fields);

    m_actions = new QWidget(this);
    auto *actions = new QHBoxLayout(m_actions);
    actions->setContentsMargins(0, 4, 0, 4);
    for (const CaseWorkflow::Choice &a : CaseWorkflow::actions()) {
        auto *button = new QPushButton(a.label + QStringLiteral("…"), m_actions);
        button->setObjectName(QStringLiteral("step_") + a.code);
        button->hide();
        actions->addWidget(button);
        m_buttons.insert(a.code, button);
        connect(button, &QPushButton::clicked, this, [this, code = a.code] { emit stepRequested(m_caseId, code); });
    }
    actions->addStretch(1);
    layout->addWidget(m_actions);

    auto *history = new QLabel(tr("Timeline"), this);
    history->setStyleSheet(QStringLiteral("font-weight: bold;"));
    layout->addWidget(history);
    m_timeline = new QListWidget(this);
    m_timeline->setObjectName(QStringLiteral("caseTimeline"));
    m_timeline->setWordWrap(false);
    m_timeline->setAlternatingRowColors(true);
    m_timeline->setSpacing(2);
    m_timeline->setTextElideMode(Qt::ElideRight);
    history->setBuddy(m_timeline);
    layout->addWidget(m_timeline, 1);
    setCase(0);
}

void CaseDetailPanel::setRevealNumbers(bool reveal)
{
    m_reveal = reveal;
    setCase(m_caseId);
}

void CaseDetailPanel::setCase(qint64 caseId)
{
    m_caseId = caseId;
    m_timeline->clear();
    const CaseStore store(m_db, m_scope);
    const std::optional<CaseRecord> c = caseId ? store.record(caseId) : std::nullopt;
    for (QPushButton *b : std::as_const(m_buttons))
        b->hide();
    if (!c) {
        m_caseId = 0;
        m_title->setText(tr("No case chosen"));
        m_fields->setText(tr("Choose a case in the list to see its details and timeline."));
        return;
    }
    m_title->setText(CaseWorkflow::isErrand(c->kind)
                         ? tr("Errand %1 — %2").arg(c->caseNo, CaseWorkflow::statusLabel(c->status, c->kind))
                         : tr("Case %1 — %2").arg(c->caseNo, CaseWorkflow::statusLabel(c->status)));
    const CaseDeadline::State state = CaseDeadline::state(c->status, c->receivedAt, c->deadline,
                                                          m_now.isValid() ? m_now : QDateTime::currentDateTime());
    QString deadline = c->deadline.toString(kMinutes);
    if (state != CaseDeadline::State::None)
        deadline += QStringLiteral(" (") + CaseDeadline::label(state) + QLatin1Char(')');
    QString reporter = c->reporterName;
    const QString phone = m_reveal ? c->reporterPhone : PhoneNumber::mask(c->reporterPhone);
    if (!phone.isEmpty())
        reporter += QLatin1Char(' ') + phone;
    QString html = QStringLiteral("<table>");
    if (CaseWorkflow::isErrand(c->kind))
        html += row(tr("Errand type"), c->errandTypeName);
    html += row(tr("Category"), c->categoryName);
    html += row(tr("Source"), CaseWorkflow::sourceLabel(c->source));
    html += row(tr("Received"), c->receivedAt.toString(kMinutes));
    if (c->visitedOn.isValid())
        html += row(tr("From the visit"), c->visitWorker.isEmpty()
                                              ? c->visitedOn.toString(Qt::ISODate)
                                              : tr("%1 by %2").arg(c->visitedOn.toString(Qt::ISODate), c->visitWorker));
    html += row(tr("Deadline"), deadline);
    html += row(tr("Grid"), c->gridName);
    if (!c->buildingName.isEmpty())
        html += row(tr("Building"), c->buildingName);
    html += row(tr("Location"), c->location);
    html += row(tr("Reporter"), reporter);
    html += row(tr("Assigned to"), c->assignee);
    if (c->closedAt.isValid()) {
        html += row(tr("Closed"), c->closedAt.toString(kMinutes));
        html += row(tr("Days to resolve"), QString::number(c->receivedAt.secsTo(c->closedAt) / 86400.0, 'f', 1));
        html += row(tr("Result"), c->result);
    }
    if (!c->satisfaction.isEmpty())
        html += row(tr("Satisfaction"), CaseWorkflow::satisfactionLabel(c->satisfaction));
    html += QStringLiteral("</table><p>") +
            c->description.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")) + QStringLiteral("</p>");
    m_fields->setText(html);

    for (const QString &action : CaseWorkflow::allowedActions(c->status, c->kind)) {
        QPushButton *button = m_buttons.value(action);
        button->setText(CaseWorkflow::actionLabel(action, c->kind) + QStringLiteral("…"));
        button->show();
    }

    for (const CaseStep &s : store.timeline(caseId)) {
        QString text = s.at.toString(kMinutes) + QStringLiteral("  ") + CaseWorkflow::actionLabel(s.action, c->kind);
        if (!s.byName.isEmpty())
            text += QStringLiteral("  ") + tr("by %1").arg(s.byName);
        if (!s.toWhom.isEmpty())
            text += QStringLiteral("  → ") + s.toWhom;
        if (!s.result.isEmpty())
            text += QLatin1Char('\n') + tr("Result: %1").arg(s.result);
        if (!s.satisfaction.isEmpty())
            text += QLatin1Char('\n') + tr("Satisfaction: %1").arg(CaseWorkflow::satisfactionLabel(s.satisfaction));
        if (!s.reason.isEmpty())
            text += QLatin1Char('\n') + tr("Reason: %1").arg(s.reason);
        if (!s.note.isEmpty())
            text += QLatin1Char('\n') + s.note;
        auto *item = new QListWidgetItem(text, m_timeline);
        item->setData(Qt::UserRole, s.action);
        item->setToolTip(text);
        // Each step is a few explicit lines; the view does not measure multi-line items reliably.
        const int lines = int(text.count(QLatin1Char('\n'))) + 1;
        item->setSizeHint(QSize(0, lines * m_timeline->fontMetrics().lineSpacing() + 8));
    }
}
