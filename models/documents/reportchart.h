#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

class QPainter;
class QRectF;

// A bar or line chart painted with QPainter alone, so the printed report and the command line
// draw it as vectors into the PDF without a window system: title, value axis with grid lines,
// category labels, legend and values on the bars.
class ReportChart final
{
public:
    enum class Type { Bars, Lines };

    ReportChart(Type type, QString title);
    void setCategories(const QStringList &categories) { m_categories = categories; }
    void addSeries(const QString &name, const QColor &color, const QList<double> &values);
    void paint(QPainter &painter, const QRectF &rect) const;

    // The palette the dashboard and the report share.
    static QColor color(int index);

private:
    struct Series
    {
        QString name;
        QColor color;
        QList<double> values;
    };
    double maximum() const;

    Type m_type;
    QString m_title;
    QStringList m_categories;
    QList<Series> m_series;
};
