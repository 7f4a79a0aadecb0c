#include "birthdaysheet.h"

#include "birthdaycounts.h"
#include "birthdayquery.h"
#include "models/access/exportaudit.h"
#include "models/access/numberreveal.h"
#include "models/documents/csvwriter.h"
#include "models/documents/xlsxwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

namespace {

QString countsText(const QList<BirthdayEntry> &entries)
{
    const BirthdayCounts c = BirthdayCounts::of(entries);
    return BirthdaySheet::tr("%n resident(s); aged 80 and over: %1; 100 and over: %2", "", c.total)
        .arg(c.aged80)
        .arg(c.aged100);
}

} // namespace

BirthdaySheet::BirthdaySheet(QList<BirthdayEntry> entries, Options options, const AccessScope &scope)
    : m_entries(std::move(entries))
    , m_options(std::move(options))
{
    // Printed phones follow the role's right to see them, whatever the caller asked for.
    m_options.revealPhones = NumberReveal::allowed(scope, m_options.revealPhones);
}

QString BirthdaySheet::monthText(int year, int month)
{
    const QDate first(year, month, 1);
    return QLocale().toString(first, BirthdayEntry::tr("MMMM yyyy", "month format, e.g. yyyy年M月"));
}

QString BirthdaySheet::monthText() const
{
    return monthText(m_options.year, m_options.month);
}

QString BirthdaySheet::title() const
{
    const QString sheet = tr("Birthday party sign-in sheet");
    return m_options.community.isEmpty() ? sheet
                                         : tr("%1 %2", "community name, sheet title").arg(m_options.community, sheet);
}

QStringList BirthdaySheet::header() const
{
    QStringList h = {tr("Name"),          tr("Gender"),   tr("Birth date"), tr("Lunar birthday"),
                     tr("Birthday kept"), tr("Calendar"), tr("Age turning")};
    if (m_options.nominalAge)
        h << tr("Nominal age");
    h << tr("Grid") << tr("Address") << tr("Phone") << tr("Tags") << tr("Living alone") << tr("Notes");
    return h;
}

QStringList BirthdaySheet::row(const BirthdayEntry &e) const
{
    QStringList r = {e.name,
                     e.genderText(),
                     e.birthDate.toString(Qt::ISODate),
                     e.lunarBirthdayText(),
                     e.keptOn.toString(Qt::ISODate),
                     e.calendar == BirthdayRules::Calendar::Lunar ? tr("lunar") : tr("solar"),
                     QString::number(e.ageTurning)};
    if (m_options.nominalAge)
        r << QString::number(e.nominalAge);
    r << e.gridText() << e.address << e.phoneText(m_options.revealPhones) << e.tagsText()
      << (e.livingAlone ? tr("yes") : QString()) << e.noteText();
    return r;
}

QByteArray BirthdaySheet::csv() const
{
    QList<QStringList> rows;
    rows.reserve(m_entries.size() + 1);
    rows.append(header());
    for (const BirthdayEntry &e : m_entries)
        rows.append(row(e));
    return CsvWriter::encode(rows);
}

XlsxWriter BirthdaySheet::workbook() const
{
    XlsxWriter book;
    book.addSheet(QDate(m_options.year, m_options.month, 1).toString(QStringLiteral("yyyy-MM")));
    QList<double> widths = {10, 6, 12, 16, 12, 8, 8};
    if (m_options.nominalAge)
        widths << 8;
    widths << 12 << 30 << 15 << 16 << 8 << 20;
    book.setColumnWidths(widths);
    book.setFrozenRows(1);
    book.addRow(header(), XlsxWriter::Style::Bold);
    const int ageColumn = 6;
    for (const BirthdayEntry &e : m_entries) {
        const QStringList text = row(e);
        QVariantList cells(text.cbegin(), text.cend());
        cells[ageColumn] = e.ageTurning;
        if (m_options.nominalAge)
            cells[ageColumn + 1] = e.nominalAge;
        book.addRow(cells, e.isMilestone() ? XlsxWriter::Style::Highlight : XlsxWriter::Style::Normal);
    }
    return book;
}

TableDocument::Row BirthdaySheet::sheetRow(int number, const BirthdayEntry &e) const
{
    QString birthday = e.keptOnText();
    if (e.calendar == BirthdayRules::Calendar::Lunar)
        birthday += QLatin1Char('\n') + e.lunarBirthdayText();
    QString age = QString::number(e.ageTurning);
    if (m_options.nominalAge)
        age += QLatin1Char('\n') + tr("nominal %1", "虚岁, printed under the age").arg(e.nominalAge);
    QStringList notes;
    if (!e.tagNames.isEmpty())
        notes << e.tagsText();
    if (!e.noteText().isEmpty())
        notes << e.noteText();

    TableDocument::Row row;
    row.cells << QString::number(number) << e.name << e.genderText() << birthday << age;
    if (!m_options.perGrid)
        row.cells << e.gridText();
    row.cells << e.address << e.phoneText(m_options.revealPhones) << notes.join(QLatin1Char('\n'));
    row.bold = e.isMilestone();
    row.shaded = e.isMilestone();
    return row;
}

QList<TableDocument::Section> BirthdaySheet::sections() const
{
    QList<TableDocument::Section> list;
    if (!m_options.perGrid) {
        TableDocument::Section all;
        all.heading = tr("Whole community");
        all.summary = countsText(m_entries);
        for (int i = 0; i < m_entries.size(); ++i)
            all.rows.append(sheetRow(i + 1, m_entries.at(i)));
        list.append(all);
        return list;
    }
    QList<BirthdayEntry> byGrid = m_entries;
    BirthdayQuery::sort(byGrid, true);
    QList<BirthdayEntry> group;
    auto flush = [&] {
        if (group.isEmpty())
            return;
        TableDocument::Section s;
        s.heading = group.constFirst().gridText();
        s.summary = countsText(group);
        for (int i = 0; i < group.size(); ++i)
            s.rows.append(sheetRow(i + 1, group.at(i)));
        list.append(s);
        group.clear();
    };
    for (const BirthdayEntry &e : std::as_const(byGrid)) {
        if (!group.isEmpty() && group.constFirst().gridId != e.gridId)
            flush();
        group.append(e);
    }
    flush();
    return list;
}

TableDocument BirthdaySheet::signInSheet() const
{
    TableDocument doc;
    doc.setTitle(title());
    doc.setSubtitle(tr("Birthdays in %1, aged %2 and over").arg(monthText()).arg(m_options.minimumAge));
    doc.setInfoLine(tr("Party date: __________   Place: __________   Host: __________"));
    QList<TableDocument::Column> columns = {{tr("No."), 0.7, Qt::AlignCenter},
                                            {tr("Name"), 1.3},
                                            {tr("Gender"), 1.0, Qt::AlignCenter},
                                            {tr("Birthday"), 2.3},
                                            {tr("Age"), m_options.nominalAge ? 1.3 : 0.7, Qt::AlignCenter}};
    if (!m_options.perGrid)
        columns.append({tr("Grid"), 1.3});
    columns.append({tr("Address"), (m_options.perGrid ? 3.2 : 2.4) - (m_options.nominalAge ? 0.6 : 0)});
    columns.append({tr("Phone"), 2.0});
    columns.append({tr("Notes"), 1.5});
    doc.setColumns(columns);
    doc.setSignatureColumn(tr("Signature"), 2.0);
    doc.setFooterText(tr("Printed %1. Shaded rows: milestone birthdays.")
                          .arg(QLocale().toString(QDate::currentDate(), QLocale::ShortFormat)));
    for (const TableDocument::Section &s : sections())
        doc.addSection(s);
    return doc;
}

bool BirthdaySheet::write(const QString &path, QString *error) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return writePdf(path, error);
    if (suffix == QLatin1String("csv"))
        return writeCsv(path, error);
    if (suffix == QLatin1String("xlsx"))
        return writeXlsx(path, error);
    if (error)
        *error = tr("%1: the file name must end in .pdf, .csv or .xlsx.").arg(QDir::toNativeSeparators(path));
    return false;
}

bool BirthdaySheet::writePdf(const QString &path, QString *error) const
{
    return signInSheet().writePdf(path, error);
}

bool BirthdaySheet::writeCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    const QByteArray bytes = csv();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool BirthdaySheet::writeXlsx(const QString &path, QString *error) const
{
    return workbook().save(path, error); // its message names the file
}

bool BirthdaySheet::recordExport(const QSqlDatabase &db, const AccessScope &scope, const QString &path,
                                 const QString &where) const
{
    const QStringList revealed = m_options.revealPhones ? QStringList{ExportAudit::phoneNumbers()} : QStringList();
    return ExportAudit::record(db, scope, QStringLiteral("resident"), int(m_entries.size()), path, where, revealed);
}

bool BirthdaySheet::writeAudited(const QSqlDatabase &db, const AccessScope &scope, const QString &path,
                                 QString *error) const
{
    if (!write(path, error))
        return false;
    const QStringList revealed = m_options.revealPhones ? QStringList{ExportAudit::phoneNumbers()} : QStringList();
    return ExportAudit::keepAudited(db, scope, QStringLiteral("resident"), int(m_entries.size()), path,
                                    QStringLiteral("birthday list"), revealed, error);
}
