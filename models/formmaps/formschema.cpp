#include "formschema.h"

QStringList FormSchema::statements()
{
    return {
        // One row per form (its sheet name and header, hashed): the columns' fields, the people
        // chosen, where the template lives and where it was last filled to, for "fill again".
        QStringLiteral("CREATE TABLE form_mapping (id INTEGER PRIMARY KEY, fingerprint TEXT NOT NULL UNIQUE, title "
                       "TEXT, sheet TEXT, kind TEXT NOT NULL DEFAULT 'people', columns TEXT NOT NULL, people TEXT, "
                       "template_path TEXT, last_output TEXT, created_by TEXT, created_at TEXT NOT NULL, updated_at "
                       "TEXT NOT NULL, filled_at TEXT, archived_at TEXT)"),
    };
}
