#pragma once

#include <QStringList>

// The mediation ledger's and the rented rooms' tables, kept beside the module that owns them
// (see Migrations).
namespace MediationSchema {
QStringList statements();
}
