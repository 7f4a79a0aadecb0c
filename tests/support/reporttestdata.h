#pragma once

#include "testsupport.h"

// A hand-counted month for the report and dashboard tests (October 2026, seen from
// 2026-11-15): 5 residents in 3 households with moves, a birth and a death; 8 cases across
// both grids and none; 4 events with participants and volunteer hours. The figures each case
// and event should give are in the comments of the .cpp and in monthlyreport_test.
namespace ReportTestData {
bool fillOctober2026(TestDatabase &t);
}
