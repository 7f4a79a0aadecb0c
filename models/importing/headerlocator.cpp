#include "headerlocator.h"

#include "importcleaner.h"
#include "importsource.h"
#include "importvocabulary.h"

#include <QList>

namespace {

struct ScannedRow
{
    int number = 0;
    QStringList cells;
};

bool isKnownTitle(const QString &text)
{
    return !ImportVocabulary::lookupPrefix(QStringLiteral("header"), text).isEmpty() ||
           !ImportVocabulary::lookup(QStringLiteral("note"), text).isEmpty() ||
           !ImportVocabulary::lookup(QStringLiteral("ignore"), text).isEmpty();
}

int knownTitles(const QStringList &cells)
{
    int n = 0;
    for (const QString &c : cells)
        n += isKnownTitle(c) ? 1 : 0;
    return n;
}

int filled(const QStringList &cells)
{
    int n = 0;
    for (const QString &c : cells)
        n += ImportCleaner::trimmed(c).isEmpty() ? 0 : 1;
    return n;
}

// How well a header serves: the required fields all found first, then the most known titles.
int score(const QStringList &header)
{
    const ImportMapping mapping = ImportMapping::guess(header);
    return (mapping.missingRequired().isEmpty() ? 1000 : 0) + knownTitles(header);
}

} // namespace

bool HeaderLocator::isTitleRow(const QStringList &cells)
{
    // Every filled cell a column title, and at least one.
    int titles = 0;
    for (const QString &c : cells) {
        if (ImportCleaner::trimmed(c).isEmpty())
            continue;
        if (!isKnownTitle(c))
            return false;
        ++titles;
    }
    return titles > 0;
}

bool HeaderLocator::isSecondRow(const QStringList &upper, const QStringList &lower)
{
    // Titles only, and some of them under a blank of the upper row (the cells a merged 地址 spans),
    // below an upper row that is itself a header (two titles or more), not a title or a note.
    if (knownTitles(upper) < 2 || !isTitleRow(lower))
        return false;
    for (int c = 0; c < lower.size(); ++c)
        if (!ImportCleaner::trimmed(lower.at(c)).isEmpty() && ImportCleaner::trimmed(upper.value(c)).isEmpty())
            return true;
    return false;
}

QStringList HeaderLocator::merged(const QStringList &upper, const QStringList &lower)
{
    QStringList header;
    for (int c = 0; c < qMax(upper.size(), lower.size()); ++c) {
        const QString below = ImportCleaner::trimmed(lower.value(c));
        header << (below.isEmpty() ? ImportCleaner::trimmed(upper.value(c)) : below);
    }
    return header;
}

HeaderLocator::Result HeaderLocator::locate(ImportSource &source, int forcedRow)
{
    Result result;
    if (!source.rewind())
        return result;
    QList<ScannedRow> rows; // non-blank rows only
    QStringList cells;
    int number = 0;
    const int limit = forcedRow > 0 ? forcedRow + 1 : ScanRows;
    while (source.readRow(&cells, &number)) {
        if (forcedRow <= 0 && rows.size() >= limit)
            break;
        if (forcedRow > 0 && number > limit)
            break;
        if (filled(cells) > 0)
            rows.append({number, cells});
    }
    auto take = [&](int index) {
        const ScannedRow &top = rows.at(index);
        result.found = true;
        result.row = top.number;
        result.lastRow = top.number;
        QStringList header;
        for (const QString &h : top.cells)
            header << ImportCleaner::trimmed(h);
        // The row right under it is a second header row when it holds column titles only.
        if (index + 1 < rows.size() && rows.at(index + 1).number == top.number + 1 &&
            isSecondRow(top.cells, rows.at(index + 1).cells)) {
            const QStringList two = merged(top.cells, rows.at(index + 1).cells);
            if (score(two) >= score(header)) {
                header = two;
                result.lastRow = top.number + 1;
            }
        }
        result.header = header;
        result.skippedAbove = index;
    };
    if (forcedRow > 0) {
        for (int i = 0; i < rows.size(); ++i)
            if (rows.at(i).number == forcedRow) {
                take(i);
                return result;
            }
        return result;
    }
    int best = -1;
    int bestScore = 0;
    for (int i = 0; i < rows.size(); ++i) {
        QStringList header;
        for (const QString &h : rows.at(i).cells)
            header << ImportCleaner::trimmed(h);
        int s = score(header);
        if (i + 1 < rows.size() && rows.at(i + 1).number == rows.at(i).number + 1 &&
            isSecondRow(rows.at(i).cells, rows.at(i + 1).cells))
            s = qMax(s, score(merged(rows.at(i).cells, rows.at(i + 1).cells)));
        if (s >= 1000) { // the first row that maps every required column
            best = i;
            break;
        }
        if (s > bestScore) {
            best = i;
            bestScore = s;
        }
    }
    // Nothing recognised at all: the first non-blank row, so the clerk can map it by hand.
    if (best < 0 && !rows.isEmpty())
        best = 0;
    if (best >= 0)
        take(best);
    return result;
}

bool HeaderLocator::isFooter(const QStringList &cells)
{
    for (const QString &c : cells) {
        const QString text = ImportCleaner::trimmed(c);
        if (text.isEmpty())
            continue;
        return !ImportVocabulary::lookupPrefix(QStringLiteral("footer"), text).isEmpty();
    }
    return false;
}
