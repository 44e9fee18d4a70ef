"""Benchmark ``sharetidy scan`` against ``find`` plus ``jdupes`` on a synthetic share.

Why: the scan must feel instant next to the tools an administrator would otherwise use.
``find`` is the floor for walking the tree and ``jdupes`` is a tuned duplicate finder, so
"scan time / (find + jdupes)" says whether the scan is competitive, and the rescan (same
catalog and hash cache, unchanged tree) says whether the cache really saves the hashing.

Usage::

    python benchmarks/bench_scan.py [--files 200000] [--runs 5] [--dir D] [--keep]

The share is built with :func:`benchmarks.make_share.make_share` (or reused from ``D``
when a marker next to the tree says it was made with the same file count, seed and
generator). The page cache is warmed, then the commands run round-robin, ``runs``
times each, so drift on the machine (other load, thermal, writeback) hits all of them
alike instead of whichever happened to run last. Results go to stdout as ``name=value``
lines; progress goes to stderr.

Only the standard library is used; Linux (``os.wait4``, GNU ``find -printf``) is assumed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

REPO_ROOT: Final = Path(__file__).resolve().parent.parent
SEED: Final = 1
"""Seed of the generated share; fixed so every run measures the same tree."""
TREE_NAME: Final = "share"
"""The tree lives in ``D/share``; the marker sits next to it, never inside it."""
MARKER_NAME: Final = "share.marker.json"

TARGET_RATIO: Final = 1.5
"""A first scan should take no longer than find and jdupes together."""
TARGET_RSS_MB: Final = 200.0
"""Peak resident memory of a scan, in MiB; the app runs on ordinary office laptops."""
TARGET_RESCAN: Final = 0.5
"""A rescan of an unchanged tree should take at most half the first scan."""

JDUPES_FALLBACK: Final = "/usr/bin/jdupes"
# make_share runs in a child so this process stays small; see reset_peak_rss for why.
_GENERATE: Final = (
    "import json, sys\n"
    "from pathlib import Path\n"
    "from benchmarks.make_share import make_share\n"
    "print(json.dumps(make_share(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]))))\n"
)
STDERR_TAIL: Final = 4000


@dataclass(frozen=True, slots=True)
class Measurement:
    """Wall time and peak RSS of one child process, and how it exited."""

    seconds: float
    rss_kib: int
    returncode: int
    stderr_path: Path


class BenchError(Exception):
    """A command failed in a way that makes the numbers meaningless."""


def find_command(tree: Path) -> list[str]:
    """The metadata floor: walk the tree and print size, mtime and path of every file."""
    return ["find", str(tree), "-type", "f", "-printf", "%s %T@ %p\n"]


def jdupes_command(tree: Path, jdupes: str) -> list[str]:
    """A tuned duplicate finder over the same tree."""
    return [jdupes, "-r", "-q", str(tree)]


def scan_command(tree: Path, output: Path) -> list[str]:
    """``sharetidy scan`` through this interpreter, so the repo's own package is measured."""
    return [sys.executable, "-m", "desktop_app", "scan", str(tree), "--output", str(output)]


def reset_peak_rss() -> None:
    """Reset this process's peak RSS so it does not leak into the children's ru_maxrss.

    A child's ru_maxrss includes the high-water mark of the address space it exec'd from,
    and subprocess uses vfork, which is *this* process's: without a reset every child
    would report at least our own peak. Writing 5 to clear_refs (Linux 4.0+) brings the
    mark down to our current RSS (an interpreter with a few imports, ~20 MiB), which
    stays the floor; it is logged to stderr before the runs.
    """
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as clear_refs:
            clear_refs.write("5")
    except OSError:
        pass


def run_measured(
    command: Sequence[str],
    stderr_path: Path,
    *,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
) -> Measurement:
    """Run ``command`` with stdout discarded; time it and take its peak RSS from wait4.

    ``os.wait4`` reaps the child and returns its rusage, whose ``ru_maxrss`` (KiB on Linux)
    is the larger of the child's own peak and that of any descendant it waited for. It is
    a maximum, not a sum: concurrent worker processes are not added up. stderr goes to a
    file, not a pipe, so a chatty child can never block on a full pipe while we wait.
    """
    reset_peak_rss()
    with stderr_path.open("wb") as stderr:
        started = time.perf_counter()
        try:
            process = subprocess.Popen(
                list(command),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=stderr,
                env=env,
                cwd=cwd,
            )
        except OSError as exc:
            raise BenchError(f"cannot start {command[0]}: {exc}") from exc
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
    # Tell Popen the child is reaped, so it never waits for (or warns about) it again.
    process.returncode = os.waitstatus_to_exitcode(status)
    return Measurement(seconds, usage.ru_maxrss, process.returncode, stderr_path)


def stderr_tail(path: Path) -> str:
    """The end of a child's stderr, where the traceback or error message is."""
    data = path.read_bytes()[-STDERR_TAIL:]
    return data.decode("utf-8", errors="replace")


def check(name: str, result: Measurement, allowed: Sequence[int]) -> None:
    """Raise BenchError with the child's stderr tail when it exited unexpectedly."""
    if result.returncode not in allowed:
        tail = stderr_tail(result.stderr_path)
        raise BenchError(f"{name} exited with {result.returncode}; stderr tail:\n{tail}")


def check_scan(name: str, result: Measurement, output: Path) -> None:
    """A scan must exit 0 or 1 *and* have written its output.

    Exit code 1 means "done, with skipped items", but an uncaught Python exception exits
    with 1 too; timing a crash would report a wonderfully fast scan. So a traceback on
    stderr or a missing or empty output file also count as failure.
    """
    check(name, result, (0, 1))
    problem = ""
    if b"Traceback (most recent call last)" in result.stderr_path.read_bytes():
        problem = "crashed"
    elif not output.is_file() or output.stat().st_size == 0:
        problem = f"wrote no {output.name}"
    if problem:
        tail = stderr_tail(result.stderr_path)
        raise BenchError(f"{name} {problem} (exit code {result.returncode}); stderr tail:\n{tail}")


def generator_digest() -> str:
    """Fingerprint of make_share.py: a tree from an older generator is not reused."""
    source = (REPO_ROOT / "benchmarks" / "make_share.py").read_bytes()
    return hashlib.sha256(source).hexdigest()


def prepare_tree(base: Path, files: int) -> Path:
    """Reuse ``base/share`` if its marker matches, else (re)build it with make_share.

    The marker is written as incomplete before generating and completed afterwards, so
    an interrupted generation is rebuilt instead of being measured half-made. A tree
    without a marker was not made by this script and is never deleted.
    """
    tree = base / TREE_NAME
    marker = base / MARKER_NAME
    wanted = {"files": files, "seed": SEED, "generator_sha256": generator_digest()}
    if marker.exists():
        try:
            info = json.loads(marker.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            info = {}
        if (
            info.get("complete")
            and tree.is_dir()
            and all(info.get(k) == v for k, v in wanted.items())
        ):
            print(f"reusing {tree} ({files} files)", file=sys.stderr)
            return tree
        print(f"rebuilding {tree}: marker does not match", file=sys.stderr)
        shutil.rmtree(tree, ignore_errors=True)
    elif tree.exists():
        raise BenchError(f"{tree} exists but has no {marker.name}; move it away or pick --dir")
    base.mkdir(parents=True, exist_ok=True)
    marker.write_text(json.dumps({**wanted, "complete": False}), encoding="utf-8")
    print(f"generating {files} files in {tree} ...", file=sys.stderr)
    stats = generate(tree, files)
    print(
        f"generated {stats['files']} files, {stats['folders']} folders, "
        f"{stats['bytes'] / 2**20:.0f} MiB in {stats['seconds']} s",
        file=sys.stderr,
    )
    marker.write_text(
        json.dumps({**wanted, "complete": True, "stats": stats}, ensure_ascii=False, indent=1),
        encoding="utf-8",
    )
    return tree


def generate(tree: Path, files: int) -> dict[str, Any]:
    """Run make_share in a child process and return its statistics.

    In-process generation would leave this process with the plan's memory, and that
    would be inherited by every measured child's peak RSS (see reset_peak_rss).
    """
    command = [sys.executable, "-c", _GENERATE, str(tree), str(files), str(SEED)]
    done = subprocess.run(command, cwd=REPO_ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise BenchError(f"make_share failed:\n{done.stderr[-STDERR_TAIL:]}")
    stats: dict[str, Any] = json.loads(done.stdout)
    return stats


def warm_cache(tree: Path) -> int:
    """Read every file once so all tools start from a warm page cache; returns bytes read.

    Cold-cache numbers would mostly measure the disk, and whichever tool ran first would
    pay for everyone.
    """
    total = 0
    buffer = bytearray(1 << 20)
    pending = [str(tree)]
    while pending:
        with os.scandir(pending.pop()) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    pending.append(entry.path)
                elif entry.is_file(follow_symlinks=False):
                    with open(entry.path, "rb", buffering=0) as handle:
                        while read := handle.readinto(buffer):
                            total += read
    return total


def available_memory() -> int | None:
    """MemAvailable in bytes, to warn when the tree cannot stay in the page cache."""
    try:
        with open("/proc/meminfo", encoding="ascii") as meminfo:
            for line in meminfo:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        return None
    return None


def own_rss_mib() -> str:
    """This process's current RSS, the floor under every child's reported peak."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return f"{int(line.split()[1]) / 1024:.0f}"
    except OSError:
        pass
    return "?"


def find_jdupes() -> str:
    """Path of jdupes, or a BenchError that says how to install it."""
    found = shutil.which("jdupes") or (
        JDUPES_FALLBACK if os.access(JDUPES_FALLBACK, os.X_OK) else None
    )
    if found is None:
        raise BenchError("jdupes not found; install it with: apt-get install -y jdupes")
    return found


@dataclass(slots=True)
class Results:
    """All measurements of a benchmark, per command."""

    find: list[Measurement]
    jdupes: list[Measurement]
    scan: list[Measurement]
    rescan: list[Measurement]
    changed: list[Measurement]


NEW_FILE: Final = "Nieuw bestand van vandaag.docx"
"""Added to the tree's root for the changed rescan, and removed again."""


def run_round(tree: Path, work: Path, jdupes: str, label: str) -> tuple[Measurement, ...]:
    """One round-robin round: find, jdupes, a first scan, its rescan, and a rescan after
    one file was added (what an employee's next day looks like: the listing changed, so
    every row is worked out again, but the hash cache spares reading)."""
    logs = work / "logs"
    logs.mkdir(exist_ok=True)
    found = run_measured(find_command(tree), logs / f"find-{label}.err")
    check("find", found, (0,))
    dupes = run_measured(jdupes_command(tree, jdupes), logs / f"jdupes-{label}.err")
    check("jdupes", dupes, (0, 1))
    data = work / f"data-{label}"  # fresh: a new catalog and an empty hash cache
    data.mkdir()
    output = work / "scan.csv"
    output.unlink(missing_ok=True)
    env = {**os.environ, "SHARETIDY_DATA_DIR": str(data)}
    command = scan_command(tree, output)
    scan = run_measured(command, logs / f"scan-{label}.err", env=env, cwd=REPO_ROOT)
    check_scan("sharetidy scan", scan, output)
    output.unlink()
    rescan = run_measured(command, logs / f"rescan-{label}.err", env=env, cwd=REPO_ROOT)
    check_scan("sharetidy scan (rescan)", rescan, output)
    added = tree / NEW_FILE
    try:
        added.write_bytes(f"bench {label}".encode())
        changed = run_measured(command, logs / f"changed-{label}.err", env=env, cwd=REPO_ROOT)
        check_scan("sharetidy scan (changed rescan)", changed, output)
    finally:
        added.unlink(missing_ok=True)
    shutil.rmtree(data, ignore_errors=True)
    return found, dupes, scan, rescan, changed


def benchmark(tree: Path, work: Path, runs: int) -> Results:
    """Warm up, then measure the commands round-robin ``runs`` times."""
    jdupes = find_jdupes()
    size = warm_cache(tree)
    memory = available_memory()
    if memory is not None and size > memory // 2:
        print(
            f"warning: tree ({size / 2**20:.0f} MiB) may not fit in the page cache",
            file=sys.stderr,
        )
    # One unmeasured round: metadata for find and jdupes, .pyc files for the scanner.
    print(f"warm-up round (RSS floor of this process: {own_rss_mib()} MiB) ...", file=sys.stderr)
    run_round(tree, work, jdupes, "warmup")
    results = Results([], [], [], [], [])
    for run in range(1, runs + 1):
        found, dupes, scan, rescan, changed = run_round(tree, work, jdupes, str(run))
        results.find.append(found)
        results.jdupes.append(dupes)
        results.scan.append(scan)
        results.rescan.append(rescan)
        results.changed.append(changed)
        print(
            f"run {run}/{runs}: find {found.seconds:.2f} s ({found.rss_kib / 1024:.0f} MiB), "
            f"jdupes {dupes.seconds:.2f} s ({dupes.rss_kib / 1024:.0f} MiB), "
            f"scan {scan.seconds:.2f} s ({scan.rss_kib / 1024:.0f} MiB), "
            f"rescan {rescan.seconds:.2f} s ({rescan.rss_kib / 1024:.0f} MiB), "
            f"changed rescan {changed.seconds:.2f} s ({changed.rss_kib / 1024:.0f} MiB)",
            file=sys.stderr,
        )
    return results


def report(files: int, results: Results) -> list[str]:
    """The ``name=value`` lines: medians, peak scan RSS, ratios and target verdicts."""

    def median(measurements: list[Measurement]) -> float:
        return statistics.median(m.seconds for m in measurements)

    find_s = median(results.find)
    jdupes_s = median(results.jdupes)
    scan_s = median(results.scan)
    rescan_s = median(results.rescan)
    changed_s = median(results.changed)
    rss_mb = max(m.rss_kib for m in results.scan + results.rescan) / 1024
    changed_rss_mb = max(m.rss_kib for m in results.changed) / 1024
    baseline = find_s + jdupes_s
    ratio = scan_s / baseline if baseline > 0 else float("inf")
    rescan_ratio = rescan_s / scan_s if scan_s > 0 else float("inf")

    def flag(ok: bool) -> str:
        return "true" if ok else "false"

    return [
        f"files={files}",
        f"find_s={find_s:.3f}",
        f"jdupes_s={jdupes_s:.3f}",
        f"scan_s={scan_s:.3f}",
        f"rescan_s={rescan_s:.3f}",
        f"scan_rss_mb={rss_mb:.1f}",
        f"changed_rescan_s={changed_s:.3f}",
        f"changed_rescan_rss_mb={changed_rss_mb:.1f}",
        f"ratio_scan_vs_find_jdupes={ratio:.3f}",
        f"ratio_rescan_vs_scan={rescan_ratio:.3f}",
        f"target_ratio_ok={flag(ratio <= TARGET_RATIO)}",
        f"target_rss_ok={flag(rss_mb <= TARGET_RSS_MB)}",
        f"target_rescan_ok={flag(rescan_ratio <= TARGET_RESCAN)}",
    ]


def main(argv: Sequence[str] | None = None) -> int:
    """Command line entry point; exit 2 when a command fails."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=200_000, help="files in the share")
    parser.add_argument("--runs", type=int, default=5, help="measured runs per command")
    parser.add_argument(
        "--dir",
        type=Path,
        help="keep the share in DIR/share and reuse it next time (default: a temp folder)",
    )
    parser.add_argument(
        "--keep", action="store_true", help="do not delete a share made in a temp folder"
    )
    args = parser.parse_args(argv)
    if args.files < 1 or args.runs < 1:
        parser.error("--files and --runs must be at least 1")

    base = args.dir.resolve() if args.dir else Path(tempfile.mkdtemp(prefix="sharetidy-share-"))
    work = Path(tempfile.mkdtemp(prefix="sharetidy-bench-"))
    try:
        tree = prepare_tree(base, args.files)
        results = benchmark(tree, work, args.runs)
    except BenchError as exc:
        print(f"bench_scan: {exc}", file=sys.stderr)
        return 2
    finally:
        shutil.rmtree(work, ignore_errors=True)
        if args.dir is None:
            if args.keep:
                print(f"kept {base / TREE_NAME}", file=sys.stderr)
            else:
                shutil.rmtree(base, ignore_errors=True)
    for line in report(args.files, results):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
