#include "formpackage.h"

#include <quazip.h>
#include <quazipfile.h>

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

bool FormPackage::read(const QString &path)
{
    m_entries.clear();
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip)) {
        m_error = tr("%1 is not an Excel workbook (.xlsx) or it is damaged.").arg(QFileInfo(path).fileName());
        return false;
    }
    constexpr qint64 kLimit = 256LL * 1024 * 1024; // a form, not a zip bomb
    qint64 total = 0;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        const QString name = zip.getCurrentFileName();
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::ReadOnly)) {
            m_error = tr("%1: the part %2 cannot be read.").arg(QFileInfo(path).fileName(), name);
            return false;
        }
        QByteArray data;
        while (!file.atEnd() && total + data.size() < kLimit) {
            const QByteArray piece = file.read(1 << 20);
            if (piece.isEmpty())
                break;
            data += piece;
        }
        file.close();
        total += data.size();
        if (file.getZipError() != UNZ_OK || total >= kLimit) {
            m_error = tr("%1 is damaged or too large to be a form.").arg(QFileInfo(path).fileName());
            return false;
        }
        m_entries.append({name, data});
    }
    zip.close();
    if (!contains(QStringLiteral("xl/workbook.xml"))) {
        m_error = tr("%1 is not an Excel workbook (.xlsx) or it is damaged.").arg(QFileInfo(path).fileName());
        return false;
    }
    return true;
}

bool FormPackage::contains(const QString &name) const
{
    for (const auto &e : m_entries)
        if (e.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

QByteArray FormPackage::entry(const QString &name) const
{
    for (const auto &e : m_entries)
        if (e.first.compare(name, Qt::CaseInsensitive) == 0)
            return e.second;
    return QByteArray();
}

void FormPackage::setEntry(const QString &name, const QByteArray &data)
{
    for (auto &e : m_entries)
        if (e.first.compare(name, Qt::CaseInsensitive) == 0) {
            e.second = data;
            return;
        }
    m_entries.append({name, data});
}

void FormPackage::removeEntry(const QString &name)
{
    m_entries.removeIf([&](const auto &e) { return e.first.compare(name, Qt::CaseInsensitive) == 0; });
}

void FormPackage::recalculateOnOpen()
{
    // The calculation chain lists formula cells by address; stale addresses make Excel "repair"
    // the file. Without it Excel rebuilds the chain.
    if (contains(QStringLiteral("xl/calcChain.xml"))) {
        removeEntry(QStringLiteral("xl/calcChain.xml"));
        QString types = QString::fromUtf8(entry(QStringLiteral("[Content_Types].xml")));
        static const QRegularExpression override(QStringLiteral("<Override[^>]*PartName=\"/xl/calcChain.xml\"[^>]*/>"));
        types.remove(override);
        setEntry(QStringLiteral("[Content_Types].xml"), types.toUtf8());
        QString rels = QString::fromUtf8(entry(QStringLiteral("xl/_rels/workbook.xml.rels")));
        static const QRegularExpression relation(
            QStringLiteral("<Relationship[^>]*Target=\"[^\"]*calcChain.xml\"[^>]*/>"));
        rels.remove(relation);
        setEntry(QStringLiteral("xl/_rels/workbook.xml.rels"), rels.toUtf8());
    }
    QString workbook = QString::fromUtf8(entry(QStringLiteral("xl/workbook.xml")));
    static const QRegularExpression calcPr(QStringLiteral("<((?:\\w+:)?)calcPr(\\s[^>]*?)?(/?)>"));
    const QRegularExpressionMatch m = calcPr.match(workbook);
    if (m.hasMatch()) {
        if (m.captured(2).contains(QLatin1String("fullCalcOnLoad")))
            return;
        workbook.insert(m.capturedEnd(2), QStringLiteral(" fullCalcOnLoad=\"1\""));
    } else {
        // calcPr follows the sheets and the defined names in the workbook's schema order.
        QRegularExpressionMatch last;
        for (const QString &tag :
             {QStringLiteral("definedNames"), QStringLiteral("externalReferences"), QStringLiteral("sheets")}) {
            const QRegularExpression close(QStringLiteral("</((?:\\w+:)?)%1>").arg(tag));
            last = close.match(workbook);
            if (last.hasMatch())
                break;
        }
        if (!last.hasMatch())
            return;
        workbook.insert(last.capturedEnd(), QStringLiteral("<%1calcPr fullCalcOnLoad=\"1\"/>").arg(last.captured(1)));
    }
    setEntry(QStringLiteral("xl/workbook.xml"), workbook.toUtf8());
}

void FormPackage::afterRowsMoved(const QString &sheet, const QString &sheetEntry,
                                 const CellReferences::Insertion &insertion)
{
    recalculateOnOpen();
    if (insertion.count <= 0)
        return;
    QString workbook = QString::fromUtf8(entry(QStringLiteral("xl/workbook.xml")));
    static const QRegularExpression name(
        QStringLiteral("(<(?:\\w+:)?definedName\\b[^>]*>)(.*?)(</(?:\\w+:)?definedName>)"),
        QRegularExpression::DotMatchesEverythingOption);
    QString out;
    qsizetype last = 0;
    auto it = name.globalMatch(workbook);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        QString text = m.captured(2);
        text.replace(QLatin1String("&apos;"), QLatin1String("'")).replace(QLatin1String("&amp;"), QLatin1String("&"));
        const QString moved = CellReferences::map(
            text, sheet, false, [&](CellReferences::Ref &a, CellReferences::Ref *b) { insertion.apply(a, b); });
        out += workbook.mid(last, m.capturedStart() - last) + m.captured(1) +
               (moved == text ? m.captured(2) : moved.toHtmlEscaped()) + m.captured(3);
        last = m.capturedEnd();
    }
    out += workbook.mid(last);
    setEntry(QStringLiteral("xl/workbook.xml"), out.toUtf8());

    // Formulas on the other sheets that name this one (='名单'!F6).
    static const QRegularExpression formula(QStringLiteral("(<(?:\\w+:)?f\\b[^>/]*>)(.*?)(</(?:\\w+:)?f>)"),
                                            QRegularExpression::DotMatchesEverythingOption);
    for (auto &[name, data] : m_entries) {
        if (!name.startsWith(QLatin1String("xl/worksheets/"), Qt::CaseInsensitive) ||
            !name.endsWith(QLatin1String(".xml"), Qt::CaseInsensitive) ||
            name.compare(sheetEntry, Qt::CaseInsensitive) == 0)
            continue;
        const QString xml = QString::fromUtf8(data);
        QString result;
        qsizetype from = 0;
        bool changed = false;
        auto fit = formula.globalMatch(xml);
        while (fit.hasNext()) {
            const QRegularExpressionMatch m = fit.next();
            QString text = m.captured(2);
            text.replace(QLatin1String("&apos;"), QLatin1String("'"))
                .replace(QLatin1String("&quot;"), QLatin1String("\""))
                .replace(QLatin1String("&lt;"), QLatin1String("<"))
                .replace(QLatin1String("&gt;"), QLatin1String(">"))
                .replace(QLatin1String("&amp;"), QLatin1String("&"));
            const QString moved = CellReferences::map(
                text, sheet, false, [&](CellReferences::Ref &a, CellReferences::Ref *b) { insertion.apply(a, b); });
            changed = changed || moved != text;
            result += xml.mid(from, m.capturedStart() - from) + m.captured(1) +
                      (moved == text ? m.captured(2) : moved.toHtmlEscaped()) + m.captured(3);
            from = m.capturedEnd();
        }
        if (!changed)
            continue;
        result += xml.mid(from);
        // Their cached results are stale; the workbook recalculates on opening.
        static const QRegularExpression cached(QStringLiteral("(</(?:\\w+:)?f>)<(\\w+:)?v>[^<]*</(\\w+:)?v>"));
        result.replace(cached, QStringLiteral("\\1"));
        data = result.toUtf8();
    }
}

bool FormPackage::write(const QString &path)
{
    const QString part = path + QStringLiteral(".part");
    QFile::remove(part);
    {
        QuaZip zip(part);
        if (!zip.open(QuaZip::mdCreate)) {
            m_error = tr("%1 cannot be written (is the folder writable?).").arg(QFileInfo(path).fileName());
            return false;
        }
        bool ok = true;
        for (const auto &[name, data] : std::as_const(m_entries)) {
            QuaZipFile file(&zip);
            if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, Z_DEFLATED, Z_DEFAULT_COMPRESSION) ||
                file.write(data) != data.size()) {
                ok = false;
                break;
            }
            file.close();
            if (file.getZipError() != ZIP_OK) {
                ok = false;
                break;
            }
        }
        zip.close();
        if (!ok || zip.getZipError() != ZIP_OK) {
            QFile::remove(part);
            m_error = tr("%1 cannot be written (is the disk full?).").arg(QFileInfo(path).fileName());
            return false;
        }
    }
    if (QFile::exists(path) && !QFile::remove(path)) {
        QFile::remove(part);
        m_error =
            tr("%1 is open in another program; close it and fill the form again.").arg(QFileInfo(path).fileName());
        return false;
    }
    if (!QFile::rename(part, path)) {
        QFile::remove(part);
        m_error = tr("%1 cannot be written (is the folder writable?).").arg(QFileInfo(path).fileName());
        return false;
    }
    return true;
}
