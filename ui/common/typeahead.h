#pragma once

class QComboBox;

// Type-ahead for long drop-downs (the ~200 buildings, compounds, departments): the combo box
// becomes editable, typing any part of an entry pops up the entries containing it, and Enter or
// a click chooses one. Leaving the field with text only one entry contains chooses that entry;
// text that names no entry falls back to the chosen one, so what the box shows is what is saved.
class TypeAhead final
{
public:
    static void attach(QComboBox *combo);
};
