#include "mapprinter.h"

#include "mapscene.h"
#include "models/documents/pageddocument.h"
#include "models/documents/pdffile.h"
#include "models/documents/printfont.h"

#include <QDate>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPicture>
#include <QPrinter>

MapPrinter::MapPrinter(MapScene *scene, QString title)
    : m_scene(scene)
    , m_title(std::move(title))
{}

void MapPrinter::paint(QPainter *painter, const QRectF &page, double pointScale) const
{
    painter->setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform | QPainter::TextAntialiasing);
    QFont font = PrintFont::font(16);
    font.setPixelSize(int(16 * pointScale));
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(QColor(0x1d, 0x23, 0x2c));
    const double titleHeight = 30 * pointScale;
    painter->drawText(QRectF(page.left(), page.top(), page.width(), titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
                      m_title);
    font.setBold(false);
    font.setPixelSize(int(8 * pointScale));
    painter->setFont(font);
    painter->drawText(QRectF(page.left(), page.top(), page.width(), titleHeight), Qt::AlignRight | Qt::AlignVCenter,
                      QLocale().toString(QDate::currentDate(), QLocale::LongFormat));

    const QRectF mapArea(page.left(), page.top() + titleHeight + 6 * pointScale, page.width(),
                         page.height() - titleHeight - 6 * pointScale);
    const QRectF source = m_scene->mapRect();
    QSizeF fitted = source.size();
    fitted.scale(mapArea.size(), Qt::KeepAspectRatio);
    const QRectF target(mapArea.topLeft(), fitted);
    // Record the scene at screen scale first, then draw the recording scaled to the page: the
    // labels and markers, which keep their on-screen size, then grow with the map and stay
    // readable in print. The recording keeps vectors and text.
    QPicture picture;
    QPainter recorder(&picture);
    recorder.setRenderHints(painter->renderHints());
    m_scene->render(&recorder, QRectF(QPointF(0, 0), source.size()), source, Qt::KeepAspectRatio);
    recorder.end();
    painter->save();
    painter->setClipRect(target);
    painter->translate(target.topLeft());
    painter->scale(target.width() / source.width(), target.height() / source.height());
    // drawPicture() itself scales from the recording's resolution to the device's; undo that.
    painter->scale(double(picture.logicalDpiX()) / painter->device()->logicalDpiX(),
                   double(picture.logicalDpiY()) / painter->device()->logicalDpiY());
    painter->drawPicture(0, 0, picture);
    painter->restore();
    painter->setPen(QPen(QColor(0x9a, 0xa3, 0xb0), 0.5 * pointScale));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(target);

    font.setPixelSize(int(9 * pointScale));
    painter->setFont(font);
    const MapLegend legend = m_scene->legend();
    const QFontMetricsF fm(font);
    const double height = fm.height() * 1.35 * (legend.entries.size() + 1) + fm.height() * 0.5;
    // Below the map when the page has room there, otherwise over its lower-left corner.
    const bool below = mapArea.bottom() - target.bottom() > height + 8 * pointScale;
    legend.paint(painter, below ? QPointF(target.left(), target.bottom() + 8 * pointScale)
                                : QPointF(target.left() + 8 * pointScale, target.bottom() - height - 8 * pointScale));
}

bool MapPrinter::printOn(QPagedPaintDevice *device, QPageSize::PageSizeId size) const
{
    PagedDocument::setUpPage(device, QPageLayout::Landscape, size);
    QPainter painter;
    if (!painter.begin(device))
        return false;
    // One "point" of the layout = 1/72 inch at the device's resolution.
    paint(&painter, QRectF(0, 0, device->width(), device->height()), device->logicalDpiY() / 72.0);
    return painter.end();
}

bool MapPrinter::exportPdf(const QString &path, QPageSize::PageSizeId size) const
{
    return PdfFile::write(path, m_title, [this, size](QPagedPaintDevice *pdf) { return printOn(pdf, size); });
}

bool MapPrinter::print(QPrinter *printer, QPageSize::PageSizeId size) const
{
    printer->setDocName(m_title);
    return printOn(printer, size);
}

bool MapPrinter::exportPng(const QString &path, QPageSize::PageSizeId size) const
{
    const int dpi = 150;
    const QSize pixels = QPageSize(size).sizePixels(dpi).transposed();
    QImage image(pixels, QImage::Format_RGB32);
    image.fill(Qt::white);
    image.setDotsPerMeterX(int(dpi / 0.0254));
    image.setDotsPerMeterY(int(dpi / 0.0254));
    QPainter painter(&image);
    const double margin = 12 / 25.4 * dpi;
    paint(&painter, QRectF(margin, margin, pixels.width() - 2 * margin, pixels.height() - 2 * margin), dpi / 72.0);
    painter.end();
    return image.save(path, "PNG");
}
