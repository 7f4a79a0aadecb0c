#include "fieldconflictdialog.h"
#include "ui/common/columnfit.h"
#include "ui/common/longwork.h"

#include "models/field/fieldlabels.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <memory>

namespace {

enum Column { RecordColumn, FieldColumn, OfficeColumn, FieldValueColumn, ColumnCount };

} // namespace

FieldConflictDialog::FieldConflictDialog(const QList<FieldConflict> &conflicts, Apply apply, QWidget *parent)
    : QDialog(parent)
    , m_conflicts(conflicts)
    , m_apply(std::move(apply))
{
    setWindowTitle(tr("Merge field copy"));
    auto *layout = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages);

    // Page 1: the conflicts.
    auto *decide = new QWidget(m_pages);
    auto *decideLayout = new QVBoxLayout(decide);
    auto *intro = new QLabel(tr("The office and the field changed these fields differently since the check-out. "
                                "Choose which value to keep for each: Left or O for the office's, Right or F for "
                                "the field's; Enter merges."),
                             decide);
    intro->setWordWrap(true);
    decideLayout->addWidget(intro);
    m_table = new QTableWidget(m_conflicts.size(), ColumnCount, decide);
    m_table->setObjectName(QStringLiteral("conflicts"));
    m_table->setHorizontalHeaderLabels({tr("Record"), tr("Field"), tr("Office's value"), tr("Field's value")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->installEventFilter(this);
    for (int row = 0; row < m_conflicts.size(); ++row) {
        const FieldConflict &c = m_conflicts.at(row);
        m_table->setItem(row, RecordColumn, new QTableWidgetItem(c.record));
        m_table->setItem(row, FieldColumn, new QTableWidgetItem(c.field));
        m_table->setItem(row, OfficeColumn, new QTableWidgetItem);
        m_table->setItem(row, FieldValueColumn, new QTableWidgetItem);
        const QString tip = tr("At the check-out: %1").arg(FieldLabels::value(c.column, c.baseValue));
        for (int column = 0; column < ColumnCount; ++column)
            m_table->item(row, column)->setToolTip(tip);
        refreshRow(row);
    }
    connect(m_table, &QTableWidget::cellClicked, this, [this](int row, int column) {
        if (column == OfficeColumn)
            choose(row, FieldConflict::Choice::Office);
        else if (column == FieldValueColumn)
            choose(row, FieldConflict::Choice::Field);
    });
    decideLayout->addWidget(m_table);
    auto *all = new QHBoxLayout;
    auto *allOffice = new QPushButton(tr("Office's value for all"), decide);
    auto *allField = new QPushButton(tr("Field's value for all"), decide);
    connect(allOffice, &QPushButton::clicked, this, [this] { chooseAll(FieldConflict::Choice::Office); });
    connect(allField, &QPushButton::clicked, this, [this] { chooseAll(FieldConflict::Choice::Field); });
    all->addWidget(allOffice);
    all->addWidget(allField);
    all->addStretch();
    decideLayout->addLayout(all);
    m_status = new QLabel(decide);
    m_status->setObjectName(QStringLiteral("status"));
    decideLayout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(decide);
    m_merge = buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    m_merge->setAutoDefault(false);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_merge, &QPushButton::clicked, this, &FieldConflictDialog::applyDecisions);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    decideLayout->addWidget(buttons);
    m_pages->addWidget(decide);

    // Page 2: the report.
    auto *done = new QWidget(m_pages);
    auto *doneLayout = new QVBoxLayout(done);
    m_summary = new QLabel(done);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    doneLayout->addWidget(m_summary);
    m_report = new QTableWidget(0, 7, done);
    m_report->setObjectName(QStringLiteral("report"));
    m_report->setHorizontalHeaderLabels({tr("Outcome"), tr("Record"), tr("Field"), tr("Office's value"),
                                         tr("Field's value"), tr("Decision"), tr("Note")});
    m_report->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_report->verticalHeader()->hide();
    doneLayout->addWidget(m_report);
    auto *reportButtons = new QDialogButtonBox(QDialogButtonBox::Close, done);
    auto *save = reportButtons->addButton(tr("&Save report…"), QDialogButtonBox::ActionRole);
    connect(save, &QPushButton::clicked, this, &FieldConflictDialog::saveReport);
    connect(reportButtons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    doneLayout->addWidget(reportButtons);
    m_pages->addWidget(done);

    resize(860, 480);
    if (!m_conflicts.isEmpty())
        m_table->selectRow(0);
    m_table->setFocus();
    refreshStatus();
}

FieldMerge::Result FieldConflictDialog::mergeInteractively(const QSqlDatabase &office, const AccessScope &scope,
                                                           const QSqlDatabase &field, QWidget *parent)
{
    auto merge = std::make_shared<FieldMerge>(office, scope);
    FieldMerge::Result result = merge->merge(field);
    if (result.status == FieldMerge::Status::Refused || result.status == FieldMerge::Status::Failed) {
        QMessageBox::warning(parent, tr("Merge field copy"), result.message);
        return result;
    }
    FieldConflictDialog dialog(
        result.conflicts,
        [merge, field](const QHash<QString, FieldConflict::Choice> &decisions) {
            merge->setDecisions(decisions);
            return merge->merge(field);
        },
        parent);
    if (result.status == FieldMerge::Status::Merged)
        dialog.showResult(result);
    dialog.exec();
    return dialog.m_result.status == FieldMerge::Status::Merged ? dialog.m_result : result;
}

QHash<QString, FieldConflict::Choice> FieldConflictDialog::decisions() const
{
    QHash<QString, FieldConflict::Choice> result;
    for (const FieldConflict &c : m_conflicts)
        if (c.choice != FieldConflict::Choice::Undecided)
            result.insert(c.key, c.choice);
    return result;
}

int FieldConflictDialog::undecidedCount() const
{
    int n = 0;
    for (const FieldConflict &c : m_conflicts)
        if (c.choice == FieldConflict::Choice::Undecided)
            ++n;
    return n;
}

bool FieldConflictDialog::isShowingReport() const
{
    return m_pages->currentIndex() == 1;
}

bool FieldConflictDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int row = m_table->currentRow();
        switch (static_cast<QKeyEvent *>(event)->key()) {
        case Qt::Key_Left:
        case Qt::Key_O:
            choose(row, FieldConflict::Choice::Office);
            return true;
        case Qt::Key_Right:
        case Qt::Key_F:
            choose(row, FieldConflict::Choice::Field);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            applyDecisions();
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void FieldConflictDialog::choose(int row, FieldConflict::Choice choice)
{
    if (row < 0 || row >= m_conflicts.size())
        return;
    m_conflicts[row].choice = choice;
    refreshRow(row);
    refreshStatus();
}

void FieldConflictDialog::chooseAll(FieldConflict::Choice choice)
{
    for (int row = 0; row < m_conflicts.size(); ++row) {
        m_conflicts[row].choice = choice;
        refreshRow(row);
    }
    refreshStatus();
    m_table->setFocus();
}

void FieldConflictDialog::refreshRow(int row)
{
    const FieldConflict &c = m_conflicts.at(row);
    // The kept side is marked with a tick and bold, so the choice reads without colour too.
    const auto show = [&c](QTableWidgetItem *item, const QString &value, bool kept) {
        const QString label = FieldLabels::value(c.column, value);
        item->setText(kept ? QStringLiteral("✓ ") + label : label);
        QFont font = item->font();
        font.setBold(kept);
        item->setFont(font);
    };
    show(m_table->item(row, OfficeColumn), c.officeValue, c.choice == FieldConflict::Choice::Office);
    show(m_table->item(row, FieldValueColumn), c.fieldValue, c.choice == FieldConflict::Choice::Field);
}

void FieldConflictDialog::refreshStatus()
{
    const int left = undecidedCount();
    m_merge->setEnabled(left == 0);
    m_status->setText(left == 0 ? tr("Every conflict is decided: Enter merges.")
                                : tr("%n conflict(s) still to decide.", nullptr, left));
}

void FieldConflictDialog::applyDecisions()
{
    if (undecidedCount() > 0) {
        // Enter too early: go to the first one still open.
        for (int row = 0; row < m_conflicts.size(); ++row)
            if (m_conflicts.at(row).choice == FieldConflict::Choice::Undecided) {
                m_table->selectRow(row);
                break;
            }
        return;
    }
    showResult(m_apply(decisions()));
}

void FieldConflictDialog::showResult(const FieldMerge::Result &result)
{
    m_result = result;
    if (result.status != FieldMerge::Status::Merged) {
        // Still undecided (the file changed meanwhile) or failed: say so and stay on the choices.
        m_status->setText(result.message);
        return;
    }
    m_summary->setText(result.message);
    m_report->setRowCount(result.report.entries.size());
    for (int row = 0; row < result.report.entries.size(); ++row) {
        const FieldMergeEntry &e = result.report.entries.at(row);
        const QStringList cells{FieldMergeEntry::outcomeName(e.outcome),
                                e.record,
                                e.field,
                                e.officeValue,
                                e.fieldValue,
                                e.decision,
                                e.note};
        for (int column = 0; column < cells.size(); ++column)
            m_report->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    ColumnFit::fitOnce(m_report);
    m_pages->setCurrentIndex(1);
    m_report->setFocus();
}

void FieldConflictDialog::saveReport()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save merge report"), QString(), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    // A moving bar with Cancel, the file whole or not at all, then Open folder / Open file.
    LongWork work(tr("Save merge report"), tr("Writing the merge report…"), this);
    work.step(-1.0);
    QString error;
    if (!work.writeFile(
            path, [&](const QString &part, QString *e) { return m_result.report.writeCsv(part, e); }, &error)) {
        work.fail(error);
        return;
    }
    work.finish(tr("Merge report written to %1.").arg(QDir::toNativeSeparators(path)), path);
}
