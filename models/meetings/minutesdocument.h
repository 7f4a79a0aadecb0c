#pragma once

#include "models/access/accessscope.h"

#include "meeting.h"
#include "models/documents/pageddocument.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// The minutes of a meeting on A4 (会议纪要): header with the community, kind, date, place and
// grid; the attendee count and names; topic and cases discussed; each motion with its vote and
// outcome; the follow-up tasks with owners and due dates; signature lines for the chair and the
// recorder. Long lists flow onto further pages with page numbers.
class MinutesDocument final
{
    Q_DECLARE_TR_FUNCTIONS(MinutesDocument)

public:
    MinutesDocument(QSqlDatabase db, const AccessScope &scope, Meeting meeting);

    QString title() const;
    PagedDocument document() const;
    // On failure *error says why, for the clerk.
    bool writePdf(const QString &path, QString *error = nullptr) const;

private:
    QSqlDatabase m_db;
    AccessScope m_scope;
    Meeting m_meeting;
};
