#include "carepairstab.h"
#include "models/revisions/carepairsnapshot.h"
#include "ui/common/revisioncommand.h"

#include "ui/common/filtermemory.h"
#include "ui/common/savedviewsbar.h"

#include "carelistframe.h"
#include "carepairdialog.h"
#include "models/care/carepairstore.h"
#include "models/register/registerlookups.h"
#include "pairactivitydialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

CarePairsTab::CarePairsTab(QSqlDatabase db, const AccessScope &scope, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_scope(scope)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list = new CareListFrame(m_db, m_scope, tr("Pairings"), tr("pairings.xlsx"), QStringLiteral("care_pair"), this);
    m_list->view()->setObjectName(QStringLiteral("pairView"));
    layout->addWidget(m_list);
    m_grid = new QComboBox(this);
    m_grid->setObjectName(QStringLiteral("pairGrid"));
    m_grid->addItem(tr("All grids"), 0);
    for (const auto &g : RegisterLookups(m_db, m_scope).grids())
        m_grid->addItem(g.name, g.id);
    m_current = new QCheckBox(tr("&Current only"), this);
    m_current->setChecked(true);
    m_current->setObjectName(QStringLiteral("pairCurrentOnly"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("pairSearch"));
    m_search->setPlaceholderText(tr("Helper or household member"));
    m_search->setClearButtonEnabled(true);
    m_list->addFilter(tr("&Grid"), m_grid);
    m_list->addFilter(QString(), m_current);
    m_list->addFilter(tr("&Search"), m_search);
    // The window keeps these for the next start; the office's saved views hold them with the columns.
    FilterMemory::mark({m_grid, m_current, m_search});
    m_list->addFilter(QString(), SavedViewsBar::forPage(m_db, m_scope, QStringLiteral("care-pairs"), this, this));
    QPushButton *add = m_list->addButton(tr("Ne&w pairing…"), [this] { newPair(); });
    add->setObjectName(QStringLiteral("newPairButton"));
    add->setEnabled(m_scope.canEdit());
    m_list->addButton(tr("&Edit…"), [this] { editPair(); })->setEnabled(m_scope.canEdit());
    QPushButton *activity = m_list->addButton(tr("Acti&vity…"), [this] { addActivity(); });
    activity->setObjectName(QStringLiteral("activityButton"));
    activity->setEnabled(m_scope.canEdit());
    m_list->setHeader({tr("Grid"), tr("Address"), tr("Head"), tr("Helper"), tr("Helper is"), tr("Start"), tr("End"),
                       tr("Activities"), tr("Last activity")});
    connect(m_grid, &QComboBox::currentIndexChanged, this, &CarePairsTab::refresh);
    connect(m_current, &QCheckBox::toggled, this, &CarePairsTab::refresh);
    connect(m_search, &QLineEdit::textChanged, this, &CarePairsTab::refresh);
    connect(m_list->view(), &QTableView::doubleClicked, this, [this] { addActivity(); });
    refresh();
}

void CarePairsTab::refresh()
{
    CarePairFilter filter;
    filter.gridId = m_grid->currentData().toLongLong();
    filter.currentOnly = m_current->isChecked();
    filter.text = m_search->text();
    const QList<CarePair> pairs = CarePairStore(m_db, m_scope).list(filter);
    m_list->clear();
    for (const CarePair &p : pairs)
        m_list->addRow(p.id, {p.gridName, p.address, p.head, p.helperName, CarePairStore::helperKindName(p.helperKind),
                              p.startedOn.toString(Qt::ISODate), p.endedOn.toString(Qt::ISODate),
                              QString::number(p.activities), p.lastActivity.toString(Qt::ISODate)});
    m_list->setCount(tr("%n pairing(s)", nullptr, int(pairs.size())));
}

void CarePairsTab::newPair()
{
    CarePairDialog dialog(m_db, m_scope, 0, this);
    if (dialog.exec() == QDialog::Accepted) {
        RevisionCommand::pushSaved<CarePairSnapshot>(this, m_db, m_scope, std::nullopt, dialog.savedId(),
                                                     [this] { refresh(); });
        refresh();
        emit statusMessage(tr("Pairing saved."));
    }
}

void CarePairsTab::editPair()
{
    if (const qint64 id = m_list->currentId()) {
        std::optional<CarePair> before = CarePairSnapshot::load(m_db, m_scope, id);
        CarePairDialog dialog(m_db, m_scope, id, this);
        if (dialog.exec() == QDialog::Accepted) {
            RevisionCommand::pushSaved<CarePairSnapshot>(this, m_db, m_scope, std::move(before), id,
                                                         [this] { refresh(); });
            refresh();
            emit statusMessage(tr("Pairing saved."));
        }
    }
}

void CarePairsTab::addActivity()
{
    if (const qint64 id = m_list->currentId()) {
        PairActivityDialog dialog(m_db, m_scope, id, this);
        if (dialog.exec() == QDialog::Accepted) {
            refresh();
            emit statusMessage(tr("Activity recorded."));
        }
    }
}
