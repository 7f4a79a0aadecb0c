#pragma once

#include <QStringList>

// The tables of duplicate review and merging (see Migrations): the record a merged resident
// went into, the pairs a clerk said are two people, and each merge with what it moved.
namespace DedupeSchema {
QStringList statements();
}
