#include "placerolesdialog.h"
#include "ui/common/formguard.h"

#include "models/register/placerolestore.h"
#include "models/register/registerlookups.h"
#include "ui/common/formhelpers.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

PlaceRolesDialog::PlaceRolesDialog(QSqlDatabase db, const AccessScope &scope, qint64 compoundId, qint64 buildingId,
                                   QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_scope(scope)
    , m_compoundId(compoundId)
    , m_buildingId(buildingId)
{
    setWindowTitle(tr("Contacts of the place"));
    auto *layout = new QVBoxLayout(this);
    m_place = new QComboBox(this);
    m_place->setObjectName(QStringLiteral("place"));
    // Item data: -1 the compound, "" the building, otherwise the unit.
    m_place->addItem(tr("The whole compound"), QStringLiteral("-1"));
    if (m_buildingId > 0) {
        m_place->addItem(tr("The whole building"), QString(QLatin1String("")));
        for (const QString &unit : RegisterLookups(m_db, m_scope).units(m_buildingId))
            if (!unit.isEmpty())
                m_place->addItem(tr("Unit %1").arg(unit), unit);
        m_place->setCurrentIndex(1);
    }
    auto *placeForm = new QFormLayout;
    placeForm->addRow(tr("&Place:"), m_place);
    layout->addLayout(placeForm);
    m_roles = new QTableWidget(0, 3, this);
    m_roles->setObjectName(QStringLiteral("roles"));
    m_roles->setHorizontalHeaderLabels({tr("Role"), tr("Name"), tr("Phone")});
    m_roles->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_roles->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_roles->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_roles);

    auto *form = new QFormLayout;
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("role"));
    for (const PlaceRoleStore::Choice &c : PlaceRoleStore::roles())
        m_role->addItem(c.label, c.code);
    form->addRow(tr("&Role:"), m_role);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    form->addRow(tr("&Name:"), m_name);
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("phone"));
    form->addRow(tr("P&hone:"), m_phone);
    layout->addLayout(form);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add contact"), this);
    auto *remove = new QPushButton(tr("&Take off"), this);
    add->setObjectName(QStringLiteral("addContact"));
    remove->setObjectName(QStringLiteral("removeContact"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::accept);
    layout->addWidget(close);

    connect(m_place, &QComboBox::currentIndexChanged, this, &PlaceRolesDialog::reload);
    connect(add, &QPushButton::clicked, this, &PlaceRolesDialog::addRole);
    connect(remove, &QPushButton::clicked, this, &PlaceRolesDialog::removeRole);
    reload();
    resize(520, 460);
    FormGuard::install(this); // Esc asks before a contact typed but not yet added is lost
}

QString PlaceRolesDialog::messageText() const
{
    return m_message->text();
}

void PlaceRolesDialog::reload()
{
    const QString place = m_place->currentData().toString();
    const bool compound = place == QLatin1String("-1");
    const QList<PlaceRole> list =
        PlaceRoleStore(m_db, m_scope).rolesAt(m_compoundId, compound ? 0 : m_buildingId, compound ? QString() : place);
    m_roles->setRowCount(0);
    for (const PlaceRole &r : list) {
        const int row = m_roles->rowCount();
        m_roles->insertRow(row);
        auto *role = new QTableWidgetItem(PlaceRoleStore::roleLabel(r.role));
        role->setData(Qt::UserRole, r.id);
        m_roles->setItem(row, 0, role);
        m_roles->setItem(row, 1, new QTableWidgetItem(r.name));
        m_roles->setItem(row, 2, new QTableWidgetItem(r.phone));
    }
}

bool PlaceRolesDialog::addRole()
{
    const QString place = m_place->currentData().toString();
    const bool compound = place == QLatin1String("-1");
    PlaceRole r;
    r.compoundId = m_compoundId;
    r.buildingId = compound ? 0 : m_buildingId;
    r.unit = compound ? QString() : place;
    r.role = m_role->currentData().toString();
    r.name = m_name->text();
    r.phone = m_phone->text();
    const SaveResult result = PlaceRoleStore(m_db, m_scope).save(r);
    if (!result.ok) {
        m_message->setText(FormHelpers::colored(result.firstMessage().toHtmlEscaped(), FormHelpers::errorColor()));
        return false;
    }
    m_name->clear();
    m_phone->clear();
    m_message->setText(FormHelpers::colored(tr("%1 added.").arg(r.name.toHtmlEscaped()), FormHelpers::okColor()));
    reload();
    // Saved at once: what the form shows now is no unsaved change (Esc closes without asking).
    if (auto *guard = findChild<FormGuard *>(QStringLiteral("formGuard"), Qt::FindDirectChildrenOnly))
        guard->markSaved();
    return true;
}

bool PlaceRolesDialog::removeRole()
{
    const int row = m_roles->currentRow();
    if (row < 0) {
        m_message->setText(tr("Choose a contact in the list first."));
        return false;
    }
    const SaveResult result =
        PlaceRoleStore(m_db, m_scope).archive(m_roles->item(row, 0)->data(Qt::UserRole).toLongLong());
    if (!result.ok) {
        m_message->setText(FormHelpers::colored(result.firstMessage().toHtmlEscaped(), FormHelpers::errorColor()));
        return false;
    }
    m_message->setText(tr("Contact taken off."));
    reload();
    // Saved at once: what the form shows now is no unsaved change (Esc closes without asking).
    if (auto *guard = findChild<FormGuard *>(QStringLiteral("formGuard"), Qt::FindDirectChildrenOnly))
        guard->markSaved();
    return true;
}
