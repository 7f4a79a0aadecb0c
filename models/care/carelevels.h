#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The attention levels (关注程度) as stored ('normal', 'focus', 'severe') and as a clerk reads
// them (一般, 重点, 严重). A higher rank needs more attention.
class CareLevels final
{
    Q_DECLARE_TR_FUNCTIONS(CareLevels)

public:
    static QStringList codes();
    static QString name(const QString &code);
    static int rank(const QString &code); // 0 for an unknown code
    static bool isValid(const QString &code) { return rank(code) > 0; }
    // The higher of two levels.
    static QString higher(const QString &a, const QString &b) { return rank(b) > rank(a) ? b : a; }
};
