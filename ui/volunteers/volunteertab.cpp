#include "volunteertab.h"

#include "models/access/accessscope.h"
#include "models/core/itemroles.h"
#include "ui/common/datefield.h"

#include <QDateEdit>
#include <QHeaderView>
#include <QLayout>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>

VolunteerTab::VolunteerTab(QSqlDatabase db, const AccessScope &scope, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_scope(scope)
{}

QTableWidget *VolunteerTab::readOnlyTable(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void VolunteerTab::setRow(QTableWidget *table, int row, const QStringList &cells, qint64 id)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells.at(c));
        item->setData(ItemRole::Id, id);
        table->setItem(row, c, item);
    }
}

QString VolunteerTab::hoursText(qreal hours)
{
    return QLocale().toString(hours, 'f', hours == qRound(hours) ? 0 : 2);
}

QPushButton *VolunteerTab::button(const QString &text, QWidget *parent, QLayout *layout)
{
    auto *b = new QPushButton(text, parent);
    layout->addWidget(b);
    return b;
}

QDateEdit *VolunteerTab::dateEdit(const QDate &date, QWidget *parent, const QString &format)
{
    auto *e = new QDateEdit(date, parent);
    DateField::tabLeaves(e);
    e->setDisplayFormat(format);
    e->setCalendarPopup(true);
    return e;
}

bool VolunteerTab::canEdit() const
{
    return m_scope.canEdit();
}

void VolunteerTab::editorsOnly(std::initializer_list<QWidget *> widgets) const
{
    if (canEdit())
        return;
    const QString why = m_scope.editRefusal();
    for (QWidget *w : widgets) {
        w->setEnabled(false);
        w->setToolTip(why);
    }
}
