#pragma once

#include "importmapping.h"
#include "importrow.h"
#include "valuemappings.h"

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

    // The column titles, for the notes of columns kept as notes ("政治面貌：党员").
    void setHeader(const QStringList &header) { m_header = header; }
    // The clerk's own meanings of coded values, before the vocabulary's.
    void setValueMappings(const ValueMappings &values) { m_values = values; }

    // Zero-width characters removed; *refused set to the first control or direction-override
    // character (which would make the name display as something else), else null.
    static QString cleanName(const QString &name, QChar *refused);
    // 党员、低保 / 独居,空巢 / 残疾；退役军人 → the separate words.
    static QStringList splitTags(const QString &text);

    // Leading and trailing spaces of any width removed, inner spaces kept.
    static QString trimmed(const QString &text);
    // Full-width digits, letters and punctuation folded to ASCII, all spaces removed.
    static QString folded(const QString &text);
    // A null date for empty text; *ok false if the text is not a date.
    static QDate date(const QString &text, bool *ok);

private:
    QDate m_today;
    QStringList m_header;
    ValueMappings m_values;
};
