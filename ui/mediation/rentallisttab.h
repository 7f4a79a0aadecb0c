#pragma once

#include "models/access/accessscope.h"

#include <QSqlDatabase>
#include <QWidget>

class ListExportButton;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableView;
class RentalTableModel;

// The rented rooms' tab (出租屋): the rooms (search by address, landlord or tenant), or the
// tenants whose 居住证/暂住 permits expire within N days (default 30) or have expired; new, edit,
// archive a room, export and print the list as shown.
class RentalListTab final : public QWidget
{
    Q_OBJECT

public:
    RentalListTab(QSqlDatabase db, const AccessScope &scope, QWidget *parent = nullptr);

    RentalTableModel *model() const { return m_model; }
    QTableView *view() const { return m_table; }
    QRadioButton *expiringButton() const { return m_showExpiring; }
    QSpinBox *daysSpin() const { return m_days; }
    QLineEdit *searchEdit() const { return m_search; }
    ListExportButton *exportButton() const { return m_export; }
    qint64 currentRoomId() const;

public slots:
    void newRoom();
    void editRoom();
    void archiveRoom();
    void print();
    void refresh();

signals:
    void statusMessage(const QString &text);

private:
    void openRoom(qint64 id);

    QSqlDatabase m_db;
    AccessScope m_scope; // who is acting: handed on to every store and dialog
    RentalTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QRadioButton *m_showRooms = nullptr;
    QRadioButton *m_showExpiring = nullptr;
    QSpinBox *m_days = nullptr;
    QLabel *m_count = nullptr;
    ListExportButton *m_export = nullptr;
};
