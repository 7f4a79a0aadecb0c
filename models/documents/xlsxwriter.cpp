#include "xlsxwriter.h"

#include "xlsxlibrary.h"

#include <array>
#include <cmath>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>

#ifdef Q_OS_UNIX
#include <locale.h>
#endif
#ifdef Q_OS_DARWIN
#include <xlocale.h>
#endif

namespace {

constexpr int kMaxTextLength = 32767; // characters in one cell
constexpr int kMaxSheetName = 31;

// libxlsxwriter prints numbers and column widths with printf, which follows LC_NUMERIC, and
// QCoreApplication sets LC_NUMERIC from the environment on Unix: under a comma-decimal locale
// 61.5 would reach the XML as "61,5" and Excel would call the file damaged. While one of these
// lives, this thread (only) formats numbers the C way. Windows' C runtime stays in "C" anyway.
class CNumericLocale final
{
public:
    CNumericLocale()
    {
#ifdef Q_OS_UNIX
        locale_t base = duplocale(uselocale(locale_t(nullptr)));
        if (base)
            m_c = newlocale(LC_NUMERIC_MASK, "C", base);
        if (m_c)
            m_previous = uselocale(m_c);
        else if (base)
            freelocale(base);
#endif
    }
    ~CNumericLocale()
    {
#ifdef Q_OS_UNIX
        if (m_c) {
            uselocale(m_previous);
            freelocale(m_c);
        }
#endif
    }
    Q_DISABLE_COPY_MOVE(CNumericLocale)

private:
#ifdef Q_OS_UNIX
    locale_t m_c = locale_t(nullptr);
    locale_t m_previous = locale_t(nullptr);
#endif
};

// How a cell's value is shown: its number format.
enum class Kind { General, Date, DateTime };

// The 3 × 3 formats a workbook may need, made on first use so styles.xml holds only those.
class Formats final
{
public:
    Formats(const XlsxLibrary &lib, lxw_workbook *book)
        : m_lib(lib)
        , m_book(book)
    {}

    lxw_format *get(XlsxWriter::Style style, Kind kind)
    {
        if (style == XlsxWriter::Style::Normal && kind == Kind::General)
            return nullptr; // Excel's default cell format
        lxw_format *&format = m_formats[size_t(style) * 3 + size_t(kind)];
        if (format)
            return format;
        format = m_lib.workbookAddFormat(m_book);
        if (style != XlsxWriter::Style::Normal)
            m_lib.formatSetBold(format);
        if (style == XlsxWriter::Style::Highlight)
            m_lib.formatSetBgColor(format, 0xFFF2CC); // a solid pale yellow fill
        if (kind == Kind::Date)
            m_lib.formatSetNumFormat(format, "yyyy-mm-dd");
        else if (kind == Kind::DateTime)
            m_lib.formatSetNumFormat(format, "yyyy-mm-dd hh:mm");
        return format;
    }

private:
    const XlsxLibrary &m_lib;
    lxw_workbook *m_book;
    std::array<lxw_format *, 9> m_formats{};
};

bool isNumber(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

// XML 1.0 forbids most control characters (libxlsxwriter would write them as _x0007_
// escapes, which readers show literally), and Excel holds at most 32,767 characters a cell.
QString cellText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0xFFFE || u == 0xFFFF)
            continue;
        out += c;
    }
    if (out.size() > kMaxTextLength)
        out.truncate(out.at(kMaxTextLength - 1).isHighSurrogate() ? kMaxTextLength - 1 : kMaxTextLength);
    return out;
}

// The first `n` UTF-16 units of `text`, without splitting a character outside the BMP.
QString leftOf(const QString &text, qsizetype n)
{
    if (text.size() <= n)
        return text;
    return text.left(n > 0 && text.at(n - 1).isHighSurrogate() ? n - 1 : n);
}

QString validSheetName(QString name, const QStringList &taken)
{
    static const QString forbidden = QStringLiteral(":\\/?*[]");
    for (QChar &c : name)
        if (forbidden.contains(c))
            c = QLatin1Char('_');
    name = leftOf(name.trimmed(), kMaxSheetName);
    // Excel refuses a name that starts or ends with an apostrophe.
    while (name.startsWith(QLatin1Char('\'')) || name.endsWith(QLatin1Char('\'')))
        name = name.startsWith(QLatin1Char('\'')) ? name.mid(1).trimmed() : name.chopped(1).trimmed();
    if (name.isEmpty())
        name = QStringLiteral("Sheet%1").arg(taken.size() + 1);
    const QString base = name;
    // "History" is reserved by Excel for its change tracking.
    const auto isTaken = [&taken](const QString &n) {
        return taken.contains(n, Qt::CaseInsensitive) || n.compare(QLatin1String("History"), Qt::CaseInsensitive) == 0;
    };
    for (int n = 2; isTaken(name); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        name = leftOf(base, kMaxSheetName - suffix.size()) + suffix;
    }
    return name;
}

lxw_datetime excelDateTime(const QDate &date, const QTime &time)
{
    lxw_datetime d{};
    d.year = date.year();
    d.month = date.month();
    d.day = date.day();
    d.hour = time.hour();
    d.min = time.minute();
    d.sec = time.second() + time.msec() / 1000.0;
    return d;
}

// Excel's 1900 date system starts on 1900-01-01 and ends with 9999-12-31.
bool fitsExcelDates(const QDate &date)
{
    return date.year() >= 1900 && date.year() <= 9999;
}

// Writes one value; the first error the library reports is kept in *error.
void writeCell(const XlsxLibrary &lib, lxw_worksheet *sheet, lxw_row_t row, lxw_col_t col, const QVariant &v,
               XlsxWriter::Style style, Formats &formats, lxw_error *error)
{
    lxw_error result = LXW_NO_ERROR;
    lxw_format *const blank = formats.get(style, Kind::General);
    if (isNumber(v)) {
        const double number = v.toDouble();
        if (std::isfinite(number)) // Excel has no NaN or infinity
            result = lib.worksheetWriteNumber(sheet, row, col, number, blank);
        else if (blank)
            result = lib.worksheetWriteBlank(sheet, row, col, blank);
    } else if (v.typeId() == QMetaType::QDate && v.toDate().isValid() && fitsExcelDates(v.toDate())) {
        lxw_datetime d = excelDateTime(v.toDate(), QTime(0, 0));
        result = lib.worksheetWriteDatetime(sheet, row, col, &d, formats.get(style, Kind::Date));
    } else if (v.typeId() == QMetaType::QDateTime && v.toDateTime().isValid() &&
               fitsExcelDates(v.toDateTime().toLocalTime().date())) {
        // Excel has no time zones: the clerk's wall-clock time is what they expect to read.
        const QDateTime local = v.toDateTime().toLocalTime();
        lxw_datetime d = excelDateTime(local.date(), local.time());
        result = lib.worksheetWriteDatetime(sheet, row, col, &d, formats.get(style, Kind::DateTime));
    } else {
        // Dates outside Excel's range become their ISO text rather than a wrong number.
        const QString text = v.typeId() == QMetaType::QDate       ? v.toDate().toString(Qt::ISODate)
                             : v.typeId() == QMetaType::QDateTime ? v.toDateTime().toString(Qt::ISODate)
                                                                  : v.toString();
        const QByteArray utf8 = cellText(text).toUtf8();
        if (!utf8.isEmpty())
            result = lib.worksheetWriteString(sheet, row, col, utf8.constData(), blank);
        else if (blank)
            result = lib.worksheetWriteBlank(sheet, row, col, blank);
    }
    if (result != LXW_NO_ERROR && *error == LXW_NO_ERROR)
        *error = result;
}

// libxlsxwriter opens files with fopen() on Unix and MinGW, which take the local 8-bit
// encoding, and converts from UTF-8 to wide characters with MSVC.
QByteArray libraryPath(const QString &path)
{
#if defined(_WIN32) && !defined(__MINGW32__)
    return QDir::toNativeSeparators(path).toUtf8();
#else
    return QFile::encodeName(QDir::toNativeSeparators(path));
#endif
}

} // namespace

QString XlsxWriter::columnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

XlsxWriter::Sheet &XlsxWriter::current()
{
    if (m_sheets.isEmpty())
        addSheet(QString());
    return m_sheets.last();
}

void XlsxWriter::addSheet(const QString &name)
{
    Sheet sheet;
    sheet.name = validSheetName(name, sheetNames());
    m_sheets.append(sheet);
}

void XlsxWriter::setColumnWidths(const QList<double> &widths)
{
    current().widths = widths;
}

void XlsxWriter::setFrozenRows(int rows)
{
    current().frozenRows = qBound(0, rows, kMaxRows - 1);
}

void XlsxWriter::addRow(const QVariantList &cells, Style style)
{
    current().rows.append({cells, style});
}

void XlsxWriter::addRow(const QStringList &cells, Style style)
{
    QVariantList values;
    values.reserve(cells.size());
    for (const QString &c : cells)
        values.append(c);
    addRow(values, style);
}

QStringList XlsxWriter::sheetNames() const
{
    QStringList names;
    for (const Sheet &s : m_sheets)
        names << s.name;
    return names;
}

bool XlsxWriter::writeWorkbook(const QString &path, const QString &scratchDir, const QDateTime &modified,
                               QString *reason) const
{
    QList<Sheet> sheets = m_sheets;
    if (sheets.isEmpty())
        sheets.append({QStringLiteral("Sheet1"), {}, 0, {}});
    for (const Sheet &sheet : sheets) {
        bool tooWide = sheet.widths.size() > kMaxColumns;
        for (const Row &row : sheet.rows)
            tooWide = tooWide || row.cells.size() > kMaxColumns;
        if (tooWide || sheet.rows.size() > kMaxRows) {
            *reason = tr("the sheet \"%1\" has more rows or columns than Excel allows (%2 rows, %3 columns).")
                          .arg(sheet.name)
                          .arg(kMaxRows)
                          .arg(kMaxColumns);
            return false;
        }
    }

    const XlsxLibrary *lib = XlsxLibrary::get();
    if (!lib) {
        *reason = tr("the Excel library cannot be loaded (%1).").arg(XlsxLibrary::errorString());
        return false;
    }
    const QByteArray file = libraryPath(path);
    QByteArray tmpdir = libraryPath(scratchDir);
    // constant_memory off: shared strings, any row order; tmpdir: ours, not tmpfile()'s (C:\ on Windows).
    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE;
    options.tmpdir = tmpdir.data();
    options.use_zip64 = LXW_FALSE;
    lxw_workbook *book = lib->workbookNewOpt(file.constData(), &options);
    if (!book) {
        *reason = tr("out of memory.");
        return false;
    }
    lxw_doc_properties properties{};
    properties.created = modified.isValid() ? time_t(modified.toSecsSinceEpoch()) : 0;
    lib->workbookSetProperties(book, &properties);

    Formats formats(*lib, book);
    lxw_error error = LXW_NO_ERROR;
    for (const Sheet &sheet : sheets) {
        lxw_worksheet *ws = lib->workbookAddWorksheet(book, sheet.name.toUtf8().constData());
        if (!ws) {
            error = LXW_ERROR_PARAMETER_VALIDATION;
            break;
        }
        for (int c = 0; c < sheet.widths.size(); ++c)
            lib->worksheetSetColumn(ws, lxw_col_t(c), lxw_col_t(c), qBound(0.0, sheet.widths.at(c), 255.0), nullptr);
        if (sheet.frozenRows > 0)
            lib->worksheetFreezePanes(ws, lxw_row_t(sheet.frozenRows), 0);
        for (int r = 0; r < sheet.rows.size(); ++r) {
            const Row &row = sheet.rows.at(r);
            for (int c = 0; c < row.cells.size(); ++c)
                writeCell(*lib, ws, lxw_row_t(r), lxw_col_t(c), row.cells.at(c), row.style, formats, &error);
        }
    }

    lxw_error closed = LXW_NO_ERROR;
    {
        const CNumericLocale numbers;
        closed = lib->workbookClose(book); // writes the file and frees the workbook, even after an error
    }
    if (error == LXW_NO_ERROR)
        error = closed;
    if (error != LXW_NO_ERROR) {
        *reason = tr("the Excel writer failed (%1).").arg(QString::fromUtf8(lib->strerror(error)));
        return false;
    }
    return true;
}

QByteArray XlsxWriter::toByteArray(const QDateTime &modified, QString *error) const
{
    // A private folder under Qt's temp path holds the package and libxlsxwriter's scratch
    // files; all of it goes when the folder does.
    const QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/communitydesk-xlsx-XXXXXX"));
    QString reason;
    if (!dir.isValid()) {
        reason = dir.errorString();
    } else {
        const QString path = dir.filePath(QStringLiteral("workbook.xlsx"));
        if (writeWorkbook(path, dir.path(), modified, &reason)) {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                return file.readAll();
            reason = file.errorString();
        }
    }
    if (error)
        *error = reason;
    return {};
}

bool XlsxWriter::save(const QString &path, QString *error) const
{
    const QString shown = QDir::toNativeSeparators(path);
    // QSaveFile writes a temporary file beside the target and renames it over the target only
    // once all is written: a failure leaves no partial file and an older file untouched.
    // Opened first, it finds an unwritable folder before the workbook is built.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(shown, file.errorString());
        return false;
    }
    QString reason;
    const QByteArray bytes = toByteArray(QDateTime::currentDateTime(), &reason);
    if (bytes.isEmpty()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(shown, reason);
        return false; // the QSaveFile's temporary file is removed with it
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(shown, file.errorString());
        return false;
    }
    return true;
}
