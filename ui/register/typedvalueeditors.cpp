#include "typedvalueeditors.h"

#include "ui/common/datefield.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>

namespace {

const QDate kEmptyDate(1900, 1, 1); // the date field's minimum shows as empty

} // namespace

TypedValueEditors::TypedValueEditors(QWidget *parent)
    : QWidget(parent)
{
    m_layout = new QFormLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
}

void TypedValueEditors::setAttributes(const QList<TagAttribute> &attributes)
{
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    m_editors.clear();
    m_attributes = attributes;
    for (const TagAttribute &a : attributes) {
        QWidget *editor = nullptr;
        if (a.type == QLatin1String("number")) {
            auto *spin = new QDoubleSpinBox(this);
            spin->setRange(-1, 1e9);
            spin->setDecimals(2);
            spin->setSpecialValueText(tr("(none)")); // -1: no value
            spin->setValue(-1);
            editor = spin;
        } else if (a.type == QLatin1String("date")) {
            auto *date = new QDateEdit(this);
            date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
            date->setCalendarPopup(true);
            date->setMinimumDate(kEmptyDate);
            date->setSpecialValueText(tr("(none)"));
            date->setDate(kEmptyDate);
            DateField::tabLeaves(date);
            editor = date;
        } else if (a.type == QLatin1String("choice")) {
            auto *combo = new QComboBox(this);
            combo->addItem(QString());
            combo->addItems(a.choices);
            editor = combo;
        } else {
            editor = new QLineEdit(this);
        }
        editor->setObjectName(QStringLiteral("value_") + a.code);
        m_editors.insert(a.code, editor);
        m_layout->addRow(a.name + u':', editor);
    }
}

void TypedValueEditors::setValues(const QMap<QString, QString> &values)
{
    for (const TagAttribute &a : std::as_const(m_attributes)) {
        QWidget *w = m_editors.value(a.code);
        const QString v = values.value(a.code);
        if (auto *spin = qobject_cast<QDoubleSpinBox *>(w))
            spin->setValue(v.isEmpty() ? -1 : v.toDouble());
        else if (auto *date = qobject_cast<QDateEdit *>(w))
            date->setDate(v.isEmpty() ? kEmptyDate : QDate::fromString(v, Qt::ISODate));
        else if (auto *combo = qobject_cast<QComboBox *>(w))
            combo->setCurrentIndex(qMax(0, combo->findText(v)));
        else if (auto *line = qobject_cast<QLineEdit *>(w))
            line->setText(v);
    }
}

QMap<QString, QString> TypedValueEditors::values() const
{
    QMap<QString, QString> map;
    for (const TagAttribute &a : m_attributes) {
        QWidget *w = m_editors.value(a.code);
        QString v;
        if (auto *spin = qobject_cast<QDoubleSpinBox *>(w))
            v = spin->value() < 0 ? QString() : QString::number(spin->value(), 'g', 15);
        else if (auto *date = qobject_cast<QDateEdit *>(w))
            v = date->date() == kEmptyDate ? QString() : date->date().toString(Qt::ISODate);
        else if (auto *combo = qobject_cast<QComboBox *>(w))
            v = combo->currentText();
        else if (auto *line = qobject_cast<QLineEdit *>(w))
            v = line->text();
        map.insert(a.code, v);
    }
    return map;
}
