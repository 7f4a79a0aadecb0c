#include "filtermemory.h"

#include "columnfilterheader.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableView>
#include <QWidget>

namespace {
const char *const kMarked = "cdRememberedFilter";
// Keys no widget is named: an object name never starts with '@'.
const QString kColumns = QStringLiteral("@columnFilters");
const QString kHeaders = QStringLiteral("@headers");

QList<QWidget *> marked(const QWidget *page)
{
    QList<QWidget *> widgets;
    for (QWidget *w : page->findChildren<QWidget *>())
        if (w->property(kMarked).toBool() && !w->objectName().isEmpty())
            widgets << w;
    return widgets;
}
} // namespace

void FilterMemory::mark(const QList<QWidget *> &filters)
{
    for (QWidget *w : filters)
        w->setProperty(kMarked, true);
}

QString FilterMemory::state(const QWidget *page)
{
    QJsonObject o;
    for (QWidget *w : marked(page)) {
        if (auto *combo = qobject_cast<QComboBox *>(w))
            o.insert(w->objectName(), combo->currentData().toString());
        else if (auto *date = qobject_cast<QDateEdit *>(w))
            o.insert(w->objectName(), date->date().toString(Qt::ISODate));
        else if (auto *line = qobject_cast<QLineEdit *>(w))
            o.insert(w->objectName(), line->text());
        else if (auto *spin = qobject_cast<QSpinBox *>(w))
            o.insert(w->objectName(), spin->value());
        else if (auto *button = qobject_cast<QAbstractButton *>(w); button && button->isCheckable())
            o.insert(w->objectName(), button->isChecked());
    }
    if (const QJsonObject columns = ColumnFilterHeader::states(page); !columns.isEmpty())
        o.insert(kColumns, columns);
    return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void FilterMemory::apply(QWidget *page, const QString &state)
{
    const QJsonObject o = QJsonDocument::fromJson(state.toUtf8()).object();
    ColumnFilterHeader::applyStates(page, o.value(kColumns).toObject());
    for (QWidget *w : marked(page)) {
        if (!o.contains(w->objectName()))
            continue;
        const QJsonValue v = o.value(w->objectName());
        if (auto *combo = qobject_cast<QComboBox *>(w)) {
            // The value as text: ids and codes alike (a grid since archived is simply not found).
            for (int i = 0; i < combo->count(); ++i)
                if (combo->itemData(i).toString() == v.toString())
                    combo->setCurrentIndex(i);
        } else if (auto *date = qobject_cast<QDateEdit *>(w)) {
            const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
            if (d.isValid())
                date->setDate(d);
        } else if (auto *line = qobject_cast<QLineEdit *>(w)) {
            line->setText(v.toString());
            emit line->editingFinished(); // a page that filters when the clerk leaves the field
        } else if (auto *spin = qobject_cast<QSpinBox *>(w)) {
            spin->setValue(v.toInt(spin->value()));
        } else if (auto *button = qobject_cast<QAbstractButton *>(w); button && button->isCheckable()) {
            button->setChecked(v.toBool());
        }
    }
}

QString FilterMemory::viewState(const QWidget *page)
{
    QJsonObject o = QJsonDocument::fromJson(state(page).toUtf8()).object();
    QJsonObject headers;
    for (QTableView *table : page->findChildren<QTableView *>())
        if (!table->objectName().isEmpty() && table->model())
            headers.insert(table->objectName(), QString::fromLatin1(table->horizontalHeader()->saveState().toBase64()));
    o.insert(kHeaders, headers);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void FilterMemory::applyView(QWidget *page, const QString &state)
{
    const QJsonObject o = QJsonDocument::fromJson(state.toUtf8()).object();
    apply(page, state);
    const QJsonObject headers = o.value(kHeaders).toObject();
    for (QTableView *table : page->findChildren<QTableView *>()) {
        const QByteArray header = QByteArray::fromBase64(headers.value(table->objectName()).toString().toLatin1());
        QHeaderView *h = table->horizontalHeader();
        if (table->objectName().isEmpty() || header.isEmpty() || !h->restoreState(header))
            continue;
        if (table->isSortingEnabled() && h->sortIndicatorSection() >= 0)
            table->sortByColumn(h->sortIndicatorSection(), h->sortIndicatorOrder());
    }
}
