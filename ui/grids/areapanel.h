#pragma once

#include "models/access/accessscope.h"

#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

// Areas (片区) above the grids: the list of areas with their grids, households and residents
// rolled up from the grids (GridRollup), adding, renaming and archiving an area, and ticking
// the grids that belong to the selected area.
class AreaPanel final : public QWidget
{
    Q_OBJECT

public:
    AreaPanel(QSqlDatabase db, const AccessScope &scope, QWidget *parent = nullptr);

    QTableWidget *areaTable() const { return m_table; }
    QListWidget *gridList() const { return m_grids; }
    QLineEdit *codeEdit() const { return m_code; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *leaderEdit() const { return m_leader; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *assignButton() const { return m_assign; }
    qint64 currentAreaId() const;
    void selectArea(qint64 areaId);

public slots:
    void reload();
    void newArea();
    bool saveArea();
    void archiveArea();
    bool assignGrids();

signals:
    // Areas or their grids changed: the grid editor's area list must be refilled.
    void areasChanged();
    void statusMessage(const QString &text);

private:
    void currentAreaChanged();
    void showMessage(const QString &text, bool error);

    QSqlDatabase m_db;

    AccessScope m_scope; // who is acting: handed on to every store and dialog
    QTableWidget *m_table = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_leader = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_archive = nullptr;
    QListWidget *m_grids = nullptr;
    QPushButton *m_assign = nullptr;
    QLabel *m_message = nullptr;
};
