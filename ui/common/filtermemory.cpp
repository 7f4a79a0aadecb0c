#include "filtermemory.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDateEdit>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QSpinBox>
#include <QWidget>

namespace {
const char *const kMarked = "cdRememberedFilter";

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
    return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void FilterMemory::apply(QWidget *page, const QString &state)
{
    const QJsonObject o = QJsonDocument::fromJson(state.toUtf8()).object();
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
        } else if (auto *spin = qobject_cast<QSpinBox *>(w)) {
            spin->setValue(v.toInt(spin->value()));
        } else if (auto *button = qobject_cast<QAbstractButton *>(w); button && button->isCheckable()) {
            button->setChecked(v.toBool());
        }
    }
}
