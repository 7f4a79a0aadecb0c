#include "qrcode.h"

#include <qrencode.h>

#include <QPainter>
#include <QRectF>

QrCode::QrCode(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QRcode *code = QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code)
        return;
    m_width = code->width;
    m_modules.reserve(m_width * m_width);
    // Bit 0 of each byte is the module's colour (1 = dark); the other bits describe its role.
    for (int i = 0; i < m_width * m_width; ++i)
        m_modules.append((code->data[i] & 1) != 0);
    QRcode_free(code);
}

void QrCode::paint(QPainter &painter, const QRectF &rect) const
{
    if (isNull())
        return;
    const int total = m_width + 8;
    const qreal side = qMin(rect.width(), rect.height());
    const qreal module = side / total;
    const QPointF origin(rect.left() + 4 * module, rect.top() + (rect.height() - side) / 2 + 4 * module);
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    for (int y = 0; y < m_width; ++y)
        for (int x = 0; x < m_width; ++x)
            if (dark(x, y))
                // A hair larger than a module so neighbouring squares leave no seam in the PDF.
                painter.drawRect(
                    QRectF(origin.x() + x * module, origin.y() + y * module, module * 1.02, module * 1.02));
    painter.restore();
}
