#include "partycontactpanel.h"
#include "ui/common/columnfit.h"

#include "models/access/accessscope.h"
#include "models/cnrules/phonenumber.h"
#include "models/core/itemroles.h"
#include "models/grids/partycontactstore.h"
#include "models/register/registerlookups.h"
#include "models/register/residenttablemodel.h"
#include "models/workspace/appsettings.h"
#include "ui/common/formhelpers.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum Column { Member, Address, Phone, Since, ColumnCount };

} // namespace

PartyContactPanel::PartyContactPanel(QSqlDatabase db, const AccessScope &scope, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_scope(scope)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Grid:"), this));
    m_grid = new QComboBox(this);
    m_grid->setObjectName(QStringLiteral("contactGrid"));
    top->addWidget(m_grid);
    top->addStretch();
    layout->addLayout(top);

    auto *listBox = new QGroupBox(tr("Party-member households"), this);
    auto *listLayout = new QVBoxLayout(listBox);
    m_contacts = new QTableWidget(0, ColumnCount, listBox);
    m_contacts->setObjectName(QStringLiteral("partyContacts"));
    m_contacts->setHorizontalHeaderLabels({tr("Party member"), tr("Address"), tr("Phone"), tr("Since")});
    m_contacts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_contacts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_contacts->verticalHeader()->hide();
    ColumnFit::fitWhenFilled(m_contacts); // once: the clerk's widths stay after a refresh
    m_contacts->horizontalHeader()->setSectionResizeMode(Address, QHeaderView::Stretch);
    listLayout->addWidget(m_contacts, 1);
    auto *end = new QPushButton(tr("&End selected…"), listBox);
    listLayout->addWidget(end, 0, Qt::AlignLeft);
    layout->addWidget(listBox, 1);

    auto *addBox = new QGroupBox(tr("Add from the register"), this);
    auto *addLayout = new QVBoxLayout(addBox);
    m_search = new QLineEdit(addBox);
    m_search->setObjectName(QStringLiteral("contactSearch"));
    m_search->setPlaceholderText(tr("Search the grid's residents by name, initials or ID…"));
    addLayout->addWidget(m_search);
    m_hitModel = new ResidentTableModel(m_db, m_scope, this);
    m_hits = new QTableView(addBox);
    m_hits->setObjectName(QStringLiteral("contactHits"));
    m_hits->setModel(m_hitModel);
    m_hits->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_hits->setSelectionMode(QAbstractItemView::SingleSelection);
    m_hits->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_hits->verticalHeader()->hide();
    for (int c = 0; c < ResidentTableModel::ColumnCount; ++c)
        m_hits->setColumnHidden(c, c != ResidentTableModel::Name && c != ResidentTableModel::Age &&
                                       c != ResidentTableModel::Address && c != ResidentTableModel::Tags);
    m_hits->horizontalHeader()->setStretchLastSection(true);
    addLayout->addWidget(m_hits, 1);
    auto *addRow = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add as &party-member household"), addBox);
    m_message = new QLabel(addBox);
    m_message->setWordWrap(true);
    addRow->addWidget(m_message, 1);
    addRow->addWidget(add);
    addLayout->addLayout(addRow);
    layout->addWidget(addBox, 1);

    connect(m_grid, &QComboBox::currentIndexChanged, this, &PartyContactPanel::reload);
    connect(m_search, &QLineEdit::textChanged, this, &PartyContactPanel::search);
    connect(m_hits, &QTableView::doubleClicked, this, [this](const QModelIndex &i) { addFoundResident(i.row()); });
    connect(add, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_hits->selectionModel()->selectedRows();
        if (rows.isEmpty())
            showError(tr("Please choose a resident."));
        else
            addFoundResident(rows.first().row());
    });
    connect(end, &QPushButton::clicked, this, &PartyContactPanel::endSelected);
    reloadGrids();
}

void PartyContactPanel::reloadGrids()
{
    const qint64 keep = m_grid->currentData().toLongLong();
    {
        const QSignalBlocker blocker(m_grid);
        m_grid->clear();
        const AccessScope &scope = m_scope;
        for (const RegisterLookups::Item &g : RegisterLookups(m_db, m_scope).grids())
            if (scope.seesGrid(g.id))
                m_grid->addItem(g.extra.isEmpty() ? g.name : QStringLiteral("%1 %2").arg(g.extra, g.name), g.id);
        m_grid->setCurrentIndex(qMax(0, m_grid->findData(keep)));
    }
    reload();
}

void PartyContactPanel::setGrid(qint64 gridId)
{
    const int index = m_grid->findData(gridId);
    if (index >= 0)
        m_grid->setCurrentIndex(index);
}

void PartyContactPanel::reload()
{
    const qint64 gridId = m_grid->currentData().toLongLong();
    const bool reveal = AppSettings::revealNumbers(m_scope) && m_scope.canRevealNumbers();
    m_contacts->setRowCount(0);
    if (gridId > 0)
        for (const PartyContact &p : PartyContactStore(m_db, m_scope).contacts(gridId)) {
            const int row = m_contacts->rowCount();
            m_contacts->insertRow(row);
            auto *member = new QTableWidgetItem(p.residentName);
            member->setData(ItemRole::Id, p.id);
            m_contacts->setItem(row, Member, member);
            m_contacts->setItem(row, Address, new QTableWidgetItem(p.address));
            m_contacts->setItem(row, Phone, new QTableWidgetItem(reveal ? p.phone : PhoneNumber::mask(p.phone)));
            m_contacts->setItem(row, Since, new QTableWidgetItem(p.since.toString(QStringLiteral("yyyy-MM-dd"))));
        }
    search(m_search->text());
}

void PartyContactPanel::search(const QString &text)
{
    // Nobody is listed until the clerk types: no resident has the status "-".
    ResidentFilter f;
    f.text = text.trimmed();
    f.gridId = qMax<qint64>(0, m_grid->currentData().toLongLong());
    if (f.text.isEmpty() || f.gridId == 0)
        f.status = QStringLiteral("-");
    m_hitModel->setFilter(f);
}

void PartyContactPanel::showError(const QString &text)
{
    m_message->setText(FormHelpers::colored(text.toHtmlEscaped(), FormHelpers::errorColor()));
}

bool PartyContactPanel::addFoundResident(int row)
{
    const qint64 residentId = m_hitModel->residentId(row);
    const qint64 gridId = m_grid->currentData().toLongLong();
    if (residentId <= 0 || gridId <= 0)
        return false;
    const SaveResult r = PartyContactStore(m_db, m_scope).add(gridId, residentId);
    if (!r.ok) {
        showError(r.firstMessage());
        return false;
    }
    m_message->setText(FormHelpers::colored(tr("Added."), FormHelpers::okColor()));
    reload();
    emit statusMessage(tr("Party-member household added."));
    return true;
}

void PartyContactPanel::endSelected()
{
    const int row = m_contacts->currentRow();
    if (row < 0)
        return;
    const QString name = m_contacts->item(row, Member)->text();
    if (QMessageBox::question(
            this, tr("End party-member household"),
            tr("%1's household is no longer a party-member household? It stays in the records.").arg(name)) !=
        QMessageBox::Yes)
        return;
    const SaveResult r =
        PartyContactStore(m_db, m_scope).archive(m_contacts->item(row, Member)->data(ItemRole::Id).toLongLong());
    if (!r.ok) {
        showError(r.firstMessage());
        return;
    }
    reload();
    emit statusMessage(tr("Party-member household ended."));
}
