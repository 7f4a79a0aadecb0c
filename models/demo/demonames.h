#pragma once

#include <QString>
#include <QStringList>

// Word lists for the demo community. Fictional place names; surname weights follow the
// published ranking of common Chinese surnames.
class DemoNames final
{
public:
    static QString weightedSurname(double uniform01);
    static const QStringList &maleGivenChars();
    static const QStringList &femaleGivenChars();
    static QString compoundName(int index);
    static QString roadAddress(int index);
    static QString gridName(int index);
    static QString gridColor(int index);
    static QString communityName();
    // The communities of a demo street: the first is communityName(), then others.
    static QString communityName(int index);
    static QString streetName();
    static QString districtName();
    static QString cityName();
    static QString localRegion();
    static QString otherRegion(int pick);
};
