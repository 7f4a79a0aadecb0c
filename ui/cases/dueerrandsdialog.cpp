#include "dueerrandsdialog.h"
#include "ui/common/columnfit.h"

#include "lifeeventrulesdialog.h"
#include "models/lifeevents/dueerrands.h"
#include "ui/common/formhelpers.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

DueErrandsDialog::DueErrandsDialog(QSqlDatabase db, const AccessScope &scope, const QDate &day, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_scope(scope)
    , m_day(day)
{
    setWindowTitle(tr("Due errands"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("dueSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("dueTable"));
    m_table->setHorizontalHeaderLabels({tr("Grid"), tr("Resident"), tr("Errand"), tr("Date"), tr("What to do")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("dueMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_openChecked = buttons->addButton(tr("&Open ticked"), QDialogButtonBox::ActionRole);
    m_openChecked->setObjectName(QStringLiteral("dueOpenTicked"));
    m_openAll = buttons->addButton(tr("Open &all"), QDialogButtonBox::ActionRole);
    m_openAll->setObjectName(QStringLiteral("dueOpenAll"));
    auto *rules = buttons->addButton(tr("&Rules…"), QDialogButtonBox::ActionRole);
    rules->setObjectName(QStringLiteral("dueRules"));
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    layout->addWidget(buttons);
    // Nothing here saves on Enter: opening errands is a deliberate click.
    for (QPushButton *b : buttons->findChildren<QPushButton *>())
        b->setAutoDefault(false);
    rules->setEnabled(m_scope.officeRefusal().isEmpty());
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_openChecked, &QPushButton::clicked, this, [this] { openRows(false); });
    connect(m_openAll, &QPushButton::clicked, this, [this] { openRows(true); });
    connect(rules, &QPushButton::clicked, this, &DueErrandsDialog::editRules);
    resize(900, 480);
    reload();
}

void DueErrandsDialog::reload()
{
    m_due = DueErrands(m_db, m_scope).list(m_day);
    m_table->setRowCount(int(m_due.size()));
    for (int row = 0; row < m_due.size(); ++row) {
        const DueErrand &d = m_due.at(row);
        auto *grid = new QTableWidgetItem(d.gridName.isEmpty() ? tr("(no grid)") : d.gridName);
        grid->setFlags(grid->flags() | Qt::ItemIsUserCheckable);
        grid->setCheckState(Qt::Unchecked);
        m_table->setItem(row, 0, grid);
        m_table->setItem(row, 1, new QTableWidgetItem(d.residentName));
        m_table->setItem(row, 2, new QTableWidgetItem(d.errandTypeName));
        m_table->setItem(row, 3, new QTableWidgetItem(QLocale().toString(d.eventDate, QLocale::ShortFormat)));
        m_table->setItem(row, 4, new QTableWidgetItem(d.text));
    }
    ColumnFit::fitOnce(m_table); // a refresh keeps the widths the clerk dragged
    m_summary->setText(m_due.isEmpty()
                           ? tr("No errands are due on %1.").arg(QLocale().toString(m_day, QLocale::LongFormat))
                           : tr("%n errand(s) due on %1 by the office's rules (a birthday, a death, a birth, a "
                                "move-in). Tick the ones to open with Space, or open them all.",
                                nullptr, int(m_due.size()))
                                 .arg(QLocale().toString(m_day, QLocale::LongFormat)));
    const bool may = m_scope.canEdit() && !m_due.isEmpty();
    m_openChecked->setEnabled(may);
    m_openAll->setEnabled(may);
    if (!m_due.isEmpty())
        m_table->setCurrentCell(0, 0);
}

void DueErrandsDialog::openRows(bool all)
{
    QList<DueErrand> chosen;
    for (int row = 0; row < m_due.size(); ++row)
        if (all || m_table->item(row, 0)->checkState() == Qt::Checked)
            chosen << m_due.at(row);
    if (chosen.isEmpty()) {
        m_message->setText(FormHelpers::colored(tr("Tick the errands to open first (Space ticks the current row)."),
                                                FormHelpers::errorColor()));
        m_table->setFocus();
        return;
    }
    const SaveResult r = DueErrands(m_db, m_scope).open(chosen);
    if (!r.ok) {
        m_message->setText(FormHelpers::colored(r.firstMessage().toHtmlEscaped(), FormHelpers::errorColor()));
        return;
    }
    m_opened += int(r.id);
    m_message->setText(FormHelpers::colored(tr("%n errand(s) opened; they are on the case list.", nullptr, int(r.id)),
                                            FormHelpers::okColor()));
    reload();
    emit errandsOpened(int(r.id));
}

void DueErrandsDialog::editRules()
{
    LifeEventRulesDialog dialog(m_db, m_scope, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}
