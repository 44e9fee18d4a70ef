"""What goes into the frozen app: the version, the app's modules, and the Qt parts it drops.

``sharetidy.spec`` and ``build.py`` import this module; it holds the decisions as plain
functions so that they are tested without running PyInstaller (tests/installer/).

Why drop by file: PyInstaller's Qt hooks collect every plugin of every kind the
collected Qt modules may use (all platforms, Wayland, EGL, the GTK theme with the GTK
stack behind it, TLS, every image format, Qt's translations in 30 languages). Excluding
Python modules by name changes nothing (PLATFORM.md), so the spec removes the files from
``a.binaries``/``a.datas`` after the analysis, and then the libraries that only the
removed files needed.
"""

from __future__ import annotations

import ast
import fnmatch
import re
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

TocEntry = tuple[str, str, str]
"""PyInstaller's (destination, source, type code) triple."""

TEAM_PACKAGE = "desktop_app.team"
"""The migration team's layer; ``build.py --without-team`` leaves it (and DuckDB) out."""

LANGUAGES = ("nl", "en")
"""The app's languages; Qt's own translations of other languages are not shipped."""

DROP_PATTERNS = (
    # Qt modules the app never loads (QML/Quick, PDF, virtual keyboard). QtNetwork
    # stays: the single-instance hand-over uses its local sockets (no network).
    "*qt6pdf*",
    "*qt6virtualkeyboard*",
    "*qt6qml*",
    "*qt6quick*",
    "*libpyside6qml*",
    "*/qml/*",
    # Linux display back-ends other than X11 (xcb) and offscreen.
    "*qt6wayland*",
    "*qt6wlshell*",
    "*qt6eglfs*",
    "*/plugins/wayland-*/*",
    "*/plugins/egldeviceintegrations/*",
    "*/plugins/platforms/*eglfs*",
    "*/plugins/platforms/*minimalegl*",
    "*/plugins/platforms/*linuxfb*",
    "*/plugins/platforms/*vnc*",
    "*/plugins/platforms/*vkkhrdisplay*",
    "*/plugins/platforms/*wayland*",
    "*/plugins/generic/*",
    # Windows: Direct2D platform (the app uses the default "windows" one) and the 20 MB
    # software OpenGL (Mesa llvmpipe) that only OpenGL/Quick windows fall back to.
    "*/plugins/platforms/qdirect2d*",
    "*opengl32sw.dll",
    # The GTK theme pulls in GTK, GDK, Cairo and Pango; Qt's own Fusion look is used.
    "*/plugins/platformthemes/*gtk3*",
    # Network plugins (the app makes no network connection of its own).
    "*/plugins/tls/*",
    "*/plugins/networkinformation/*",
    # Image formats the app never reads (it shows its own PNG/ICO icon only).
    "*/plugins/imageformats/*tiff*",
    "*/plugins/imageformats/*webp*",
    "*/plugins/imageformats/*jpeg*",
    "*/plugins/imageformats/*icns*",
    "*/plugins/imageformats/*tga*",
    "*/plugins/imageformats/*wbmp*",
    "*/plugins/imageformats/*gif*",
    "*/plugins/imageformats/*pdf*",
    # Development files in the PySide6 wheel.
    "*/include/*",
    "*/metatypes/*",
    "*/typesystems/*",
    "*.pyi",
)
"""``fnmatch`` patterns on the lower-cased, ``/``-separated destination of a file."""

_VERSION_LINE = re.compile(r"^__version__\s*=\s*(?P<value>['\"][^'\"]+['\"])\s*$", re.M)


def read_version(init_file: Path) -> str:
    """``__version__`` from ``desktop_app/__init__.py``, without importing the package.

    Importing it would be harmless today, but parsing keeps the spec free of anything
    the package may import later (Qt), and fails loudly if the line ever changes form.
    """
    match = _VERSION_LINE.search(init_file.read_text(encoding="utf-8"))
    if match is None:
        raise ValueError(f"no __version__ = '...' line in {init_file}")
    version = ast.literal_eval(match.group("value"))
    if not re.fullmatch(r"\d+(\.\d+){1,3}([.-]?[A-Za-z0-9]+)*", version):
        raise ValueError(f"{init_file}: {version!r} is not a version")
    return version


def windows_version_tuple(version: str) -> tuple[int, int, int, int]:
    """The four numbers of a Windows file version (``0.1.0rc1`` -> ``(0, 1, 0, 0)``)."""
    numbers = re.match(r"\d+(\.\d+)*", version)
    parts = [int(n) for n in numbers.group(0).split(".")] if numbers else []
    parts = [*parts, 0, 0, 0, 0][:4]
    return (parts[0], parts[1], parts[2], parts[3])


def app_modules(package_dir: Path) -> list[str]:
    """Every module of the ``desktop_app`` package, found from its files.

    The command line loads its layers with ``importlib`` (gui, team, submit), which
    PyInstaller's import analysis cannot follow; listing the source files needs no
    import of the package (unlike ``collect_submodules``, which silently returns
    nothing when the package is not importable from the spec's process).
    """
    root = package_dir.parent
    modules = []
    for path in sorted(package_dir.rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        modules.append(".".join(parts))
    return modules


def resource_datas(resources: Path) -> list[tuple[str, str]]:
    """``(source, destination folder)`` pairs of the shipped resources.

    Translation sources (``.ts``) stay out: the app loads only the built ``.qm``.
    Raises when a language's ``.qm`` is missing, because the frozen app cannot build
    it (it has no ``lrelease``) and would silently fall back to English.
    """
    missing = [
        lang
        for lang in LANGUAGES
        if not (resources / "translations" / f"sharetidy_{lang}.qm").is_file()
    ]
    if missing:
        raise FileNotFoundError(
            "build the translations first (python -m desktop_app.gui.translations --build): "
            + ", ".join(f"sharetidy_{lang}.qm" for lang in missing)
        )
    pairs = []
    for path in sorted(resources.rglob("*")):
        if not path.is_file() or path.suffix == ".ts" or "__pycache__" in path.parts:
            continue
        folder = PurePosixPath("resources", *path.relative_to(resources).parent.parts)
        pairs.append((str(path), str(folder)))
    return pairs


def _qt_translation_wanted(name: str) -> bool:
    """Qt's own catalogues: only ``qtbase`` in the app's languages (the app loads no other)."""
    stem = name.rsplit(".", 1)[0]
    return stem in {f"qtbase_{lang}" for lang in LANGUAGES}


def is_dropped(dest: str) -> bool:
    """Whether a file at this destination in the bundle is left out."""
    norm = dest.replace("\\", "/").lower()
    if any(fnmatch.fnmatchcase(norm, pattern) for pattern in DROP_PATTERNS):
        return True
    parts = norm.split("/")
    if len(parts) >= 2 and parts[-2] == "translations" and parts[-1].endswith(".qm"):
        # Qt's translations folder (PySide6/Qt/translations or PySide6/translations);
        # the app's own .qm files live in resources/translations and always stay.
        return "resources" not in parts and not _qt_translation_wanted(parts[-1])
    return False


def split_toc(toc: Iterable[TocEntry]) -> tuple[list[TocEntry], list[TocEntry]]:
    """``(kept, dropped)`` by :func:`is_dropped`; a symbolic link goes with its target."""
    entries = list(toc)
    dropped_dests = {dest for dest, _, kind in entries if kind != "SYMLINK" and is_dropped(dest)}
    kept, dropped = [], []
    for entry in entries:
        dest, source, kind = entry
        link_out = kind == "SYMLINK" and (is_dropped(dest) or is_dropped(source))
        gone = dest in dropped_dests or link_out
        (dropped if gone else kept).append(entry)
    return kept, dropped


def orphaned_libraries(
    kept: list[TocEntry],
    dropped: list[TocEntry],
    needed_by: Callable[[str], Iterable[str]],
) -> set[str]:
    """Destinations of libraries that only dropped files needed.

    ``needed_by(source)`` names the libraries a binary links to (``DT_NEEDED`` names
    on Linux, DLL names on Windows). A library reached from a dropped file is an orphan
    when nothing that stays reaches it: e.g. the GTK theme plugin's GTK, GDK, Cairo and
    Pango. Libraries nothing dropped needs are never touched, so a library loaded
    some other way (``ctypes``, a plugin) cannot be lost here.
    """
    binaries = {dest: source for dest, source, kind in kept if kind in ("BINARY", "EXTENSION")}
    by_name: dict[str, list[str]] = {}
    for dest in binaries:
        by_name.setdefault(PurePosixPath(dest.replace("\\", "/")).name.lower(), []).append(dest)
    links: dict[str, list[str]] = {}

    def deps(source: str) -> list[str]:
        if source not in links:
            found = []
            for name in needed_by(source):
                found.extend(by_name.get(PurePosixPath(name.replace("\\", "/")).name.lower(), []))
            links[source] = found
        return links[source]

    def closure(starts: Iterable[str]) -> set[str]:
        seen: set[str] = set()
        stack = list(starts)
        while stack:
            source = stack.pop()
            for dest in deps(source):
                if dest not in seen:
                    seen.add(dest)
                    stack.append(binaries[dest])
        return seen

    candidates = closure(source for _, source, kind in dropped if kind in ("BINARY", "EXTENSION"))
    roots = [binaries[dest] for dest in binaries if dest not in candidates]
    still_needed = closure(roots) | {dest for dest in binaries if dest not in candidates}
    return candidates - still_needed


def trim(
    binaries: list[TocEntry],
    datas: list[TocEntry],
    needed_by: Callable[[str], Iterable[str]],
) -> tuple[list[TocEntry], list[TocEntry], list[TocEntry]]:
    """``(binaries, datas, removed)``: the two lists without unused Qt parts and orphans."""
    kept_bin, dropped_bin = split_toc(binaries)
    kept_data, dropped_data = split_toc(datas)
    orphans = orphaned_libraries(kept_bin, dropped_bin, needed_by)
    removed = dropped_bin + dropped_data + [entry for entry in kept_bin if entry[0] in orphans]
    kept_bin = [entry for entry in kept_bin if entry[0] not in orphans]
    # Links to an orphan (PyInstaller puts them beside the executable) go too.
    orphan_paths = {dest.replace("\\", "/") for dest in orphans}
    links_out = [
        e for e in kept_data if e[2] == "SYMLINK" and e[1].replace("\\", "/") in orphan_paths
    ]
    kept_data = [e for e in kept_data if e not in links_out]
    return kept_bin, kept_data, removed + links_out


def main(argv: list[str] | None = None) -> int:
    """``version`` or ``file-version``: the numbers the Windows workflow gives Inno Setup."""
    import argparse

    parser = argparse.ArgumentParser(description="ShareTidy's version, read from its source")
    parser.add_argument("what", choices=("version", "file-version"))
    args = parser.parse_args(argv)
    version = read_version(Path(__file__).resolve().parent.parent / "desktop_app" / "__init__.py")
    if args.what == "version":
        print(version)
    else:
        print(".".join(str(n) for n in windows_version_tuple(version)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
