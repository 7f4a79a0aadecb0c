#include "paperschema.h"

QStringList PaperSchema::statements()
{
    return {
        // kind: signin (subject: the event; rows: residents), visit (the building; households),
        // rota (subject_date: the week's Monday; rows: shift assignments).
        QStringLiteral("CREATE TABLE paper_sheet (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, kind TEXT NOT "
                       "NULL, subject_id INTEGER, subject_date TEXT, title TEXT, printed_at TEXT NOT NULL, user_name "
                       "TEXT)"),
        // A row code is unique across all sheets, so one keyed against the wrong sheet is named as
        // such; keyed_at set once is what keeps a sheet keyed twice from recording twice.
        QStringLiteral(
            "CREATE TABLE paper_sheet_row (sheet_id INTEGER NOT NULL REFERENCES paper_sheet(id), "
            "row_code TEXT NOT NULL UNIQUE, seq INTEGER NOT NULL, target_id INTEGER NOT NULL, label TEXT, keyed_at "
            "TEXT, keyed_by TEXT, PRIMARY KEY (sheet_id, row_code))"),
    };
}
