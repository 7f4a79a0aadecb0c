#pragma once

#include "models/access/accessscope.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QWidget>

class CaseDetailPanel;
class CaseTableModel;
class FilterChip;
class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

// The Cases page: a filter bar (status, grid, category, source, period, search, an "Overdue"
// quick filter), the lazily paged list, and the chosen case's details, timeline and next steps.
class CasePage final : public QWidget
{
    Q_OBJECT

public:
    CasePage(QSqlDatabase db, const AccessScope &scope, QWidget *parent = nullptr);

    CaseTableModel *model() const { return m_model; }
    QTableView *view() const { return m_table; }
    CaseDetailPanel *detail() const { return m_detail; }
    QAction *newCaseAction() const { return m_newCase; }
    void setRevealNumbers(bool reveal);
    // Fixes "now" for the dialogs and the deadline colours (tests); invalid = the clock.
    void setNow(const QDateTime &now);
    void selectCase(qint64 caseId);
    // The filter a chart chose (showFiltered), shown as a removable chip.
    FilterChip *filterChip() const { return m_chip; }

public slots:
    // The dashboard's way in: statusGroup "" | "received" | "resolved" | "open" | "overdue";
    // 0 / invalid = any. "received" and "" filter the period by receipt, "resolved" by closure.
    void showFiltered(qint64 gridId, const QDate &from, const QDate &to, const QString &statusGroup, qint64 categoryId);
    void newCase();
    void editCategories();
    void applyStep(qint64 caseId, const QString &action);
    void refresh();
    void showDueErrands();

signals:
    void statusMessage(const QString &text);
    // 转人民调解 for the chosen case.
    void mediationRequested(qint64 caseId);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildFilters();
    void fillCategories();
    void updateDueCount();
    void applyFilter();
    void clearChartFilter();
    void currentChanged();
    void updateCount(int count);

    QSqlDatabase m_db;

    AccessScope m_scope; // who is acting: handed on to every store and dialog
    QDateTime m_now;
    bool m_periodByClosure = false;
    FilterChip *m_chip = nullptr;
    CaseTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    CaseDetailPanel *m_detail = nullptr;
    QAction *m_newCase = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_grid = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_source = nullptr;
    QComboBox *m_kind = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_search = nullptr;
    QPushButton *m_overdue = nullptr;
    QPushButton *m_due = nullptr;
    QLabel *m_count = nullptr;
};
