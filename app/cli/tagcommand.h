#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTextStream>

class AccessScope;
class QCommandLineParser;

// The options of `tag` and `customfield`, added to the parser by main().
struct TagOptions
{
    TagOptions();
    QList<QCommandLineOption> all() const;

    QCommandLineOption group;
    QCommandLineOption code;
    QCommandLineOption type;
    QCommandLineOption choices;
    QCommandLineOption start;
    QCommandLineOption end;
    QCommandLineOption value;
    QCommandLineOption entity;
};

// `communitydesk-cli tag list | tag add NAME [--group G] [--code C] | tag rename TAG NEW | tag merge FROM
// INTO | tag archive TAG | tag group TAG GROUP | tag attribute TAG NAME --type T [--choices A|B] | tag set
// ID-NUMBER TAG [--start D] [--end D] [--value CODE=VALUE]...`: the office's tags (TagStore) and a
// resident's tag periods (ResidentTags). A TAG is its code or its name. Exit code 0 when done, 1 when
// refused, 2 for a wrong argument.
int runTagCommand(const QSqlDatabase &db, const AccessScope &scope, const QStringList &args,
                  const QCommandLineParser &parser, const TagOptions &options, QTextStream &out, QTextStream &err);

// `communitydesk-cli customfield list [--entity resident|household] | customfield add NAME --type T
// [--choices A|B] [--code C] [--entity resident|household]`.
int runCustomFieldCommand(const QSqlDatabase &db, const AccessScope &scope, const QStringList &args,
                          const QCommandLineParser &parser, const TagOptions &options, QTextStream &out,
                          QTextStream &err);
