#pragma once

#include "models/access/accessscope.h"

#include "models/reports/monthlyreportdata.h"

#include <QSqlDatabase>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPrinter;
class QPrintPreviewWidget;
class MonthlyReport;

// The monthly report (月度工作报表): choose the month and the community or one grid, see the
// pages as they will print, adjust the template, print, or export to PDF and Excel.
class ReportPage : public QWidget
{
    Q_OBJECT

public:
    ReportPage(QSqlDatabase db, const AccessScope &scope, QWidget *parent = nullptr);
    ~ReportPage() override;

    void setMonth(int year, int month);
    void setGrid(qint64 gridId);
    // Sums the per-grid tables and charts per area (kept in the report template).
    void setByArea(bool byArea);
    QCheckBox *byAreaBox() const { return m_byArea; }
    const MonthlyReportData &data() const { return m_data; }
    QPrintPreviewWidget *preview() const { return m_preview; }
    int pageCount() const;

public slots:
    void refresh();
    void editTemplate();
    void print();
    void exportPdf();
    void exportXlsx();

signals:
    void statusMessage(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    MonthlyReport report() const;
    void exportTo(const QString &suffix, const QString &filter);
    void updateByAreaBox();

    QSqlDatabase m_db;

    AccessScope m_scope; // who is acting: handed on to every store and dialog
    bool m_loaded = false;
    MonthlyReportData m_data;
    QDateEdit *m_month = nullptr;
    QComboBox *m_grid = nullptr;
    QCheckBox *m_byArea = nullptr;
    QLabel *m_status = nullptr;
    QPrinter *m_printer = nullptr;
    QPrintPreviewWidget *m_preview = nullptr;
};
