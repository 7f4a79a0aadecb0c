#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// What a field copy says about itself (its field_checkout table): which office it came from,
// for whom, which grids, when and by whom it was checked out. The window's banner and the merge
// read it; a database without the table is not a field copy (isFieldCopy() false).
class FieldCopyInfo final
{
    Q_DECLARE_TR_FUNCTIONS(FieldCopyInfo)

public:
    static FieldCopyInfo read(const QSqlDatabase &db);
    // Creates the table in a new field copy and writes the keys below (the check-out's own step).
    static bool write(const QSqlDatabase &db, const FieldCopyInfo &info);

    bool isFieldCopy() const { return !checkoutId.isEmpty(); }
    // "Field copy · 第三网格 · 李娜 · checked out 2026-12-07 09:10", the window's banner.
    QString banner() const;

    QString checkoutId;
    QString office; // the office's file or server address, never a password
    QString workerLogin;
    QString workerName;
    QStringList gridCodes;
    QStringList gridNames; // read from the copy's grid table, in the order of gridCodes
    QDateTime checkedOutAt;
    QString checkedOutBy;
};
