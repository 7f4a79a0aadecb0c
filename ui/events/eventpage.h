#pragma once

#include "models/access/accessscope.h"

#include "ui/common/editablelistactions.h"

#include <QDate>
#include <QSqlDatabase>
#include <QWidget>

class EventTableModel;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;

// The Events page: the list of events held, filtered by period, grid, type and a search, with
// recording, editing and cancelling events and keeping the list of event types.
class EventPage final : public QWidget
{
    Q_OBJECT

public:
    EventPage(QSqlDatabase db, const AccessScope &scope, QWidget *parent = nullptr);

    EventTableModel *model() const { return m_model; }
    QTableView *view() const { return m_table; }
    void setPeriod(const QDate &from, const QDate &to);
    void setSearchText(const QString &text);

public slots:
    void newEvent();
    void editEvent();
    void cancelEvent();
    void addType();
    void renameType();
    void archiveType();
    EditableListActions::Texts typeTexts() const;
    void refresh();

signals:
    void statusMessage(const QString &text);

private:
    void applyFilter();
    void fillTypes();
    qint64 currentEventId() const;

    QSqlDatabase m_db;

    AccessScope m_scope; // who is acting: handed on to every store and dialog
    EventTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_grid = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
};
