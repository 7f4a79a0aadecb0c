#pragma once

#include <QList>
#include <QString>

class QPainter;
class QRectF;

// A QR code (libqrencode, error correction level M) as a square of modules, painted as vector
// squares so a printed sheet stays sharp at any resolution.
class QrCode final
{
public:
    explicit QrCode(const QString &text);

    bool isNull() const { return m_width == 0; }
    int width() const { return m_width; }
    bool dark(int x, int y) const { return m_modules.at(y * m_width + x); }
    // Paints the code with its quiet zone (4 modules) centred in the largest square of `rect`.
    void paint(QPainter &painter, const QRectF &rect) const;

private:
    int m_width = 0;
    QList<bool> m_modules;
};
