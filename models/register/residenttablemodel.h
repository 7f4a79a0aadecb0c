#pragma once

#include "models/access/accessscope.h"

#include "models/core/pagedtablemodel.h"
#include "residentfilter.h"
#include "residentquery.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <utility>

class RowCounter;

// One resident as the register list shows it.
struct ResidentTableRow
{
    qint64 id = 0;
    qint64 householdId = 0;
    QString name;
    QString gender;
    QDate birthDate;
    QString idNumber;
    QString phone;
    QString address;
    QString grid;
    QString residency;
    QString status;
    QString tags;
    QString mergedInto;            // the kept record's name, for a resident merged into another
    QHash<qint64, QString> custom; // custom field id -> value, read a page at a time
};

// One of the office's own resident fields (custom_field, defined in models/tags), as a column.
struct ResidentCustomColumn
{
    qint64 fieldId = 0;
    QString name;
    QString type; // text, number, date, choice
    QStringList choices;
};

// The register's resident list: the whole count at once, pages read as the view asks for them
// and a bounded number cached, so a million-row register costs the same memory as a
// thousand-row one.
class ResidentTableModel final : public PagedTableModel<ResidentTableRow>
{
    Q_OBJECT

public:
    enum Column { Name, Gender, Age, IdNumber, Phone, Address, Grid, Residency, Tags, Status, ColumnCount };
    static constexpr int kPageSize = 200;
    static constexpr int kMaxCachedPages = 40;
    // Up to this many rows are counted before the first page is shown; a longer list shows
    // that many at once and grows to its exact size when the background count returns
    // (isCountExact() is false meanwhile).
    static constexpr int kCountCap = 5000;
    // The cap countRows() counts to before the background count: kCountCap, or one page when
    // the count reads resident_token (ResidentQuery::countsByToken).
    static int countCap(const ResidentQuery &query);

    ResidentTableModel(QSqlDatabase db, const AccessScope &scope, QObject *parent = nullptr);

    void setFilter(const ResidentFilter &filter);
    ResidentFilter filter() const { return m_filter; }
    // Masked by default; the clerk chooses to show full numbers.
    void setRevealNumbers(bool reveal);
    bool revealNumbers() const { return m_reveal; }
    // An export's choice (ResidentExport), each kind narrowed to what the role may see. No audit
    // row here: the export writes it with the count of rows and the file (ExportAudit).
    void setExportReveal(bool ids, bool phones);
    void setToday(const QDate &today) { m_today = today; }
    void reload() override;

    qint64 residentId(int row) const;
    qint64 householdId(int row) const;
    int rowOfResident(qint64 residentId) const; // -1 unless in a cached page

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // A filtered column's header is bold and says so in its tooltip.
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The header's filter (ResidentColumnCondition): which columns take "contains" text, and the
    // values one may pick for a column (code or id as text, and the label), empty if none.
    bool hasTextFilter(int column) const;
    QList<std::pair<QString, QString>> columnChoices(int column) const;

    // The office's resident fields in use, each a column after ColumnCount (hidden by default in
    // the register), read when the model is made.
    QList<ResidentCustomColumn> customColumns() const { return m_customColumns; }
    static QList<ResidentCustomColumn> readCustomColumns(const QSqlDatabase &db);
    // The custom field shown in `column` (0 for a built-in column), and the reverse (-1 if none).
    qint64 customFieldId(int column) const;
    int columnOfCustomField(qint64 fieldId) const;

private:
    Count countRows() const override;
    QString columnTitle(int column) const override;
    bool loadPage(int offset, int limit, QVector<ResidentTableRow> *rows) const override;
    QVariant cell(const ResidentTableRow &row, int column, int role) const override;
    void applyCount(int ticket, int count);
    bool readCustomValues(QVector<ResidentTableRow> *rows, int from) const;

    AccessScope m_scope;
    QList<ResidentCustomColumn> m_customColumns;
    bool m_serverTokens = false; // ResidentTokenSchema::servesSearch
    ResidentFilter m_filter;
    ResidentQuery::SortKey m_sortKey = ResidentQuery::SortKey::Name;
    bool m_descending = false;
    bool m_reveal = false;
    bool m_exportIds = false;
    bool m_exportPhones = false;
    QDate m_today = QDate::currentDate();
    int m_ticket = 0; // identifies the filter a background count belongs to
    RowCounter *m_counter = nullptr;
};
