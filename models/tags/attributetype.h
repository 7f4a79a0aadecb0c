#pragma once

#include "models/core/fielderror.h"

#include "tagdefinition.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The four types of a tag attribute or a custom field and their values, stored as text: a number
// as written (decimal point), a date as yyyy-MM-dd, a choice as one of its choices.
class AttributeType final
{
    Q_DECLARE_TR_FUNCTIONS(AttributeType)

public:
    static QStringList codes();
    static bool isKnown(const QString &type);
    static QString label(const QString &type); // translated, for the type boxes
    // The stored form of `value` (trimmed; a date in any of the usual spellings becomes yyyy-MM-dd),
    // or an empty string with *error set, naming the attribute; an empty value is always allowed.
    static QString normalize(const TagAttribute &attribute, const QString &value, QString *error);
    // Why a definition cannot be saved (translated, naming the field), or no message.
    static FieldError definitionError(const TagAttribute &attribute);
};
