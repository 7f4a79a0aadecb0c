#include "textfit.h"

#include <QFontMetricsF>
#include <QRegularExpression>
#include <QStringList>
#include <QTextBoundaryFinder>

namespace {

// The pieces between which a line may break: at spaces (`lines` false), or wherever the Unicode
// line breaking rules allow, which includes between Chinese characters.
QStringList unbreakable(const QString &text, bool lines)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    if (!lines)
        return text.split(space, Qt::SkipEmptyParts);
    QStringList pieces;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Line, text);
    qsizetype start = 0;
    while (finder.toNextBoundary() != -1) {
        const QString piece = text.mid(start, finder.position() - start).trimmed();
        if (!piece.isEmpty())
            pieces << piece;
        start = finder.position();
    }
    return pieces;
}

} // namespace

TextFit::TextFit(const QFont &font, QPaintDevice *device, qreal width, const QString &text, bool shrink)
    : m_font(font)
    , m_device(device)
    , m_width(qMax<qreal>(width, 1))
{
    for (const bool lines : {false, true}) {
        const QStringList pieces = unbreakable(text, lines);
        for (int step = 0; step <= (shrink ? 5 : 0); ++step) {
            m_font.setPointSizeF(font.pointSizeF() * (1.0 - 0.05 * step));
            const QFontMetricsF fm(m_font, device);
            bool fits = true;
            for (const QString &piece : pieces)
                fits = fits && fm.horizontalAdvance(piece) <= m_width;
            if (fits)
                return;
        }
    }
    m_flags = Qt::TextWrapAnywhere;
}

qreal TextFit::height(const QString &text) const
{
    const QFontMetricsF fm(m_font, m_device);
    if (text.isEmpty())
        return fm.height();
    return fm.boundingRect(QRectF(0, 0, m_width, 1e9), m_flags, text).height();
}
