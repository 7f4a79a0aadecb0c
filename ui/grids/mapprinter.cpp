#include "mapprinter.h"

#include "mapscene.h"

#include <QDate>
#include <QFontDatabase>
#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPicture>
#include <QPrinter>

namespace {

QFont printFont()
{
    // Fonts whose CJK text extracts correctly from the PDF come first (see TOOLCHAIN.md).
    const QStringList families = QFontDatabase::families();
    for (const QString &f : {QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Microsoft YaHei"),
                             QStringLiteral("SimSun"), QStringLiteral("Noto Sans CJK SC")})
        if (families.contains(f))
            return QFont(f);
    return QFont();
}

} // namespace

MapPrinter::MapPrinter(MapScene *scene, QString title)
    : m_scene(scene)
    , m_title(std::move(title))
{}

void MapPrinter::paint(QPainter *painter, const QRectF &page, double pointScale) const
{
    painter->setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform | QPainter::TextAntialiasing);
    QFont font = printFont();
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

bool MapPrinter::exportPdf(const QString &path, QPageSize::PageSizeId size) const
{
    QPdfWriter writer(path);
    writer.setTitle(m_title);
    writer.setCreator(QStringLiteral("CommunityDesk"));
    writer.setResolution(300);
    writer.setPageLayout(
        QPageLayout(QPageSize(size), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    const QRect page = writer.pageLayout().paintRectPixels(writer.resolution());
    // One "point" of the layout = 1/72 inch at the writer's resolution.
    paint(&painter, QRectF(QPointF(0, 0), QSizeF(page.size())), writer.resolution() / 72.0);
    return painter.end();
}

bool MapPrinter::print(QPrinter *printer, QPageSize::PageSizeId size) const
{
    printer->setPageLayout(
        QPageLayout(QPageSize(size), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
    printer->setDocName(m_title);
    QPainter painter;
    if (!painter.begin(printer))
        return false;
    const QRect page = printer->pageLayout().paintRectPixels(printer->resolution());
    paint(&painter, QRectF(QPointF(0, 0), QSizeF(page.size())), printer->resolution() / 72.0);
    return painter.end();
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
