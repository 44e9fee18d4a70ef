"""Build the frozen ShareTidy app in one command: ``python installer/build.py [--dist DIR]``.

The result is ``DIR/sharetidy/`` (``DIR`` defaults to ``dist/``) with the executable
``DIR/sharetidy/sharetidy`` (``sharetidy.exe`` and the windowed ``sharetidyw.exe`` on
Windows) and everything it needs beside it. The translations are built first, because
the frozen app cannot build them itself. The size of the folder and the build time are
printed at the end, since the installer must stay small enough to roll out to
hundreds of PCs.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SPEC = REPO / "installer" / "sharetidy.spec"
APP_NAME = "sharetidy"


def executable(dist: Path) -> Path:
    """The command-line executable inside a built ``dist`` folder."""
    name = f"{APP_NAME}.exe" if sys.platform == "win32" else APP_NAME
    return dist / APP_NAME / name


def folder_size(folder: Path) -> int:
    """Bytes of every regular file below ``folder`` (links counted once, as links)."""
    total = 0
    for dirpath, _dirnames, filenames in os.walk(folder):
        for name in filenames:
            total += os.lstat(os.path.join(dirpath, name)).st_size
    return total


def build_translations(python: str) -> None:
    """The ``.qm`` files from the ``.ts`` sources (the GUI's own builder)."""
    subprocess.run([python, "-m", "desktop_app.gui.translations", "--build"], cwd=REPO, check=True)


def run_pyinstaller(
    python: str, dist: Path, work: Path, *, clean: bool = False, without_team: bool = False
) -> None:
    """PyInstaller on the spec; it replaces an earlier ``dist/sharetidy`` without asking."""
    command = [python, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    if clean:
        command.append("--clean")
    command += ["--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    if without_team:
        command += ["--", "--without-team"]
    subprocess.run(command, cwd=REPO, check=True)


def main(argv: Sequence[str] | None = None) -> int:
    """Build, check the executable is there, print size and time; exit 1 on failure."""
    parser = argparse.ArgumentParser(description="Build the frozen ShareTidy app (onedir).")
    parser.add_argument(
        "--dist", type=Path, default=REPO / "dist", help="output folder (default: dist/)"
    )
    parser.add_argument(
        "--work",
        type=Path,
        default=REPO / "build" / "pyinstaller",
        help="PyInstaller's work folder (default: build/pyinstaller/)",
    )
    parser.add_argument(
        "--clean", action="store_true", help="empty PyInstaller's cache and work folder first"
    )
    parser.add_argument(
        "--without-team",
        action="store_true",
        help="leave out the team tools and DuckDB: a smaller build for employees' PCs only",
    )
    args = parser.parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()
    started = time.monotonic()
    try:
        build_translations(sys.executable)
        run_pyinstaller(
            sys.executable, dist, work, clean=args.clean, without_team=args.without_team
        )
    except subprocess.CalledProcessError as exc:
        print(f"build.py: failed: {' '.join(map(str, exc.cmd))}", file=sys.stderr)
        return 1
    elapsed = time.monotonic() - started
    exe = executable(dist)
    if not exe.is_file():
        print(f"build.py: PyInstaller finished but {exe} is missing", file=sys.stderr)
        return 1
    size = folder_size(dist / APP_NAME)
    print(
        f"build.py: built {exe}{' (without the team tools)' if args.without_team else ''}\n"
        f"build.py: size {size / 1e6:.1f} MB ({size / 2**20:.1f} MiB, {size:,} bytes)\n"
        f"build.py: build time {elapsed:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
