#include "worksheeteditor.h"

#include <algorithm>
#include <QRegularExpression>

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString unescaped(QString text)
{
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&apos;"), QLatin1String("'"));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

const QRegularExpression &attributePattern(const QString &name)
{
    // One pattern per attribute name, kept: the names are a handful of constants.
    static QHash<QString, QRegularExpression> patterns;
    auto it = patterns.find(name);
    if (it == patterns.end())
        it = patterns.insert(name, QRegularExpression(QStringLiteral("\\s%1=([\"'])(.*?)\\1").arg(name)));
    return *it;
}

QString attribute(const QString &attributes, const QString &name)
{
    const QRegularExpressionMatch m = attributePattern(name).match(attributes);
    return m.hasMatch() ? m.captured(2) : QString();
}

QString withoutAttribute(QString attributes, const QString &name)
{
    return attributes.remove(attributePattern(name));
}

bool hasFormula(const QString &inner)
{
    static const QRegularExpression f(QStringLiteral("<(\\w+:)?f[\\s>/]"));
    return inner.contains(f);
}

} // namespace

WorksheetEditor::WorksheetEditor(const QByteArray &xml, const QString &sheetName)
    : m_sheetName(sheetName)
{
    m_valid = parse(QString::fromUtf8(xml));
}

bool WorksheetEditor::parse(const QString &xml)
{
    static const QRegularExpression open(QStringLiteral("<([A-Za-z_][\\w.-]*:)?sheetData(\\s[^>]*)?(/?)>"));
    const QRegularExpressionMatch m = open.match(xml);
    if (!m.hasMatch()) {
        m_error = tr("The form's sheet has no cells (no sheetData).");
        return false;
    }
    m_prefix = m.captured(1);
    const QString close = QStringLiteral("</%1sheetData>").arg(m_prefix);
    if (m.captured(3) == QLatin1String("/")) {
        m_head = xml.left(m.capturedStart()) + QStringLiteral("<%1sheetData>").arg(m_prefix);
        m_tail = close + xml.mid(m.capturedEnd());
        return true;
    }
    const qsizetype end = xml.indexOf(close, m.capturedEnd());
    if (end < 0) {
        m_error = tr("The form's sheet is damaged (sheetData is not closed).");
        return false;
    }
    m_head = xml.left(m.capturedEnd());
    m_tail = xml.mid(end);
    const QString body = xml.mid(m.capturedEnd(), end - m.capturedEnd());

    // Finds <tag ...> or <tag .../> from `from`; false at the end.
    const auto element = [](const QString &text, const QString &tag, qsizetype from, qsizetype *start,
                            qsizetype *tagEnd) {
        qsizetype p = from;
        while ((p = text.indexOf(tag, p)) >= 0) {
            const qsizetype after = p + tag.size();
            if (after < text.size() &&
                (text.at(after).isSpace() || text.at(after) == QLatin1Char('>') || text.at(after) == QLatin1Char('/')))
                break;
            p = after;
        }
        if (p < 0)
            return false;
        *start = p;
        *tagEnd = text.indexOf(QLatin1Char('>'), p);
        return *tagEnd > 0;
    };
    const QString rowTag = QLatin1Char('<') + m_prefix + QStringLiteral("row");
    const QString rowClose = QStringLiteral("</%1row>").arg(m_prefix);
    const QString cellTag = QLatin1Char('<') + m_prefix + QStringLiteral("c");
    const QString cellClose = QStringLiteral("</%1c>").arg(m_prefix);
    qsizetype pos = 0;
    qsizetype start = 0;
    qsizetype tagEnd = 0;
    int lastRow = 0;
    while (element(body, rowTag, pos, &start, &tagEnd)) {
        const bool empty = body.at(tagEnd - 1) == QLatin1Char('/');
        const QString attributes = body.mid(start + rowTag.size(), tagEnd - start - rowTag.size() - (empty ? 1 : 0));
        Row row;
        const int r = attribute(attributes, QStringLiteral("r")).toInt();
        row.number = r > 0 ? r : lastRow + 1;
        lastRow = row.number;
        row.attributes = withoutAttribute(attributes, QStringLiteral("r"));
        if (empty) {
            pos = tagEnd + 1;
        } else {
            const qsizetype rowEnd = body.indexOf(rowClose, tagEnd);
            if (rowEnd < 0) {
                m_error = tr("The form's sheet is damaged (row %1 is not closed).").arg(row.number);
                return false;
            }
            const QString content = body.mid(tagEnd + 1, rowEnd - tagEnd - 1);
            qsizetype cpos = 0;
            qsizetype cstart = 0;
            qsizetype cend = 0;
            int lastColumn = -1;
            while (element(content, cellTag, cpos, &cstart, &cend)) {
                const bool emptyCell = content.at(cend - 1) == QLatin1Char('/');
                const QString cellAttributes =
                    content.mid(cstart + cellTag.size(), cend - cstart - cellTag.size() - (emptyCell ? 1 : 0));
                Cell cell;
                CellReferences::Ref ref;
                cell.column = CellReferences::parse(attribute(cellAttributes, QStringLiteral("r")), &ref)
                                  ? ref.column
                                  : lastColumn + 1;
                lastColumn = cell.column;
                cell.attributes = withoutAttribute(cellAttributes, QStringLiteral("r"));
                if (emptyCell) {
                    cpos = cend + 1;
                } else {
                    const qsizetype closeAt = content.indexOf(cellClose, cend);
                    if (closeAt < 0) {
                        m_error = tr("The form's sheet is damaged (a cell of row %1 is not closed).").arg(row.number);
                        return false;
                    }
                    cell.inner = content.mid(cend + 1, closeAt - cend - 1);
                    cpos = closeAt + cellClose.size();
                }
                row.cells.append(cell);
            }
            pos = rowEnd + rowClose.size();
        }
        m_rows.append(row);
    }
    return true;
}

WorksheetEditor::Row *WorksheetEditor::findRow(int number)
{
    for (Row &row : m_rows)
        if (row.number == number)
            return &row;
    return nullptr;
}

QString WorksheetEditor::cellXml(int row, const Cell &cell) const
{
    const QString open =
        QStringLiteral("<%1c r=\"%2%3\"%4")
            .arg(m_prefix, CellReferences::columnName(cell.column), QString::number(row), cell.attributes);
    if (cell.inner.isEmpty())
        return open + QStringLiteral("/>");
    return open + QLatin1Char('>') + cell.inner + QStringLiteral("</%1c>").arg(m_prefix);
}

QString WorksheetEditor::rowXml(const Row &row) const
{
    QString xml = QStringLiteral("<%1row r=\"%2\"%3").arg(m_prefix, QString::number(row.number), row.attributes);
    if (row.cells.isEmpty())
        return xml + QStringLiteral("/>");
    xml += QLatin1Char('>');
    for (const Cell &cell : row.cells)
        xml += cellXml(row.number, cell);
    return xml + QStringLiteral("</%1row>").arg(m_prefix);
}

WorksheetEditor::Cell WorksheetEditor::makeCell(int column, const Cell *style, const FormCell &value) const
{
    Cell cell;
    cell.column = column;
    const QString s = style ? attribute(style->attributes, QStringLiteral("s")) : QString();
    if (!s.isEmpty())
        cell.attributes = QStringLiteral(" s=\"%1\"").arg(s);
    switch (value.kind) {
    case FormCell::Kind::Blank:
        break;
    case FormCell::Kind::Number:
        cell.inner = QStringLiteral("<%1v>%2</%1v>").arg(m_prefix, QString::number(value.number, 'g', 15));
        break;
    case FormCell::Kind::Text: {
        cell.attributes += QStringLiteral(" t=\"inlineStr\"");
        const bool spaced = value.text.trimmed() != value.text;
        cell.inner =
            QStringLiteral("<%1is><%1t%2>%3</%1t></%1is>")
                .arg(m_prefix, spaced ? QStringLiteral(" xml:space=\"preserve\"") : QString(), escaped(value.text));
        break;
    }
    }
    return cell;
}

QString WorksheetEditor::shiftInner(const QString &inner, const CellReferences::Insertion &insertion) const
{
    static const QRegularExpression formula(QStringLiteral("(<(?:\\w+:)?f)(\\s[^>]*?)?(?:/>|>(.*?)(</(?:\\w+:)?f>))"),
                                            QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = formula.match(inner);
    if (!m.hasMatch())
        return inner;
    const auto shift = [&](const QString &text, bool bare) {
        return CellReferences::map(text, m_sheetName, bare,
                                   [&](CellReferences::Ref &a, CellReferences::Ref *b) { insertion.apply(a, b); });
    };
    QString attributes = m.captured(2);
    const QString ref = attribute(attributes, QStringLiteral("ref"));
    if (!ref.isEmpty())
        attributes.replace(QStringLiteral("ref=\"%1\"").arg(ref), QStringLiteral("ref=\"%1\"").arg(shift(ref, true)));
    QString rebuilt = m.captured(1) + attributes;
    bool changed = attributes != m.captured(2);
    if (m.capturedLength(4) > 0) {
        const QString text = unescaped(m.captured(3));
        const QString moved = shift(text, true);
        changed = changed || moved != text;
        rebuilt += QLatin1Char('>') + escaped(moved) + m.captured(4);
    } else {
        rebuilt += QStringLiteral("/>");
    }
    if (!changed)
        return inner;
    QString result = inner.left(m.capturedStart()) + rebuilt + inner.mid(m.capturedEnd());
    // The cached result is stale now; the workbook recalculates on opening (fullCalcOnLoad).
    static const QRegularExpression value(QStringLiteral("<(\\w+:)?v>.*?</(\\w+:)?v>|<(\\w+:)?v/>"),
                                          QRegularExpression::DotMatchesEverythingOption);
    return result.remove(value);
}

void WorksheetEditor::shiftRest(const CellReferences::Insertion &insertion)
{
    if (insertion.count <= 0)
        return;
    for (Row &row : m_rows) {
        if (row.generated)
            continue;
        if (row.number >= insertion.at)
            row.number += insertion.count;
        for (Cell &cell : row.cells)
            if (hasFormula(cell.inner))
                cell.inner = shiftInner(cell.inner, insertion);
    }
    const auto shiftAround = [&](QString &xml) {
        static const QRegularExpression refs(QStringLiteral("(\\s(?:ref|sqref)=\")([^\"]*)(\")"));
        QString out;
        qsizetype last = 0;
        auto it = refs.globalMatch(xml);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            QStringList parts = m.captured(2).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            for (QString &part : parts)
                part =
                    CellReferences::map(part, m_sheetName, true,
                                        [&](CellReferences::Ref &a, CellReferences::Ref *b) { insertion.apply(a, b); });
            out +=
                xml.mid(last, m.capturedStart() - last) + m.captured(1) + parts.join(QLatin1Char(' ')) + m.captured(3);
            last = m.capturedEnd();
        }
        out += xml.mid(last);
        // Conditional formats' and validations' formulas.
        static const QRegularExpression formulas(
            QStringLiteral("(<(?:\\w+:)?formula[12]?>)(.*?)(</(?:\\w+:)?formula[12]?>)"),
            QRegularExpression::DotMatchesEverythingOption);
        QString done;
        last = 0;
        auto fit = formulas.globalMatch(out);
        while (fit.hasNext()) {
            const QRegularExpressionMatch m = fit.next();
            const QString moved =
                CellReferences::map(unescaped(m.captured(2)), m_sheetName, true,
                                    [&](CellReferences::Ref &a, CellReferences::Ref *b) { insertion.apply(a, b); });
            done += out.mid(last, m.capturedStart() - last) + m.captured(1) + escaped(moved) + m.captured(3);
            last = m.capturedEnd();
        }
        done += out.mid(last);
        xml = done;
    };
    shiftAround(m_head);
    shiftAround(m_tail);
}

void WorksheetEditor::addMerges(const QStringList &refs)
{
    if (refs.isEmpty())
        return;
    QString merges;
    for (const QString &ref : refs)
        merges += QStringLiteral("<%1mergeCell ref=\"%2\"/>").arg(m_prefix, ref);
    static const QRegularExpression block(QStringLiteral("<((?:\\w+:)?)mergeCells(\\s[^>]*)?>"));
    const QRegularExpressionMatch m = block.match(m_tail);
    if (m.hasMatch()) {
        const QString close = QStringLiteral("</%1mergeCells>").arg(m.captured(1));
        const qsizetype end = m_tail.indexOf(close, m.capturedEnd());
        if (end < 0)
            return;
        m_tail.insert(end, merges);
        static const QRegularExpression countPattern(QStringLiteral("<(?:\\w+:)?mergeCell\\s"));
        const qsizetype count = m_tail.mid(m.capturedEnd(), end + merges.size() - m.capturedEnd()).count(countPattern);
        QString open = m.captured(0);
        static const QRegularExpression countAttribute(QStringLiteral("count=\"\\d+\""));
        open.replace(countAttribute, QStringLiteral("count=\"%1\"").arg(count));
        m_tail.replace(m.capturedStart(), m.capturedLength(), open);
        return;
    }
    // No merges yet: <mergeCells> goes right after </sheetData> (and a sheetProtection or
    // scenarios, autoFilter, sortState, dataConsolidate, customSheetViews, which come before it).
    static const QRegularExpression before(QStringLiteral(
        "<(?:\\w+:)?(phoneticPr|conditionalFormatting|dataValidations|hyperlinks|printOptions|pageMargins|pageSetup|"
        "headerFooter|rowBreaks|colBreaks|customProperties|cellWatches|ignoredErrors|smartTags|drawing|"
        "legacyDrawing|picture|oleObjects|controls|webPublishItems|tableParts|extLst)[\\s>/]"));
    const QRegularExpressionMatch b = before.match(m_tail);
    const qsizetype at = b.hasMatch() ? b.capturedStart() : m_tail.lastIndexOf(QLatin1Char('<'));
    m_tail.insert(at, QStringLiteral("<%1mergeCells count=\"%2\">%3</%1mergeCells>")
                          .arg(m_prefix, QString::number(refs.size()), merges));
}

void WorksheetEditor::fillRows(int firstRow, int templateRows, const QList<QList<FormCell>> &rows)
{
    if (!m_valid || firstRow < 1)
        return;
    const int count = int(rows.size());
    templateRows = qMax(0, templateRows);
    m_insertion = CellReferences::Insertion{firstRow + templateRows, qMax(0, count - templateRows), firstRow};

    // The styles every new row takes: the form's first empty row, or the header's last row.
    Row style;
    if (const Row *found = findRow(templateRows > 0 ? firstRow : firstRow - 1))
        style = *found;
    style.generated = true;
    const int styleRow = style.number;
    // Merges within the first empty row (住址 over two columns) are repeated on each new row.
    QList<std::pair<int, int>> rowMerges; // first and last column
    if (templateRows > 0) {
        static const QRegularExpression merge(QStringLiteral("<(?:\\w+:)?mergeCell\\s+ref=\"([^\"]+)\""));
        auto it = merge.globalMatch(m_tail);
        while (it.hasNext()) {
            const QStringList ends = it.next().captured(1).split(QLatin1Char(':'));
            CellReferences::Ref a;
            CellReferences::Ref b;
            if (ends.size() == 2 && CellReferences::parse(ends.at(0), &a) && CellReferences::parse(ends.at(1), &b) &&
                a.row == firstRow && b.row == firstRow)
                rowMerges.append({a.column, b.column});
        }
    }

    shiftRest(m_insertion);

    int columns = 0;
    for (const Cell &cell : style.cells)
        columns = qMax(columns, cell.column + 1);
    for (const QList<FormCell> &values : rows)
        columns = qMax(columns, int(values.size()));
    QStringList newMerges;
    for (int i = 0; i < count; ++i) {
        const int number = firstRow + i;
        Row row;
        row.number = number;
        row.generated = true;
        const Row *existing = i < templateRows ? findRow(number) : nullptr;
        row.attributes = existing ? existing->attributes : style.attributes;
        for (int column = 0; column < columns; ++column) {
            const auto styleCell = std::find_if(style.cells.cbegin(), style.cells.cend(),
                                                [column](const Cell &c) { return c.column == column; });
            const Cell *source = styleCell == style.cells.cend() ? nullptr : &*styleCell;
            const FormCell value = rows.at(i).value(column);
            if (value.isBlank() && source && hasFormula(source->inner) && templateRows > 0) {
                // A column the form computes itself (年龄 from 出生日期): its formula, moved along.
                static const QRegularExpression f(QStringLiteral("(<(?:\\w+:)?f(?:\\s[^>]*)?>)(.*?)(</(?:\\w+:)?f>)"),
                                                  QRegularExpression::DotMatchesEverythingOption);
                const QRegularExpressionMatch m = f.match(source->inner);
                Cell copy = makeCell(column, source, FormCell());
                if (m.hasMatch() && !m.captured(1).contains(QLatin1String("shared")))
                    copy.inner =
                        m.captured(1) +
                        escaped(CellReferences::offset(unescaped(m.captured(2)), m_sheetName, number - styleRow)) +
                        m.captured(3);
                row.cells.append(copy);
                continue;
            }
            if (!source && value.isBlank())
                continue;
            row.cells.append(makeCell(column, source, value));
        }
        if (Row *old = findRow(number))
            *old = row;
        else
            m_rows.append(row);
        if (i >= templateRows)
            for (const auto &[from, to] : rowMerges)
                newMerges << CellReferences::columnName(from) + QString::number(number) + QLatin1Char(':') +
                                 CellReferences::columnName(to) + QString::number(number);
    }
    // Empty rows of the form left over: their values go, their styles and formulas stay.
    for (int number = firstRow + count; number < firstRow + templateRows; ++number) {
        if (Row *row = findRow(number))
            for (Cell &cell : row->cells)
                if (!hasFormula(cell.inner)) {
                    cell.attributes = withoutAttribute(cell.attributes, QStringLiteral("t"));
                    cell.inner.clear();
                }
    }
    addMerges(newMerges);
    std::sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) { return a.number < b.number; });

    // The used range grows with the rows.
    int lastRow = 0;
    int lastColumn = 0;
    for (const Row &row : m_rows) {
        lastRow = qMax(lastRow, row.number);
        for (const Cell &cell : row.cells)
            lastColumn = qMax(lastColumn, cell.column);
    }
    static const QRegularExpression dimension(QStringLiteral("(<(?:\\w+:)?dimension\\s+ref=\")([^\"]*)(\")"));
    const QRegularExpressionMatch d = dimension.match(m_head);
    if (d.hasMatch() && lastRow > 0) {
        const QString start = d.captured(2).section(QLatin1Char(':'), 0, 0);
        m_head.replace(d.capturedStart(2), d.capturedLength(2),
                       start + QLatin1Char(':') + CellReferences::columnName(lastColumn) + QString::number(lastRow));
    }
}

void WorksheetEditor::setCells(const QMap<std::pair<int, int>, FormCell> &cells)
{
    if (!m_valid)
        return;
    for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
        const auto [rowNumber, column] = it.key();
        Row *row = findRow(rowNumber);
        if (!row) {
            m_rows.append(Row{rowNumber, QString(), {}, false});
            std::sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) { return a.number < b.number; });
            row = findRow(rowNumber);
        }
        auto cell =
            std::find_if(row->cells.begin(), row->cells.end(), [&](const Cell &c) { return c.column == column; });
        if (cell != row->cells.end()) {
            if (hasFormula(cell->inner))
                continue; // the form's own 合计 formula stays
            *cell = makeCell(column, &*cell, it.value());
            continue;
        }
        const Cell made = makeCell(column, nullptr, it.value());
        const auto at =
            std::find_if(row->cells.begin(), row->cells.end(), [&](const Cell &c) { return c.column > column; });
        row->cells.insert(at, made);
    }
}

QByteArray WorksheetEditor::xml() const
{
    QString body;
    for (const Row &row : m_rows)
        body += rowXml(row);
    return (m_head + body + m_tail).toUtf8();
}
