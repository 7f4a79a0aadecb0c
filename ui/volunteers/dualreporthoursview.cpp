#include "dualreporthoursview.h"
#include "ui/common/columnfit.h"

#include "models/volunteers/dualreporthours.h"
#include "ui/common/datefield.h"
#include "ui/common/listexportbutton.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QStandardItem *number(qreal value)
{
    auto *item = new QStandardItem(QLocale().toString(value, 'f', value == qRound(value) ? 0 : 2));
    item->setData(value, Qt::UserRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

DualReportHoursView::DualReportHoursView(QSqlDatabase db, const AccessScope &scope, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_scope(scope)
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("From:"), this));
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(QDate(today.year(), 1, 1), this);
    DateField::tabLeaves(m_from);
    m_from->setObjectName(QStringLiteral("unitHoursFrom"));
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_from->setCalendarPopup(true);
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("To:"), this));
    m_to = new QDateEdit(today, this);
    DateField::tabLeaves(m_to);
    m_to->setObjectName(QStringLiteral("unitHoursTo"));
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_to->setCalendarPopup(true);
    bar->addWidget(m_to);
    bar->addStretch();
    layout->addLayout(bar);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels(
        {tr("Work unit"), tr("Members"), tr("Members who served"), tr("Hours"), tr("Shifts and events")});
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("unitHours"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    ColumnFit::fitWhenFilled(m_view); // once: the clerk's widths stay after a refresh
    m_view->horizontalHeader()->setSectionResizeMode(Unit, QHeaderView::Stretch);
    layout->addWidget(m_view, 1);

    auto *bottom = new QHBoxLayout;
    m_note = new QLabel(tr("In-service party members who report to the community (tick \"Dual report\" on the "
                           "volunteer form). Hours: attended shifts and event service."),
                        this);
    m_note->setWordWrap(true);
    bottom->addWidget(m_note, 1);
    bottom->addWidget(new ListExportButton(m_view, tr("hours-per-work-unit.xlsx"), this));
    layout->addLayout(bottom);

    connect(m_from, &QDateEdit::dateChanged, this, &DualReportHoursView::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &DualReportHoursView::reload);
}

void DualReportHoursView::setPeriod(const QDate &from, const QDate &to)
{
    const QSignalBlocker a(m_from);
    const QSignalBlocker b(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    reload();
}

void DualReportHoursView::showEvent(QShowEvent *event)
{
    reload(); // hours may have been recorded on the other tabs meanwhile
    QWidget::showEvent(event);
}

void DualReportHoursView::reload()
{
    m_model->removeRows(0, m_model->rowCount());
    const QList<DualReportHours::Unit> units = DualReportHours(m_db, m_scope).units(m_from->date(), m_to->date());
    const auto addRow = [this](const DualReportHours::Unit &u, const QString &name, bool bold) {
        QList<QStandardItem *> row{new QStandardItem(name), number(u.members), number(u.served), number(u.hours),
                                   number(u.records)};
        if (bold)
            for (QStandardItem *item : row) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
        m_model->appendRow(row);
    };
    for (const DualReportHours::Unit &u : units)
        addRow(u, DualReportHours::unitText(u.name), false);
    if (!units.isEmpty())
        addRow(DualReportHours::total(units), tr("Total"), true);
}
