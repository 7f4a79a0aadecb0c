#include "clisession.h"
#include "backupcommand.h"
#include "clicommandregistry.h"
#include "clioptions.h"
#include "clioutput.h"
#include "clisignin.h"
#include "fieldcommand.h"

#include "models/core/databaseurl.h"
#include "models/field/fieldchangelog.h"
#include "models/register/communitystore.h"
#include "models/workspace/workspace.h"

#include <QCommandLineParser>
#include <QDir>

int CliSession::open(const CliCommand &command, const QCommandLineParser &parser, const CliOptions &options,
                     QTextStream &err)
{
    const QString location = parser.value(options.database);
    // A server's backups are the server's business: say so before connecting or asking anyone to sign in.
    if (command.copiesFile && DatabaseUrl::isServerUrl(location))
        return refuseServerBackup(command.name, err);

    m_db.setAcceptDamageMark(!command.signsIn);
    m_fieldCopy = !DatabaseUrl::isServerUrl(location) && FieldFile::isFieldFile(location);
    if (m_fieldCopy && command.copiesFile) {
        err << Cli::tr("%1: %2 is a field copy; copy the file itself, which stays sealed.")
                   .arg(command.name, QDir::toNativeSeparators(location))
            << Qt::endl;
        return 1;
    }
    if (m_fieldCopy) {
        if (!openFieldCopy(m_db, m_fieldFile, location, err))
            return 1;
    } else if (!Workspace::open(m_db, location)) {
        err << m_db.errorText() << Qt::endl;
        if (!m_db.errorDetail().isEmpty())
            err << QStringLiteral("  (%1)").arg(m_db.errorDetail()) << Qt::endl;
        return 1;
    }
    // Checking the file reads no one's data; every other command acts as a signed-in person.
    return command.signsIn ? signIn(command, parser, options, err) : -1;
}

int CliSession::signIn(const CliCommand &command, const QCommandLineParser &parser, const CliOptions &options,
                       QTextStream &err)
{
    CliSignIn signIn;
    switch (signIn.signIn(m_db.connection(), parser.value(options.user), err)) {
    case CliSignIn::Outcome::SignedIn:
        break;
    case CliSignIn::Outcome::WrongArguments:
        return 2;
    case CliSignIn::Outcome::Refused:
        return 1;
    }
    m_scope = signIn.scope();
    // --community CODE: the community in view (a street account's choice; a community's own
    // account may name only its own). Without it a street account works on the whole street.
    if (command.communityIsView && parser.isSet(options.community)) {
        const QString code = parser.value(options.community);
        const qint64 id = CommunityStore(m_db.connection(), m_scope).idByCode(code);
        if (!id) {
            err << Cli::tr("--community: there is no community with the code \"%1\".").arg(code) << Qt::endl;
            return 2;
        }
        if (!m_scope.setViewCommunity(id)) {
            err << Cli::tr("--community: your account works in another community.") << Qt::endl;
            return 1;
        }
    }
    // On a field copy each change is logged under the person signed in, for the merge back.
    if (m_fieldCopy)
        FieldChangeLog::setSignedIn(m_db.connection(), m_scope.userName());
    return -1;
}
