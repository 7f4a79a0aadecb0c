#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// The coded vocabularies of the register. Codes are stored; labels are translated for display.
class RegisterTypes final
{
    Q_DECLARE_TR_FUNCTIONS(RegisterTypes)

public:
    struct Choice
    {
        QString code;
        QString label;
    };

    static QList<Choice> residencyTypes(); // registered, resident, floating
    static QList<Choice> statuses();       // living, moved_out, deceased
    static QList<Choice> relations();      // head, spouse, son, daughter, ...
    static QList<Choice> housingTypes();   // owned, rented, public, other
    static QList<Choice> genders();        // M, F

    static QString residencyLabel(const QString &code) { return label(residencyTypes(), code); }
    // Also words a record merged into another (status 'merged', not chosen in a form).
    static QString statusLabel(const QString &code);
    // 已合并 → 并入 X: the status of a record merged into `keptName` (empty: not known).
    static QString mergedLabel(const QString &keptName);
    static QString relationLabel(const QString &code) { return label(relations(), code); }
    static QString housingLabel(const QString &code) { return label(housingTypes(), code); }
    static QString genderLabel(const QString &code) { return label(genders(), code); }

    static QString label(const QList<Choice> &choices, const QString &code);
    static bool contains(const QList<Choice> &choices, const QString &code);
};
