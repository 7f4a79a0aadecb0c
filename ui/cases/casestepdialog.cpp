#include "casestepdialog.h"

#include "models/access/accessscope.h"
#include "models/cases/casedepartments.h"
#include "models/cases/casestore.h"
#include "models/cases/caseworkflow.h"
#include "ui/common/datefield.h"
#include "ui/common/formguard.h"
#include "ui/common/formhelpers.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
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
        // Chosen from the office's departments, or typed (a person, a unit not on the list).
        m_departments = new QComboBox(this);
        m_departments->setObjectName(QStringLiteral("stepDepartment"));
        m_departments->setEditable(true);
        m_departments->setInsertPolicy(QComboBox::NoInsert);
        m_departments->setMaxVisibleItems(15);
        m_toWhom = m_departments->lineEdit();
        m_toWhom->setObjectName(QStringLiteral("stepToWhom"));
        // Typing any part of a name ("城管") offers the entries containing it.
        auto *completer = new QCompleter(m_departments->model(), m_departments);
        completer->setCompletionMode(QCompleter::PopupCompletion);
        completer->setFilterMode(Qt::MatchContains);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        m_departments->setCompleter(completer);
        fillDepartments(QString());
        m_toWhom->setPlaceholderText(action == QLatin1String("assign")
                                         ? tr("department or person")
                                         : tr("leave empty to keep %1").arg(c ? c->assignee : QString()));
        auto *row = new QHBoxLayout;
        row->addWidget(m_departments, 1);
        if (m_scope.canAdminister()) {
            auto *edit = new QToolButton(this);
            edit->setObjectName(QStringLiteral("departmentList"));
            edit->setText(tr("Departments"));
            edit->setPopupMode(QToolButton::InstantPopup);
            auto *menu = new QMenu(edit);
            menu->addAction(tr("Add department…"), this, &CaseStepDialog::addDepartment)
                ->setObjectName(QStringLiteral("addDepartment"));
            menu->addAction(tr("Rename department…"), this, &CaseStepDialog::renameDepartment)
                ->setObjectName(QStringLiteral("renameDepartment"));
            menu->addAction(tr("Archive department…"), this, &CaseStepDialog::archiveDepartment)
                ->setObjectName(QStringLiteral("archiveDepartment"));
            edit->setMenu(menu);
            row->addWidget(edit);
        }
        auto *whomLabel = new QLabel(tr("&To whom"), this);
        whomLabel->setBuddy(m_departments);
        form->addRow(whomLabel, row);
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
    QWidget *first = m_departments ? static_cast<QWidget *>(m_departments) : m_by;
    if (m_result)
        first = m_result;
    if (m_satisfaction)
        first = m_satisfaction;
    if (m_reason)
        first = m_reason;
    first->setFocus(Qt::OtherFocusReason);
    resize(460, sizeHint().height());
}

void CaseStepDialog::fillDepartments(const QString &select)
{
    const QString typed = select.isEmpty() ? m_toWhom->text() : select;
    const QSignalBlocker blocker(m_departments);
    m_departments->clear();
    for (const ListEntry &e : CaseDepartments(m_db, m_scope).entries())
        m_departments->addItem(e.name, e.id);
    m_departments->setCurrentIndex(-1);
    m_departments->setEditText(typed);
}

EditableListActions::Texts CaseStepDialog::departmentTexts() const
{
    return {tr("Add department"),
            tr("Rename department"),
            tr("Archive department"),
            tr("Name:"),
            tr("Choose the department first."),
            tr("Archive \"%1\"? Cases handed to it keep its name; new hand-offs cannot choose it.")};
}

void CaseStepDialog::addDepartment()
{
    QString added;
    if (EditableListActions::add(this, departmentTexts(), [this, &added](ListEntry &e) {
            const SaveResult r = CaseDepartments(m_db, m_scope).save(e);
            if (r.ok)
                added = e.name;
            return r;
        }))
        fillDepartments(added); // the administrator added it to use it
}

qint64 CaseStepDialog::chosenDepartment() const
{
    const int index = m_departments->findText(m_toWhom->text().trimmed(), Qt::MatchFixedString);
    return index >= 0 ? m_departments->itemData(index).toLongLong() : 0;
}

void CaseStepDialog::renameDepartment()
{
    if (EditableListActions::rename(this, departmentTexts(), chosenDepartment(), m_toWhom->text().trimmed(),
                                    [this](ListEntry &e) { return CaseDepartments(m_db, m_scope).save(e); }))
        fillDepartments(QString());
}

void CaseStepDialog::archiveDepartment()
{
    if (EditableListActions::archive(this, departmentTexts(), chosenDepartment(), m_toWhom->text().trimmed(),
                                     [this](qint64 id) { return CaseDepartments(m_db, m_scope).archive(id); })) {
        fillDepartments(QString());
        m_departments->setEditText(QString());
    }
}

void CaseStepDialog::setNow(const QDateTime &now)
{
    m_at->setDateTime(now);
}

QWidget *CaseStepDialog::fieldWidget(const QString &field) const
{
    if (field == QLatin1String("toWhom") && m_departments)
        return m_departments;
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
