#pragma once

#include "models/access/accessscope.h"

#include "ui/common/editablelistactions.h"

#include <QDate>
#include <QSqlDatabase>
#include <QWidget>

class MeetingTableModel;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;

// The Deliberation page (居民议事): the meetings held, filtered by period, grid, kind and a
// search; recording and editing a meeting (MeetingDialog), archiving it, the list of kinds,
// this month's figures (meetings, decisions, follow-up), and the minutes as an A4 PDF.
class MeetingsPage final : public QWidget
{
    Q_OBJECT

public:
    MeetingsPage(QSqlDatabase db, const AccessScope &scope, QWidget *parent = nullptr);

    MeetingTableModel *model() const { return m_model; }
    QTableView *view() const { return m_table; }
    QLabel *figuresLabel() const { return m_figures; }
    void setPeriod(const QDate &from, const QDate &to);
    void setSearchText(const QString &text);
    qint64 currentMeetingId() const;
    // Writes the minutes of a meeting to a PDF; *error says why not.
    bool writeMinutes(qint64 meetingId, const QString &path, QString *error = nullptr) const;

public slots:
    void newMeeting();
    void editMeeting();
    void archiveMeeting();
    void printMinutes();
    void addKind();
    void renameKind();
    void archiveKind();
    EditableListActions::Texts kindTexts() const;
    void refresh();

signals:
    void statusMessage(const QString &text);

private:
    void applyFilter();
    void fillKinds();
    void showFigures();

    QSqlDatabase m_db;

    AccessScope m_scope; // who is acting: handed on to every store and dialog
    MeetingTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_grid = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_archived = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_figures = nullptr;
};
