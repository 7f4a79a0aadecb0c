#include "carepage.h"

#include "assistancetab.h"
#include "careoverduetab.h"
#include "carepairstab.h"

#include <QTabWidget>
#include <QVBoxLayout>

CarePage::CarePage(QSqlDatabase db, const AccessScope &scope, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("careTabs"));
    m_overdue = new CareOverdueTab(db, scope, m_tabs);
    m_pairs = new CarePairsTab(db, scope, m_tabs);
    m_assistance = new AssistanceTab(db, scope, m_tabs);
    m_tabs->addTab(m_overdue, tr("&Overdue follow-ups"));
    m_tabs->addTab(m_pairs, tr("&Pairings"));
    m_tabs->addTab(m_assistance, tr("&Assistance"));
    layout->addWidget(m_tabs);
    connect(m_pairs, &CarePairsTab::statusMessage, this, &CarePage::statusMessage);
    connect(m_assistance, &AssistanceTab::statusMessage, this, &CarePage::statusMessage);
}

void CarePage::refresh()
{
    m_overdue->refresh();
    m_pairs->refresh();
    m_assistance->refresh();
}
