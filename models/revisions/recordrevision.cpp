#include "recordrevision.h"

SaveResult RecordRevision::refused(const QString &message)
{
    SaveResult result;
    result.errors.append({QString(), message, 0});
    return result;
}

QString RecordRevision::changedElsewhere(const QString &name)
{
    return tr("%1 was changed again since; it was left as it is now.").arg(name);
}

QString RecordRevision::gone(const QString &name)
{
    return tr("%1 can no longer be found.").arg(name);
}

QString RecordRevision::notSaved(const QString &name)
{
    return tr("%1 could not be saved; nothing was changed.").arg(name);
}
