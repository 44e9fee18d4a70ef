"""``sharetidy team ...``: the migration team's commands, per the command-line contract.

Exit codes: 0 done, 1 done with rejected or skipped items (listed on stderr), 2 bad
usage or bad input (one clear line, nothing written).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from desktop_app.cli import EXIT_OK, EXIT_PARTIAL, UsageError

DEFAULT_DB = "team.duckdb"


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    """Add ``team`` and its subcommands."""
    team = subparsers.add_parser(
        "team", help="migration team: collect, status, report, export, apply, restore"
    )
    sub = team.add_subparsers(
        dest="team_command", metavar="COMMAND", parser_class=type(team), required=True
    )

    p = sub.add_parser("collect", help="load the manifests of a drop folder")
    p.add_argument("drop", metavar="DROP")
    p.add_argument("--db", metavar="F", default=DEFAULT_DB)
    p.add_argument("--watch", action="store_true", help="keep collecting until Ctrl+C")
    p.set_defaults(handler=cmd_collect)

    p = sub.add_parser("status", help="progress per department")
    p.add_argument("--db", metavar="F", default=DEFAULT_DB)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_status)

    p = sub.add_parser("report", help="a self-contained HTML report for managers")
    p.add_argument("--db", metavar="F", default=DEFAULT_DB)
    p.add_argument("--html", metavar="OUT.html", required=True)
    p.set_defaults(handler=cmd_report)

    from desktop_app.team import FORMATS

    p = sub.add_parser("export", help="the migration plan for the team's tools")
    p.add_argument("--db", metavar="F", default=DEFAULT_DB)
    p.add_argument("--config", metavar="F")
    p.add_argument("--format", choices=FORMATS, required=True)
    p.add_argument("--output", metavar="F", required=True)
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("apply", help="move delete (and archive) decisions; dry run by default")
    p.add_argument("--db", metavar="F", default=DEFAULT_DB)
    p.add_argument("--config", metavar="F")
    p.add_argument("--quarantine", metavar="DIR", required=True)
    p.add_argument("--archive-staging", metavar="DIR")
    p.add_argument("--execute", action="store_true")
    p.set_defaults(handler=cmd_apply)

    p = sub.add_parser("restore", help="undo an apply from its journal; dry run by default")
    p.add_argument("--journal", metavar="F", required=True)
    p.add_argument("--execute", action="store_true")
    p.set_defaults(handler=cmd_restore)


def _warn(message: str) -> None:
    print(f"sharetidy: {message}", file=sys.stderr)


def _open(db: str, *, create: bool):
    from desktop_app.team.db import TeamDbError, connect

    try:
        return connect(Path(db), create=create)
    except TeamDbError as exc:
        raise UsageError(str(exc)) from None


def cmd_collect(args: argparse.Namespace) -> int:
    """Collect once (or keep collecting with --watch)."""
    from desktop_app.team.collect import collect, manifest_names

    drop = Path(args.drop)
    try:
        manifest_names(drop)
    except OSError as exc:
        raise UsageError(f"cannot read the drop folder {drop}: {exc.strerror or exc}") from None
    conn = _open(args.db, create=True)
    rejected_any = False

    def once(names: list[str] | None) -> None:
        nonlocal rejected_any
        try:
            result = collect(conn, drop, names)
        except OSError as exc:
            _warn(f"cannot read the drop folder {drop}: {exc.strerror or exc}")
            return
        for name, reason in result.rejected:
            _warn(f"rejected {name}: {reason}")
        rejected_any = rejected_any or bool(result.rejected)
        if names is None or result.collected or result.rejected:
            print(
                f"collected {len(result.collected):,} manifest(s) with {result.entries:,} "
                f"entries; {result.known:,} already known, {len(result.duplicates):,} "
                f"duplicate(s), {len(result.rejected):,} rejected -> {args.db}",
                flush=True,
            )

    try:
        if args.watch:
            from desktop_app.team.watch import watch

            print(f"watching {drop}; press Ctrl+C to stop", flush=True)
            watch(drop, once)
        else:
            once(None)
    finally:
        conn.close()
    return EXIT_PARTIAL if rejected_any else EXIT_OK


def cmd_status(args: argparse.Namespace) -> int:
    """Print the status object (--json) or the table per department."""
    from desktop_app.team.status import render_table, status

    conn = _open(args.db, create=False)
    try:
        data = status(conn)
    finally:
        conn.close()
    if args.json:
        print(json.dumps(data, ensure_ascii=False))
    else:
        print(render_table(data))
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    """Write the HTML report."""
    from desktop_app.team.export import ExportError
    from desktop_app.team.report import write_report

    output = Path(args.html)
    conn = _open(args.db, create=False)
    try:
        write_report(conn, output)
    except ExportError as exc:
        raise UsageError(str(exc)) from None
    finally:
        conn.close()
    print(f"report: {output}")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    """Write one export; warnings (roots without a target) go to stderr."""
    from desktop_app.cli import load_config_or_fail
    from desktop_app.team.export import ExportError, export

    config = load_config_or_fail(args.config) if args.format.startswith("spmt") else None
    if config is None and args.config:
        config = load_config_or_fail(args.config)
    conn = _open(args.db, create=False)
    warnings: list[str] = []
    try:
        count = export(conn, args.format, Path(args.output), config, warnings.append)
    except ExportError as exc:
        raise UsageError(str(exc)) from None
    finally:
        conn.close()
    for message in warnings:
        _warn(message)
    print(f"{args.format}: {count:,} row(s) -> {args.output}")
    return EXIT_OK


def cmd_apply(args: argparse.Namespace) -> int:
    """Dry run (default) or --execute; skipped files on stderr, exit 1 if any."""
    from desktop_app.cli import load_config_or_fail
    from desktop_app.team.apply import apply_plan

    config = load_config_or_fail(args.config) if args.config else None
    quarantine = Path(args.quarantine)
    staging = Path(args.archive_staging) if args.archive_staging else None
    if quarantine.exists() and not quarantine.is_dir():
        raise UsageError(f"the quarantine is not a folder: {quarantine}")
    if staging is not None and staging.exists() and not staging.is_dir():
        raise UsageError(f"the archive staging is not a folder: {staging}")
    conn = _open(args.db, create=False)
    try:
        outcome = apply_plan(
            conn, quarantine, staging, execute=args.execute, report=lambda line: print(line)
        )
    except OSError as exc:
        raise UsageError(f"cannot write the journal in {quarantine}: {exc.strerror}") from None
    finally:
        conn.close()
    for path, why in outcome.skipped:
        _warn(f"skipped {path}: {why}")
    verb = "moved" if args.execute else "would move"
    print(f"{verb} {len(outcome.done):,} file(s); skipped {len(outcome.skipped):,}")
    if outcome.journal is not None:
        print(f"journal: {outcome.journal}")
    if staging is None and config is not None and config.archive_staging:
        print(
            "archive decisions stay in place; to move them, pass "
            f"--archive-staging (the config names {config.archive_staging})"
        )
    if not args.execute:
        print("this was a dry run; add --execute to move the files")
    return EXIT_PARTIAL if outcome.skipped else EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    """Replay a journal backwards (dry run unless --execute)."""
    from desktop_app.team.apply import restore

    journal = Path(args.journal)
    if not journal.is_file():
        raise UsageError(f"no journal at {journal}")
    try:
        outcome = restore(journal, execute=args.execute, report=lambda line: print(line))
    except (ValueError, UnicodeDecodeError) as exc:
        raise UsageError(str(exc)) from None
    for path, why in outcome.skipped:
        _warn(f"not restored {path}: {why}")
    verb = "restored" if args.execute else "would restore"
    print(f"{verb} {len(outcome.done):,} file(s)")
    if not args.execute:
        print("this was a dry run; add --execute to move the files back")
    return EXIT_PARTIAL if outcome.skipped else EXIT_OK
