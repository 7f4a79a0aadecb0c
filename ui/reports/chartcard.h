#pragma once

#include <QFrame>

class QChart;
class QChartView;
class QLabel;
class QPrinter;

// One chart of the dashboard in a card with its title and the three things every chart offers:
// copy (an image on the clipboard), save as PNG, and print (through a print preview).
class ChartCard final : public QFrame
{
    Q_OBJECT

public:
    explicit ChartCard(const QString &title, QWidget *parent = nullptr);

    // Takes ownership of the chart; the previous one is deleted.
    void setChart(QChart *chart);
    QChart *chart() const;
    QChartView *chartView() const { return m_view; }
    QString title() const;

    // The chart as it would be printed, at twice the screen size for sharp text.
    QImage image() const;
    bool savePng(const QString &path) const;

public slots:
    void copyToClipboard();
    void saveAs();
    void printPreview();

signals:
    void statusMessage(const QString &text);

private:
    void render(QPrinter *printer) const;

    QLabel *m_title = nullptr;
    QChartView *m_view = nullptr;
};
