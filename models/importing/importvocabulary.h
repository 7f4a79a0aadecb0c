#pragma once

#include <QList>
#include <QString>

// The Chinese words of clerks' spreadsheets (headers, relations, genders, residency types),
// kept as data in resources/import/vocabulary.txt rather than in code.
class ImportVocabulary final
{
public:
    ImportVocabulary() = delete;

    // Trimmed, spaces removed, full-width ASCII folded, lower case: how cells are compared.
    static QString fold(const QString &text);
    // The code whose alias equals the folded text in that section ("relation", "gender",
    // "residency", "header"); also accepts the code itself. Empty when none matches.
    static QString lookup(const QString &section, const QString &text);
    // For headers: as lookup(), or else the code of the longest alias the text starts with.
    static QString lookupPrefix(const QString &section, const QString &text);
};
