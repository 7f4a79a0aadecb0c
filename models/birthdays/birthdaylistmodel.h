#pragma once

#include "models/access/accessscope.h"

#include "birthdaycounts.h"
#include "birthdayentry.h"
#include "birthdayrules.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSqlDatabase>

// The Birthdays page's list: one month's birthdays (plus those missed at last month's party),
// filtered by grid and tag in memory, in list order, optionally under one heading row per grid.
// A month is bounded (about 2% of the register), so it is read whole on reload rather than paged
// (PagedTableModel): the grid headings and the in-memory filters need every row at hand.
class BirthdayListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Gender,
        BirthDate,
        LunarBirthday,
        KeptOn,
        AgeTurning,
        NominalAge,
        Grid,
        Address,
        Phone,
        Tags,
        Note,
        ColumnCount
    };

    BirthdayListModel(QSqlDatabase db, const AccessScope &scope, QObject *parent = nullptr);

    // Each of these reads the register again once reload() has been called (the first read is
    // explicit, so that a view can be configured without reading a large register several times).
    void setMonth(int year, int month);
    void setMinimumAge(int age);
    void setDefaultCalendar(BirthdayRules::Calendar calendar);
    void setIncludeMissed(bool include);
    void setToday(const QDate &today);
    void reload();

    // These only change what is shown.
    void setGridFilter(qint64 gridId); // 0: all grids
    void setTagFilter(qint64 tagId);   // 0: any tag
    void setGroupByGrid(bool group);
    void setRevealPhones(bool reveal);

    int year() const { return m_year; }
    int month() const { return m_month; }
    QDate today() const { return m_today; }
    int minimumAge() const { return m_minimumAge; }
    BirthdayRules::Calendar defaultCalendar() const { return m_calendar; }
    bool groupByGrid() const { return m_groupByGrid; }
    bool revealPhones() const { return m_reveal; }
    qint64 gridFilter() const { return m_gridFilter; }

    // What is shown, in order, without heading rows.
    QList<BirthdayEntry> entries() const { return m_shown; }
    // nullptr for a heading row.
    const BirthdayEntry *entry(int row) const;
    bool isGroupRow(int row) const;
    int rowOfResident(qint64 residentId) const;
    BirthdayCounts counts() const { return BirthdayCounts::of(m_shown); }
    // Birthdays in the 7 days from upcomingFrom() on, over the whole register: from today when
    // the chosen month is this month, else from the chosen month's first day, so the figure
    // always belongs to the month the list shows.
    int upcomingCount() const { return m_upcoming; }
    QDate upcomingFrom() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // After every change of the rows shown.
    void listChanged();

private:
    struct RowRef
    {
        int entry = -1; // index into m_shown; -1 for a grid heading
        int groupSize = 0;
        QString heading;
    };
    void reloadIfLoaded();
    void rebuild();
    QVariant entryData(const BirthdayEntry &e, int column, int role) const;

    QSqlDatabase m_db;
    AccessScope m_scope;
    int m_year = 0;
    int m_month = 0;
    int m_minimumAge = 60;
    BirthdayRules::Calendar m_calendar = BirthdayRules::Calendar::Solar;
    bool m_includeMissed = true;
    QDate m_today = QDate::currentDate();
    qint64 m_gridFilter = 0;
    qint64 m_tagFilter = 0;
    bool m_groupByGrid = false;
    bool m_reveal = false;
    bool m_loaded = false;
    int m_upcoming = 0;
    QList<BirthdayEntry> m_all;
    QList<BirthdayEntry> m_shown;
    QList<RowRef> m_rows;
};
