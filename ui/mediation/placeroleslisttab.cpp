#include "placeroleslisttab.h"

#include "models/cnrules/phonenumber.h"
#include "models/register/placerolestore.h"
#include "models/register/registerlookups.h"
#include "ui/common/listexportbutton.h"
#include "ui/common/listprinter.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

PlaceRolesListTab::PlaceRolesListTab(QSqlDatabase db, const AccessScope &scope, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_scope(scope)
{
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    m_grid = new QComboBox(this);
    m_grid->setObjectName(QStringLiteral("roleGridFilter"));
    m_grid->addItem(tr("All grids"), 0);
    for (const RegisterLookups::Item &g : RegisterLookups(m_db, m_scope).grids())
        if (m_scope.seesGrid(g.id))
            m_grid->addItem(g.name, g.id);
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("roleFilter"));
    m_role->addItem(tr("All roles"), QString());
    for (const PlaceRoleStore::Choice &c : PlaceRoleStore::roles())
        m_role->addItem(c.label, c.code);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("roleSearch"));
    m_search->setPlaceholderText(tr("Search name, phone or compound…"));
    m_search->setClearButtonEnabled(true);
    const auto labelled = [this, filters](const QString &text, QWidget *w) {
        auto *label = new QLabel(text, this);
        label->setBuddy(w);
        filters->addWidget(label);
        filters->addWidget(w);
    };
    labelled(tr("&Grid"), m_grid);
    labelled(tr("&Role"), m_role);
    labelled(tr("Searc&h"), m_search);
    filters->addStretch(1);
    layout->addLayout(filters);

    m_model = new QStandardItemModel(this);
    m_model->setHorizontalHeaderLabels(
        {tr("Compound"), tr("Building"), tr("Unit"), tr("Grid"), tr("Role"), tr("Name"), tr("Phone")});
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("placeRolesView"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *actions = new QHBoxLayout;
    actions->addStretch(1);
    m_export = new ListExportButton(m_table, tr("building-roles.xlsx"), this);
    m_export->setAudit(m_db, m_scope, QStringLiteral("place_role"), QStringLiteral("building roles list"));
    actions->addWidget(m_export);
    auto *printButton = new QPushButton(tr("Pri&nt…"), this);
    printButton->setObjectName(QStringLiteral("printRoles"));
    actions->addWidget(printButton);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("roleCount"));
    actions->addWidget(m_count);
    layout->addLayout(actions);
    layout->addWidget(m_table, 1);

    connect(m_grid, &QComboBox::currentIndexChanged, this, &PlaceRolesListTab::refresh);
    connect(m_role, &QComboBox::currentIndexChanged, this, &PlaceRolesListTab::refresh);
    connect(m_search, &QLineEdit::textChanged, this, &PlaceRolesListTab::refresh);
    connect(printButton, &QPushButton::clicked, this, &PlaceRolesListTab::print);
    refresh();
}

void PlaceRolesListTab::refresh()
{
    const QList<PlaceRoleStore::LedgerRow> rows =
        PlaceRoleStore(m_db, m_scope)
            .ledger(m_grid->currentData().toLongLong(), m_role->currentData().toString(), m_search->text());
    m_model->removeRows(0, m_model->rowCount());
    for (const PlaceRoleStore::LedgerRow &r : rows) {
        QList<QStandardItem *> items;
        // Phones masked as in every list; the place's own dialog shows them to those who edit it.
        for (const QString &cell : {r.compound, r.building.isEmpty() ? tr("(whole compound)") : r.building, r.unit,
                                    r.grid, PlaceRoleStore::roleLabel(r.role), r.name, PhoneNumber::mask(r.phone)})
            items << new QStandardItem(cell);
        items.first()->setData(r.id, Qt::UserRole);
        m_model->appendRow(items);
    }
    m_count->setText(tr("%n contact(s)", nullptr, int(rows.size())));
}

void PlaceRolesListTab::print()
{
    ListPrinter(m_table, tr("Building roles")).preview(this);
}
