#pragma once

#include "models/access/accessscope.h"

#include <QDate>
#include <QSqlDatabase>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTableWidget;
class QTabWidget;
class VisitStaleModel;
class VisitTableModel;

// The Visits page (入户走访): the visit log with its filters and "Log visit…", and a coverage
// tab with the per-grid table of a month (households, visited, coverage %, needs raised,
// errands done) and the households not visited for N days, living-alone elderly first.
// "Print visit sheet…" writes a building's A4 round sheet.
class VisitsPage final : public QWidget
{
    Q_OBJECT

public:
    VisitsPage(QSqlDatabase db, const AccessScope &scope, QWidget *parent = nullptr);

    VisitTableModel *model() const { return m_model; }
    VisitStaleModel *staleModel() const { return m_stale; }
    QTableView *view() const { return m_table; }
    QTableWidget *coverageTable() const { return m_coverage; }
    QCheckBox *coverageByAreaBox() const { return m_coverageByArea; }
    QTabWidget *tabs() const { return m_tabs; }
    // Fixes "today" for the coverage and the dialogs (tests); invalid = the clock.
    void setToday(const QDate &today);
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    // Writes the visit sheet of one building as a PDF; on failure *error says why.
    bool writeVisitSheet(qint64 buildingId, const QString &path, QString *error = nullptr);
    // The sheet with a code per household and the sheet's QR code, to key back (PaperSheets);
    // *sheetCode, if given, is the printed sheet's code.
    bool writeKeyBackSheet(qint64 buildingId, const QString &path, QString *error = nullptr,
                           QString *sheetCode = nullptr);

public slots:
    void logVisit(qint64 householdId = 0);
    void editVisit();
    void archiveVisit();
    void printVisitSheet();
    void printKeyBackSheet();
    // Asks for a building (typing narrows the list); 0 if none was chosen. *name: compound and building.
    qint64 chooseBuilding(const QString &title, QString *name);
    void refresh();

signals:
    void statusMessage(const QString &text);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QWidget *buildLogTab();
    QWidget *buildCoverageTab();
    void applyFilter();
    void updateCoverage();
    void updateStale();
    void currentChanged();
    qint64 currentVisitId() const;

    QSqlDatabase m_db;

    AccessScope m_scope; // who is acting: handed on to every store and dialog
    QDate m_today;
    VisitTableModel *m_model = nullptr;
    VisitStaleModel *m_stale = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_needs = nullptr;
    QComboBox *m_grid = nullptr;
    QLineEdit *m_worker = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_archive = nullptr;
    QDateEdit *m_month = nullptr;
    QCheckBox *m_coverageByArea = nullptr;
    QTableWidget *m_coverage = nullptr;
    QSpinBox *m_days = nullptr;
    QComboBox *m_staleGrid = nullptr;
    QLabel *m_staleCount = nullptr;
    QTableView *m_staleTable = nullptr;
};
