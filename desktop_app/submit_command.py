"""``sharetidy submit ROOT... --accept-suggestions [--config F] [--drop DIR]``.

Headless submission, e.g. from a login script: scan the roots (reusing the catalog and
its hash cache), take the stored decisions, else the suggestions, and hand the manifest
to the drop folder, or to the outbox when the drop folder cannot be reached.
"""

from __future__ import annotations

import argparse
import sys

from desktop_app.cli import (
    EXIT_OK,
    EXIT_PARTIAL,
    UsageError,
    check_roots,
    load_config_or_fail,
    report_unreadable,
    scan_in_terminal,
)


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    """Add ``submit`` to the command line."""
    parser = subparsers.add_parser(
        "submit", help="headless: scan the roots and hand in a manifest of the decisions"
    )
    parser.add_argument("roots", nargs="+", metavar="ROOT")
    parser.add_argument(
        "--accept-suggestions",
        action="store_true",
        help="submit every file you did not decide in the app with its suggestion",
    )
    parser.add_argument("--config", metavar="F")
    parser.add_argument("--drop", metavar="DIR", help="the drop folder (default: the config's)")
    parser.set_defaults(handler=run_submit)


def run_submit(args: argparse.Namespace) -> int:
    """Scan, build the manifest, deliver it; exit 0 when delivered and complete."""
    from desktop_app.core import locations
    from desktop_app.core.manifest import UserInfo
    from desktop_app.core.store import Catalog
    from desktop_app.core.submission import submit

    if not args.accept_suggestions:
        raise UsageError(
            "submit needs --accept-suggestions: files you did not decide in the app are "
            "handed in with their suggestion"
        )
    config = load_config_or_fail(args.config)
    roots = check_roots(args.roots)
    user = UserInfo.current(config.department)
    with Catalog(locations.catalog_path()) as catalog:
        result = scan_in_terminal(
            catalog, roots, config, user=user.login or "", department=user.department or ""
        )
        outcome = submit(catalog, config, result.root_ids, drop=args.drop, user=user)
    report_unreadable(result)
    for path, why in outcome.skipped_reasons:
        print(f"sharetidy: skipped ({why}): {path}", file=sys.stderr)
    if outcome.delivered:
        print(f"delivered: {outcome.path} ({outcome.entries:,} files)")
    else:
        print(f"waiting in the outbox: {outcome.path} ({outcome.entries:,} files)")
        print(
            f"sharetidy: not delivered yet: {outcome.error}; it is kept safely and sent "
            "again the next time ShareTidy starts or you submit",
            file=sys.stderr,
        )
    partial = result.errors or outcome.skipped or not outcome.delivered
    return EXIT_PARTIAL if partial else EXIT_OK
