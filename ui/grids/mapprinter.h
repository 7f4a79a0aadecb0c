#pragma once

#include <QCoreApplication>
#include <QPageSize>
#include <QString>

class MapScene;
class QPagedPaintDevice;
class QPainter;
class QPrinter;

// Prints the map on one landscape page (A4 or A3) with a title, the legend and the date,
// as PDF or as a PNG of the same layout (150 dpi).
class MapPrinter final
{
    Q_DECLARE_TR_FUNCTIONS(MapPrinter)

public:
    MapPrinter(MapScene *scene, QString title);

    bool exportPdf(const QString &path, QPageSize::PageSizeId size) const;
    bool exportPng(const QString &path, QPageSize::PageSizeId size) const;
    // Lays the page out landscape at `size` on a printer the clerk chose (print preview, paper).
    bool print(QPrinter *printer, QPageSize::PageSizeId size) const;

private:
    // Sets the page up landscape at `size` and paints it.
    bool printOn(QPagedPaintDevice *device, QPageSize::PageSizeId size) const;
    void paint(QPainter *painter, const QRectF &page, double pointScale) const;

    MapScene *m_scene;
    QString m_title;
};
