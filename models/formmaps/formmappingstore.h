#pragma once

#include "formmapping.h"
#include "models/access/accessscope.h"
#include "models/core/fielderror.h"

#include <optional>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

// A form the office has mapped: found again by its fingerprint when the same form comes back,
// and listed for "fill again" next month.
struct RememberedForm
{
    qint64 id = 0;
    QString fingerprint;
    QString title;
    QString sheet;
    QString kind = QStringLiteral("people"); // or "counts"
    FormMapping mapping;
    FormPeople people;
    QString templatePath;
    QString lastOutput;
    QDateTime filledAt;
};

// The forms' mappings, shared by the office's desks (table form_mapping). Archived, never deleted.
class FormMappingStore final
{
    Q_DECLARE_TR_FUNCTIONS(FormMappingStore)

public:
    FormMappingStore(QSqlDatabase db, const AccessScope &scope);

    std::optional<RememberedForm> find(const QString &fingerprint) const;
    // Forms not archived, the last filled first.
    QList<RememberedForm> forms() const;
    // Keeps the form's mapping, people and template (a new row, or the form's row updated);
    // `form` gives its fingerprint, title, sheet, kind and template path. Refused to viewers.
    SaveResult remember(const RememberedForm &form);
    // Notes where the form was filled to and when (nothing for a viewer, who changes nothing).
    SaveResult recordFilled(const QString &fingerprint, const QString &outputPath);
    SaveResult archive(qint64 id);

private:
    SaveResult refused(const QString &message) const;
    QSqlDatabase m_db;
    AccessScope m_scope;
};
