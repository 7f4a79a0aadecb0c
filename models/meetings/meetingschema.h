#pragma once

#include <QStringList>

// The deliberation meetings, motions, votes, follow-up tasks tables of schema v6, kept beside the module that owns them
// (see Migrations).
namespace MeetingSchema {
QStringList statements();
}
