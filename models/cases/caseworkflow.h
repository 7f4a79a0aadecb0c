#pragma once

#include "models/core/fielderror.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

struct CaseStepRequest;

// The closed loop of a case, 受理 → 研判 → 交办 → 督办 → 办结 → 回访, as data.
//
// Statuses: received, assessed, assigned, supervised, closed, followed_up.
// Allowed steps (from status --action--> to status):
//   received    --assess-->    assessed
//   received    --close-->     closed       (settled on the spot at intake)
//   assessed    --assign-->    assigned
//   assessed    --close-->     closed       (settled by the office itself)
//   assigned    --assign-->    assigned     (handed on to another department)
//   assigned    --supervise--> supervised
//   assigned    --close-->     closed
//   supervised  --supervise--> supervised   (urged again)
//   supervised  --close-->     closed
//   closed      --follow_up--> followed_up
//   closed      --reopen-->    assigned
//   followed_up --reopen-->    assigned
// Everything else is refused. Open = not closed and not followed up.
// withdrawn: the intake was undone (撤回, CaseStore::withdraw); no step applies until it is
// reinstated, and it is neither open nor resolved.
// Required: assign needs "to whom", close a result, follow_up a satisfaction, reopen a reason.
//
// Errands (代办, kind "errand") have their own short flow over the same status codes:
//   received --assign-->    assigned     (办理中: someone is handling it)
//   received --close-->     closed       (done on the spot)
//   assigned --close-->     closed       (办结)
//   closed   --follow_up--> followed_up  (回访, optional)
// Functions taking a kind use the case flow for "" or "case".
class CaseWorkflow final
{
    Q_DECLARE_TR_FUNCTIONS(CaseWorkflow)

public:
    struct Choice
    {
        QString code;
        QString label;
    };

    static QStringList statusCodes();
    static QStringList actionCodes();
    static QList<Choice> statuses();
    static QList<Choice> actions();
    static QList<Choice> sources();
    static QList<Choice> satisfactions();
    static QString statusLabel(const QString &code);
    // "assigned" reads "Handling" for an errand.
    static QString statusLabel(const QString &code, const QString &kind);
    static QList<Choice> kinds();
    static QString kindLabel(const QString &code);
    static bool isErrand(const QString &kind) { return kind == QLatin1String("errand"); }
    static QString actionLabel(const QString &code); // includes "receive", the intake step
    // An errand is started and done, not assigned and closed.
    static QString actionLabel(const QString &code, const QString &kind);
    static QString sourceLabel(const QString &code);
    static QString satisfactionLabel(const QString &code);

    static bool isOpen(const QString &status);
    static bool isWithdrawn(const QString &status) { return status == QLatin1String("withdrawn"); }
    // The status an action leads to from `from`, or "" when the step is not allowed.
    static QString target(const QString &from, const QString &action, const QString &kind = QString());
    static bool isAllowed(const QString &from, const QString &action, const QString &kind = QString())
    {
        return !target(from, action, kind).isEmpty();
    }
    // In the order the buttons show them.
    static QStringList allowedActions(const QString &from, const QString &kind = QString());
    // Why a request may not be applied to a case in `from`; empty when it may.
    static QList<FieldError> check(const QString &from, const CaseStepRequest &request,
                                   const QString &kind = QString());
};
