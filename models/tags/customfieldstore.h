#pragma once

#include "models/access/accessscope.h"
#include "models/core/fielderror.h"

#include "tagdefinition.h"

#include <optional>
#include <QCoreApplication>
#include <QMap>
#include <QSqlDatabase>

// The office's own fields on residents and households (车牌号, 宠物, 宗教): administrators and
// clerks define them (name, type, choices); the forms, the import and the export fill and read
// their values, checked against the type. Each change is one transaction with its audit row;
// a field is archived, never deleted, and its values stay.
class CustomFieldStore final
{
    Q_DECLARE_TR_FUNCTIONS(CustomFieldStore)

public:
    static QString residentEntity() { return QStringLiteral("resident"); }
    static QString householdEntity() { return QStringLiteral("household"); }

    CustomFieldStore(QSqlDatabase db, const AccessScope &scope);

    QList<CustomField> list(const QString &entity, bool includeArchived = false) const;
    // By code, or else by name, among the fields in use.
    std::optional<CustomField> field(const QString &entity, const QString &codeOrName) const;
    // A new field (id 0; code may be empty) or a changed name, choices of one (its type stays).
    SaveResult save(CustomField &field);
    SaveResult archive(qint64 fieldId);

    // code -> value of one resident or household.
    QMap<QString, QString> values(const QString &entity, qint64 recordId) const;
    // The messages setValues() would refuse these values with (naming each field), without writing.
    QList<FieldError> check(const QString &entity, const QMap<QString, QString> &values) const;
    // Writes the values named (an empty one clears it); inside a caller's transaction it is a savepoint.
    SaveResult setValues(const QString &entity, qint64 recordId, const QMap<QString, QString> &values);

private:
    SaveResult refused(const QString &field, const QString &message) const;
    QString refusal(const QString &entity, qint64 recordId) const;
    QList<FieldError> normalize(const QString &entity, const QMap<QString, QString> &values,
                                QMap<QString, QString> *clean, QMap<QString, qint64> *ids) const;

    QSqlDatabase m_db;
    AccessScope m_scope;
};
