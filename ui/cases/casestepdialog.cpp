#include "casestepdialog.h"

#include "models/access/accessscope.h"
#include "models/cases/casestore.h"
#include "models/cases/caseworkflow.h"
#include "ui/common/datefield.h"
#include "ui/common/formguard.h"
#include "ui/common/formhelpers.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

CaseStepDialog::CaseStepDialog(QSqlDatabase db, const AccessScope &scope, qint64 caseId, const QString &action,
                               QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_scope(scope)
    , m_caseId(caseId)
    , m_action(action)
{
    const std::optional<CaseRecord> c = CaseStore(m_db, m_scope).record(caseId);
    if (c)
        m_rowVersion = c->rowVersion;
    const QString label = CaseWorkflow::actionLabel(action, c ? c->kind : QString());
    FormGuard::install(this);
    setWindowTitle(c && CaseWorkflow::isErrand(c->kind) ? tr("%1 — errand %2").arg(label, c->caseNo)
                                                        : tr("%1 — case %2").arg(label, c ? c->caseNo : QString()));
    auto *layout = new QVBoxLayout(this);
    if (c) {
        auto *summary = new QLabel(this);
        summary->setObjectName(QStringLiteral("stepSummary"));
        summary->setWordWrap(true);
        summary->setText(
            tr("%1 · %2 · now %3").arg(c->categoryName, c->description.left(60), CaseWorkflow::statusLabel(c->status)));
        layout->addWidget(summary);
    }
    auto *form = new QFormLayout;
    layout->addLayout(form);
    const auto lineHeight = [this](int lines) { return fontMetrics().height() * lines + 12; };

    m_at = new QDateTimeEdit(QDateTime::currentDateTime(), this);
    DateField::tabLeaves(m_at);
    m_at->setObjectName(QStringLiteral("stepAt"));
    m_at->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_at->setCalendarPopup(true);
    form->addRow(tr("&Date"), m_at);
    m_by = new QLineEdit(this);
    m_by->setObjectName(QStringLiteral("stepBy"));
    m_by->setText(m_scope.displayName()); // most often the clerk at the desk
    form->addRow(tr("&By"), m_by);

    if (action == QLatin1String("assign") || action == QLatin1String("reopen")) {
        m_toWhom = new QLineEdit(this);
        m_toWhom->setObjectName(QStringLiteral("stepToWhom"));
        m_toWhom->setPlaceholderText(action == QLatin1String("assign")
                                         ? tr("department or person")
                                         : tr("leave empty to keep %1").arg(c ? c->assignee : QString()));
        form->addRow(tr("&To whom"), m_toWhom);
    }
    if (action == QLatin1String("close")) {
        m_result = new QPlainTextEdit(this);
        m_result->setObjectName(QStringLiteral("stepResult"));
        m_result->setTabChangesFocus(true);
        m_result->setFixedHeight(lineHeight(3));
        form->addRow(tr("&Result"), m_result);
    }
    if (action == QLatin1String("follow_up")) {
        m_satisfaction = new QComboBox(this);
        m_satisfaction->setObjectName(QStringLiteral("stepSatisfaction"));
        m_satisfaction->addItem(tr("(choose)"), QString());
        for (const CaseWorkflow::Choice &s : CaseWorkflow::satisfactions())
            m_satisfaction->addItem(s.label, s.code);
        form->addRow(tr("&Satisfaction"), m_satisfaction);
    }
    if (action == QLatin1String("reopen")) {
        m_reason = new QLineEdit(this);
        m_reason->setObjectName(QStringLiteral("stepReason"));
        form->addRow(tr("R&eason"), m_reason);
    }
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("stepNote"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(lineHeight(3));
    form->addRow(tr("&Note"), m_note);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("stepError"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(label);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &CaseStepDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CaseStepDialog::reject);
    // The field the step is about gets the focus first.
    QWidget *first = m_toWhom ? static_cast<QWidget *>(m_toWhom) : m_by;
    if (m_result)
        first = m_result;
    if (m_satisfaction)
        first = m_satisfaction;
    if (m_reason)
        first = m_reason;
    first->setFocus(Qt::OtherFocusReason);
    resize(460, sizeHint().height());
}

void CaseStepDialog::setNow(const QDateTime &now)
{
    m_at->setDateTime(now);
}

QWidget *CaseStepDialog::fieldWidget(const QString &field) const
{
    if (field == QLatin1String("toWhom") && m_toWhom)
        return m_toWhom;
    if (field == QLatin1String("result") && m_result)
        return m_result;
    if (field == QLatin1String("satisfaction") && m_satisfaction)
        return m_satisfaction;
    if (field == QLatin1String("reason") && m_reason)
        return m_reason;
    return m_at;
}

void CaseStepDialog::accept()
{
    CaseStepRequest r;
    r.caseId = m_caseId;
    r.action = m_action;
    r.at = m_at->dateTime();
    r.byName = m_by->text();
    r.note = m_note->toPlainText();
    r.rowVersion = m_rowVersion;
    if (m_toWhom)
        r.toWhom = m_toWhom->text();
    if (m_result)
        r.result = m_result->toPlainText();
    if (m_satisfaction)
        r.satisfaction = m_satisfaction->currentData().toString();
    if (m_reason)
        r.reason = m_reason->text();
    const SaveResult result = CaseStore(m_db, m_scope).applyStep(r);
    if (!result.ok) {
        QStringList lines;
        for (const FieldError &e : result.errors)
            lines << e.message.toHtmlEscaped();
        m_errorText = lines.join(QLatin1Char('\n'));
        m_error->setText(FormHelpers::colored(lines.join(QStringLiteral("<br>")), FormHelpers::errorColor()));
        m_error->show();
        fieldWidget(result.errors.constFirst().field)->setFocus(Qt::OtherFocusReason);
        return;
    }
    QDialog::accept();
}
