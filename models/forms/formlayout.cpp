#include "formlayout.h"

#include "formfield.h"
#include "models/importing/headerlocator.h"
#include "models/importing/importvocabulary.h"
#include "models/importing/xlsxreader.h"

#include <QCryptographicHash>
#include <QFileInfo>

namespace {

struct ScannedRow
{
    int number = 0;
    QStringList cells;
};

bool filled(const QString &cell)
{
    return !cell.trimmed().isEmpty();
}

bool known(const QString &title)
{
    return !FormField::guess(title).isEmpty() || !FormField::guessCount(title).isEmpty() ||
           FormField::isRowLabelTitle(title);
}

int knownCount(const QStringList &cells)
{
    int n = 0;
    for (const QString &c : cells)
        n += known(c) ? 1 : 0;
    return n;
}

// The row under a header is its second row when it holds titles only, one of them under a blank
// of the upper row (the cells a merged 联系方式 spans).
bool isSecondRow(const QStringList &upper, const QStringList &lower)
{
    bool underBlank = false;
    int titles = 0;
    for (int c = 0; c < lower.size(); ++c) {
        if (!filled(lower.at(c)))
            continue;
        if (!known(lower.at(c)))
            return false;
        ++titles;
        underBlank = underBlank || !filled(upper.value(c));
    }
    return titles > 0 && underBlank;
}

} // namespace

QString FormLayout::fingerprintOf(const QString &sheetName, const QStringList &titles)
{
    QStringList folded;
    for (const QString &t : titles)
        folded << ImportVocabulary::fold(t);
    while (!folded.isEmpty() && folded.constLast().isEmpty())
        folded.removeLast();
    const QByteArray text = (sheetName + QLatin1Char('\n') + folded.join(QLatin1Char('\t'))).toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha1).toHex().left(24));
}

bool FormLayout::read(const QString &path, FormLayout *layout, QString *error)
{
    const QString file = QFileInfo(path).fileName();
    XlsxReader reader;
    if (!reader.open(path)) {
        if (error)
            *error = reader.errorText();
        return false;
    }
    const QStringList sheets = reader.sheetNames();
    for (int sheet = 0; sheet < qMax(1, int(sheets.size())); ++sheet) {
        if (sheet > 0 && !reader.selectSheet(sheet))
            continue;
        QList<ScannedRow> rows;
        QStringList cells;
        int number = 0;
        while (reader.readRow(&cells, &number) && rows.size() < 2000)
            rows.append({number, cells});
        // The header: the row (with the row under it, for a two-row header) with the most titles a
        // form asks for, among the first rows.
        int best = -1;
        int bestScore = 1;
        for (int i = 0; i < rows.size() && i < HeaderLocator::ScanRows; ++i) {
            int score = knownCount(rows.at(i).cells);
            if (i + 1 < rows.size() && rows.at(i + 1).number == rows.at(i).number + 1 &&
                isSecondRow(rows.at(i).cells, rows.at(i + 1).cells))
                score += knownCount(rows.at(i + 1).cells);
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        if (best < 0)
            continue;
        FormLayout l;
        l.path = path;
        l.sheetIndex = sheet;
        l.sheetName = reader.sheetName();
        l.sheetEntry = reader.sheetEntry();
        for (int i = 0; i < best; ++i) {
            for (const QString &c : rows.at(i).cells)
                if (filled(c)) {
                    l.title = c.trimmed();
                    break;
                }
            if (!l.title.isEmpty())
                break;
        }
        const ScannedRow &top = rows.at(best);
        l.headerRow = top.number;
        l.headerLastRow = top.number;
        QStringList titles;
        for (const QString &c : top.cells)
            titles << c.trimmed();
        int next = best + 1;
        if (next < rows.size() && rows.at(next).number == top.number + 1 &&
            isSecondRow(top.cells, rows.at(next).cells)) {
            const QStringList &lower = rows.at(next).cells;
            for (int c = 0; c < qMax(titles.size(), lower.size()); ++c) {
                if (c >= titles.size())
                    titles << QString();
                if (filled(lower.value(c)))
                    titles[c] = lower.at(c).trimmed();
            }
            l.headerLastRow = top.number + 1;
            ++next;
        }
        l.titles = titles;
        l.dataRow = l.headerLastRow + 1;
        int peopleColumns = 0;
        int countColumns = 0;
        for (int c = 0; c < titles.size(); ++c) {
            const QString field = FormField::guess(titles.at(c));
            if (field == QLatin1String("name") || field == QLatin1String("idNumber"))
                ++peopleColumns;
            if (!FormField::guessCount(titles.at(c)).isEmpty())
                ++countColumns;
            if (l.labelColumn < 0 && FormField::isRowLabelTitle(titles.at(c)))
                l.labelColumn = c;
        }
        l.kind = peopleColumns == 0 && countColumns > 0 ? Kind::Counts : Kind::People;
        if (l.kind == Kind::Counts && l.labelColumn < 0) {
            // No titled label column: the first column that is neither 序号 nor a figure.
            for (int c = 0; c < titles.size() && l.labelColumn < 0; ++c)
                if (FormField::guessCount(titles.at(c)).isEmpty() &&
                    FormField::guess(titles.at(c)) != QLatin1String("serial"))
                    l.labelColumn = c;
        }
        int lastSeen = l.headerLastRow;
        for (int i = next; i < rows.size(); ++i) {
            const ScannedRow &row = rows.at(i);
            const bool footer = HeaderLocator::isFooter(row.cells);
            if (l.kind == Kind::Counts) {
                const QString label = l.labelColumn >= 0 ? row.cells.value(l.labelColumn).trimmed() : QString();
                // A 合计 row is filled too; 填表人 / 审核人 lines end the table.
                const QString first = [&] {
                    for (const QString &c : row.cells)
                        if (filled(c))
                            return c.trimmed();
                    return QString();
                }();
                const bool total = first.startsWith(QStringLiteral("合计")) || first.startsWith(QStringLiteral("总计"));
                if (footer && !total)
                    break;
                if (total)
                    l.rowLabels.append({row.number, QStringLiteral("合计")});
                else if (!label.isEmpty())
                    l.rowLabels.append({row.number, label});
                continue;
            }
            if (footer) {
                l.footerRow = row.number;
                break;
            }
            lastSeen = row.number;
        }
        // Every row between the header and the footer is the form's room for people, even rows the
        // file holds no cells for.
        if (l.kind == Kind::People)
            l.templateRows = (l.footerRow > 0 ? l.footerRow - 1 : lastSeen) - l.headerLastRow;
        l.fingerprint = fingerprintOf(l.sheetName, l.titles);
        *layout = l;
        return true;
    }
    if (error)
        *error =
            tr("%1: no header row was found (a row of column titles such as 姓名, 身份证号码, 网格, 人数).").arg(file);
    return false;
}

FormMapping FormLayout::guessMapping() const
{
    FormMapping m;
    for (int c = 0; c < titles.size(); ++c)
        m.columns << (kind == Kind::Counts ? (c == labelColumn ? QString() : FormField::guessCount(titles.at(c)))
                                           : FormField::guess(titles.at(c)));
    return m;
}
