"""The command line: ``sharetidy`` opens the app; subcommands work headless.

Exit codes everywhere: 0 done, 1 done with unreadable, skipped or rejected items (listed
on stderr), 2 bad usage or bad input (one clear line, nothing written).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app import __version__

if TYPE_CHECKING:  # the engine is imported when a command runs, not at start-up
    from desktop_app.core.config import OrgConfig
    from desktop_app.core.scanner import RowsReady, ScanResult
    from desktop_app.core.store import Catalog
from desktop_app.core.logs import setup_logging

EXIT_OK, EXIT_PARTIAL, EXIT_BAD_INPUT = 0, 1, 2


class UsageError(Exception):
    """Bad usage or bad input: one clear line on stderr and exit code 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{message} (see '{self.prog} --help')")


def build_parser() -> argparse.ArgumentParser:
    """The whole command-line contract of DESIGN.md."""
    parser = _Parser(
        prog="sharetidy",
        description="Tidy your network-share files before the move to Microsoft 365.",
    )
    parser.add_argument("--version", action="version", version=f"sharetidy {__version__}")
    parser.add_argument("--guided", action="store_true", help="open the app in the guided mode")
    parser.add_argument("--lang", choices=("nl", "en"), help="language of the app")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    scan = sub.add_parser("scan", help="headless scan with suggestions, one row per file")
    scan.add_argument("roots", nargs="+", metavar="ROOT")
    scan.add_argument("--config", metavar="F")
    scan.add_argument("--output", metavar="F.csv|F.jsonl")
    scan.set_defaults(handler=_cmd_scan)

    for extend in _EXTENSIONS:
        extend(sub)
    return parser


_EXTENSIONS: list[Callable[[argparse._SubParsersAction], None]] = []
"""Other layers (gui, team) add their subcommands here, keeping this module small."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    # The duplicate check reads files in worker processes; a frozen app (PyInstaller)
    # must let those children run their task instead of the command line.
    import multiprocessing

    multiprocessing.freeze_support()
    setup_logging()
    _load_extensions()
    try:
        args = build_parser().parse_args(argv)
        handler = getattr(args, "handler", None)
        if handler is None:
            return _open_app(args)
        return int(handler(args))
    except UsageError as exc:
        print(f"sharetidy: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("sharetidy: interrupted; nothing was changed", file=sys.stderr)
        return 130


def _load_extensions() -> None:
    if _EXTENSIONS:
        return
    import importlib

    for module in (
        "desktop_app.gui.commands",
        "desktop_app.team.commands",
        "desktop_app.submit_command",
    ):
        try:
            mod = importlib.import_module(module)
        except ModuleNotFoundError as exc:
            # Only a missing layer is skipped, never a broken import inside one.
            if exc.name is None or not module.startswith(exc.name):
                raise
            continue
        _EXTENSIONS.append(mod.add_commands)


def _open_app(args: argparse.Namespace) -> int:
    try:
        from desktop_app.gui.app import run_app
    except ModuleNotFoundError as exc:
        raise UsageError(f"the desktop app is not available here ({exc.name} is missing)") from None
    return run_app(lang=args.lang, guided=args.guided)


def load_config_or_fail(explicit: str | None) -> OrgConfig:
    """The organisation config, or a :class:`UsageError` naming file, line and key."""
    from desktop_app.core.config import ConfigError, find_config, load_config

    try:
        return load_config(find_config(explicit))
    except ConfigError as exc:
        raise UsageError(f"bad config: {exc}") from None


def check_roots(roots: Sequence[str]) -> list[str]:
    """Absolute paths of existing, listable folders; anything else is bad input."""
    checked = []
    for root in roots:
        path = os.path.abspath(root)
        if not os.path.isdir(path):
            raise UsageError(f"not a folder that can be reached: {root}")
        try:
            with os.scandir(path):
                pass
        except OSError as exc:
            raise UsageError(f"cannot read the folder {root}: {exc.strerror}") from None
        checked.append(path)
    return checked


class TerminalProgress:
    """A one-line progress display on stderr, only when stderr is a terminal."""

    def __init__(self) -> None:
        self.enabled = sys.stderr.isatty()
        self.last = 0.0

    def __call__(self, p) -> bool:
        if not self.enabled:
            return True
        now = time.monotonic()
        if now - self.last < 0.2:
            return True
        self.last = now
        if p.phase == "list":
            text = f"{p.files:,} files in {p.folders:,} folders  {p.current[-60:]}"
        else:
            text = f"{p.phase}: {p.done:,}/{p.total:,}"
        sys.stderr.write("\r\x1b[K" + text)
        sys.stderr.flush()
        return True

    def done(self) -> None:
        if self.enabled:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()


def scan_in_terminal(
    catalog: Catalog,
    roots: list[str],
    config: OrgConfig,
    *,
    user: str,
    department: str = "",
    rows_ready: RowsReady | None = None,
) -> ScanResult:
    """Scan with a progress line on a terminal; the one scan path of every subcommand.

    Ctrl+C raises KeyboardInterrupt here; the scanner then abandons its rows and
    :func:`main` says that nothing was changed.
    """
    from desktop_app.core.scanner import scan

    progress = TerminalProgress()
    try:
        return scan(
            catalog,
            roots,
            config,
            progress,
            user=user,
            department=department,
            rows_ready=rows_ready,
        )
    finally:
        progress.done()


def report_unreadable(result: ScanResult) -> None:
    """List on stderr what the scan could not read."""
    for path, message in result.errors:
        print(f"sharetidy: cannot read: {path}: {message}", file=sys.stderr)


def _cmd_scan(args: argparse.Namespace) -> int:
    from desktop_app.core import locations
    from desktop_app.core.gcpause import gc_paused
    from desktop_app.core.scan_export import export_scan, result_rows
    from desktop_app.core.shares import login_name
    from desktop_app.core.split_export import SplitExport
    from desktop_app.core.store import Catalog

    config = load_config_or_fail(args.config)
    output = Path(args.output) if args.output else None
    if output is not None:
        if output.suffix.lower() not in (".csv", ".jsonl"):
            raise UsageError(f"--output must end in .csv or .jsonl: {args.output}")
        if not output.parent.is_dir() and str(output.parent):
            raise UsageError(f"the folder of --output does not exist: {output.parent}")
    roots = check_roots(args.roots)
    with Catalog(locations.catalog_path()) as catalog:
        if output is None:
            result = scan_in_terminal(catalog, roots, config, user=login_name())
            with gc_paused():
                export_scan(result_rows(result, config.policy, config.language), None, sys.stdout)
        else:
            export = SplitExport(output, config.policy, config.language)
            try:
                result = scan_in_terminal(
                    catalog, roots, config, user=login_name(), rows_ready=export.start
                )
                export.finish(result)
            finally:
                export.abandon()
    report_unreadable(result)
    for path in result.bad_names:
        print(f"sharetidy: skipped (name is not valid UTF-8): {path}", file=sys.stderr)
    return EXIT_PARTIAL if result.errors or result.bad_names else EXIT_OK
