#include "cellreferences.h"

#include <QRegularExpression>

namespace CellReferences {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('.');
}

const QRegularExpression &referencePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("(\\$?[A-Za-z]{1,3}\\$?[0-9]{1,7})(?::(\\$?[A-Za-z]{1,3}\\$?[0-9]{1,7}))?"));
    return pattern;
}

} // namespace

bool parse(const QString &text, Ref *ref)
{
    static const QRegularExpression cell(QStringLiteral("^(\\$?)([A-Za-z]{1,3})(\\$?)([0-9]{1,7})$"));
    const QRegularExpressionMatch m = cell.match(text);
    if (!m.hasMatch())
        return false;
    int column = 0;
    for (const QChar c : m.captured(2).toUpper())
        column = column * 26 + (c.unicode() - 'A' + 1);
    ref->column = column - 1;
    ref->row = m.captured(4).toInt();
    ref->absoluteColumn = !m.captured(1).isEmpty();
    ref->absoluteRow = !m.captured(3).isEmpty();
    return ref->row > 0;
}

QString columnName(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

QString format(const Ref &ref)
{
    return (ref.absoluteColumn ? QStringLiteral("$") : QString()) + columnName(ref.column) +
           (ref.absoluteRow ? QStringLiteral("$") : QString()) + QString::number(ref.row);
}

QString map(const QString &formula, const QString &sheet, bool bareIsSheet,
            const std::function<void(Ref &first, Ref *second)> &change)
{
    QString out;
    out.reserve(formula.size() + 8);
    const qsizetype n = formula.size();
    qsizetype i = 0;
    // Rewrites the reference at `at` (after an optional sheet prefix) when it is one; returns where
    // the scan goes on, or -1 when there is no reference there.
    const auto reference = [&](qsizetype at, bool ours) -> qsizetype {
        const QRegularExpressionMatch m = referencePattern().match(formula, at, QRegularExpression::NormalMatch,
                                                                   QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch())
            return -1;
        const qsizetype end = m.capturedEnd(0);
        if (end < n && (isWordChar(formula.at(end)) || formula.at(end) == QLatin1Char('(')))
            return -1; // a name like LOG10( or A1B
        if (!ours) {
            out += m.captured(0);
            return end;
        }
        Ref first;
        Ref second;
        parse(m.captured(1), &first);
        const bool range = !m.captured(2).isEmpty() && parse(m.captured(2), &second);
        change(first, range ? &second : nullptr);
        out += format(first);
        if (range)
            out += QLatin1Char(':') + format(second);
        return end;
    };
    while (i < n) {
        const QChar c = formula.at(i);
        if (c == QLatin1Char('"')) { // a text literal, "" inside it an escaped quote
            qsizetype j = i + 1;
            while (j < n) {
                if (formula.at(j) == QLatin1Char('"')) {
                    if (j + 1 < n && formula.at(j + 1) == QLatin1Char('"')) {
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            out += formula.mid(i, j + 1 - i);
            i = j + 1;
            continue;
        }
        if (c == QLatin1Char('\'')) { // 'Sheet name'!A1
            qsizetype j = i + 1;
            QString name;
            while (j < n) {
                if (formula.at(j) == QLatin1Char('\'')) {
                    if (j + 1 < n && formula.at(j + 1) == QLatin1Char('\'')) {
                        name += QLatin1Char('\'');
                        j += 2;
                        continue;
                    }
                    break;
                }
                name += formula.at(j++);
            }
            out += formula.mid(i, j + 1 - i);
            i = j + 1;
            if (i < n && formula.at(i) == QLatin1Char('!')) {
                out += QLatin1Char('!');
                const qsizetype next = reference(i + 1, name == sheet);
                i = next < 0 ? i + 1 : next;
            }
            continue;
        }
        const bool startsWord = (c.isLetter() || c == QLatin1Char('$') || c == QLatin1Char('_')) &&
                                (i == 0 || !isWordChar(formula.at(i - 1)));
        if (!startsWord) {
            out += c;
            ++i;
            continue;
        }
        // A word: Sheet1!A1, a reference, or a name / function that is copied whole.
        qsizetype j = i;
        while (j < n && (isWordChar(formula.at(j)) || formula.at(j) == QLatin1Char('$')))
            ++j;
        if (j < n && formula.at(j) == QLatin1Char('!')) {
            const QString name = formula.mid(i, j - i);
            out += name + QLatin1Char('!');
            const qsizetype next = reference(j + 1, name == sheet);
            i = next < 0 ? j + 1 : next;
            continue;
        }
        const qsizetype next = reference(i, bareIsSheet);
        if (next >= 0) {
            i = next;
            continue;
        }
        out += formula.mid(i, j - i);
        i = j;
    }
    return out;
}

void Insertion::apply(Ref &first, Ref *second) const
{
    if (count <= 0)
        return;
    if (!second) {
        if (first.row >= at)
            first.row += count;
        return;
    }
    const int start = first.row;
    const int end = second->row;
    if (start >= at)
        first.row += count;
    if (end >= at)
        second->row += count;
    else if (end == at - 1 && start >= areaFirst && start < at)
        second->row += count;
}

QString offset(const QString &formula, const QString &sheet, int rows)
{
    if (rows == 0)
        return formula;
    return map(formula, sheet, true, [rows](Ref &first, Ref *second) {
        if (!first.absoluteRow)
            first.row += rows;
        if (second && !second->absoluteRow)
            second->row += rows;
    });
}

} // namespace CellReferences
