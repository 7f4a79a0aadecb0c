#pragma once

#include <Qt>

// Custom item-data roles shared by the models and the views.
namespace ItemRole {
enum : int {
    Id = Qt::UserRole + 1, // the record's primary key (qint64)
    HouseholdId,
    Kind, // tree node kind
    Code, // a stored code behind a translated label
    SortKey,
};
}
