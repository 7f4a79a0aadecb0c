#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// The fixed vocabularies of the mediation ledger and of rented rooms, as code and translated
// label, and the order a mediation moves through its statuses.
class MediationTypes final
{
    Q_DECLARE_TR_FUNCTIONS(MediationTypes)

public:
    struct Choice
    {
        QString code;
        QString label;
    };

    static QList<Choice> kinds();    // neighbours, family, property, tenancy, labour, other
    static QList<Choice> statuses(); // received, mediating, agreed, failed, fulfilled
    static QList<Choice> sides();    // applicant, respondent
    static QList<Choice> permits();  // residence_permit (居住证), temporary (暂住)
    static QString label(const QList<Choice> &list, const QString &code);
    static bool contains(const QList<Choice> &list, const QString &code);

    // Whether a mediation may go from `from` to `to`: 受理 → 调解中 → 达成协议 | 未达成,
    // 达成协议 → 已履行; 未达成 may be taken up again (调解中). Staying put is allowed.
    static bool canMove(const QString &from, const QString &to);
    // The statuses that need the agreement's text.
    static bool needsAgreement(const QString &status);
};
