#pragma once

#include "models/high/highthing.h"
