#pragma once

#include "models/access/accessscope.h"

#include "models/register/residentfilter.h"

#include <QSqlDatabase>
#include <QWidget>

class AddressTreeModel;
class FilterChip;
class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class RegisterEmptyState;
class QSpinBox;
class QTableView;
class QTimer;
class QTreeView;
class ResidentDetailPanel;
class ResidentTableModel;
class SavedViewsBar;

// The household register: address tree, search, filters, the resident list and the selected
// resident's details, with the actions a clerk takes on a household or a person.
class RegisterPage final : public QWidget
{
    Q_OBJECT

public:
    RegisterPage(QSqlDatabase db, const AccessScope &scope, QWidget *parent = nullptr);

    QAction *newHouseholdAction() const { return m_newHousehold; }
    QAction *findAction() const { return m_find; }
    // 社区建档: the community set-up dialog (also offered by the empty register).
    QAction *setUpAction() const { return m_setUp; }
    QAction *manageTagsAction() const { return m_manageTags; }
    RegisterEmptyState *emptyState() const { return m_empty; }
    QList<QAction *> pageActions() const;
    ResidentTableModel *residentModel() const { return m_model; }
    QTableView *residentView() const { return m_table; }
    QLineEdit *searchEdit() const { return m_search; }
    // The filter the list got from elsewhere (the map, an import), shown as a removable chip.
    FilterChip *filterChip() const { return m_chip; }
    void setRevealNumbers(bool reveal);
    void showResident(qint64 residentId);
    // Lists the living residents of one building (e.g. a building clicked on the grid map).
    void showBuilding(qint64 buildingId);
    // Lists exactly these residents, whatever their status (the people an import no longer found).
    void showResidents(const QList<qint64> &residentIds);
    // The list's filters, column filters and columns as text (a saved view, or the filters the
    // window keeps for the next start), and putting them back.
    QString viewState() const;
    void applyViewState(const QString &state);
    SavedViewsBar *savedViews() const { return m_views; }
    // The header's filter of `column` (ResidentTableModel::Column): asks for it and applies it.
    void editColumnFilter(int column);

public slots:
    void newHousehold();
    void editHousehold();
    void editResident();
    void moveOut();
    void markDeceased();
    void moveBack();
    void moveToOtherHousehold();
    void setUpCommunity();
    void manageTags();
    void reviewDuplicates();
    // Re-reads everything (after an import): the tree, the list and whether the register is empty.
    void reload();

signals:
    void statusMessage(const QString &text);
    // The empty register's "import" button: the window opens its import wizard.
    void importRequested();

protected:
    // Alt+Down in the list opens the current column's filter, as on every other list (Excel).
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildFilters(QWidget *bar);
    void applyFilter();
    void treeSelectionChanged();
    void currentResidentChanged();
    void updateActions();
    void updateEmptyState();
    void refreshAfterChange(qint64 residentId);
    void changeStatus(const QString &status, const QString &title, const QString &prompt);
    qint64 currentResidentId() const;
    qint64 currentHouseholdId() const;

    QSqlDatabase m_db;

    AccessScope m_scope; // who is acting: handed on to every store and dialog
    ResidentTableModel *m_model = nullptr;
    AddressTreeModel *m_tree = nullptr;
    QTreeView *m_treeView = nullptr;
    QTableView *m_table = nullptr;
    ResidentDetailPanel *m_detail = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchTimer = nullptr;
    QComboBox *m_grid = nullptr;
    QComboBox *m_tag = nullptr;
    QComboBox *m_residency = nullptr;
    QComboBox *m_status = nullptr;
    QSpinBox *m_minAge = nullptr;
    QSpinBox *m_maxAge = nullptr;
    QCheckBox *m_reveal = nullptr;
    QLabel *m_count = nullptr;
    QSplitter *m_splitter = nullptr;
    FilterChip *m_chip = nullptr;
    RegisterEmptyState *m_empty = nullptr;
    ResidentFilter m_addressFilter;
    QList<ResidentColumnCondition> m_columnFilters; // the header's filters, one per column at most
    SavedViewsBar *m_views = nullptr;
    qint64 m_shownResident = -1; // whose details the panel shows
    QAction *m_newHousehold = nullptr;
    QAction *m_editHousehold = nullptr;
    QAction *m_editResident = nullptr;
    QAction *m_moveOut = nullptr;
    QAction *m_deceased = nullptr;
    QAction *m_moveBack = nullptr;
    QAction *m_moveHousehold = nullptr;
    QAction *m_find = nullptr;
    QAction *m_setUp = nullptr;
    QAction *m_manageTags = nullptr;
    QAction *m_duplicates = nullptr;
};
