#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariantMap>

// How the merge names records, fields and values to the clerk (report, conflict dialog, CLI):
// "Resident 张三", "Phone", "Moved out" rather than SQL names and codes.
class FieldLabels final
{
    Q_DECLARE_TR_FUNCTIONS(FieldLabels)

public:
    static QString record(const QString &table, const QVariantMap &row, qint64 officeId);
    static QString field(const QString &column);
    static QString value(const QString &column, const QString &value);
};
