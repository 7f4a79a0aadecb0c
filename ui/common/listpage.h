#pragma once

#include "models/access/accessscope.h"
#include "models/core/fielderror.h"
#include "models/register/listentry.h"
#include "ui/common/editablelistactions.h"

#include <functional>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QWidget>
#include <utility>

class QAbstractItemModel;
class QComboBox;
class FilterChip;
class SavedViewsBar;
class QDateEdit;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QToolButton;
class QVBoxLayout;

// The frame the event and meeting lists share: a filter row (the period, the grid, a list the
// office edits such as event types, a search), an action row (the page's own buttons, that list's
// menu, export, the count) and the table. A page builds it in the order the clerk tabs through:
// addFilters(), addButton() for each of its own, then addTable(); it turns the filters into its
// model's filter in applyFilter() and words the count in countText().
class ListPage : public QWidget
{
    Q_OBJECT

public:
    QTableView *view() const { return m_table; }
    void setPeriod(const QDate &from, const QDate &to);
    // The grid and period another page chose (a bar of a chart): shown as a removable chip, whose
    // removal puts back the grid and period the clerk had. gridId -1: community-wide.
    void showFiltered(qint64 gridId, const QDate &from, const QDate &to);
    FilterChip *filterChip() const { return m_chip; }
    void setSearchText(const QString &text);
    // The filters as text (kept by the window for the next start) and putting them back.
    QString viewState() const;
    void applyViewState(const QString &state);

public slots:
    virtual void refresh() = 0;

signals:
    void statusMessage(const QString &text);

protected:
    // The list the page filters by and keeps from a menu (event types, kinds of meeting): the
    // page's words and its store's calls.
    struct Entries
    {
        QString objectName; // of the filter's combo box
        QString allText;    // its first item, "All types"
        QString menuText;   // the menu's button, "Event types"
        QString addText;    // the menu's actions, "Add type…"
        QString renameText;
        QString archiveText;
        EditableListActions::Texts prompts;
        std::function<QList<ListEntry>()> load; // the entries not archived
        EditableListActions::Save save;
        EditableListActions::Archive archive;
    };

    explicit ListPage(QWidget *parent = nullptr);

    // The filter row: from and to (the last twelve months), the grid ("All grids", then `grids`
    // as name and id, -1 for community-wide), the entries and a search hinted by `searchHint`.
    void addFilters(const QList<std::pair<QString, qint64>> &grids, Entries entries, const QString &searchHint);
    // A filter of the page's own, after the search.
    void addFilter(QWidget *filter);
    // A button of the page's own in the action row.
    QPushButton *addButton(const QString &text, const std::function<void()> &clicked);
    // The entries' menu button (returned), the table over `model` named `viewName`, its export
    // (suggesting `exportFile`, then saying `exportedText` with the rows written) and the count.
    QToolButton *addTable(QAbstractItemModel *model, const QString &viewName, const QString &exportFile,
                          const QString &exportedText);

    // The saved views of this list ("events"), shared by the office: its filters and columns by name.
    void addSavedViews(QSqlDatabase db, const AccessScope &scope, const QString &list);

    // Asks `question` (titled `title`); on Yes makes `change` through the page's store and shows
    // the list again, or says why the store refused. Whether it was made.
    bool confirmChange(const QString &title, const QString &question, const std::function<SaveResult()> &change);

    QDate from() const;
    QDate to() const;
    qint64 gridId() const;
    qint64 entryId() const;
    QString searchText() const;
    void showCount(int rows);

    // Hands the filters to the page's model; called whenever one of them changes.
    virtual void applyFilter() = 0;
    virtual QString countText(int rows) const = 0;

private:
    void fillEntries();
    void addEntry();
    void renameEntry();
    void archiveEntry();

    Entries m_entries;
    QVBoxLayout *m_layout = nullptr;
    QHBoxLayout *m_filters = nullptr;
    QHBoxLayout *m_actions = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_grid = nullptr;
    QComboBox *m_entryFilter = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_count = nullptr;
    SavedViewsBar *m_views = nullptr;
    FilterChip *m_chip = nullptr;
    // What the clerk had before showFiltered(), put back when its chip is removed.
    qint64 m_gridBefore = 0;
    QDate m_fromBefore;
    QDate m_toBefore;
};
