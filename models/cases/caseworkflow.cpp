#include "caseworkflow.h"

#include "casesteprequest.h"

namespace {

struct Transition
{
    const char *from;
    const char *action;
    const char *to;
};

// The whole table; see the header.
constexpr Transition kTransitions[] = {
    {"received", "assess", "assessed"}, {"received", "close", "closed"},
    {"assessed", "assign", "assigned"}, {"assessed", "close", "closed"},
    {"assigned", "assign", "assigned"}, {"assigned", "supervise", "supervised"},
    {"assigned", "close", "closed"},    {"supervised", "supervise", "supervised"},
    {"supervised", "close", "closed"},  {"closed", "follow_up", "followed_up"},
    {"closed", "reopen", "assigned"},   {"followed_up", "reopen", "assigned"},
};

// The errand flow; see the header.
constexpr Transition kErrandTransitions[] = {
    {"received", "assign", "assigned"},
    {"received", "close", "closed"},
    {"assigned", "close", "closed"},
    {"closed", "follow_up", "followed_up"},
};

QString labelOf(const QList<CaseWorkflow::Choice> &choices, const QString &code)
{
    for (const CaseWorkflow::Choice &c : choices)
        if (c.code == code)
            return c.label;
    return code;
}

QStringList codesOf(const QList<CaseWorkflow::Choice> &choices)
{
    QStringList codes;
    for (const CaseWorkflow::Choice &c : choices)
        codes << c.code;
    return codes;
}

} // namespace

QList<CaseWorkflow::Choice> CaseWorkflow::statuses()
{
    return {{QStringLiteral("received"), tr("Received")},  {QStringLiteral("assessed"), tr("Assessed")},
            {QStringLiteral("assigned"), tr("Assigned")},  {QStringLiteral("supervised"), tr("Supervised")},
            {QStringLiteral("closed"), tr("Closed")},      {QStringLiteral("followed_up"), tr("Followed up")},
            {QStringLiteral("withdrawn"), tr("Withdrawn")}};
}

QList<CaseWorkflow::Choice> CaseWorkflow::actions()
{
    return {{QStringLiteral("assess"), tr("Assess")},       {QStringLiteral("assign"), tr("Assign")},
            {QStringLiteral("supervise"), tr("Supervise")}, {QStringLiteral("close"), tr("Close case")},
            {QStringLiteral("follow_up"), tr("Follow up")}, {QStringLiteral("reopen"), tr("Reopen")}};
}

QList<CaseWorkflow::Choice> CaseWorkflow::sources()
{
    return {{QStringLiteral("patrol"), tr("Grid patrol")},  {QStringLiteral("visit"), tr("Walk-in")},
            {QStringLiteral("phone"), tr("Phone")},         {QStringLiteral("hotline"), tr("12345 hotline")},
            {QStringLiteral("online"), tr("Online photo")}, {QStringLiteral("other"), tr("Other")}};
}

QList<CaseWorkflow::Choice> CaseWorkflow::satisfactions()
{
    return {{QStringLiteral("satisfied"), tr("Satisfied")},
            {QStringLiteral("basically"), tr("Basically satisfied")},
            {QStringLiteral("dissatisfied"), tr("Dissatisfied")}};
}

QStringList CaseWorkflow::statusCodes()
{
    return codesOf(statuses());
}

QStringList CaseWorkflow::actionCodes()
{
    return codesOf(actions());
}

QString CaseWorkflow::statusLabel(const QString &code)
{
    return labelOf(statuses(), code);
}

QString CaseWorkflow::actionLabel(const QString &code)
{
    if (code == QLatin1String("receive"))
        return tr("Receive");
    if (code == QLatin1String("restore"))
        return tr("Step undone or redone (Edit menu)");
    if (code == QLatin1String("withdraw"))
        return tr("Intake withdrawn");
    if (code == QLatin1String("reinstate"))
        return tr("Reinstated");
    return labelOf(actions(), code);
}

QString CaseWorkflow::actionLabel(const QString &code, const QString &kind)
{
    if (isErrand(kind)) {
        if (code == QLatin1String("assign"))
            return tr("Start handling");
        if (code == QLatin1String("close"))
            return tr("Mark done");
    }
    return actionLabel(code);
}

QString CaseWorkflow::sourceLabel(const QString &code)
{
    return labelOf(sources(), code);
}

QString CaseWorkflow::satisfactionLabel(const QString &code)
{
    return labelOf(satisfactions(), code);
}

bool CaseWorkflow::isOpen(const QString &status)
{
    return status != QLatin1String("closed") && status != QLatin1String("followed_up") && !isWithdrawn(status);
}

QList<CaseWorkflow::Choice> CaseWorkflow::kinds()
{
    return {{QStringLiteral("case"), tr("Case")}, {QStringLiteral("errand"), tr("Errand")}};
}

QString CaseWorkflow::kindLabel(const QString &code)
{
    return labelOf(kinds(), code.isEmpty() ? QStringLiteral("case") : code);
}

QString CaseWorkflow::statusLabel(const QString &code, const QString &kind)
{
    if (isErrand(kind) && code == QLatin1String("assigned"))
        return tr("Handling");
    return statusLabel(code);
}

QString CaseWorkflow::target(const QString &from, const QString &action, const QString &kind)
{
    if (isErrand(kind)) {
        for (const Transition &t : kErrandTransitions)
            if (from == QLatin1String(t.from) && action == QLatin1String(t.action))
                return QLatin1String(t.to);
        return {};
    }
    for (const Transition &t : kTransitions)
        if (from == QLatin1String(t.from) && action == QLatin1String(t.action))
            return QLatin1String(t.to);
    return {};
}

QStringList CaseWorkflow::allowedActions(const QString &from, const QString &kind)
{
    QStringList list;
    for (const QString &action : actionCodes())
        if (isAllowed(from, action, kind))
            list << action;
    return list;
}

QList<FieldError> CaseWorkflow::check(const QString &from, const CaseStepRequest &request, const QString &kind)
{
    QList<FieldError> errors;
    if (!actionCodes().contains(request.action)) {
        errors.append(
            {QStringLiteral("action"), tr("Action: \"%1\" is not a step of the workflow.").arg(request.action)});
        return errors;
    }
    if (isWithdrawn(from)) {
        errors.append({QStringLiteral("action"),
                       (isErrand(kind) ? tr("Action: an errand that was withdrawn (its intake undone) cannot be given "
                                            "the step \"%1\"; reinstate it first.")
                                       : tr("Action: a case that was withdrawn (its intake undone) cannot be given the "
                                            "step \"%1\"; reinstate it first."))
                           .arg(actionLabel(request.action, kind))});
        return errors;
    }
    if (!isAllowed(from, request.action, kind)) {
        errors.append({QStringLiteral("action"),
                       isErrand(kind) ? tr("Action: an errand that is %1 cannot be given the step \"%2\".")
                                            .arg(statusLabel(from, kind), actionLabel(request.action))
                                      : tr("Action: a case that is %1 cannot be given the step \"%2\".")
                                            .arg(statusLabel(from), actionLabel(request.action))});
        return errors;
    }
    if (!request.at.isValid())
        errors.append({QStringLiteral("at"), tr("Date: enter when the step was taken.")});
    if (request.action == QLatin1String("assign") && request.toWhom.trimmed().isEmpty())
        errors.append({QStringLiteral("toWhom"), tr("To whom: enter the department or person the case goes to.")});
    if (request.action == QLatin1String("close") && request.result.trimmed().isEmpty())
        errors.append({QStringLiteral("result"), tr("Result: enter how the case was resolved.")});
    if (request.action == QLatin1String("follow_up") && !codesOf(satisfactions()).contains(request.satisfaction))
        errors.append({QStringLiteral("satisfaction"), tr("Satisfaction: choose how satisfied the resident is.")});
    if (request.action == QLatin1String("reopen") && request.reason.trimmed().isEmpty())
        errors.append({QStringLiteral("reason"), tr("Reason: enter why the case is reopened.")});
    return errors;
}
