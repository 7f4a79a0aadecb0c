#!/usr/bin/env python3
"""Multiplies a bench database N times in place: grids, compounds, buildings, households,
residents (with their search tokens, tags and changes) and cases (with their steps and the
case_month summary) are copied N-1 times with shifted ids, so a 100,000-resident register with
60,000 cases becomes 1,000,000 and 600,000 in a minute or two instead of the demo generator's
hour on a busy 2-core machine.

    bench/multiply-register.py FILE.sqlite N

Copies are coherent (every reference points into the same copy) but not new people: names and
birthdays repeat, copied grids are named "<grid>·k", copied residents carry no ID number (the
unique index), and copied cases are numbered "<case_no>-k". Run it on a database built by
bench/dashboard_bench, then bench/pg-load.sh for PostgreSQL.
"""
import sqlite3
import sys
import time

# Per table: the id column (or None) and how each copied column changes; {k} is the copy's
# number, {X} the offset of table X (its largest id before copying).
SHIFTS = {
    "grid": ("id", {"code": "code || '-' || {k}", "name": "name || '·' || {k}"}),
    "compound": ("id", {"name": "name || '·' || {k}"}),
    "building": ("id", {"compound_id": "compound_id + {compound}", "grid_id": "grid_id + {grid}"}),
    "household": ("id", {"building_id": "building_id + {building}"}),
    "resident": ("id", {"household_id": "household_id + {household}", "id_number": "NULL"}),
    "resident_tag": (None, {"resident_id": "resident_id + {resident}"}),
    "resident_change": ("id", {"resident_id": "resident_id + {resident}",
                               "from_household_id": "from_household_id + {household}",
                               "to_household_id": "to_household_id + {household}"}),
    "cases": ("id", {"case_no": "case_no || '-' || {k}", "grid_id": "grid_id + {grid}",
                     "building_id": "building_id + {building}",
                     "reporter_resident_id": "reporter_resident_id + {resident}", "visit_need_id": "NULL"}),
    "case_step": ("id", {"case_id": "case_id + {cases}"}),
}


def main():
    path, n = sys.argv[1], int(sys.argv[2])
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = NORMAL")
    db.execute("PRAGMA cache_size = -200000")
    offsets = {t: db.execute(f"SELECT coalesce(max(id), 0) FROM {t}").fetchone()[0]
               for t, (idcol, _) in SHIFTS.items() if idcol}
    started = time.time()
    with db:
        for k in range(1, n):
            values = {t: o * k for t, o in offsets.items()}
            values["k"] = k
            for table, (idcol, changes) in SHIFTS.items():
                columns = [r[1] for r in db.execute(f"PRAGMA table_info({table})")]
                select = []
                for c in columns:
                    if c == idcol:
                        select.append(f"{c} + {values[table]}")
                    elif c in changes:
                        select.append(changes[c].format(**values))
                    else:
                        select.append(c)
                db.execute(f"INSERT INTO {table} ({', '.join(columns)}) SELECT {', '.join(select)} FROM {table} "
                           f"WHERE {idcol or 'resident_id'} <= {offsets[table] if idcol else offsets['resident']}")
            db.execute(f"INSERT INTO resident_fts (rowid, tokens) SELECT rowid + {values['resident']}, tokens FROM "
                       f"resident_fts WHERE rowid <= {offsets['resident']}")
            db.execute(f"INSERT INTO case_month (month, grid_id, category_id, received, received_closed, closed) "
                       f"SELECT month, grid_id + {values['grid']}, category_id, received, received_closed, closed "
                       f"FROM case_month WHERE grid_id BETWEEN 1 AND {offsets['grid']}")
            print(f"copy {k} of {n - 1}: {time.time() - started:.0f} s", flush=True)
        # Cases with no grid stay in the one "no grid" row: n times as many.
        db.execute(f"UPDATE case_month SET received = received * {n}, received_closed = received_closed * {n}, "
                   f"closed = closed * {n} WHERE grid_id = 0")
    db.execute("ANALYZE")
    counts = [db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("resident", "household", "grid",
                                                                               "cases")]
    print("residents %d, households %d, grids %d, cases %d in %.0f s" % (*counts, time.time() - started))


if __name__ == "__main__":
    main()
