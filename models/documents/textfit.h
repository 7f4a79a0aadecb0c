#pragma once

#include <QFont>
#include <QString>

class QPaintDevice;

// How a text is set in a given width on a device: wrapped at spaces; a word wider than the width
// (a grid's name, a phone number, an English word in a narrow table column) may first get a
// smaller font, down to three quarters. Chinese text too long for any smaller font wraps between
// its characters at full size. Only what fits neither way breaks anywhere, so that nothing is
// ever cut off and English words stay whole where they can.
class TextFit final
{
public:
    // `shrink` false: the font keeps its size (paragraphs, titles).
    TextFit(const QFont &font, QPaintDevice *device, qreal width, const QString &text, bool shrink = true);

    const QFont &font() const { return m_font; }
    // Qt::TextWordWrap or Qt::TextWrapAnywhere, for QPainter::drawText.
    int flags() const { return m_flags; }
    // The height of `text` set this way (one line for an empty text).
    qreal height(const QString &text) const;

private:
    QFont m_font;
    int m_flags = Qt::TextWordWrap;
    QPaintDevice *m_device = nullptr;
    qreal m_width = 1;
};
