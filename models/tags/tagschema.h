#pragma once

#include <QStringList>

// The tables of tags as data (schema v12), beside the module that owns them (see Migrations):
// tag groups and merges, typed attributes, each resident's tag periods with their attribute values,
// the office's custom fields. resident_tag stays the "current" index the filters read.
namespace TagSchema {
QStringList statements();
} // namespace TagSchema
