#pragma once

#include "models/access/accessscope.h"
#include "models/core/database.h"
#include "models/field/fieldfile.h"

#include <QTextStream>

class QCommandLineParser;
struct CliCommand;
struct CliOptions;

// The database a command works on and who works on it: opens the file, the server or the sealed
// field copy --database names, signs the person in (CliSignIn) unless the command reads no one's
// data, and narrows the scope to the community --community names.
class CliSession final
{
public:
    // -1 when the command may run; otherwise its exit code, the reason written to `err`.
    int open(const CliCommand &command, const QCommandLineParser &parser, const CliOptions &options, QTextStream &err);

    Database &db() { return m_db; }
    const AccessScope &scope() const { return m_scope; }
    bool isFieldCopy() const { return m_fieldCopy; }

private:
    int signIn(const CliCommand &command, const QCommandLineParser &parser, const CliOptions &options,
               QTextStream &err);

    // A field copy is opened in memory (FieldFile) and sealed back on every commit; it outlives
    // the Database, whose closing saves what is unsaved.
    FieldFile m_fieldFile;
    Database m_db;
    AccessScope m_scope;
    bool m_fieldCopy = false;
};
