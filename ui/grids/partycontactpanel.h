#pragma once

#include "models/access/accessscope.h"

#include <QSqlDatabase>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTableWidget;
class ResidentTableModel;

// The party-member households (党员中心户) of a grid: the list with the party member, address,
// phone (masked unless numbers are shown) and since when; adding one by searching the grid's
// residents in the register; ending one (archived, kept in the records).
class PartyContactPanel final : public QWidget
{
    Q_OBJECT

public:
    PartyContactPanel(QSqlDatabase db, const AccessScope &scope, QWidget *parent = nullptr);

    QComboBox *gridCombo() const { return m_grid; }
    QTableWidget *contactTable() const { return m_contacts; }
    QLineEdit *searchEdit() const { return m_search; }
    QTableView *residentHits() const { return m_hits; }
    void setGrid(qint64 gridId);

public slots:
    void reload();
    void reloadGrids();
    // Makes the household of the n-th search hit a party-member household of the grid.
    bool addFoundResident(int row);
    void endSelected();

signals:
    void statusMessage(const QString &text);

private:
    void search(const QString &text);
    void showError(const QString &text);

    QSqlDatabase m_db;

    AccessScope m_scope; // who is acting: handed on to every store and dialog
    QComboBox *m_grid = nullptr;
    QTableWidget *m_contacts = nullptr;
    QLineEdit *m_search = nullptr;
    ResidentTableModel *m_hitModel = nullptr;
    QTableView *m_hits = nullptr;
    QLabel *m_message = nullptr;
};
