"""The ``sharetidy demo`` subcommand: build the sample share and open the app on it."""

from __future__ import annotations

import argparse
import sys

from desktop_app.cli import UsageError


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    """Register ``demo [--dir D] [--guided] [--lang nl|en]``."""
    demo = subparsers.add_parser(
        "demo", help="build a sample share and a local drop folder, then open the app on it"
    )
    demo.add_argument(
        "--dir", metavar="D", help="folder for the sample share (default: in the data folder)"
    )
    # Own dests: a subparser's defaults would otherwise overwrite 'sharetidy --lang en demo'.
    demo.add_argument(
        "--guided", dest="demo_guided", action="store_true", help="start in the guided mode"
    )
    demo.add_argument("--lang", dest="demo_lang", choices=("nl", "en"), help="language of the app")
    demo.set_defaults(handler=_cmd_demo)


def _cmd_demo(args: argparse.Namespace) -> int:
    from desktop_app.core.demo_share import DemoError, build_demo
    from desktop_app.core.shares import login_name

    try:
        from desktop_app.gui.app import run_app
    except ModuleNotFoundError as exc:
        raise UsageError(f"the desktop app is not available here ({exc.name} is missing)") from None
    try:
        share = build_demo(args.dir, user=login_name())
    except (DemoError, OSError) as exc:
        raise UsageError(f"cannot build the demo: {exc}") from None
    print(f"sharetidy: demo share in {share.root} ({share.files} files)", file=sys.stderr)
    return run_app(
        lang=args.demo_lang or args.lang,
        guided=args.demo_guided or args.guided,
        config_path=share.config,
        demo=share,
    )
