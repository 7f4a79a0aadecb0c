#include "attendeebox.h"

#include "models/register/registerlookups.h"

#include <QLabel>
#include <QVBoxLayout>

AttendeeBox::AttendeeBox(QSqlDatabase db, const AccessScope &scope, const Texts &texts, QWidget *parent)
    : QGroupBox(texts.title, parent)
    , m_db(std::move(db))
    , m_scope(scope)
    , m_totalText(texts.total)
{
    auto *layout = new QVBoxLayout(this);
    m_picker = new AttendeePicker(m_db, m_scope, this);
    m_picker->setAddButtonText(texts.addButton);
    m_picker->setHeadCountText(texts.headCount);
    layout->addWidget(m_picker);
    connect(m_picker, &AttendeePicker::changed, this, [this] {
        showTotal();
        emit changed();
    });
    showTotal();
}

void AttendeeBox::load(const QList<qint64> &residentIds, int headCount)
{
    m_picker->setHeadCount(headCount);
    m_picker->setResidents(RegisterLookups(m_db, m_scope).residentNames(residentIds));
}

void AttendeeBox::showTotal()
{
    m_picker->totalLabel()->setText(m_totalText.arg(m_picker->total()));
}
