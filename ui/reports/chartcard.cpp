#include "chartcard.h"
#include "ui/common/longwork.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFont>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

ChartCard::ChartCard(const QString &title, QWidget *parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("chartCard"));
    setStyleSheet(
        QStringLiteral("QFrame#chartCard { background: white; border: 1px solid #d8dde6; border-radius: 6px; }"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    auto *header = new QHBoxLayout;
    m_title = new QLabel(title, this);
    m_title->setStyleSheet(QStringLiteral("font-weight: bold; font-size: 11pt; color: #2b3340;"));
    // A long title (one that names its cohort) wraps rather than squeeze the card beside it.
    m_title->setWordWrap(true);
    header->addWidget(m_title, 1);
    auto button = [&](const QString &text, const QString &tip, void (ChartCard::*slot)()) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        b->setAutoRaise(true);
        connect(b, &QToolButton::clicked, this, slot);
        header->addWidget(b);
        return b;
    };
    button(tr("Copy"), tr("Copy the chart to the clipboard as an image"), &ChartCard::copyToClipboard)
        ->setObjectName(QStringLiteral("copyChart"));
    button(tr("Save PNG…"), tr("Save the chart as a PNG image"), &ChartCard::saveAs)
        ->setObjectName(QStringLiteral("saveChart"));
    button(tr("Print…"), tr("Print the chart"), &ChartCard::printPreview)->setObjectName(QStringLiteral("printChart"));
    layout->addLayout(header);
    m_view = new QChartView(this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(260);
    layout->addWidget(m_view, 1);
}

void ChartCard::setChart(QChart *chart)
{
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old; // the view does not delete the chart it showed before
}

QChart *ChartCard::chart() const
{
    return m_view->chart();
}

QString ChartCard::title() const
{
    return m_title->text();
}

QImage ChartCard::image() const
{
    // The card's title above the chart, so a copied or printed chart says what it shows.
    const QSize chartSize = m_view->size().expandedTo(QSize(480, 300));
    const int titleHeight = 40;
    const QSize size(chartSize.width(), chartSize.height() + titleHeight);
    QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    painter.setFont(font);
    painter.setPen(QColor(0x2b, 0x33, 0x40));
    painter.drawText(QRect(12, 0, size.width() - 24, titleHeight), Qt::AlignVCenter | Qt::AlignLeft, title());
    m_view->render(&painter, QRectF(QPointF(0, titleHeight), QSizeF(chartSize)), QRect(), Qt::IgnoreAspectRatio);
    return image;
}

bool ChartCard::savePng(const QString &path) const
{
    return image().save(path, "PNG");
}

void ChartCard::copyToClipboard()
{
    QApplication::clipboard()->setImage(image());
    emit statusMessage(tr("Chart copied to the clipboard."));
}

void ChartCard::saveAs()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save chart"), QDir(folder).filePath(title() + QStringLiteral(".png")), tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    // A moving bar with Cancel, the file whole or not at all, then Open folder / Open file.
    LongWork work(tr("Save chart"), tr("Saving the chart…"), window());
    work.step(-1.0);
    QString error;
    if (!work.writeFile(
            path,
            [&](const QString &part, QString *e) {
                if (savePng(part))
                    return true;
                *e = tr("%1 could not be written.").arg(QDir::toNativeSeparators(path));
                return false;
            },
            &error)) {
        emit statusMessage(error);
        work.fail(error);
        return;
    }
    const QString done = tr("Saved %1.").arg(QDir::toNativeSeparators(path));
    emit statusMessage(done);
    work.finish(done, path);
}

void ChartCard::render(QPrinter *printer) const
{
    QPainter painter(printer);
    const QRectF page = printer->pageLayout().paintRectPixels(printer->resolution());
    const QImage picture = image();
    QSizeF size = picture.deviceIndependentSize();
    size.scale(page.size(), Qt::KeepAspectRatio);
    painter.drawImage(QRectF(QPointF(0, 0), size), picture);
}

void ChartCard::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(title());
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print chart"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *p) { render(p); });
    dialog.exec();
}
