#pragma once

#include <QString>

// Reads a password typed on the terminal without showing it.
namespace PasswordPrompt {
// Whether standard input is a terminal a person can type at.
bool canAsk();
QString ask(const QString &prompt);
} // namespace PasswordPrompt
