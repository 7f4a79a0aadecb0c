#include "listprinter.h"

#include <QAbstractItemView>
#include <QDate>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QTableView>
#include <QTreeView>

namespace {
QHeaderView *columnsHeader(QAbstractItemView *view)
{
    if (auto *table = qobject_cast<QTableView *>(view))
        return table->horizontalHeader();
    if (auto *tree = qobject_cast<QTreeView *>(view))
        return tree->header();
    return nullptr;
}
} // namespace

ListPrinter::ListPrinter(QAbstractItemView *view, const QString &title)
    : m_view(view)
    , m_title(title)
{}

TableDocument ListPrinter::document() const
{
    TableDocument doc;
    doc.setTitle(m_title);
    QAbstractItemModel *model = m_view->model();
    QHeaderView *header = columnsHeader(m_view);
    QList<int> columns;
    QList<TableDocument::Column> printed;
    int totalWidth = 0;
    const int count = model ? model->columnCount() : 0;
    for (int visual = 0; visual < count; ++visual) {
        const int logical = header ? header->logicalIndex(visual) : visual;
        if (logical < 0 || (header && header->isSectionHidden(logical)))
            continue;
        const int width = header ? qMax(header->sectionSize(logical), 30) : 100;
        totalWidth += width;
        columns << logical;
        printed.append({model->headerData(logical, Qt::Horizontal, Qt::DisplayRole).toString(), qreal(width)});
    }
    doc.setColumns(printed);
    // A list wider than a portrait page reads better across the sheet than squeezed.
    doc.setOrientation(columns.size() > 6 || totalWidth > 900 ? QPageLayout::Landscape : QPageLayout::Portrait);
    TableDocument::Section section;
    if (model) {
        // A lazy model holds its first page only; the printout has every row of the filter.
        while (model->canFetchMore(QModelIndex()))
            model->fetchMore(QModelIndex());
        const int rows = model->rowCount();
        for (int r = 0; r < rows; ++r) {
            if (auto *table = qobject_cast<QTableView *>(m_view); table && table->isRowHidden(r))
                continue;
            TableDocument::Row row;
            for (const int c : std::as_const(columns))
                row.cells << model->index(r, c).data(Qt::DisplayRole).toString();
            section.rows.append(row);
        }
    }
    const QLocale locale;
    section.summary = tr("%1 rows").arg(locale.toString(qlonglong(section.rows.size())));
    doc.setSubtitle(tr("Printed %1").arg(locale.toString(QDate::currentDate(), QStringLiteral("yyyy-MM-dd"))));
    doc.setFooterText(m_title);
    doc.addSection(section);
    return doc;
}

int ListPrinter::print(QPrinter *printer) const
{
    return document().print(printer);
}

bool ListPrinter::writePdf(const QString &path, QString *error) const
{
    return document().writePdf(path, error);
}

void ListPrinter::preview(QWidget *parent) const
{
    // A whole register is thousands of pages: ask before laying them all out.
    if (QAbstractItemModel *model = m_view->model(); model && model->rowCount() > kAskAboveRows) {
        const QLocale locale;
        const QString question =
            tr("The list has %1 rows, about %2 pages. Print them all? Filter the list first to print fewer.")
                .arg(locale.toString(model->rowCount()), locale.toString(model->rowCount() / 15 + 1));
        if (QMessageBox::question(parent, tr("Print the list"), question) != QMessageBox::Yes)
            return;
    }
    const TableDocument doc = document();
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_title);
    PagedDocument::setUpPage(&printer, doc.document().orientation());
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print preview — %1").arg(m_title));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&doc](QPrinter *target) { doc.print(target); });
    dialog.exec();
}
