#pragma once

#include <QObject>

class QDateTimeEdit;
class QWidget;

// Tab and Shift+Tab leave a date field instead of walking through its year, month and day (digits
// typed "in the next field" used to change the date). The parts stay reachable by the arrow keys,
// by typing the separator ("2021-7-8" as well as "20210708"), or by the mouse; a digit typed in a
// blank optional date starts a date.
class DateField final : public QObject
{
    Q_OBJECT

public:
    static void tabLeaves(QDateTimeEdit *edit);
    // Every date field under `root`, for a form built before it is shown.
    static void tabLeavesAll(QWidget *root);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit DateField(QDateTimeEdit *edit);
};
