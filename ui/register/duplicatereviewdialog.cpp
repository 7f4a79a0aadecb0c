#include "duplicatereviewdialog.h"

#include "models/cnrules/idnumber.h"
#include "models/cnrules/phonenumber.h"
#include "models/dedupe/duplicatefinder.h"
#include "models/dedupe/residentmerger.h"
#include "models/register/registerstore.h"
#include "models/register/registertypes.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum PairColumn { Score, Reason, First, Second, PairColumns };
enum CompareColumn { Field, FirstValue, SecondValue, CompareColumns };

const QColor kDifferent(255, 236, 179); // amber: the fields the clerk must decide

} // namespace

DuplicateReviewDialog::DuplicateReviewDialog(QSqlDatabase db, const AccessScope &scope, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_scope(scope)
{
    setWindowTitle(tr("Possible duplicate residents"));
    resize(900, 680);
    auto *layout = new QVBoxLayout(this);

    m_pairTable = new QTableWidget(0, PairColumns, this);
    m_pairTable->setObjectName(QStringLiteral("duplicatePairs"));
    m_pairTable->setHorizontalHeaderLabels({tr("Score"), tr("Why"), tr("Record A"), tr("Record B")});
    m_pairTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_pairTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_pairTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_pairTable->verticalHeader()->hide();
    m_pairTable->horizontalHeader()->setSectionResizeMode(Reason, QHeaderView::Stretch);
    layout->addWidget(m_pairTable, 2);

    auto *keepRow = new QHBoxLayout;
    keepRow->addWidget(new QLabel(tr("Keep:"), this));
    m_keepFirst = new QRadioButton(tr("Record A"), this);
    m_keepFirst->setObjectName(QStringLiteral("keepFirst"));
    m_keepSecond = new QRadioButton(tr("Record B"), this);
    m_keepSecond->setObjectName(QStringLiteral("keepSecond"));
    m_keepFirst->setChecked(true);
    keepRow->addWidget(m_keepFirst);
    keepRow->addWidget(m_keepSecond);
    keepRow->addStretch(1);
    layout->addLayout(keepRow);

    m_comparison = new QTableWidget(0, CompareColumns, this);
    m_comparison->setObjectName(QStringLiteral("mergeComparison"));
    m_comparison->setHorizontalHeaderLabels({tr("Field"), tr("Record A"), tr("Record B")});
    m_comparison->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_comparison->verticalHeader()->hide();
    m_comparison->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_comparison->setToolTip(tr("Tick the value the kept record should have; differing fields are highlighted."));
    layout->addWidget(m_comparison, 3);

    auto *actions = new QHBoxLayout;
    m_merge = new QPushButton(tr("&Merge"), this);
    m_merge->setObjectName(QStringLiteral("mergeButton"));
    m_distinct = new QPushButton(tr("&Not the same person"), this);
    m_distinct->setObjectName(QStringLiteral("distinctButton"));
    actions->addWidget(m_merge);
    actions->addWidget(m_distinct);
    actions->addStretch(1);
    layout->addLayout(actions);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("reviewMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    auto *mergesBox = new QGroupBox(tr("Last merges"), this);
    auto *mergesLayout = new QHBoxLayout(mergesBox);
    m_merges = new QListWidget(mergesBox);
    m_merges->setObjectName(QStringLiteral("recentMerges"));
    m_undo = new QPushButton(tr("&Undo merge"), mergesBox);
    m_undo->setObjectName(QStringLiteral("undoMergeButton"));
    mergesLayout->addWidget(m_merges, 1);
    mergesLayout->addWidget(m_undo, 0, Qt::AlignTop);
    layout->addWidget(mergesBox, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_pairTable, &QTableWidget::currentCellChanged, this, [this](int row) { showPair(row); });
    connect(m_keepFirst, &QRadioButton::toggled, this, [this] { fillComparison(); });
    connect(m_comparison, &QTableWidget::cellClicked, this, &DuplicateReviewDialog::takeFrom);
    connect(m_merge, &QPushButton::clicked, this, &DuplicateReviewDialog::merge);
    connect(m_distinct, &QPushButton::clicked, this, &DuplicateReviewDialog::markDistinct);
    connect(m_undo, &QPushButton::clicked, this, &DuplicateReviewDialog::undoMerge);
    connect(m_merges, &QListWidget::currentRowChanged, this, [this](int row) { m_undo->setEnabled(row >= 0); });

    const bool mayEdit = m_scope.editRefusal().isEmpty();
    m_merge->setVisible(mayEdit);
    m_distinct->setVisible(mayEdit);
    mergesBox->setVisible(mayEdit);
    reloadPairs();
    reloadMerges();
}

void DuplicateReviewDialog::reloadPairs()
{
    m_pairs = DuplicateFinder(m_db, m_scope).find();
    const RegisterStore store(m_db, m_scope);
    m_pairTable->setRowCount(0);
    m_pairTable->setRowCount(int(m_pairs.size()));
    for (int row = 0; row < m_pairs.size(); ++row) {
        const DuplicatePair &p = m_pairs.at(row);
        const auto cell = [&](int column, const QString &text) {
            m_pairTable->setItem(row, column, new QTableWidgetItem(text));
        };
        cell(Score, QString::number(p.score));
        cell(Reason, p.reasonText());
        cell(First, store.residentName(p.firstId));
        cell(Second, store.residentName(p.secondId));
    }
    m_pairTable->resizeColumnToContents(Score);
    if (m_pairs.isEmpty()) {
        showPair(-1);
        m_message->setText(tr("No possible duplicates found."));
    } else {
        m_pairTable->setCurrentCell(0, Score);
        showPair(0);
    }
}

void DuplicateReviewDialog::reloadMerges()
{
    m_merges->clear();
    for (const ResidentMergeRecord &m : ResidentMerger(m_db, m_scope).recentMerges()) {
        auto *item = new QListWidgetItem(
            tr("%1 merged into %2 — %3, %4").arg(m.mergedName, m.keptName, m.userName, m.mergedAt.left(16)), m_merges);
        item->setData(Qt::UserRole, m.id);
    }
    m_undo->setEnabled(m_merges->currentRow() >= 0);
}

void DuplicateReviewDialog::showPair(int row)
{
    const bool valid = row >= 0 && row < m_pairs.size();
    m_merge->setEnabled(valid);
    m_distinct->setEnabled(valid);
    m_first = Resident();
    m_second = Resident();
    if (valid) {
        const RegisterStore store(m_db, m_scope);
        m_first = store.resident(m_pairs.at(row).firstId).value_or(Resident());
        m_second = store.resident(m_pairs.at(row).secondId).value_or(Resident());
    }
    fillComparison();
}

QString DuplicateReviewDialog::displayValue(const Resident &r, const QString &field) const
{
    if (r.id == 0)
        return QString();
    if (field == QLatin1String("idNumber"))
        return IdNumber::mask(r.idNumber);
    if (field == QLatin1String("phone"))
        return PhoneNumber::mask(r.phone);
    if (field == QLatin1String("gender"))
        return r.gender.isEmpty() ? QString() : RegisterTypes::label(RegisterTypes::genders(), r.gender);
    if (field == QLatin1String("residencyType"))
        return RegisterTypes::label(RegisterTypes::residencyTypes(), r.residencyType);
    if (field == QLatin1String("household"))
        return r.householdId > 0
                   ? RegisterStore(m_db, m_scope).householdAddress(r.householdId) + QStringLiteral(" · ") +
                         RegisterTypes::label(RegisterTypes::relations(), r.relation)
                   : QString();
    return ResidentMerger::fieldValue(r, field);
}

void DuplicateReviewDialog::fillComparison()
{
    m_filling = true;
    const QStringList fields = ResidentMerger::fields();
    m_comparison->setRowCount(0);
    if (m_first.id == 0) {
        m_filling = false;
        return;
    }
    const bool keepFirst = m_keepFirst->isChecked();
    const Resident &keep = keepFirst ? m_first : m_second;
    const Resident &other = keepFirst ? m_second : m_first;
    const QStringList fromOther = ResidentMerger::defaultFromOther(keep, other);
    m_comparison->setRowCount(int(fields.size()));
    for (int row = 0; row < fields.size(); ++row) {
        const QString &field = fields.at(row);
        auto *label = new QTableWidgetItem(ResidentMerger::fieldLabel(field));
        label->setData(Qt::UserRole, field);
        m_comparison->setItem(row, Field, label);
        const bool differ = ResidentMerger::fieldValue(m_first, field) != ResidentMerger::fieldValue(m_second, field);
        const bool takeOther = fromOther.contains(field);
        for (int column : {int(FirstValue), int(SecondValue)}) {
            const Resident &r = column == FirstValue ? m_first : m_second;
            auto *item = new QTableWidgetItem(displayValue(r, field));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            const bool isKeep = (column == FirstValue) == keepFirst;
            item->setCheckState(isKeep != takeOther ? Qt::Checked : Qt::Unchecked);
            if (differ) {
                item->setBackground(kDifferent);
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_comparison->setItem(row, column, item);
        }
    }
    m_filling = false;
}

void DuplicateReviewDialog::takeFrom(int row, int column)
{
    if (m_filling || (column != FirstValue && column != SecondValue))
        return;
    // One value per field: ticking a cell unticks the other record's.
    m_comparison->item(row, FirstValue)->setCheckState(column == FirstValue ? Qt::Checked : Qt::Unchecked);
    m_comparison->item(row, SecondValue)->setCheckState(column == SecondValue ? Qt::Checked : Qt::Unchecked);
}

QStringList DuplicateReviewDialog::fieldsFromOther() const
{
    const int otherColumn = m_keepFirst->isChecked() ? SecondValue : FirstValue;
    QStringList fields;
    for (int row = 0; row < m_comparison->rowCount(); ++row)
        if (m_comparison->item(row, otherColumn)->checkState() == Qt::Checked)
            fields << m_comparison->item(row, Field)->data(Qt::UserRole).toString();
    return fields;
}

void DuplicateReviewDialog::merge()
{
    if (m_first.id == 0)
        return;
    const bool keepFirst = m_keepFirst->isChecked();
    const qint64 keep = keepFirst ? m_first.id : m_second.id;
    const qint64 other = keepFirst ? m_second.id : m_first.id;
    const SaveResult r = ResidentMerger(m_db, m_scope).merge(keep, other, fieldsFromOther());
    if (!r.ok) {
        report(r.firstMessage(), false);
        return;
    }
    m_changed = true;
    reloadPairs();
    reloadMerges();
    report(tr("Merged: the records are one resident now. Undo it below if this was wrong."), true);
}

void DuplicateReviewDialog::markDistinct()
{
    if (m_first.id == 0)
        return;
    const SaveResult r = DuplicateFinder(m_db, m_scope).markDistinct(m_first.id, m_second.id);
    if (!r.ok) {
        report(r.firstMessage(), false);
        return;
    }
    m_changed = true;
    reloadPairs();
    report(tr("Noted: these two will not be listed again."), true);
}

void DuplicateReviewDialog::undoMerge()
{
    const QListWidgetItem *item = m_merges->currentItem();
    if (!item)
        return;
    const SaveResult r = ResidentMerger(m_db, m_scope).unmerge(item->data(Qt::UserRole).toLongLong());
    if (!r.ok) {
        report(r.firstMessage(), false);
        return;
    }
    m_changed = true;
    reloadPairs();
    reloadMerges();
    report(tr("The merge was undone: both records are back as they were."), true);
}

void DuplicateReviewDialog::report(const QString &message, bool ok)
{
    m_message->setText(message);
    m_message->setStyleSheet(ok ? QString() : QStringLiteral("color: #b00020;"));
}
