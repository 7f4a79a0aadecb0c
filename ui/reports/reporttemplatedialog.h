#pragma once

#include "models/reports/reporttemplate.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;

// Edits the monthly report's template: title, lines under it, signature names, sections.
class ReportTemplateDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReportTemplateDialog(const ReportTemplate &reportTemplate, QWidget *parent = nullptr);
    ReportTemplate reportTemplate() const;

private:
    void show(const ReportTemplate &t);

    QLineEdit *m_title = nullptr;
    QLineEdit *m_subtitle = nullptr;
    QPlainTextEdit *m_left = nullptr;
    QPlainTextEdit *m_right = nullptr;
    QLineEdit *m_preparedBy = nullptr;
    QLineEdit *m_reviewedBy = nullptr;
    QCheckBox *m_summary = nullptr;
    QCheckBox *m_gridTable = nullptr;
    QCheckBox *m_gridWork = nullptr;
    QCheckBox *m_charts = nullptr;
    QCheckBox *m_birthdays = nullptr;
    QCheckBox *m_notable = nullptr;
    QCheckBox *m_byArea = nullptr;
};
