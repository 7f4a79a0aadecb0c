#pragma once

#include "models/access/accessscope.h"

#include "ui/common/listpage.h"

#include <QSqlDatabase>

class MeetingTableModel;
class QCheckBox;
class QLabel;

// The Deliberation page (居民议事): the meetings held, filtered by period, grid, kind and a
// search; recording and editing a meeting (MeetingDialog), archiving it, the list of kinds,
// this month's figures (meetings, decisions, follow-up), and the minutes as an A4 PDF.
class MeetingsPage final : public ListPage
{
    Q_OBJECT

public:
    MeetingsPage(QSqlDatabase db, const AccessScope &scope, QWidget *parent = nullptr);

    MeetingTableModel *model() const { return m_model; }
    QLabel *figuresLabel() const { return m_figures; }
    qint64 currentMeetingId() const;
    // Writes the minutes of a meeting to a PDF; *error says why not.
    bool writeMinutes(qint64 meetingId, const QString &path, QString *error = nullptr) const;

public slots:
    void newMeeting();
    void editMeeting();
    void archiveMeeting();
    void printMinutes();
    void refresh() override;

protected:
    void applyFilter() override;
    QString countText(int rows) const override;

private:
    Entries kindEntries();
    void openMeeting(qint64 id);
    void showFigures();

    QSqlDatabase m_db;

    AccessScope m_scope; // who is acting: handed on to every store and dialog
    MeetingTableModel *m_model = nullptr;
    QCheckBox *m_archived = nullptr;
    QLabel *m_figures = nullptr;
};
