#include "dedupeschema.h"

QStringList DedupeSchema::statements()
{
    return {
        // A merged resident keeps its row (status 'merged') and names the record it went into.
        QStringLiteral("ALTER TABLE resident ADD COLUMN merged_into INTEGER REFERENCES resident(id)"),
        // Blocking for DuplicateFinder: living residents read in name-key order from the index alone.
        QStringLiteral("CREATE INDEX resident_dedupe ON resident(status, name_key, birth_date, id_number, "
                       "household_id)"),
        // A pair a clerk marked "not the same person" (first_id < second_id) is not listed again.
        QStringLiteral("CREATE TABLE resident_distinct (first_id INTEGER NOT NULL REFERENCES resident(id), second_id "
                       "INTEGER NOT NULL REFERENCES resident(id), user_name TEXT, created_at TEXT NOT NULL, PRIMARY "
                       "KEY (first_id, second_id))"),
        // One merge: both records as they were, what moved (JSON, see ResidentMerger), and its undo.
        QStringLiteral("CREATE TABLE resident_merge (id INTEGER PRIMARY KEY, kept_id INTEGER NOT NULL REFERENCES "
                       "resident(id), merged_id INTEGER NOT NULL REFERENCES resident(id), kept_before TEXT NOT NULL, "
                       "kept_after TEXT NOT NULL, merged_before TEXT NOT NULL, moved TEXT NOT NULL, user_name TEXT, "
                       "merged_at TEXT NOT NULL, undone_at TEXT, undone_by TEXT)"),
        QStringLiteral("CREATE INDEX resident_merge_kept ON resident_merge(kept_id)"),
        QStringLiteral("CREATE INDEX resident_merge_merged ON resident_merge(merged_id)"),
    };
}
