#pragma once

#include "models/access/accessscope.h"

#include "models/birthdays/birthdaysheet.h"

#include <QSqlDatabase>
#include <QWidget>

class BirthdayListModel;
class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QSpinBox;
class QTableView;

// The Birthdays page: for a chosen month, the residents aged 60 and over (or the chosen
// age) whose birthday is kept in it, by solar or lunar date, with the figures the office
// reports, the party record, the printed sign-in sheets and the exports.
class BirthdayPage final : public QWidget
{
    Q_OBJECT

public:
    BirthdayPage(QSqlDatabase db, const AccessScope &scope, QWidget *parent = nullptr);

    BirthdayListModel *model() const { return m_model; }
    QTableView *view() const { return m_table; }
    QList<QAction *> pageActions() const;
    void setMonth(int year, int month);
    void setRevealNumbers(bool reveal);
    // The sheet of what is shown, as printed and exported.
    BirthdaySheet sheet(bool perGrid) const;
    // Writes .pdf, .csv or .xlsx without asking; false with *error on failure.
    bool exportTo(const QString &path, QString *error = nullptr) const;

public slots:
    void recordParty();
    void printPreview();
    void printPreviewPerGrid();
    void exportList();
    void refresh();

signals:
    void statusMessage(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildFilters(QWidget *bar);
    void monthEdited();
    void updateHeader();
    void updateSpans();
    void showContextMenu(const QPoint &pos);
    void setResidentCalendar(int calendar); // -1: office default, else BirthdayRules::Calendar
    void preview(bool perGrid);

    QSqlDatabase m_db;

    AccessScope m_scope; // who is acting: handed on to every store and dialog
    QString m_community;
    bool m_loaded = false;
    BirthdayListModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QDateEdit *m_month = nullptr;
    QSpinBox *m_minAge = nullptr;
    QComboBox *m_calendar = nullptr;
    QComboBox *m_grid = nullptr;
    QComboBox *m_tag = nullptr;
    QCheckBox *m_group = nullptr;
    QCheckBox *m_nominal = nullptr;
    QCheckBox *m_reveal = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_upcoming = nullptr;
    QLabel *m_counts = nullptr;
    QAction *m_recordParty = nullptr;
    QAction *m_print = nullptr;
    QAction *m_printPerGrid = nullptr;
    QAction *m_export = nullptr;
};
