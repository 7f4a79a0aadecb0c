#pragma once

#include <QString>
#include <QVariant>
#include <QVariantMap>

// How the merge reads and writes values: the log's JSON rows, values compared as text whichever
// driver gave them (2.0 and 2 are one), and values bound so PostgreSQL takes them.
namespace FieldValues {

QVariantMap parseRow(const QString &json);
QString canon(const QVariant &v);
QVariant bindable(const QVariant &v);
QString jsonOf(const QVariantMap &row);

} // namespace FieldValues
