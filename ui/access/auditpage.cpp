#include "auditpage.h"

#include "models/audit/audittablemodel.h"
#include "models/workspace/appsettings.h"
#include "ui/common/columnfilterheader.h"
#include "ui/common/filtermemory.h"
#include "ui/common/formhelpers.h"
#include "ui/common/savedviewsbar.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

AuditPage::AuditPage(QSqlDatabase db, const AccessScope &scope, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_scope(scope)
    , m_model(new AuditTableModel(m_db, scope, this))
{
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    m_user = new QComboBox(this);
    m_user->setObjectName(QStringLiteral("auditUser"));
    m_user->setMinimumWidth(120);
    m_table = new QComboBox(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setMinimumWidth(120);
    m_record = new QLineEdit(this);
    m_record->setObjectName(QStringLiteral("auditRecord"));
    m_record->setValidator(new QIntValidator(1, 2147483647, m_record));
    m_record->setPlaceholderText(tr("any"));
    m_record->setMaximumWidth(90);
    m_from = FormHelpers::optionalDateEdit(this);
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_to = FormHelpers::optionalDateEdit(this);
    m_to->setObjectName(QStringLiteral("auditTo"));
    auto *refresh = new QPushButton(tr("Refresh"), this);
    filters->addWidget(new QLabel(tr("User:"), this));
    filters->addWidget(m_user);
    filters->addWidget(new QLabel(tr("Table:"), this));
    filters->addWidget(m_table);
    filters->addWidget(new QLabel(tr("Record:"), this));
    filters->addWidget(m_record);
    filters->addWidget(new QLabel(tr("From:"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("To:"), this));
    filters->addWidget(m_to);
    filters->addWidget(refresh);
    // The window keeps these for the next start; the office's saved views hold them with the columns.
    FilterMemory::mark({m_user, m_table, m_record, m_from, m_to});
    auto *views = SavedViewsBar::forPage(m_db, m_scope, QStringLiteral("audit"), this, this);
    views->setObjectName(QStringLiteral("auditViews"));
    filters->addWidget(views);
    filters->addStretch(1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("auditCount"));
    filters->addWidget(m_count);
    layout->addLayout(filters);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_view = new QTableView(splitter);
    m_view->setObjectName(QStringLiteral("auditView"));
    m_view->setModel(m_model);
    new ColumnFilterHeader(m_view);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(AuditTableModel::At, 150);
    m_view->setColumnWidth(AuditTableModel::Record, 220); // a household reads "幸福里 3号楼 2-301 (王五户)"
    auto *detailPane = new QWidget(splitter);
    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_detailTitle = new QLabel(tr("Select a row to see its values before and after."), detailPane);
    m_detailTitle->setWordWrap(true);
    detailLayout->addWidget(m_detailTitle);
    m_details = new QTableWidget(0, 3, detailPane);
    m_details->setObjectName(QStringLiteral("auditDetails"));
    m_details->setHorizontalHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    m_details->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_details->verticalHeader()->hide();
    m_details->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_details->setWordWrap(true);
    detailLayout->addWidget(m_details);
    splitter->addWidget(m_view);
    splitter->addWidget(detailPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    fillChoices();
    connect(m_user, &QComboBox::currentIndexChanged, this, &AuditPage::applyFilter);
    connect(m_table, &QComboBox::currentIndexChanged, this, &AuditPage::applyFilter);
    connect(m_record, &QLineEdit::editingFinished, this, &AuditPage::applyFilter);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditPage::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditPage::applyFilter);
    connect(refresh, &QPushButton::clicked, this, &AuditPage::refresh);
    connect(m_model, &AuditTableModel::countChanged, this,
            [this](int count) { m_count->setText(tr("%n entries", nullptr, count)); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditPage::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditPage::showDetails);
    m_count->setText(tr("%n entries", nullptr, m_model->rowCount()));
}

void AuditPage::fillChoices()
{
    const QString user = m_user->currentData().toString();
    const QString table = m_table->currentData().toString();
    const QSignalBlocker blockUser(m_user);
    const QSignalBlocker blockTable(m_table);
    m_user->clear();
    m_user->addItem(tr("All users"), QString());
    const QHash<QString, QString> names = m_model->userNames();
    for (const QString &u : m_model->users())
        m_user->addItem(
            names.contains(u) && names.value(u) != u ? tr("%1 (%2)", "person (login)").arg(names.value(u), u) : u, u);
    m_table->clear();
    m_table->addItem(tr("All tables"), QString());
    for (const QString &t : m_model->tables())
        m_table->addItem(AuditEntry::tableName(t), t);
    m_user->setCurrentIndex(qMax(0, m_user->findData(user)));
    m_table->setCurrentIndex(qMax(0, m_table->findData(table)));
}

void AuditPage::refresh()
{
    fillChoices();
    m_model->reload();
}

void AuditPage::applyFilter()
{
    AuditFilter f;
    f.user = m_user->currentData().toString();
    f.table = m_table->currentData().toString();
    f.recordId = m_record->text().toLongLong();
    f.from = FormHelpers::optionalDate(m_from);
    f.to = FormHelpers::optionalDate(m_to);
    m_model->setFilter(f);
}

void AuditPage::showDetails()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const std::optional<AuditEntry> e = current.isValid() ? m_model->entry(current.row()) : std::nullopt;
    m_details->setRowCount(0);
    if (!e) {
        m_detailTitle->setText(tr("Select a row to see its values before and after."));
        return;
    }
    m_detailTitle->setText(
        tr("%1 · %2 · %3 #%4 · %5")
            .arg(e->at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), e->user, AuditEntry::tableName(e->table))
            .arg(e->recordId)
            .arg(AuditEntry::actionName(e->action)));
    const QList<AuditEntry::Field> fields = e->fields(AppSettings::revealNumbers(m_scope));
    m_details->setRowCount(int(fields.size()));
    for (int i = 0; i < fields.size(); ++i) {
        const AuditEntry::Field &f = fields.at(i);
        const QStringList cells{AuditEntry::fieldName(f.name), f.before, f.after};
        for (int c = 0; c < 3; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (f.changed) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
            m_details->setItem(i, c, item);
        }
    }
    m_details->resizeRowsToContents();
}
