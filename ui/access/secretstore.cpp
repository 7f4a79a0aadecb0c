#include "secretstore.h"

#include "models/core/databaseurl.h"

QString SecretStore::keyFor(const QString &location)
{
    return DatabaseUrl::parse(location.trimmed()).display();
}
