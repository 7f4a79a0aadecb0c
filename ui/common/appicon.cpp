#include "appicon.h"

#include <QFont>
#include <QPainter>
#include <QPixmap>

QIcon AppIcon::icon()
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x1e, 0x6f, 0xd9));
        p.drawRoundedRect(QRectF(0, 0, size, size), size * 0.18, size * 0.18);
        QFont font;
        font.setPixelSize(int(size * 0.62));
        font.setBold(true);
        p.setFont(font);
        p.setPen(Qt::white);
        p.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, QStringLiteral("社"));
        icon.addPixmap(pixmap);
    }
    return icon;
}
