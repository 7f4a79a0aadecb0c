#pragma once

#include <QString>

// One value a form receives: text (always kept as text, so an ID number keeps its 18 digits), a
// number, or nothing (the cell keeps only its style).
struct FormCell
{
    enum class Kind { Blank, Text, Number };
    Kind kind = Kind::Blank;
    QString text;
    double number = 0;

    static FormCell ofText(const QString &text)
    {
        FormCell c;
        c.kind = text.isEmpty() ? Kind::Blank : Kind::Text;
        c.text = text;
        return c;
    }
    static FormCell ofNumber(double number)
    {
        FormCell c;
        c.kind = Kind::Number;
        c.number = number;
        return c;
    }
    bool isBlank() const { return kind == Kind::Blank; }
};
