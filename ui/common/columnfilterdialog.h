#pragma once

#include <QDialog>
#include <QList>
#include <QString>
#include <QStringList>
#include <utility>

class QLineEdit;
class QListWidget;

// The filter of one column, as Excel's header dropdown: "contains" text (for a column of free
// text) and/or the values to keep, ticked in a list ("Select all" ticks or clears them). "Clear
// filter" empties both. The page turns the answer into its model's filter (applied in SQL).
class ColumnFilterDialog final : public QDialog
{
    Q_OBJECT

public:
    // `choices` are (value, label); `hasText` offers the "contains" box. `contains` and `picked`
    // are the filter in force.
    ColumnFilterDialog(const QString &column, bool hasText, const QList<std::pair<QString, QString>> &choices,
                       const QString &contains, const QStringList &picked, QWidget *parent = nullptr);

    QString contains() const;
    // The values ticked; empty when all (or none) are: that keeps every row.
    QStringList picked() const;

private:
    QLineEdit *m_contains = nullptr;
    QListWidget *m_values = nullptr;
};
