#pragma once

#include "models/tags/tagdefinition.h"

#include <QHash>
#include <QMap>
#include <QWidget>

class QFormLayout;

// One editor per attribute or custom field, by its type: a line for text, a spin box for a
// number, a date field for a date, a combo of the choices for a choice (each may stay empty).
// Values come and go as the stored text (AttributeType); the store checks them.
class TypedValueEditors final : public QWidget
{
    Q_OBJECT

public:
    explicit TypedValueEditors(QWidget *parent = nullptr);

    void setAttributes(const QList<TagAttribute> &attributes);
    void setValues(const QMap<QString, QString> &values);
    QMap<QString, QString> values() const; // every attribute's code, "" for empty
    QWidget *editor(const QString &code) const { return m_editors.value(code); }
    bool isEmpty() const { return m_attributes.isEmpty(); }

private:
    QFormLayout *m_layout = nullptr;
    QList<TagAttribute> m_attributes;
    QHash<QString, QWidget *> m_editors;
};
