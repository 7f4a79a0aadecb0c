#include "careoverduetab.h"

#include "ui/common/filtermemory.h"
#include "ui/common/savedviewsbar.h"

#include "carelistframe.h"
#include "carerulesdialog.h"
#include "models/care/carelevels.h"
#include "models/care/careoverdue.h"
#include "models/register/registerlookups.h"

#include <QComboBox>
#include <QDateEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

CareOverdueTab::CareOverdueTab(QSqlDatabase db, const AccessScope &scope, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_scope(scope)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list = new CareListFrame(m_db, m_scope, tr("Overdue follow-ups"), tr("overdue-follow-ups.xlsx"),
                               QStringLiteral("household"), this);
    m_list->view()->setObjectName(QStringLiteral("overdueView"));
    layout->addWidget(m_list);
    const RegisterLookups lookups(m_db, m_scope);
    m_grid = new QComboBox(this);
    m_grid->setObjectName(QStringLiteral("gridFilter"));
    m_grid->addItem(tr("All grids"), 0);
    for (const auto &g : lookups.grids())
        m_grid->addItem(g.name, g.id);
    m_tag = new QComboBox(this);
    m_tag->setObjectName(QStringLiteral("tagFilter"));
    m_tag->addItem(tr("All groups"), 0);
    for (const auto &t : lookups.tags())
        m_tag->addItem(t.name, t.id);
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("levelFilter"));
    m_level->addItem(tr("Any level"), QString());
    for (const QString &code : CareLevels::codes())
        m_level->addItem(CareLevels::name(code), code);
    m_day = new QDateEdit(QDate::currentDate(), this);
    m_day->setObjectName(QStringLiteral("dayFilter"));
    // The window keeps these (not the day: it is today's list) for the next start.
    FilterMemory::mark({m_grid, m_tag, m_level});
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_list->addFilter(tr("&Grid"), m_grid);
    m_list->addFilter(tr("G&roup"), m_tag);
    m_list->addFilter(tr("&Level"), m_level);
    m_list->addFilter(tr("On &day"), m_day);
    m_list->addFilter(QString(), SavedViewsBar::forPage(m_db, m_scope, QStringLiteral("care-overdue"), this, this));
    m_list->setHeader(
        {tr("Grid"), tr("Address"), tr("Head"), tr("Last visit"), tr("Days overdue"), tr("Level"), tr("Why")});
    // The rules behind the list: administrators and clerks change them, the others only read.
    QPushButton *rules = m_list->addButton(tr("Follow-up r&ules…"), [this] { editRules(); });
    rules->setObjectName(QStringLiteral("careRulesButton"));
    rules->setEnabled(m_scope.officeRefusal().isEmpty());
    connect(m_grid, &QComboBox::currentIndexChanged, this, &CareOverdueTab::refresh);
    connect(m_tag, &QComboBox::currentIndexChanged, this, &CareOverdueTab::refresh);
    connect(m_level, &QComboBox::currentIndexChanged, this, &CareOverdueTab::refresh);
    connect(m_day, &QDateEdit::dateChanged, this, &CareOverdueTab::refresh);
    refresh();
}

void CareOverdueTab::setDay(const QDate &day)
{
    m_day->setDate(day);
}

void CareOverdueTab::editRules()
{
    CareRulesDialog dialog(m_db, m_scope, this);
    dialog.exec();
    if (dialog.changed())
        refresh();
}

void CareOverdueTab::refresh()
{
    CareOverdue query(m_db, m_scope);
    query.setGrid(m_grid->currentData().toLongLong());
    query.setTag(m_tag->currentData().toLongLong());
    query.setLevel(m_level->currentData().toString());
    const QList<OverdueHousehold> rows = query.list(m_day->date());
    m_list->clear();
    for (const OverdueHousehold &h : rows)
        m_list->addRow(h.householdId,
                       {h.gridName, h.address, h.head,
                        h.lastVisit.isValid() ? h.lastVisit.toString(Qt::ISODate) : tr("Never"),
                        QString::number(h.daysOverdue), CareLevels::name(h.level), CareOverdue::reason(h)});
    m_list->setCount(tr("%n household(s) overdue", nullptr, int(rows.size())));
}
