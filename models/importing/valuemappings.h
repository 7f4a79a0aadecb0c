#pragma once

#include "importmapping.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// What the words of a coded column (性别, 与户主关系, 户籍类型) become: the clerk's own choices
// first, then the synonyms of resources/import/vocabulary.txt (常住 → 户籍人口, 妻 → 配偶, 1 → 男).
// The clerk's choices are kept in the database (table setting), so the next file, another desk
// and the command line map them the same way.
class ValueMappings final
{
    Q_DECLARE_TR_FUNCTIONS(ValueMappings)

public:
    struct Choice
    {
        QString code;
        QString label; // translated
    };

    // The fields whose values are codes: gender, relation, residency type.
    static bool isCoded(ImportMapping::Field field);
    static QList<ImportMapping::Field> codedFields();
    // The codes a value of the field may become, with their labels.
    static QList<Choice> choices(ImportMapping::Field field);
    static QString codeLabel(ImportMapping::Field field, const QString &code);

    // The clerk's choice for a value; false when the code is not one of choices(field).
    bool set(ImportMapping::Field field, const QString &value, const QString &code);
    // The clerk's choice, else the vocabulary's; empty when neither knows the value.
    QString code(ImportMapping::Field field, const QString &value) const;
    bool isClerksChoice(ImportMapping::Field field, const QString &value) const;
    int size() const { return int(m_choices.size()); }
    // Adds other's choices, replacing these where both have one.
    void merge(const ValueMappings &other)
    {
        m_choices.insert(other.m_choices);
        m_known.clear();
    }

    // The choices remembered in the database, and remembering these (inside the caller's transaction).
    static ValueMappings load(const QSqlDatabase &db);
    bool save(const QSqlDatabase &db) const;

private:
    static QString key(ImportMapping::Field field, const QString &value);
    QHash<QString, QString> m_choices; // "import/value/<field code>/<folded value>" → code
    // Answers already looked up: a register repeats a handful of words a million times.
    mutable QHash<QString, QString> m_known;
};
