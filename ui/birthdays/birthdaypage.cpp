#include "birthdaypage.h"

#include "birthdaypartydialog.h"
#include "models/access/accessscope.h"
#include "models/birthdays/birthdaylistmodel.h"
#include "models/birthdays/birthdaypreferences.h"
#include "models/birthdays/birthdayquery.h"
#include "models/core/itemroles.h"
#include "models/register/registerlookups.h"
#include "models/workspace/appsettings.h"
#include "ui/common/datefield.h"
#include "ui/common/filtermemory.h"
#include "ui/common/formhelpers.h"
#include "ui/common/longwork.h"
#include "ui/common/savedviewsbar.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

BirthdayPage::BirthdayPage(QSqlDatabase db, const AccessScope &scope, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_scope(scope)
    , m_community(RegisterLookups(db, scope).communityName())
    , m_model(new BirthdayListModel(db, scope, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);

    m_recordParty = new QAction(tr("&Record party…"), this);
    m_print = new QAction(tr("&Print sign-in sheet…"), this);
    m_print->setShortcut(QKeySequence::Print);
    m_printPerGrid = new QAction(tr("Print one sheet per &grid…"), this);
    m_export = new QAction(tr("&Export…"), this);
    m_recordParty->setObjectName(QStringLiteral("recordParty"));
    if (!m_scope.canEdit())
        m_recordParty->setToolTip(m_scope.editRefusal()); // updateHeader() keeps it disabled
    connect(m_recordParty, &QAction::triggered, this, &BirthdayPage::recordParty);
    connect(m_print, &QAction::triggered, this, &BirthdayPage::printPreview);
    connect(m_printPerGrid, &QAction::triggered, this, &BirthdayPage::printPreviewPerGrid);
    connect(m_export, &QAction::triggered, this, &BirthdayPage::exportList);
    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addActions({m_recordParty, m_print, m_printPerGrid, m_export});
    FormHelpers::plainTexts(toolbar);
    layout->addWidget(toolbar);

    auto *filterBar = new QWidget(this);
    buildFilters(filterBar);
    layout->addWidget(filterBar);

    // The month's figures and the dashboard figure.
    auto *header = new QFrame(this);
    header->setObjectName(QStringLiteral("birthdayHeader"));
    header->setStyleSheet(QStringLiteral("QFrame#birthdayHeader { background: #f7f9fc; border: 1px solid #d8dde6; "
                                         "border-radius: 4px; }"));
    auto *headerLayout = new QHBoxLayout(header);
    auto *left = new QVBoxLayout;
    m_heading = new QLabel(header);
    m_heading->setObjectName(QStringLiteral("birthdayHeading"));
    m_counts = new QLabel(header);
    m_counts->setObjectName(QStringLiteral("birthdayCounts"));
    m_counts->setTextFormat(Qt::RichText);
    left->addWidget(m_heading);
    left->addWidget(m_counts);
    headerLayout->addLayout(left, 1);
    m_upcoming = new QLabel(header);
    m_upcoming->setObjectName(QStringLiteral("upcomingBirthdays"));
    m_upcoming->setAlignment(Qt::AlignCenter);
    m_upcoming->setStyleSheet(QStringLiteral("QLabel { background: #1e6fd9; color: white; border-radius: 4px; "
                                             "padding: 6px 14px; }"));
    headerLayout->addWidget(m_upcoming);
    layout->addWidget(header);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("birthdayTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    const QList<int> widths = {80, 55, 90, 120, 110, 85, 75, 90, 210, 110, 100, 120};
    for (int c = 0; c < widths.size(); ++c)
        m_table->setColumnWidth(c, widths.at(c));
    m_table->setColumnHidden(BirthdayListModel::NominalAge, true);
    layout->addWidget(m_table, 1);

    connect(m_table, &QTableView::customContextMenuRequested, this, &BirthdayPage::showContextMenu);
    connect(m_model, &BirthdayListModel::listChanged, this, [this] {
        updateSpans();
        updateHeader();
    });

    m_model->setDefaultCalendar(BirthdayPreferences(db, m_scope).officeCalendar());
    m_model->setMinimumAge(m_minAge->value());
    m_model->setRevealPhones(AppSettings::revealNumbers(m_scope));
    const QDate next = QDate::currentDate().addMonths(1);
    m_model->setMonth(next.year(), next.month());
    updateHeader();
    // The register is read when the page is first shown, not while the main window starts.
}

void BirthdayPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded) {
        m_loaded = true;
        m_model->reload();
    }
}

QList<QAction *> BirthdayPage::pageActions() const
{
    return {m_recordParty, m_print, m_printPerGrid, m_export};
}

void BirthdayPage::buildFilters(QWidget *bar)
{
    // Two lines, so that the filters fit a 1366-pixel screen: what is listed, then how it is shown.
    auto *rows = new QVBoxLayout(bar);
    rows->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    rows->addLayout(row);
    auto labelled = [&](const QString &text, QWidget *w) {
        auto *label = new QLabel(text, bar);
        label->setBuddy(w);
        row->addWidget(label);
        row->addWidget(w);
    };

    auto *previous = new QToolButton(bar);
    previous->setObjectName(QStringLiteral("previousMonth"));
    previous->setArrowType(Qt::LeftArrow);
    previous->setToolTip(tr("Previous month"));
    auto *next = new QToolButton(bar);
    next->setObjectName(QStringLiteral("nextMonth"));
    next->setArrowType(Qt::RightArrow);
    next->setToolTip(tr("Next month"));
    m_month = new QDateEdit(bar);
    DateField::tabLeaves(m_month);
    m_month->setObjectName(QStringLiteral("birthdayMonth"));
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setDateRange(QDate(1901, 1, 1), QDate(2100, 12, 1));
    const QDate nextMonth = QDate::currentDate().addMonths(1);
    m_month->setDate(QDate(nextMonth.year(), nextMonth.month(), 1));
    auto *monthLabel = new QLabel(tr("&Month"), bar);
    monthLabel->setBuddy(m_month);
    row->addWidget(monthLabel);
    row->addWidget(previous);
    row->addWidget(m_month);
    row->addWidget(next);

    m_minAge = new QSpinBox(bar);
    m_minAge->setObjectName(QStringLiteral("birthdayMinAge"));
    m_minAge->setRange(50, 120);
    m_minAge->setValue(AppSettings::elderlyAge());
    labelled(tr("&Aged from"), m_minAge);

    m_calendar = new QComboBox(bar);
    m_calendar->setObjectName(QStringLiteral("birthdayCalendar"));
    m_calendar->addItem(tr("Solar calendar"), int(BirthdayRules::Calendar::Solar));
    m_calendar->addItem(tr("Lunar calendar"), int(BirthdayRules::Calendar::Lunar));
    m_calendar->setToolTip(tr("The office's default; a resident can keep their own (right-click a name)."));
    m_calendar->setCurrentIndex(m_calendar->findData(int(BirthdayPreferences(m_db, m_scope).officeCalendar())));
    labelled(tr("&Birthdays by"), m_calendar);

    const RegisterLookups lookups(m_db, m_scope);
    m_grid = new QComboBox(bar);
    m_grid->setObjectName(QStringLiteral("birthdayGrid"));
    m_grid->addItem(tr("All grids"), 0);
    for (const auto &g : lookups.grids())
        m_grid->addItem(g.name, g.id);
    labelled(tr("&Grid"), m_grid);

    m_tag = new QComboBox(bar);
    m_tag->setObjectName(QStringLiteral("birthdayTag"));
    m_tag->addItem(tr("All"), 0);
    for (const auto &t : lookups.tags())
        m_tag->addItem(t.name, t.id);
    labelled(tr("&Tag"), m_tag);

    m_group = new QCheckBox(tr("Group by g&rid"), bar);
    m_group->setObjectName(QStringLiteral("groupByGrid"));
    m_nominal = new QCheckBox(tr("&Nominal age"), bar);
    m_nominal->setObjectName(QStringLiteral("showNominalAge"));
    m_nominal->setToolTip(tr("Also show the age counted the traditional way (虚岁)."));
    m_reveal = new QCheckBox(tr("Full &phone numbers"), bar);
    m_reveal->setObjectName(QStringLiteral("birthdayRevealPhones"));
    m_reveal->setEnabled(m_scope.canRevealNumbers()); // masks stay for other roles
    m_reveal->setChecked(AppSettings::revealNumbers(m_scope));
    row->addStretch();
    row = new QHBoxLayout;
    rows->addLayout(row);
    row->addWidget(m_group);
    row->addWidget(m_nominal);
    row->addWidget(m_reveal);
    // The window keeps these for the next start (the month is always next month's; the age and
    // the calendar are kept by the office); the office's saved views hold them with the columns.
    FilterMemory::mark({m_grid, m_tag, m_group, m_nominal});
    auto *views = SavedViewsBar::forPage(m_db, m_scope, QStringLiteral("birthdays"), this, bar);
    views->setObjectName(QStringLiteral("birthdayViews"));
    connect(views, &SavedViewsBar::statusMessage, this, &BirthdayPage::statusMessage);
    row->addWidget(views);
    row->addStretch();

    connect(previous, &QToolButton::clicked, this, [this] { m_month->setDate(m_month->date().addMonths(-1)); });
    connect(next, &QToolButton::clicked, this, [this] { m_month->setDate(m_month->date().addMonths(1)); });
    connect(m_month, &QDateEdit::dateChanged, this, &BirthdayPage::monthEdited);
    connect(m_minAge, &QSpinBox::valueChanged, this, [this](int age) {
        AppSettings::setElderlyAge(age);
        m_model->setMinimumAge(age);
    });
    connect(m_calendar, &QComboBox::currentIndexChanged, this, [this] {
        const auto calendar = BirthdayRules::Calendar(m_calendar->currentData().toInt());
        // A viewer may look at the list either way but does not change the office's default.
        if (m_scope.canEdit())
            BirthdayPreferences(m_db, m_scope).setOfficeCalendar(calendar);
        m_model->setDefaultCalendar(calendar);
    });
    connect(m_grid, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setGridFilter(m_grid->currentData().toLongLong()); });
    connect(m_tag, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setTagFilter(m_tag->currentData().toLongLong()); });
    connect(m_group, &QCheckBox::toggled, m_model, &BirthdayListModel::setGroupByGrid);
    connect(m_nominal, &QCheckBox::toggled, this,
            [this](bool on) { m_table->setColumnHidden(BirthdayListModel::NominalAge, !on); });
    connect(m_reveal, &QCheckBox::toggled, m_model, &BirthdayListModel::setRevealPhones);
}

void BirthdayPage::monthEdited()
{
    const QDate d = m_month->date();
    m_model->setMonth(d.year(), d.month());
}

void BirthdayPage::setMonth(int year, int month)
{
    m_month->setDate(QDate(year, month, 1));
}

void BirthdayPage::setRevealNumbers(bool reveal)
{
    m_reveal->setChecked(reveal);
}

void BirthdayPage::refresh()
{
    m_loaded = true;
    m_model->reload();
}

void BirthdayPage::updateSpans()
{
    m_table->clearSpans();
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->isGroupRow(row))
            m_table->setSpan(row, 0, 1, BirthdayListModel::ColumnCount);
}

void BirthdayPage::updateHeader()
{
    const QString month = BirthdaySheet::monthText(m_model->year(), m_model->month());
    m_heading->setText(
        QStringLiteral("<b style=\"font-size:13pt\">%1</b>")
            .arg(tr("Birthdays in %1, aged %2 and over").arg(month).arg(m_model->minimumAge()).toHtmlEscaped()));
    const BirthdayCounts c = m_model->counts();
    QStringList parts = {tr("%n resident(s)", "", c.total), tr("80 and over: %1").arg(c.aged80),
                         tr("100 and over: %1").arg(c.aged100), tr("milestone birthdays: %1").arg(c.milestones),
                         tr("living alone: %1").arg(c.livingAlone)};
    if (c.missed > 0)
        parts << tr("missed last month: %1").arg(c.missed);
    for (QString &p : parts)
        p = p.toHtmlEscaped();
    // No-break spaces around the dot: rich text would collapse plain ones.
    const QString separator = QString(QChar(0x00A0)) + QChar(0x00A0) + QChar(0x00B7) + QChar(0x00A0) + QChar(0x00A0);
    m_counts->setText(parts.join(separator));
    // The card follows the chosen month: the next 7 days in this month, the first 7 in another.
    const QDate from = m_model->upcomingFrom();
    const QString window = from == m_model->today() ? tr("birthdays in the next 7 days")
                                                    : tr("birthdays %1 – %2")
                                                          .arg(from.toString(QStringLiteral("MM-dd")),
                                                               from.addDays(6).toString(QStringLiteral("MM-dd")));
    m_upcoming->setText(QStringLiteral("<b style=\"font-size:15pt\">%1</b><br>%2")
                            .arg(m_model->upcomingCount())
                            .arg(window.toHtmlEscaped()));
    const bool any = c.total > 0;
    m_print->setEnabled(any);
    m_printPerGrid->setEnabled(any);
    m_export->setEnabled(any);
    m_recordParty->setEnabled(any && m_scope.canEdit()); // a viewer records no party
}

BirthdaySheet BirthdayPage::sheet(bool perGrid) const
{
    BirthdaySheet::Options o;
    o.year = m_model->year();
    o.month = m_model->month();
    o.community = m_community;
    o.minimumAge = m_model->minimumAge();
    o.revealPhones = m_model->revealPhones();
    o.nominalAge = m_nominal->isChecked();
    o.perGrid = perGrid;
    return BirthdaySheet(m_model->entries(), o, m_scope);
}

bool BirthdayPage::exportTo(const QString &path, QString *error) const
{
    return sheet(m_model->groupByGrid()).writeAudited(m_db, m_scope, path, error);
}

void BirthdayPage::preview(bool perGrid)
{
    const BirthdaySheet s = sheet(perGrid);
    QPrinter printer(QPrinter::HighResolution);
    PagedDocument::setUpPage(&printer);
    printer.setDocName(s.title());
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print preview — %1").arg(s.title()));
    const TableDocument doc = s.signInSheet();
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&doc](QPrinter *p) { doc.print(p); });
    dialog.resize(900, 1000);
    // Accepted: printed (or saved as PDF from the print dialog), so the list left the program.
    if (dialog.exec() == QDialog::Accepted)
        s.recordExport(m_db, m_scope, printer.outputFileName(), QStringLiteral("birthday sign-in sheet"));
}

void BirthdayPage::printPreview()
{
    preview(false);
}

void BirthdayPage::printPreviewPerGrid()
{
    preview(true);
}

void BirthdayPage::exportList()
{
    const QString month = QDate(m_model->year(), m_model->month(), 1).toString(QStringLiteral("yyyy-MM"));
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString selected;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export birthday list"),
        dir + QLatin1Char('/') + tr("birthdays-%1").arg(month) + QStringLiteral(".xlsx"),
        tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv);;PDF sign-in sheet (*.pdf)"), &selected);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty()) {
        // The clerk typed a name only: take the kind of file from the chosen filter.
        for (const QString &suffix : {QStringLiteral("csv"), QStringLiteral("pdf"), QStringLiteral("xlsx")})
            if (selected.contains(QStringLiteral("*.") + suffix)) {
                path += QLatin1Char('.') + suffix;
                break;
            }
    }
    const BirthdaySheet s = sheet(m_model->groupByGrid());
    LongWork work(tr("Export birthday list"), tr("Writing the birthday list…"), window());
    QString error;
    const bool written = work.writeFile(
        path,
        [&work, &s](const QString &part, QString *e) {
            work.step(-1.0); // written in one go: a moving bar, and Cancel drops the file after
            return s.write(part, e);
        },
        &error);
    if (!written) {
        work.fail(error);
        return;
    }
    // No audit row, no file (ExportAudit::keepAudited's rule, for the file moved into place).
    if (!s.recordExport(m_db, m_scope, path, QStringLiteral("birthday list"))) {
        QFile::remove(path);
        work.fail(QCoreApplication::translate("ExportAudit", "%1: the export could not be written to the audit log, "
                                                             "so no file was kept.")
                      .arg(QFileInfo(path).fileName()));
        return;
    }
    const QString done = tr("Exported %1 residents to %2.").arg(m_model->counts().total).arg(path);
    emit statusMessage(done);
    work.finish(done, path);
}

void BirthdayPage::recordParty()
{
    if (!m_scope.canEdit())
        return;
    BirthdayQuery query(m_db, m_scope);
    query.setMinimumAge(m_model->minimumAge());
    query.setDefaultCalendar(m_model->defaultCalendar());
    QList<BirthdayEntry> entries = query.monthWithMissed(m_model->year(), m_model->month());
    BirthdayQuery::sort(entries, true);
    BirthdayPartyDialog dialog(m_db, m_scope, m_model->year(), m_model->month(), entries, m_model->gridFilter(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_model->reload();
    emit statusMessage(tr("Birthday party recorded."));
}

void BirthdayPage::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid() || m_model->isGroupRow(index.row()))
        return;
    m_table->selectRow(index.row());
    QMenu menu(this);
    menu.addAction(tr("Keep this birthday by the &lunar date"), this,
                   [this] { setResidentCalendar(int(BirthdayRules::Calendar::Lunar)); });
    menu.addAction(tr("Keep this birthday by the &solar date"), this,
                   [this] { setResidentCalendar(int(BirthdayRules::Calendar::Solar)); });
    menu.addAction(tr("Follow the office &default"), this, [this] { setResidentCalendar(-1); });
    // The choice is saved on the resident: a viewer sees the choices but cannot make one.
    if (!m_scope.canEdit()) {
        for (QAction *action : menu.actions()) {
            action->setEnabled(false);
            action->setToolTip(m_scope.editRefusal());
        }
        menu.setToolTipsVisible(true);
    }
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void BirthdayPage::setResidentCalendar(int calendar)
{
    if (!m_scope.canEdit())
        return;
    const BirthdayEntry *e = m_model->entry(m_table->currentIndex().row());
    if (!e)
        return;
    const QString name = e->name;
    std::optional<BirthdayRules::Calendar> choice;
    if (calendar >= 0)
        choice = BirthdayRules::Calendar(calendar);
    if (!BirthdayPreferences(m_db, m_scope).setResidentCalendar(e->residentId, choice)) {
        QMessageBox::warning(this, tr("Birthdays"), tr("The change could not be saved."));
        return;
    }
    m_model->reload();
    emit statusMessage(tr("%1's birthday calendar changed.").arg(name));
}
