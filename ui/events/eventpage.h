#pragma once

#include "models/access/accessscope.h"

#include "ui/common/listpage.h"

#include <QSqlDatabase>

class EventTableModel;

// The Events page: the list of events held, filtered by period, grid, type and a search, with
// recording, editing and cancelling events and keeping the list of event types.
class EventPage final : public ListPage
{
    Q_OBJECT

public:
    EventPage(QSqlDatabase db, const AccessScope &scope, QWidget *parent = nullptr);

    EventTableModel *model() const { return m_model; }

public slots:
    void newEvent();
    void editEvent();
    void cancelEvent();
    // The selected event's sign-in sheet with row codes, saved as PDF (PaperSheets), and keying
    // a ticked sheet back (PaperKeyInDialog).
    void printSignInSheet();
    void keyBackSheet();
    void refresh() override;

protected:
    void applyFilter() override;
    QString countText(int rows) const override;

private:
    Entries typeEntries();
    qint64 currentEventId() const;
    void openEvent(qint64 id);

    QSqlDatabase m_db;

    AccessScope m_scope; // who is acting: handed on to every store and dialog
    EventTableModel *m_model = nullptr;
};
