"""Refresh the ``.ts`` sources from the code and build the ``.qm`` files the app loads.

``python -m desktop_app.gui.translations --update`` runs pyside6-lupdate over the GUI code
(new and changed texts appear in ``resources/translations/*.ts`` for the translator) and
then pyside6-lrelease; ``--build`` only builds the ``.qm`` files. Built ``.qm`` files are
not kept in git, so the app builds a missing one itself at start when the tools are there
(a fresh checkout then works without a separate step); the installer ships them built.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop_app.core import locations

LANGUAGES = ("nl", "en")
"""Every language the app ships; English is the source language (plural forms only)."""

SOURCE_DIRS = ("desktop_app/gui",)
"""Code scanned for texts, relative to the repository."""


def translations_dir() -> Path:
    """``resources/translations``: the ``.ts`` sources and the ``.qm`` files next to them."""
    return locations.resources_dir() / "translations"


def ts_path(lang: str) -> Path:
    """The translation source of one language."""
    return translations_dir() / f"sharetidy_{lang}.ts"


def qm_path(lang: str) -> Path:
    """The built translation of one language."""
    return translations_dir() / f"sharetidy_{lang}.qm"


def find_tool(name: str) -> str | None:
    """``pyside6-lupdate``/``pyside6-lrelease``: next to this Python first, then on PATH.

    The venv's ``bin`` (``Scripts`` on Windows) is not always on PATH when the app is
    started from a shortcut, so the folder of ``sys.executable`` is tried first; last the
    plain binary inside the PySide6 package.
    """
    exe_dir = Path(sys.executable).parent
    for candidate in (exe_dir / name, exe_dir / f"{name}.exe"):
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    found = shutil.which(name)
    if found:
        return found
    try:
        import PySide6
    except ImportError:  # pragma: no cover - the GUI needs PySide6 anyway
        return None
    bare = name.removeprefix("pyside6-")
    for candidate in (
        Path(PySide6.__file__).parent / bare,
        Path(PySide6.__file__).parent / f"{bare}.exe",
    ):
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    return None


def source_files(repo: Path) -> list[Path]:
    """Every Python file whose texts belong in the translations."""
    files: list[Path] = []
    for folder in SOURCE_DIRS:
        files.extend(sorted((repo / folder).rglob("*.py")))
    return [f for f in files if "__pycache__" not in f.parts]


def update(repo: Path | None = None, targets: Sequence[Path] | None = None) -> None:
    """Run lupdate: add new texts to the ``.ts`` files and drop texts the code lost."""
    tool = find_tool("pyside6-lupdate")
    if tool is None:
        raise RuntimeError("pyside6-lupdate was not found (install PySide6-Essentials)")
    repo = repo or Path(__file__).resolve().parents[2]
    files = [str(f) for f in source_files(repo)]
    for lang, target in zip(
        LANGUAGES, targets or [ts_path(lang) for lang in LANGUAGES], strict=True
    ):
        target.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [
                tool,
                *files,
                "-locations",
                "none",
                "-no-obsolete",
                "-target-language",
                lang,
                "-ts",
                str(target),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )


def build_one(lang: str) -> bool:
    """Build one ``.qm`` from its ``.ts``; False when the tool or the source is missing."""
    source, target = ts_path(lang), qm_path(lang)
    tool = find_tool("pyside6-lrelease")
    if tool is None or not source.is_file():
        return False
    result = subprocess.run(
        [tool, "-silent", str(source), "-qm", str(target)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    return result.returncode == 0 and target.is_file()


def build() -> list[str]:
    """Build every ``.qm``; returns the languages that failed."""
    return [lang for lang in LANGUAGES if not build_one(lang)]


def ensure_built(lang: str) -> Path | None:
    """The ``.qm`` of ``lang``, built first when it is missing or older than its ``.ts``."""
    source, target = ts_path(lang), qm_path(lang)
    stale = source.is_file() and (
        not target.is_file() or target.stat().st_mtime < source.stat().st_mtime
    )
    if stale:
        with contextlib.suppress(OSError):  # a read-only install: use what is there
            build_one(lang)
    return target if target.is_file() else None


def main(argv: Sequence[str] | None = None) -> int:
    """``--update`` (lupdate, then lrelease) or ``--build`` (lrelease only)."""
    parser = argparse.ArgumentParser(prog="python -m desktop_app.gui.translations")
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--update", action="store_true", help="refresh the .ts, then build")
    group.add_argument("--build", action="store_true", help="build the .qm files only")
    args = parser.parse_args(argv)
    if args.update:
        update()
    failed = build()
    for lang in failed:
        print(f"could not build {qm_path(lang)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
