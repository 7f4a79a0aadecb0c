#include "birthdaypartydialog.h"

#include "models/birthdays/birthdaypartystore.h"
#include "models/birthdays/birthdaysheet.h"
#include "models/register/registerlookups.h"
#include "ui/common/datefield.h"
#include "ui/common/formguard.h"
#include "ui/common/formhelpers.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

BirthdayPartyDialog::BirthdayPartyDialog(QSqlDatabase db, const AccessScope &scope, int year, int month,
                                         const QList<BirthdayEntry> &entries, qint64 gridId, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_scope(scope)
    , m_month(QDate(year, month, 1).toString(QStringLiteral("yyyy-MM")))
    , m_entries(entries)
{
    FormGuard::install(this);
    setWindowTitle(tr("Record birthday party — %1").arg(BirthdaySheet::monthText(year, month)));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_date = new QDateEdit(this);
    DateField::tabLeaves(m_date);
    m_date->setObjectName(QStringLiteral("partyDate"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    const QDate last = QDate(year, month, 1).addMonths(1).addDays(-1);
    m_date->setDate(qMin(last, m_today));
    form->addRow(tr("&Held on"), m_date);

    m_grid = new QComboBox(this);
    m_grid->setObjectName(QStringLiteral("partyGrid"));
    m_grid->addItem(tr("Whole community"), 0);
    for (const RegisterLookups::Item &g : RegisterLookups(m_db, m_scope).grids())
        m_grid->addItem(g.name, g.id);
    form->addRow(tr("&For"), m_grid);

    m_place = new QLineEdit(this);
    m_place->setObjectName(QStringLiteral("partyPlace"));
    form->addRow(tr("&Place"), m_place);
    m_gift = new QLineEdit(this);
    m_gift->setObjectName(QStringLiteral("partyGift"));
    m_gift->setPlaceholderText(tr("e.g. cake and longevity noodles"));
    form->addRow(tr("G&ift"), m_gift);
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("partyHost"));
    m_host->setPlaceholderText(tr("who held the party or made the visits"));
    form->addRow(tr("&By"), m_host);
    m_notesEdit = new QPlainTextEdit(this);
    m_notesEdit->setObjectName(QStringLiteral("partyNotes"));
    m_notesEdit->setMaximumHeight(fontMetrics().height() * 3 + 12);
    form->addRow(tr("&Notes"), m_notesEdit);

    auto *rosterBar = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("rosterSummary"));
    rosterBar->addWidget(m_summary, 1);
    auto *allCame = new QPushButton(tr("Everyone &came"), this);
    auto *clear = new QPushButton(tr("C&lear"), this);
    rosterBar->addWidget(allCame);
    rosterBar->addWidget(clear);
    layout->addLayout(rosterBar);

    m_roster = new QTableWidget(0, RosterColumnCount, this);
    m_roster->setObjectName(QStringLiteral("partyRoster"));
    m_roster->setHorizontalHeaderLabels(
        {tr("Name"), tr("Age"), tr("Grid"), tr("Address"), tr("Came"), tr("Visited at home"), tr("Note")});
    m_roster->verticalHeader()->hide();
    m_roster->horizontalHeader()->setStretchLastSection(true);
    m_roster->setSelectionBehavior(QAbstractItemView::SelectRows);
    const QList<int> widths = {90, 45, 90, 200, 60, 100};
    for (int c = 0; c < widths.size(); ++c)
        m_roster->setColumnWidth(c, widths.at(c));
    layout->addWidget(m_roster, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("partyError"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &BirthdayPartyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BirthdayPartyDialog::reject);
    connect(allCame, &QPushButton::clicked, this, [this] { setAll(BirthdayParty::Outcome::Attended); });
    connect(clear, &QPushButton::clicked, this, [this] { setAll(BirthdayParty::Outcome::Absent); });
    connect(m_grid, &QComboBox::currentIndexChanged, this, [this] {
        readOutcomes();
        fillRoster();
    });
    connect(m_roster, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        // "Came" and "visited" exclude each other.
        if (item->checkState() != Qt::Checked || (item->column() != Came && item->column() != Visited))
            return;
        const int other = item->column() == Came ? Visited : Came;
        if (QTableWidgetItem *o = m_roster->item(item->row(), other); o && o->checkState() == Qt::Checked)
            o->setCheckState(Qt::Unchecked);
        readOutcomes();
    });

    setGrid(gridId);
    fillRoster();
    resize(820, 620);
}

void BirthdayPartyDialog::setToday(const QDate &today)
{
    m_today = today;
    m_date->setDate(qMin(m_date->date(), today));
}

void BirthdayPartyDialog::setGrid(qint64 gridId)
{
    const int index = m_grid->findData(gridId);
    m_grid->setCurrentIndex(index >= 0 ? index : 0);
}

void BirthdayPartyDialog::fillRoster()
{
    const QSignalBlocker blocker(m_roster);
    const qint64 grid = m_grid->currentData().toLongLong();
    m_shown.clear();
    m_roster->setRowCount(0);
    for (const BirthdayEntry &e : std::as_const(m_entries)) {
        if (grid > 0 && e.gridId != grid)
            continue;
        const int row = m_roster->rowCount();
        m_roster->insertRow(row);
        m_shown.append(e.residentId);
        auto text = [](const QString &s) {
            auto *item = new QTableWidgetItem(s);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            return item;
        };
        QString name = e.name;
        if (e.isMissed())
            name += QStringLiteral(" *");
        m_roster->setItem(row, Name, text(name));
        m_roster->setItem(row, Age, text(QString::number(e.ageTurning)));
        m_roster->setItem(row, Grid, text(e.gridText()));
        m_roster->setItem(row, Address, text(e.address));
        const BirthdayParty::Outcome outcome = m_outcomes.value(e.residentId, BirthdayParty::Outcome::Absent);
        for (const int column : {int(Came), int(Visited)}) {
            auto *check = new QTableWidgetItem;
            check->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            const bool on = (column == Came && outcome == BirthdayParty::Outcome::Attended) ||
                            (column == Visited && outcome == BirthdayParty::Outcome::Visited);
            check->setCheckState(on ? Qt::Checked : Qt::Unchecked);
            m_roster->setItem(row, column, check);
        }
        auto *note = new QTableWidgetItem(m_notes.value(e.residentId));
        m_roster->setItem(row, Note, note);
    }
    readOutcomes();
}

void BirthdayPartyDialog::readOutcomes()
{
    int came = 0, visited = 0;
    for (int row = 0; row < m_shown.size(); ++row) {
        const qint64 id = m_shown.at(row);
        BirthdayParty::Outcome outcome = BirthdayParty::Outcome::Absent;
        if (m_roster->item(row, Came)->checkState() == Qt::Checked)
            outcome = BirthdayParty::Outcome::Attended;
        else if (m_roster->item(row, Visited)->checkState() == Qt::Checked)
            outcome = BirthdayParty::Outcome::Visited;
        m_outcomes.insert(id, outcome);
        m_notes.insert(id, m_roster->item(row, Note)->text());
        came += outcome == BirthdayParty::Outcome::Attended ? 1 : 0;
        visited += outcome == BirthdayParty::Outcome::Visited ? 1 : 0;
    }
    const int total = int(m_shown.size());
    m_summary->setText(tr("%1 on the list: %2 came, %3 visited at home, %4 missed (* missed last month)")
                           .arg(total)
                           .arg(came)
                           .arg(visited)
                           .arg(total - came - visited));
}

void BirthdayPartyDialog::setAll(BirthdayParty::Outcome outcome)
{
    for (const qint64 id : std::as_const(m_shown))
        setOutcome(id, outcome);
}

void BirthdayPartyDialog::setOutcome(qint64 residentId, BirthdayParty::Outcome outcome)
{
    const int row = int(m_shown.indexOf(residentId));
    if (row < 0)
        return;
    const QSignalBlocker blocker(m_roster);
    m_roster->item(row, Came)->setCheckState(outcome == BirthdayParty::Outcome::Attended ? Qt::Checked : Qt::Unchecked);
    m_roster->item(row, Visited)
        ->setCheckState(outcome == BirthdayParty::Outcome::Visited ? Qt::Checked : Qt::Unchecked);
    readOutcomes();
}

BirthdayParty BirthdayPartyDialog::party() const
{
    BirthdayParty p;
    p.month = m_month;
    p.date = m_date->date();
    p.gridId = m_grid->currentData().toLongLong();
    p.place = m_place->text();
    p.gift = m_gift->text();
    p.hostedBy = m_host->text();
    p.notes = m_notesEdit->toPlainText();
    for (const qint64 id : m_shown)
        p.attendance.append(
            {id, m_outcomes.value(id, BirthdayParty::Outcome::Absent), QString(), QString(), m_notes.value(id)});
    return p;
}

void BirthdayPartyDialog::accept()
{
    readOutcomes();
    BirthdayParty p = party();
    BirthdayPartyStore store(m_db, m_scope);
    store.setToday(m_today);
    const SaveResult result = store.save(p);
    if (!result.ok) {
        m_errorText = result.firstMessage();
        m_error->setText(FormHelpers::colored(result.firstMessage().toHtmlEscaped(), FormHelpers::errorColor()));
        m_error->show();
        return;
    }
    m_savedId = p.id;
    QDialog::accept();
}
