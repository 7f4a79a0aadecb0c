#pragma once

#include <QFont>
#include <QString>

// The one font of everything printed: a family that has Chinese glyphs and whose PDF text
// extracts correctly. Noto CJK comes last because pdftotext reads some of its characters as
// Kangxi radicals (网 → ⽹), which breaks search and copy in the PDF.
class PrintFont final
{
public:
    // WenQuanYi Micro Hei, Microsoft YaHei, SimSun, then Noto Sans CJK SC; empty if none is installed.
    static QString family();
    // That family (or the default one) at the given size in points.
    static QFont font(qreal points, bool bold = false);
};
