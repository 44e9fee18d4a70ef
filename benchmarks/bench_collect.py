"""Benchmark ``sharetidy team collect`` against DuckDB's bare parse of the same files.

Writes N manifests of M entries (default 100 x 10,000) with the app's own line writer,
shaped like real submissions: a home share per employee, department shares that several
colleagues submit (so superseding and conflicts happen), Dutch folder and file names,
modification times spread over years with microseconds, sizes with a long tail, most
files on their suggestion and some decided by the employee.

Then, alternating in the same process, it times ``team collect`` into a fresh database
and ``SELECT count(*) FROM read_json_objects('<dir>/*.sharetidy.jsonl')``, and prints
``name=value`` lines with the medians, the ratio and whether it meets the target
(collect at most 5x the bare parse). For context it also times DuckDB storing the same
entries with no checks at all (``duckdb_insert_only``: a floor for any load) and
collect's own checking statement with nothing stored (``duckdb_checks_only``: what the
schema checks cost before hashing, storing and superseding).

Usage::

    python benchmarks/bench_collect.py [--manifests N] [--entries M] [--runs R] [--dir D]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from desktop_app.core.config import default_config_path, load_config  # noqa: E402
from desktop_app.core.manifest import (  # noqa: E402
    LineSink,
    UserInfo,
    entry_line,
    header_line,
    manifest_name,
    trailer_line,
)
from desktop_app.core.policy import DECISIONS  # noqa: E402
from desktop_app.core.timestamps import iso_utc, iso_utc_ns  # noqa: E402

TARGET = 5.0

TOP = [
    "Projecten",
    "Beleid",
    "Vergaderingen",
    "Archief",
    "Subsidies",
    "Inkoop",
    "Personeel",
    "Communicatie",
    "Financiën",
    "Juridisch",
    "Persoonlijk",
    "Scans",
    "Oud",
    "Werkmap",
]
SUB = [
    "2016",
    "2017",
    "2018",
    "2019",
    "2020",
    "2021",
    "2022",
    "2023",
    "2024",
    "2025",
    "Concepten",
    "Definitief",
    "Overleg",
    "Bijlagen",
    "Kopie van map",
    "Nieuwe map",
    "Team Noord",
    "Team Zuid",
    "Raadsvoorstellen",
    "Contracten",
    "Offertes",
    "Foto's",
]
WORDS = [
    "Notulen",
    "Begroting",
    "Besluit",
    "Raadsvoorstel",
    "Offerte",
    "Overeenkomst",
    "Presentatie",
    "Verslag",
    "Planning",
    "Brief",
    "Memo",
    "Analyse",
    "Aanvraag",
    "Vergunning",
    "Factuur",
    "Evaluatie",
    "Handleiding",
    "Kaart",
    "Lijst",
    "Overzicht",
]
EXTS = [
    ".docx",
    ".docx",
    ".xlsx",
    ".pdf",
    ".pdf",
    ".pptx",
    ".msg",
    ".jpg",
    ".png",
    ".txt",
    ".zip",
    ".doc",
    ".xls",
    ".csv",
    ".mp4",
    ".tmp",
]
DEPARTMENTS = ["Burgerzaken", "Financiën", "Ruimte", "Sociaal Domein", "Bedrijfsvoering"]
NOW_S = 1_772_000_000  # early 2026


def _folders(rng: random.Random, count: int) -> list[str]:
    found = []
    for _ in range(count):
        depth = rng.randrange(1, 5)
        found.append("/".join([rng.choice(TOP), *rng.choices(SUB, k=depth - 1)]))
    return found


def _rels(rng: random.Random, folders: list[str], count: int) -> list[str]:
    """``count`` distinct relative paths in ``folders``, with office-like names."""
    picked = rng.choices(folders, k=count)
    words = rng.choices(WORDS, k=count)
    others = rng.choices(WORDS, k=count)
    exts = rng.choices(EXTS, k=count)
    rels = []
    seen: set[str] = set()
    for i in range(count):
        rel = f"{picked[i]}/{words[i]} {others[i].lower()} {rng.randrange(1, 999)}{exts[i]}"
        if rel in seen:
            rel = f"{rel[: -len(exts[i])]} ({i}){exts[i]}"
        seen.add(rel)
        rels.append(rel)
    return rels


def write_manifests(folder: Path, manifests: int, entries: int, seed: int = 7) -> int:
    """Write the benchmark's manifests into ``folder``; returns the bytes written."""
    rng = random.Random(seed)
    policy = load_config(default_config_path()).policy
    rules = [(rule.id, DECISIONS[rule.suggest]) for rule in policy.rules]
    weights = [3 if decision == "keep" else 1 for _, decision in rules]
    shared = {
        dept: (f"\\\\fs01\\afdelingen\\{dept}", _rels(rng, _folders(rng, 200), entries // 3 + 1))
        for dept in DEPARTMENTS
    }
    oldest = NOW_S - 14 * 365 * 86400
    total = 0
    for index in range(manifests):
        login = f"user{index:04d}"
        dept = DEPARTMENTS[index % len(DEPARTMENTS)]
        user = UserInfo(login, "GEMEENTE", f"Medewerker {index}", dept)
        roots = [f"\\\\fs01\\home\\{login}"]
        with_dept = index % 3 == 0
        if with_dept:
            roots.append(shared[dept][0])
        created_ns = (NOW_S + index * 97) * 1_000_000_000 + rng.randrange(1_000_000) * 1000
        created = iso_utc_ns(created_ns)
        manifest_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        host = f"PC-{index:05d}"
        path = folder / manifest_name(login, host, created_ns, manifest_id)
        own = _rels(rng, _folders(rng, max(10, entries // 25)), entries)
        chosen = rng.choices(rules, weights, k=entries)
        decided = [rng.random() < 0.12 for _ in range(entries)]
        with open(path, "wb") as out:
            sink = LineSink(out)
            sink.add(header_line(manifest_id, created, user, host, policy, roots, None))
            totals = dict.fromkeys(DECISIONS, 0)
            for number in range(entries):
                if with_dept and number % 3 == 0:
                    root, rel = 1, shared[dept][1][number // 3]
                else:
                    root, rel = 0, own[number]
                rule, suggested = chosen[number]
                mine = decided[number]
                decision = rng.choice(DECISIONS) if mine else suggested
                size = int(rng.lognormvariate(11, 2.2))
                mtime_ns = rng.randrange(oldest, NOW_S) * 1_000_000_000
                if number % 10:
                    mtime_ns += rng.randrange(1_000_000) * 1000
                decided_at = iso_utc(NOW_S - rng.randrange(40 * 86400)) if mine else created
                note = "besproken met teamleider" if mine and number % 20 == 0 else None
                sink.add(
                    entry_line(
                        root,
                        rel,
                        decision,
                        suggested,
                        rule,
                        "employee" if mine else "suggestion",
                        size,
                        iso_utc_ns(mtime_ns),
                        decided_at,
                        note,
                    )
                )
                totals[decision] += size
            sink.flush()
            out.write(trailer_line(entries, totals, sink.sha.hexdigest()).encode() + b"\n")
        total += path.stat().st_size
    return total


def _time_collect(folder: Path, work: Path, run: int) -> float:
    from desktop_app import cli

    db = work / f"team-{run}.duckdb"
    sink = io.StringIO()
    started = time.perf_counter()
    with contextlib.redirect_stdout(sink):
        code = cli.main(["team", "collect", str(folder), "--db", str(db)])
    elapsed = time.perf_counter() - started
    if code != 0:
        raise SystemExit(f"team collect failed with exit code {code}")
    for suffix in ("", ".wal"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    return elapsed


def _time_load_floor(folder: Path, work: Path, run: int) -> float:
    """For context: DuckDB alone storing the same entries (typed read, no checks at all)
    into a fresh team database; whatever collect does costs at least this."""
    from desktop_app.team import db as team_db

    path = work / f"floor-{run}.duckdb"
    conn = team_db.connect(path)
    columns = (
        "{type: 'VARCHAR', root: 'UBIGINT', rel: 'VARCHAR', decision: 'VARCHAR', "
        "suggested: 'VARCHAR', rule: 'VARCHAR', source: 'VARCHAR', size: 'UBIGINT', "
        "modified: 'VARCHAR', decided_at: 'VARCHAR', note: 'VARCHAR'}"
    )
    pattern = str(folder / "*.sharetidy.jsonl").replace("'", "''")
    started = time.perf_counter()
    conn.execute("SET preserve_insertion_order = false")
    # Named columns: the entry values only (no check column, no derived path key).
    conn.execute(
        "INSERT INTO entries (manifest_no, root_idx, rel, decision, suggested, rule, employee, "
        "size, modified_ns, modified_digits, decided_at, note) "
        "SELECT 1, root, rel, 0, 0, rule, source = 'employee', size, "
        "epoch_ns(TRY_CAST(modified AS TIMESTAMP_NS)), 0, decided_at, note "
        f"FROM read_json('{pattern}', format = 'newline_delimited', columns = {columns}) "
        "WHERE type = 'entry'"
    )
    conn.close()
    elapsed = time.perf_counter() - started
    for suffix in ("", ".wal"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    return elapsed


def _time_checks_only(folder: Path) -> float:
    """For context: collect's own fast statement (parse, extract and check every line)
    counted instead of stored, and without the hashing, the header and trailer checks and
    the superseding: what the schema checks alone cost in DuckDB."""
    import json

    import duckdb

    from desktop_app.team.load import _fast_sql

    files = sorted(str(path) for path in folder.glob("*.sharetidy.jsonl"))
    created = []
    for path in files:
        with open(path, encoding="utf-8") as manifest:
            created.append(json.loads(manifest.readline())["created"])
    params = {
        "files": files,
        "nos": list(range(1, len(files) + 1)),
        "created": created,
        "created_json": [json.dumps(text) for text in created],
    }
    select = _fast_sql().split("INSERT INTO entries", 1)[1]
    conn = duckdb.connect()
    conn.execute("SET preserve_insertion_order = false")
    started = time.perf_counter()
    conn.execute(f"SELECT count(*) FROM ({select})", params).fetchall()
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


def _time_bare(folder: Path) -> float:
    import duckdb

    conn = duckdb.connect()
    pattern = str(folder / "*.sharetidy.jsonl").replace("'", "''")
    started = time.perf_counter()
    conn.execute(f"SELECT count(*) FROM read_json_objects('{pattern}')").fetchall()
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; prints ``name=value`` lines."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--manifests", type=int, default=100)
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--dir", type=Path, help="where to write (default: a temp folder)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="sharetidy-bench-") as temp:
        base = args.dir or Path(temp)
        drop = base / "drop"
        drop.mkdir(parents=True, exist_ok=True)
        written = write_manifests(drop, args.manifests, args.entries)
        work = Path(temp)
        _time_bare(drop)  # warm the page cache once, for both sides alike
        bare, collect, floor, checks = [], [], [], []
        for run in range(args.runs):
            bare.append(_time_bare(drop))
            collect.append(_time_collect(drop, work, run))
            floor.append(_time_load_floor(drop, work, run))
            checks.append(_time_checks_only(drop))
        bare_s = statistics.median(bare)
        collect_s = statistics.median(collect)
        floor_s = statistics.median(floor)
        ratio = collect_s / bare_s
        print(f"manifests={args.manifests}")
        print(f"entries_per_manifest={args.entries}")
        print(f"entries={args.manifests * args.entries}")
        print(f"bytes={written}")
        print(f"runs={args.runs}")
        print(f"bare_parse_s={bare_s:.3f}")
        print(f"collect_s={collect_s:.3f}")
        print(f"bare_parse_runs_s={','.join(f'{t:.3f}' for t in bare)}")
        print(f"collect_runs_s={','.join(f'{t:.3f}' for t in collect)}")
        print(f"duckdb_insert_only_s={floor_s:.3f}")
        print(f"duckdb_insert_only_ratio={floor_s / bare_s:.2f}")
        checks_s = statistics.median(checks)
        print(f"duckdb_checks_only_s={checks_s:.3f}")
        print(f"duckdb_checks_only_ratio={checks_s / bare_s:.2f}")
        print(f"ratio={ratio:.2f}")
        print(f"target_ratio={TARGET:.1f}")
        print(f"meets_target={'yes' if ratio <= TARGET else 'no'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
