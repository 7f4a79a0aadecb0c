#pragma once

#include <QCoreApplication>
#include <QString>

// Two living residents who are probably one person, with why and how sure (0-100).
struct DuplicatePair
{
    Q_DECLARE_TR_FUNCTIONS(DuplicatePair)

public:
    enum class Reason {
        SameBirth, // same name and birth date
        SimilarId, // same name and address, ID numbers one or two characters apart
        MissingId, // same name and address, one of them without an ID number
    };

    qint64 firstId = 0; // the smaller id
    qint64 secondId = 0;
    Reason reason = Reason::SameBirth;
    int score = 0;
    int idDifferences = 0; // SimilarId: characters that differ (2 for a swapped pair)
    bool swapped = false;  // SimilarId: two neighbouring characters swapped

    static QString reasonCode(Reason reason);
    // The reason in a clerk's words (translated).
    QString reasonText() const;
};
