#pragma once

#include <QStringList>

// A street's communities as the street keeps them (CommunityEditor): one may be archived (a
// community merged into its neighbour keeps its records, but is offered nowhere), and each has
// its area in square kilometres for the street's figures.
namespace CommunitySchema {
QStringList statements();
}
