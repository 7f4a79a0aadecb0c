#pragma once

#include <QString>

class Database;
class FieldFile;
class QWidget;

// Opening a field copy in the window: its password from CD_FIELD_PASSWORD (unattended runs), or
// asked for (no echo), three tries, each wrong one said in the next question.
namespace FieldPasswordPrompt {
enum class Result { Opened, Cancelled, Failed };
Result open(Database &database, FieldFile &file, const QString &path, QWidget *parent);
} // namespace FieldPasswordPrompt
