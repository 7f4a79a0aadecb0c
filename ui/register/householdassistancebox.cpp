#include "householdassistancebox.h"

#include "models/care/assistancestore.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

HouseholdAssistanceBox::HouseholdAssistanceBox(const QSqlDatabase &db, const AccessScope &scope, qint64 householdId,
                                               QWidget *parent)
    : QGroupBox(tr("Assistance history"), parent)
{
    setObjectName(QStringLiteral("assistanceHistory"));
    auto *layout = new QVBoxLayout(this);
    const QList<AssistanceRecord> records = AssistanceStore(db, scope).history(householdId);
    m_table = new QTableWidget(int(records.size()), 6, this);
    m_table->setHorizontalHeaderLabels(
        {tr("Date"), tr("Kind"), tr("Resident"), tr("Amount (yuan)"), tr("Items"), tr("Given by")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    qint64 total = 0;
    for (int row = 0; row < records.size(); ++row) {
        const AssistanceRecord &r = records.at(row);
        const QStringList cells = {r.givenOn.toString(Qt::ISODate),     r.kindName, r.residentName,
                                   AssistanceStore::money(r.amountFen), r.items,    r.givenBy};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        total += r.amountFen;
    }
    m_table->setVisible(!records.isEmpty());
    m_table->setMinimumHeight(records.isEmpty() ? 0 : 90);
    layout->addWidget(m_table);
    layout->addWidget(new QLabel(records.isEmpty()
                                     ? tr("No assistance recorded for this household.")
                                     : tr("%n record(s), %1 yuan in all.", nullptr, int(records.size()))
                                           .arg(total > 0 ? AssistanceStore::money(total) : QStringLiteral("0")),
                                 this));
}

int HouseholdAssistanceBox::rows() const
{
    return m_table->rowCount();
}
