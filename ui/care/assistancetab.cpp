#include "assistancetab.h"

#include "ui/common/filtermemory.h"
#include "ui/common/revisioncommand.h"
#include "ui/common/savedviewsbar.h"

#include "assistancedialog.h"
#include "carelistframe.h"
#include "models/care/assistancekinds.h"
#include "models/care/assistancestore.h"
#include "models/register/registerlookups.h"
#include "models/revisions/assistancesnapshot.h"

#include <QComboBox>
#include <QDateEdit>
#include <QInputDialog>
#include <QLabel>
#include <QMap>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

AssistanceTab::AssistanceTab(QSqlDatabase db, const AccessScope &scope, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_scope(scope)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list = new CareListFrame(m_db, m_scope, tr("Assistance records"), tr("assistance.xlsx"),
                               QStringLiteral("assistance"), this);
    m_list->view()->setObjectName(QStringLiteral("assistanceView"));
    layout->addWidget(m_list);
    const QDate first(QDate::currentDate().year(), QDate::currentDate().month(), 1);
    m_from = new QDateEdit(first.addMonths(-11), this);
    m_to = new QDateEdit(first.addMonths(1).addDays(-1), this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setObjectName(QStringLiteral("assistanceFrom"));
    m_to->setObjectName(QStringLiteral("assistanceTo"));
    m_grid = new QComboBox(this);
    m_grid->setObjectName(QStringLiteral("assistanceGrid"));
    m_grid->addItem(tr("All grids"), 0);
    for (const auto &g : RegisterLookups(m_db, m_scope).grids())
        m_grid->addItem(g.name, g.id);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    fillKinds();
    m_list->addFilter(tr("&From"), m_from);
    m_list->addFilter(tr("&To"), m_to);
    m_list->addFilter(tr("&Grid"), m_grid);
    m_list->addFilter(tr("&Kind"), m_kind);
    // The window keeps these for the next start; the office's saved views hold them with the columns.
    FilterMemory::mark({m_from, m_to, m_grid, m_kind});
    m_list->addFilter(QString(), SavedViewsBar::forPage(m_db, m_scope, QStringLiteral("care-assistance"), this, this));
    QPushButton *add = m_list->addButton(tr("&Record assistance…"), [this] { addRecord(); });
    add->setObjectName(QStringLiteral("addAssistanceButton"));
    add->setEnabled(m_scope.canEdit());
    QPushButton *edit = m_list->addButton(tr("E&dit…"), [this] { editRecord(); });
    edit->setObjectName(QStringLiteral("editAssistanceButton"));
    edit->setEnabled(m_scope.canEdit());
    m_list->addButton(tr("Arc&hive"), [this] { archiveRecord(); })->setEnabled(m_scope.canEdit());
    m_list->addButton(tr("New k&ind…"), [this] { addKind(); })->setEnabled(m_scope.officeRefusal().isEmpty());
    m_list->setHeader({tr("Date"), tr("Grid"), tr("Address"), tr("Resident"), tr("Kind"), tr("Amount (yuan)"),
                       tr("Items"), tr("Given by")});
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("totalsLabel"));
    m_totals->setWordWrap(true);
    layout->addWidget(m_totals);
    connect(m_from, &QDateEdit::dateChanged, this, &AssistanceTab::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &AssistanceTab::refresh);
    connect(m_grid, &QComboBox::currentIndexChanged, this, &AssistanceTab::refresh);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AssistanceTab::refresh);
    if (m_scope.canEdit())
        connect(m_list->view(), &QTableView::activated, this, [this] { editRecord(); }); // Enter or a double click
    refresh();
}

void AssistanceTab::fillKinds()
{
    const QSignalBlocker blocker(m_kind);
    const qint64 chosen = m_kind->currentData().toLongLong();
    m_kind->clear();
    m_kind->addItem(tr("All kinds"), 0);
    for (const ListEntry &k : AssistanceKinds(m_db, m_scope).entries())
        m_kind->addItem(k.name, k.id);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(chosen)));
}

void AssistanceTab::setPeriod(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void AssistanceTab::refresh()
{
    AssistanceFilter filter;
    filter.from = m_from->date();
    filter.to = m_to->date();
    filter.gridId = m_grid->currentData().toLongLong();
    filter.kindId = m_kind->currentData().toLongLong();
    AssistanceStore store(m_db, m_scope);
    const QList<AssistanceRecord> records = store.list(filter);
    m_list->clear();
    qint64 total = 0;
    for (const AssistanceRecord &r : records) {
        m_list->addRow(r.id, {r.givenOn.toString(Qt::ISODate), r.gridName, r.address,
                              r.residentName.isEmpty() ? r.head : r.residentName, r.kindName,
                              AssistanceStore::money(r.amountFen), r.items, r.givenBy});
        total += r.amountFen;
    }
    m_list->setCount(tr("%n record(s)", nullptr, int(records.size())));
    // The period's totals per kind, as the monthly report sums them.
    QMap<QString, std::pair<int, qint64>> perKind;
    for (const AssistanceTotal &t : store.totals(filter.from, filter.to, filter.gridId)) {
        if (filter.kindId && t.kindId != filter.kindId)
            continue;
        perKind[t.kindName].first += t.count;
        perKind[t.kindName].second += t.amountFen;
    }
    QStringList parts;
    for (auto it = perKind.cbegin(); it != perKind.cend(); ++it)
        parts << tr("%1: %2 time(s), %3 yuan")
                     .arg(it.key())
                     .arg(it->first)
                     .arg(it->second > 0 ? AssistanceStore::money(it->second) : QStringLiteral("0"));
    m_totals->setText(tr("Total %1 yuan. %2")
                          .arg(total > 0 ? AssistanceStore::money(total) : QStringLiteral("0"), parts.join(tr("; "))));
}

void AssistanceTab::addRecord()
{
    AssistanceDialog dialog(m_db, m_scope, 0, this);
    if (dialog.exec() == QDialog::Accepted) {
        // Edit → Undo archives the record just added.
        RevisionCommand::pushSaved<AssistanceSnapshot>(this, m_db, m_scope, std::nullopt, dialog.savedId(),
                                                       [this] { refresh(); });
        refresh();
        emit statusMessage(tr("Assistance recorded."));
    }
}

void AssistanceTab::editRecord()
{
    const qint64 id = m_list->currentId();
    std::optional<AssistanceRecord> before = id ? AssistanceSnapshot::load(m_db, m_scope, id) : std::nullopt;
    if (!before)
        return;
    AssistanceDialog dialog(m_db, m_scope, 0, this);
    dialog.setRecord(*before);
    if (dialog.exec() == QDialog::Accepted) {
        RevisionCommand::pushSaved<AssistanceSnapshot>(this, m_db, m_scope, std::move(before), id,
                                                       [this] { refresh(); });
        refresh();
        emit statusMessage(tr("Assistance record saved."));
    }
}

void AssistanceTab::archiveRecord()
{
    const qint64 id = m_list->currentId();
    if (!id)
        return;
    if (QMessageBox::question(this, tr("Archive assistance record"),
                              tr("Archive the selected assistance record? It no longer counts in lists and totals.")) !=
        QMessageBox::Yes)
        return;
    std::optional<AssistanceRecord> before = AssistanceSnapshot::load(m_db, m_scope, id);
    const SaveResult result = AssistanceStore(m_db, m_scope).archive(id);
    if (!result.ok) {
        QMessageBox::warning(this, tr("Archive assistance record"), result.firstMessage());
        return;
    }
    if (before) {
        const QString text = tr("archive %1").arg(AssistanceSnapshot::name(*before));
        RevisionCommand::pushSaved<AssistanceSnapshot>(
            this, m_db, m_scope, std::move(before), id, [this] { refresh(); }, text);
    }
    refresh();
    emit statusMessage(tr("Assistance record archived."));
}

void AssistanceTab::addKind()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("New kind of assistance"), tr("Name"), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    ListEntry entry;
    entry.name = name;
    const SaveResult result = AssistanceKinds(m_db, m_scope).save(entry);
    if (!result.ok) {
        QMessageBox::warning(this, tr("New kind of assistance"), result.firstMessage());
        return;
    }
    fillKinds();
}
