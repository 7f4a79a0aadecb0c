#include "householdpicker.h"

#include "models/care/carelookups.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>

HouseholdPicker::HouseholdPicker(QSqlDatabase db, const AccessScope &scope, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_scope(scope)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("householdSearch"));
    m_search->setPlaceholderText(tr("A member's name or the household number"));
    m_households = new QComboBox(this);
    m_households->setObjectName(QStringLiteral("householdChoice"));
    m_households->setMinimumContentsLength(24);
    // The form's label for the household puts the cursor in the search.
    setFocusProxy(m_search);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_households, 2);
    connect(m_search, &QLineEdit::textChanged, this, &HouseholdPicker::search);
    connect(m_households, &QComboBox::currentIndexChanged, this, [this] { emit householdChanged(householdId()); });
}

qint64 HouseholdPicker::householdId() const
{
    return m_households->currentData().toLongLong();
}

void HouseholdPicker::setHousehold(qint64 householdId)
{
    m_households->clear();
    const QString label = CareLookups(m_db, m_scope).householdLabel(householdId);
    if (!label.isEmpty())
        m_households->addItem(label, householdId);
}

void HouseholdPicker::search()
{
    m_households->clear();
    for (const auto &[id, label] : CareLookups(m_db, m_scope).households(m_search->text()))
        m_households->addItem(label, id);
}
