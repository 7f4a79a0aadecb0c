#pragma once

struct HighThing
{
};
