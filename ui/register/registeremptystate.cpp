#include "registeremptystate.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

RegisterEmptyState::RegisterEmptyState(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("registerEmptyState"));
    setFrameShape(QFrame::StyledPanel);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto *text = new QLabel(this);
    m_text = text;
    setPlacesExist(false);
    text->setObjectName(QStringLiteral("registerEmptyText"));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setMaximumWidth(640);
    auto *centre = new QHBoxLayout;
    centre->addStretch(1);
    centre->addWidget(text, 4);
    centre->addStretch(1);
    outer->addLayout(centre);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_setUp = new QPushButton(tr("&Set up the community…"), this);
    m_setUp->setObjectName(QStringLiteral("emptySetUp"));
    m_setUp->setDefault(true);
    m_import = new QPushButton(tr("&Import a register…"), this);
    m_import->setObjectName(QStringLiteral("emptyImport"));
    buttons->addWidget(m_setUp);
    buttons->addWidget(m_import);
    buttons->addStretch(1);
    outer->addLayout(buttons);
    outer->addStretch(2);
    connect(m_setUp, &QPushButton::clicked, this, &RegisterEmptyState::setUpRequested);
    connect(m_import, &QPushButton::clicked, this, &RegisterEmptyState::importRequested);
}

void RegisterEmptyState::setPlacesExist(bool exist)
{
    m_text->setText(exist ? tr("<h2>No household yet</h2>"
                               "<p>The community's compounds and buildings are set up. Add the first household with "
                               "New household (Ctrl+N), add more places, or import the office's register (台账) "
                               "from an Excel or CSV file.</p>")
                          : tr("<h2>The register is empty</h2>"
                               "<p>Start by setting up the community: name the street and the community, then add "
                               "its grids, compounds and buildings. Or import the office's register (台账) from "
                               "an Excel or CSV file; grids, compounds and buildings are created from it.</p>"));
}

void RegisterEmptyState::setMayChange(bool may)
{
    m_setUp->setEnabled(may);
    m_import->setEnabled(may);
}
