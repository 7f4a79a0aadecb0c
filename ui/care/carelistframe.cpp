#include "carelistframe.h"
#include "ui/common/columnfit.h"

#include "ui/common/listexportbutton.h"
#include "ui/common/listprinter.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

CareListFrame::CareListFrame(QSqlDatabase db, const AccessScope &scope, const QString &title, const QString &exportFile,
                             const QString &what, QWidget *parent)
    : QWidget(parent)
    , m_title(title)
{
    auto *layout = new QVBoxLayout(this);
    m_filters = new QHBoxLayout;
    m_actions = new QHBoxLayout;
    m_filters->addStretch(1);
    layout->addLayout(m_filters);
    layout->addLayout(m_actions);
    m_model = new QStandardItemModel(this);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Addresses were cut to "幸福里 1号楼 …" at 1366×768 beside a half-empty last column.
    ColumnFit::fitWhenFilled(m_view);
    // Fitting sets the last column's width too: stretched again once, after the first fit.
    connect(
        m_model, &QStandardItemModel::rowsInserted, m_view,
        [this] {
            if (m_view->property("cdStretchedAgain").toBool())
                return;
            m_view->setProperty("cdStretchedAgain", true);
            m_view->horizontalHeader()->setStretchLastSection(false);
            m_view->horizontalHeader()->setStretchLastSection(true);
        },
        Qt::QueuedConnection);
    layout->addWidget(m_view, 1);

    m_actions->addStretch(1);
    auto *exportButton = new ListExportButton(m_view, exportFile, this);
    exportButton->setAudit(db, scope, what, title);
    m_actions->addWidget(exportButton);
    auto *print = new QPushButton(tr("Pri&nt…"), this);
    print->setObjectName(QStringLiteral("printButton"));
    connect(print, &QPushButton::clicked, this, [this] { ListPrinter(m_view, m_title).preview(this); });
    m_actions->addWidget(print);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_actions->addWidget(m_count);
}

void CareListFrame::addFilter(const QString &label, QWidget *filter)
{
    // Before the stretch that ends the row.
    if (!label.isEmpty()) {
        auto *text = new QLabel(label, this);
        text->setBuddy(filter);
        m_filters->insertWidget(m_filters->count() - 1, text);
    }
    m_filters->insertWidget(m_filters->count() - 1, filter);
}

QPushButton *CareListFrame::addButton(const QString &text, const std::function<void()> &clicked)
{
    auto *button = new QPushButton(text, this);
    connect(button, &QPushButton::clicked, this, clicked);
    // The page's own actions come before the stretch, Export and Print after it.
    m_actions->insertWidget(m_actions->count() - 4, button);
    return button;
}

void CareListFrame::setHeader(const QStringList &header)
{
    m_model->setHorizontalHeaderLabels(header);
}

void CareListFrame::clear()
{
    m_model->removeRows(0, m_model->rowCount());
}

void CareListFrame::addRow(qint64 id, const QStringList &cells)
{
    QList<QStandardItem *> items;
    for (const QString &cell : cells)
        items << new QStandardItem(cell);
    if (!items.isEmpty())
        items.first()->setData(id, Qt::UserRole);
    m_model->appendRow(items);
}

void CareListFrame::setCount(const QString &text)
{
    m_count->setText(text);
}

qint64 CareListFrame::currentId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? m_model->index(index.row(), 0).data(Qt::UserRole).toLongLong() : 0;
}
