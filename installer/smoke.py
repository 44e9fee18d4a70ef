"""Smoke test of the frozen app: ``python installer/smoke.py [--dist DIR]`` after build.py.

Every check runs the built executable under an empty environment (``HOME`` and
``LANG=C.UTF-8`` only, plus what Windows cannot start a process without), because an
employee's PC has no Python, no virtual environment and none of the developer's
variables: whatever the bundle lacks shows up here, not on 500 PCs.

Checks: ``--version`` equals the source version; the frozen command line offers the
same commands as the source (a layer whose import PyInstaller missed would silently
vanish); a headless ``scan`` of ~2,000 files with duplicates writes the right CSV
(columns, rows, sizes, times, duplicate groups, suggestions); ``submit`` writes a valid
manifest; the team tools (when the build has them) collect it; the window opens
offscreen in both languages and closes by itself without a traceback, and (on Linux with
Xvfb) on a real X display too.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bundle_rules import is_dropped, read_version
from smoke_tree import SmokeTree, build_tree

REPO = Path(__file__).resolve().parent.parent
CSV_COLUMNS = (
    "path",
    "size",
    "modified",
    "category",
    "suggestion",
    "rule",
    "reason",
    "duplicate_group",
    "sharepoint_issue",
)
"""The ``scan`` CSV columns DESIGN.md fixes, in this order (more may follow)."""
WINDOWS_KEEP = ("SYSTEMROOT", "WINDIR", "TEMP", "TMP", "USERNAME", "USERPROFILE",
                "LOCALAPPDATA", "APPDATA", "PROGRAMDATA", "COMPUTERNAME", "USERDOMAIN")  # fmt: skip
"""Windows cannot start a process (or Python its random module) without some of these."""
FAILURE_WORDS = ("Traceback (most recent call last)", "Fatal Python error",
                 "Could not load the Qt platform plugin", "ModuleNotFoundError")  # fmt: skip


class SmokeFailure(Exception):
    """One check failed; the message says what was expected and what came."""


def empty_env(home: Path, **extra: str) -> dict[str, str]:
    """``env -i HOME=... LANG=C.UTF-8`` plus ``extra`` (and Windows' essentials)."""
    env = {"HOME": str(home), "LANG": "C.UTF-8", "COLUMNS": "100"}
    if sys.platform == "win32":
        env.update({k: os.environ[k] for k in WINDOWS_KEEP if k in os.environ})
    env.update(extra)
    return env


def run(
    exe: Path, args: Sequence[str], env: dict[str, str], timeout: float = 180, expect: int = 0
) -> subprocess.CompletedProcess[str]:
    """Run the frozen app; fail on a wrong exit code or a traceback on stderr."""
    try:
        proc = subprocess.run(
            [str(exe), *args],
            env=env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=timeout,
            cwd=env["HOME"],
        )
    except subprocess.TimeoutExpired:
        raise SmokeFailure(f"'sharetidy {' '.join(args)}' did not end in {timeout:.0f} s") from None
    bad = [word for word in FAILURE_WORDS if word in proc.stderr]
    if proc.returncode != expect or bad:
        raise SmokeFailure(
            f"'sharetidy {' '.join(args)}' exited {proc.returncode} (expected {expect})"
            f"{' with ' + bad[0] if bad else ''}\n--- stdout\n{proc.stdout[-2000:]}"
            f"\n--- stderr\n{proc.stderr[-4000:]}"
        )
    return proc


def check_version(exe: Path, env: dict[str, str]) -> str:
    """``--version`` prints ``sharetidy <the version in desktop_app/__init__.py>``."""
    version = read_version(REPO / "desktop_app" / "__init__.py")
    out = run(exe, ["--version"], env).stdout.strip()
    if out != f"sharetidy {version}":
        raise SmokeFailure(f"--version said {out!r}, the source says {version!r}")
    return f"sharetidy {version}"


def _commands(help_text: str) -> list[str]:
    """The subcommand names argparse lists as ``{a,b,c}`` under "positional arguments"."""
    section = help_text.find("positional arguments:")
    start = help_text.find("{", section) if section >= 0 else -1
    end = help_text.find("\n\n", section)
    if start < 0 or 0 <= end < start:
        return []
    return help_text[start + 1 : help_text.index("}", start)].split(",")


def check_commands(exe: Path, env: dict[str, str], left_out: frozenset[str]) -> list[str]:
    """The frozen app's help, per command, equals the source's (same layers, same options).

    ``left_out`` names commands the build leaves out on purpose (``--without-team``).
    """
    source_env = {**os.environ, "COLUMNS": "100", "PYTHONPATH": str(REPO)}

    def source_help(args: list[str]) -> str:
        return subprocess.run(
            [sys.executable, "-m", "desktop_app", *args, "--help"],
            env=source_env, cwd=REPO, capture_output=True, text=True, encoding="utf-8",
            check=True,
        ).stdout  # fmt: skip

    frozen_top = run(exe, ["--help"], env).stdout
    top = source_help([])
    commands = [c for c in _commands(top) if c not in left_out]
    if left_out and _commands(frozen_top) != commands:
        raise SmokeFailure(f"commands {_commands(frozen_top)}, expected {commands}")
    if not left_out and frozen_top != top:
        raise SmokeFailure(f"'--help' differs from the source:\n{frozen_top}\n--- source\n{top}")
    for command in commands:
        frozen = run(exe, [command, "--help"], env).stdout
        if frozen != source_help([command]):
            raise SmokeFailure(f"'{command} --help' differs from the source's")
        for sub in _commands(frozen):
            if run(exe, [command, sub, "--help"], env).stdout != source_help([command, sub]):
                raise SmokeFailure(f"'{command} {sub} --help' differs from the source's")
    return commands


def _parse_utc(text: str) -> float:
    if not text.endswith("Z"):
        raise SmokeFailure(f"modified {text!r} does not end in Z")
    return dt.datetime.fromisoformat(text[:-1]).replace(tzinfo=dt.UTC).timestamp()


def check_scan_csv(output: Path, tree: SmokeTree) -> str:
    """The scan CSV says exactly what the tree holds (see smoke_tree for the answers)."""
    raw = output.read_bytes()
    if not raw.startswith(b"\xef\xbb\xbf"):
        raise SmokeFailure("the CSV does not start with a UTF-8 BOM (Excel needs it)")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    header, body = tuple(rows[0]), rows[1:]
    if header[: len(CSV_COLUMNS)] != CSV_COLUMNS:
        raise SmokeFailure(f"CSV columns {header} do not start with {CSV_COLUMNS}")
    if len(body) != len(tree.content):
        raise SmokeFailure(f"{len(body)} CSV rows for {len(tree.content)} files")
    col = {name: index for index, name in enumerate(header)}
    groups: dict[str, set[str]] = {}
    seen = set()
    for row in body:
        path = Path(row[col["path"]])
        if not path.is_absolute():
            raise SmokeFailure(f"path {path} is not absolute")
        rel = path.relative_to(tree.root).as_posix()
        if rel not in tree.content or rel in seen:
            raise SmokeFailure(f"unexpected or repeated row for {rel!r}")
        seen.add(rel)
        if int(row[col["size"]]) != tree.size[rel]:
            raise SmokeFailure(f"{rel}: size {row[col['size']]}, the file has {tree.size[rel]}")
        mtime = os.stat(path).st_mtime_ns / 1e9
        if abs(_parse_utc(row[col["modified"]]) - mtime) > 2e-6:
            raise SmokeFailure(f"{rel}: modified {row[col['modified']]} is not {mtime}")
        suggestion = row[col["suggestion"]]
        if suggestion not in ("keep", "archive", "delete") or not row[col["reason"]]:
            raise SmokeFailure(f"{rel}: suggestion {suggestion!r} or its reason is missing")
        if rel in tree.suggestion and suggestion != tree.suggestion[rel]:
            raise SmokeFailure(f"{rel}: suggested {suggestion}, expected {tree.suggestion[rel]}")
        codes = row[col["sharepoint_issue"]].split(";")
        if rel in tree.sharepoint and tree.sharepoint[rel] not in codes:
            raise SmokeFailure(f"{rel}: sharepoint_issue {codes}, expected {tree.sharepoint[rel]}")
        if row[col["duplicate_group"]]:
            groups.setdefault(row[col["duplicate_group"]], set()).add(rel)
    found = {frozenset(rels) for rels in groups.values()}
    expected = tree.duplicate_sets()
    if found != expected:
        missing = sorted(sorted(s) for s in expected - found)[:3]
        wrong = sorted(sorted(s) for s in found - expected)[:3]
        raise SmokeFailure(f"duplicate groups differ; missing {missing}; wrong {wrong}")
    biggest = max(found, key=len)
    return (
        f"{len(body)} rows, {len(found)} duplicate groups (largest: {len(biggest)} copies), "
        f"{tree.candidates()} same-size files to read (reader processes from 1,000)"
    )


def check_manifest(drop: Path, files: int) -> str:
    """One complete manifest in the drop folder: header, an entry per file, a true trailer."""
    manifests = sorted(drop.glob("*.sharetidy.jsonl"))
    if len(manifests) != 1:
        raise SmokeFailure(f"expected one manifest in {drop}, found {len(manifests)}")
    data = manifests[0].read_bytes()
    lines = data.splitlines(keepends=True)
    header, trailer = json.loads(lines[0]), json.loads(lines[-1])
    entries = [json.loads(line) for line in lines[1:-1]]
    if header.get("type") != "header" or header.get("schema") != "sharetidy-manifest/1":
        raise SmokeFailure(f"bad manifest header: {lines[0][:200]!r}")
    if trailer.get("type") != "trailer" or trailer.get("entries") != len(entries):
        raise SmokeFailure(f"bad manifest trailer: {lines[-1][:200]!r}")
    if len(entries) != files:
        raise SmokeFailure(f"the manifest has {len(entries)} entries for {files} files")
    digest = hashlib.sha256(data[: len(data) - len(lines[-1])]).hexdigest()
    if trailer.get("sha256") != digest:
        raise SmokeFailure("the manifest's trailer sha256 does not match its lines")
    return f"{manifests[0].name}: {len(entries)} entries"


def check_team(exe: Path, env: dict[str, str], drop: Path, work: Path, files: int) -> str:
    """``team collect`` loads the manifest into DuckDB; ``team status --json`` counts it."""
    db = work / "team.duckdb"
    run(exe, ["team", "collect", str(drop), "--db", str(db)], env)
    status = json.loads(run(exe, ["team", "status", "--db", str(db), "--json"], env).stdout)
    if status.get("manifests") != 1 or status.get("items") != files:
        raise SmokeFailure(f"team status after one manifest of {files} files: {status}")
    return f"1 manifest, {status['items']} items"


def check_window(exe: Path, env: dict[str, str], work: Path) -> str:
    """The window opens offscreen (demo in Dutch, the plain app in English) and closes."""
    gui = {**env, "QT_QPA_PLATFORM": "offscreen", "SHARETIDY_QUIT_AFTER_MS": "1500"}
    demo = run(exe, ["demo", "--dir", str(work / "demo"), "--lang", "nl"], gui, timeout=120)
    if "demo share in" not in demo.stderr:
        raise SmokeFailure(f"demo did not say where its share is: {demo.stderr[-500:]}")
    # The plain app on the demo's config: the shipped example names \\fs01 shares, which
    # a Windows runner would try to reach over the network.
    plain = {**gui, "SHARETIDY_CONFIG": str(work / "demo" / "sharetidy.toml")}
    run(exe, ["--lang", "en"], plain, timeout=120)
    windowed = exe.with_name("sharetidyw.exe")
    if sys.platform == "win32":
        # The Start-menu executable has no console: only its exit code can speak.
        run(windowed, ["demo", "--dir", str(work / "demo"), "--lang", "en"], gui, timeout=120)
        return "demo (nl), app (en) and sharetidyw.exe demo opened and closed"
    return "demo (nl) and app (en) opened and closed"


def check_xcb(exe: Path, env: dict[str, str], work: Path) -> str:
    """On Linux with Xvfb: the real X11 platform plugin loads (offscreen needs no libxcb)."""
    xvfb = shutil.which("Xvfb")
    if sys.platform != "linux" or xvfb is None:
        return "skipped: no Xvfb here"
    server = subprocess.Popen(
        [xvfb, "-displayfd", "1", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        display = server.stdout.readline().strip() if server.stdout else ""
        if not display.isdigit():
            return "skipped: Xvfb did not start"
        x11 = {**env, "DISPLAY": f":{display}", "SHARETIDY_QUIT_AFTER_MS": "1500"}
        run(exe, ["demo", "--dir", str(work / "demo"), "--lang", "nl"], x11, timeout=120)
    finally:
        server.terminate()
        server.wait(timeout=10)
    return f"demo opened and closed on X display :{display}"


def check_bundle(folder: Path) -> str:
    """Translations are there as .qm, no .ts, and no file that bundle_rules drops."""
    internal = folder / "_internal"
    base = internal if internal.is_dir() else folder
    names = [p.relative_to(base).as_posix() for p in base.rglob("*") if p.is_file()]
    for lang in ("nl", "en"):
        if f"resources/translations/sharetidy_{lang}.qm" not in names:
            raise SmokeFailure(f"resources/translations/sharetidy_{lang}.qm is not in the bundle")
    if not any(name.endswith("/qtbase_nl.qm") for name in names):
        raise SmokeFailure("Qt's own Dutch texts (qtbase_nl.qm) are not in the bundle")
    unwanted = [n for n in names if n.endswith(".ts") or is_dropped(n)]
    if unwanted:
        raise SmokeFailure(f"left-out files are in the bundle: {unwanted[:5]}")
    size = sum(os.lstat(p).st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())
    return f"{len(names)} files, {size / 1e6:.1f} MB in {folder.name}/"


def main(argv: Sequence[str] | None = None) -> int:
    """Run every check in order; print each one's result and time; exit 1 on a failure."""
    parser = argparse.ArgumentParser(description="Smoke test of the frozen ShareTidy app.")
    parser.add_argument("--dist", type=Path, default=REPO / "dist", help="build.py's --dist")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument(
        "--without-team", action="store_true", help="the build was made with --without-team"
    )
    args = parser.parse_args(argv)
    folder = args.dist.resolve() / "sharetidy"
    exe = folder / ("sharetidy.exe" if sys.platform == "win32" else "sharetidy")
    if not exe.is_file():
        print(f"smoke.py: {exe} is missing; run python installer/build.py first", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="sharetidy-smoke-"))
    home = work / "home"
    home.mkdir()
    env = empty_env(home, SHARETIDY_DATA_DIR=str(work / "state"))
    left_out = frozenset({"team"} if args.without_team else ())
    tree_holder: list[SmokeTree] = []
    commands: list[str] = []

    def scan() -> str:
        tree_holder.append(build_tree(work / "share"))
        output = work / "scan.csv"
        run(exe, ["scan", str(tree_holder[0].root), "--output", str(output)], env)
        return check_scan_csv(output, tree_holder[0])

    def submit() -> str:
        drop = work / "drop"
        drop.mkdir()
        root = str(tree_holder[0].root)
        run(exe, ["submit", root, "--accept-suggestions", "--drop", str(drop)], env)
        return check_manifest(drop, len(tree_holder[0].content))

    def command_list() -> str:
        commands.extend(check_commands(exe, env, left_out))
        return ", ".join(commands)

    def team() -> str:
        if "team" not in commands:
            return "skipped: built --without-team" if left_out else "skipped: no team commands yet"
        return check_team(exe, env, work / "drop", work, len(tree_holder[0].content))

    checks: list[tuple[str, Callable[[], str]]] = [
        ("bundle", lambda: check_bundle(folder)),
        ("version", lambda: check_version(exe, env)),
        ("commands", command_list),
        ("scan", scan),
        ("submit", submit),
        ("team", team),
        ("window", lambda: check_window(exe, env, work)),
        ("x11", lambda: check_xcb(exe, env, work)),
    ]
    started = time.monotonic()
    failed = False
    try:
        for name, check in checks:
            t0 = time.monotonic()
            try:
                result = check()
            except SmokeFailure as exc:
                print(f"smoke.py: FAIL {name}: {exc}", file=sys.stderr)
                failed = True
                break
            print(f"smoke.py: ok   {name:<8} {time.monotonic() - t0:5.1f} s  {result}")
    finally:
        if args.keep or failed:
            print(f"smoke.py: files kept in {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)
    print(f"smoke.py: {'FAILED' if failed else 'passed'} in {time.monotonic() - started:.1f} s")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
