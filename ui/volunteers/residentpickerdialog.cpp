#include "residentpickerdialog.h"

#include "models/register/residenttablemodel.h"
#include "models/volunteers/volunteerstore.h"
#include "ui/common/formhelpers.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

ResidentPickerDialog::ResidentPickerDialog(QSqlDatabase db, const AccessScope &scope, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_scope(scope)
{
    setWindowTitle(tr("Make a resident a volunteer"));
    auto *layout = new QVBoxLayout(this);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search the register: name, initials, ID or phone"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);
    m_model = new ResidentTableModel(m_db, m_scope, this);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    for (const int c : {ResidentTableModel::Residency, ResidentTableModel::Tags, ResidentTableModel::Status})
        m_view->hideColumn(c);
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Make volunteer"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ResidentPickerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ResidentPickerDialog::reject);
    connect(m_view, &QTableView::doubleClicked, this, &ResidentPickerDialog::accept);
    layout->addWidget(buttons);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        ResidentFilter f = m_model->filter();
        f.text = text;
        m_model->setFilter(f);
    });
    resize(760, 480);
}

void ResidentPickerDialog::accept()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_message->setText(FormHelpers::colored(tr("Please choose a resident."), FormHelpers::errorColor()));
        return;
    }
    const SaveResult r = VolunteerStore(m_db, m_scope).addResident(m_model->residentId(rows.first().row()));
    if (!r.ok) {
        m_message->setText(FormHelpers::colored(r.firstMessage().toHtmlEscaped(), FormHelpers::errorColor()));
        return;
    }
    m_volunteerId = r.id;
    QDialog::accept();
}
