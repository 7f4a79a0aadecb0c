#include "rentallisttab.h"

#include "ui/common/filtermemory.h"
#include "ui/common/savedviewsbar.h"

#include "models/mediation/rentalstore.h"
#include "models/mediation/rentaltablemodel.h"
#include "rentaldialog.h"
#include "ui/common/listexportbutton.h"
#include "ui/common/listprinter.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

RentalListTab::RentalListTab(QSqlDatabase db, const AccessScope &scope, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_scope(scope)
{
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    m_showRooms = new QRadioButton(tr("Rooms"), this);
    m_showRooms->setObjectName(QStringLiteral("showRooms"));
    m_showRooms->setChecked(true);
    m_showExpiring = new QRadioButton(tr("Permits expiring within"), this);
    m_showExpiring->setObjectName(QStringLiteral("showExpiring"));
    m_days = new QSpinBox(this);
    m_days->setObjectName(QStringLiteral("days"));
    m_days->setRange(0, 3650);
    m_days->setValue(30);
    m_days->setSuffix(tr(" days"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("rentalSearch"));
    m_search->setPlaceholderText(tr("Search address, landlord or tenant…"));
    m_search->setClearButtonEnabled(true);
    filters->addWidget(m_showRooms);
    filters->addWidget(m_showExpiring);
    filters->addWidget(m_days);
    filters->addWidget(m_search, 1);
    // The window keeps these for the next start; the office's saved views hold them with the columns.
    FilterMemory::mark({m_showRooms, m_showExpiring, m_days, m_search});
    auto *views = SavedViewsBar::forPage(m_db, m_scope, QStringLiteral("rentals"), this, this);
    views->setObjectName(QStringLiteral("rentalViews"));
    connect(views, &SavedViewsBar::statusMessage, this, &RentalListTab::statusMessage);
    filters->addWidget(views);
    layout->addLayout(filters);

    auto *actions = new QHBoxLayout;
    auto *add = new QPushButton(tr("New rented room…"), this);
    add->setObjectName(QStringLiteral("newRoom"));
    auto *edit = new QPushButton(tr("Edit…"), this);
    auto *archive = new QPushButton(tr("Archive"), this);
    auto *printButton = new QPushButton(tr("Print…"), this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("rentals"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_model = new RentalTableModel(m_db, m_scope, this);
    m_table->setModel(m_model);
    m_export = new ListExportButton(m_table, tr("rented-rooms.xlsx"), this);
    m_export->setAudit(m_db, m_scope, QStringLiteral("rental_room"), QStringLiteral("rented rooms list"));
    m_count = new QLabel(this);
    actions->addWidget(add);
    actions->addWidget(edit);
    actions->addWidget(archive);
    actions->addWidget(printButton);
    actions->addWidget(m_export);
    actions->addStretch();
    actions->addWidget(m_count);
    layout->addLayout(actions);
    layout->addWidget(m_table, 1);

    add->setEnabled(m_scope.canEdit());
    archive->setEnabled(m_scope.canEdit());
    connect(add, &QPushButton::clicked, this, &RentalListTab::newRoom);
    connect(edit, &QPushButton::clicked, this, &RentalListTab::editRoom);
    connect(archive, &QPushButton::clicked, this, &RentalListTab::archiveRoom);
    connect(printButton, &QPushButton::clicked, this, &RentalListTab::print);
    connect(m_table, &QTableView::doubleClicked, this, &RentalListTab::editRoom);
    connect(m_showRooms, &QRadioButton::toggled, this, &RentalListTab::refresh);
    connect(m_days, &QSpinBox::valueChanged, this, [this] {
        if (m_showExpiring->isChecked())
            refresh();
    });
    connect(m_search, &QLineEdit::textChanged, this, &RentalListTab::refresh);
    connect(m_export, &ListExportButton::exported, this,
            [this](int rows, const QString &) { emit statusMessage(tr("%n row(s) exported.", nullptr, rows)); });
    refresh();
}

void RentalListTab::refresh()
{
    if (m_showExpiring->isChecked())
        m_model->showExpiring(m_days->value());
    else
        m_model->showRooms(m_search->text());
    m_search->setEnabled(!m_showExpiring->isChecked());
    m_table->horizontalHeader()->setSectionResizeMode(m_model->isExpiring() ? int(RentalTableModel::ExpiryAddress)
                                                                            : int(RentalTableModel::Address),
                                                      QHeaderView::Stretch);
    m_count->setText(m_model->isExpiring() ? tr("%n tenant(s)", nullptr, m_model->rowCount())
                                           : tr("%n rented room(s)", nullptr, m_model->rowCount()));
}

qint64 RentalListTab::currentRoomId() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? m_model->roomId(index.row()) : 0;
}

void RentalListTab::newRoom()
{
    openRoom(0);
}

void RentalListTab::editRoom()
{
    if (const qint64 id = currentRoomId())
        openRoom(id);
}

void RentalListTab::openRoom(qint64 id)
{
    RentalDialog dialog(m_db, m_scope, id, this);
    const bool saved = dialog.exec() == QDialog::Accepted;
    refresh(); // a tenant may have left even when the form was cancelled
    if (saved)
        emit statusMessage(tr("Rented room saved."));
}

void RentalListTab::archiveRoom()
{
    const qint64 id = currentRoomId();
    if (!id)
        return;
    if (QMessageBox::question(this, tr("Archive rented room"),
                              tr("Archive this rented room? It is kept in the records but no longer listed.")) !=
        QMessageBox::Yes)
        return;
    const SaveResult result = RentalStore(m_db, m_scope).archive(id);
    if (!result.ok) {
        QMessageBox::warning(this, tr("Archive rented room"), result.firstMessage());
        return;
    }
    refresh();
    emit statusMessage(tr("Rented room archived."));
}

void RentalListTab::print()
{
    ListPrinter(m_table, m_model->isExpiring() ? tr("Permits expiring") : tr("Rented rooms")).preview(this);
}
