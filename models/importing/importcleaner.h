#pragma once

#include "importmapping.h"
#include "importrow.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

// Cleans what is safely cleanable in a row of a clerk's spreadsheet and names the rest:
// full-width digits and letters, stray spaces, dates written as 2024/3/5, 2024.03.05,
// 2024年3月5日, 20240305 or Excel day numbers, 15-digit ID numbers (upgraded), 男/女, and the
// relation and residency words of resources/import/vocabulary.txt. Names are kept as written
// (traditional characters too), only trimmed.
class ImportCleaner final
{
    Q_DECLARE_TR_FUNCTIONS(ImportCleaner)

public:
    explicit ImportCleaner(const QDate &today = QDate::currentDate());

    ImportRow clean(const QStringList &cells, int rowNumber, const ImportMapping &mapping) const;

    // Leading and trailing spaces of any width removed, inner spaces kept.
    static QString trimmed(const QString &text);
    // Full-width digits, letters and punctuation folded to ASCII, all spaces removed.
    static QString folded(const QString &text);
    // A null date for empty text; *ok false if the text is not a date.
    static QDate date(const QString &text, bool *ok);

private:
    QDate m_today;
};
