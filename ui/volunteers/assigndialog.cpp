#include "assigndialog.h"

#include "models/volunteers/rosterconflicts.h"
#include "models/volunteers/rosterstore.h"
#include "models/volunteers/volunteerreports.h"
#include "models/volunteers/volunteertablemodel.h"
#include "ui/common/formhelpers.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

AssignDialog::AssignDialog(QSqlDatabase db, const AccessScope &scope, qint64 shiftId, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_scope(scope)
    , m_shiftId(shiftId)
{
    setWindowTitle(tr("Assign volunteers"));
    auto *layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setTextFormat(Qt::RichText);
    layout->addWidget(m_heading);
    auto *columns = new QHBoxLayout;

    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("On this shift:"), this));
    m_assigned = new QListWidget(this);
    m_assigned->setMaximumHeight(110);
    left->addWidget(m_assigned);
    auto *assignedButtons = new QHBoxLayout;
    m_remove = new QPushButton(tr("&Remove"), this);
    m_substitute = new QPushButton(tr("&Substitute with selected"), this);
    assignedButtons->addWidget(m_remove);
    assignedButtons->addWidget(m_substitute);
    assignedButtons->addStretch();
    left->addLayout(assignedButtons);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Find a volunteer by name or phone"));
    m_search->setClearButtonEnabled(true);
    left->addWidget(m_search);
    m_model = new VolunteerTableModel(m_db, m_scope, this);
    m_model->setFilter(QString(), QStringLiteral("active"), 0);
    m_volunteers = new QTableView(this);
    m_volunteers->setModel(m_model);
    m_volunteers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_volunteers->setSelectionMode(QAbstractItemView::SingleSelection);
    m_volunteers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_volunteers->verticalHeader()->hide();
    for (const int c : {VolunteerTableModel::Availability, VolunteerTableModel::Joined, VolunteerTableModel::Status,
                        VolunteerTableModel::Source})
        m_volunteers->hideColumn(c);
    m_volunteers->horizontalHeader()->setStretchLastSection(true);
    left->addWidget(m_volunteers, 1);
    m_conflicts = new QLabel(this);
    m_conflicts->setWordWrap(true);
    m_conflicts->setMinimumHeight(36);
    left->addWidget(m_conflicts);
    columns->addLayout(left, 3);

    auto *right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("Gaps this week:"), this));
    m_gaps = new QListWidget(this);
    right->addWidget(m_gaps, 1);
    columns->addLayout(right, 2);
    layout->addLayout(columns, 1);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_assign = buttons->addButton(tr("&Assign"), QDialogButtonBox::ActionRole);
    m_assign->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &AssignDialog::reject);
    layout->addWidget(buttons);

    connect(m_search, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_model->setFilter(text, QStringLiteral("active"), 0); });
    connect(m_volunteers->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AssignDialog::showConflicts);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AssignDialog::showConflicts);
    connect(m_volunteers, &QTableView::doubleClicked, this, &AssignDialog::assignSelected);
    connect(m_assign, &QPushButton::clicked, this, &AssignDialog::assignSelected);
    connect(m_remove, &QPushButton::clicked, this, &AssignDialog::removeSelected);
    connect(m_substitute, &QPushButton::clicked, this, &AssignDialog::substituteSelected);
    connect(m_gaps, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        m_shiftId = item->data(Qt::UserRole).toLongLong();
        reload();
    });
    resize(820, 560);
    reload();
}

void AssignDialog::reload()
{
    const std::optional<RosterStore::Shift> s = RosterStore(m_db, m_scope).shift(m_shiftId);
    m_assigned->clear();
    m_gaps->clear();
    if (!s) {
        m_heading->setText(tr("This shift no longer exists."));
        return;
    }
    m_heading->setText(tr("<b>%1</b> %2 %3–%4 · %5 of %6 volunteers")
                           .arg(s->postName.toHtmlEscaped(), s->start.date().toString(Qt::ISODate),
                                s->start.toString(QStringLiteral("HH:mm")), s->end.toString(QStringLiteral("HH:mm")))
                           .arg(s->assignments.size())
                           .arg(s->needed));
    for (const RosterStore::Assignment &a : s->assignments) {
        auto *item = new QListWidgetItem(a.name, m_assigned);
        item->setData(Qt::UserRole, a.id);
    }
    const QDate monday = VolunteerReports::mondayOf(s->start.date());
    for (const RosterConflicts::Gap &g : RosterConflicts(m_db, m_scope).gaps(monday, monday.addDays(6))) {
        auto *item = new QListWidgetItem(tr("%1 %2 %3: %4 of %5")
                                             .arg(g.start.date().toString(QStringLiteral("MM-dd")),
                                                  g.start.toString(QStringLiteral("HH:mm")), g.postName)
                                             .arg(g.assigned)
                                             .arg(g.needed),
                                         m_gaps);
        item->setData(Qt::UserRole, g.shiftId);
        if (g.shiftId == m_shiftId)
            item->setForeground(FormHelpers::errorColor());
    }
    showConflicts();
}

qint64 AssignDialog::selectedVolunteer() const
{
    const QModelIndexList rows = m_volunteers->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->volunteerId(rows.first().row());
}

void AssignDialog::selectVolunteer(qint64 volunteerId)
{
    const int row = m_model->rowOfVolunteer(volunteerId);
    if (row >= 0)
        m_volunteers->selectRow(row);
}

void AssignDialog::showConflicts()
{
    const qint64 v = selectedVolunteer();
    if (v == 0) {
        m_conflicts->setText(tr("Choose a volunteer to see whether they are free."));
        return;
    }
    const QList<RosterConflicts::Conflict> conflicts = RosterConflicts(m_db, m_scope).check(v, m_shiftId);
    if (conflicts.isEmpty()) {
        m_conflicts->setText(FormHelpers::colored(tr("Free at this time."), FormHelpers::okColor()));
        return;
    }
    QStringList lines;
    for (const RosterConflicts::Conflict &c : conflicts)
        lines.append(FormHelpers::colored(c.text.toHtmlEscaped(), c.kind == RosterConflicts::Kind::Unavailable
                                                                      ? FormHelpers::warningColor()
                                                                      : FormHelpers::errorColor()));
    m_conflicts->setText(lines.join(QStringLiteral("<br>")));
}

void AssignDialog::report(const QString &text, bool error)
{
    m_message->setText(
        FormHelpers::colored(text.toHtmlEscaped(), error ? FormHelpers::errorColor() : FormHelpers::okColor()));
}

void AssignDialog::assignSelected()
{
    const qint64 v = selectedVolunteer();
    if (v == 0) {
        report(tr("Please choose a volunteer first."), true);
        return;
    }
    const SaveResult r = RosterStore(m_db, m_scope).assign(m_shiftId, v);
    if (!r.ok) {
        report(r.firstMessage(), true);
        return;
    }
    m_changed = true;
    report(r.warnings.isEmpty() ? tr("Assigned.") : tr("Assigned. Note: %1").arg(r.warnings.first().message), false);
    reload();
}

void AssignDialog::removeSelected()
{
    QListWidgetItem *item = m_assigned->currentItem();
    if (!item)
        return;
    const SaveResult r = RosterStore(m_db, m_scope).unassign(item->data(Qt::UserRole).toLongLong());
    if (!r.ok) {
        report(r.firstMessage(), true);
        return;
    }
    m_changed = true;
    report(tr("Removed from the shift."), false);
    reload();
}

void AssignDialog::substituteSelected()
{
    QListWidgetItem *item = m_assigned->currentItem();
    const qint64 v = selectedVolunteer();
    if (!item || v == 0) {
        report(tr("Choose who is replaced above and the substitute below."), true);
        return;
    }
    const SaveResult r = RosterStore(m_db, m_scope).substitute(item->data(Qt::UserRole).toLongLong(), v);
    if (!r.ok) {
        report(r.firstMessage(), true);
        return;
    }
    m_changed = true;
    report(tr("Substitute recorded."), false);
    reload();
}
