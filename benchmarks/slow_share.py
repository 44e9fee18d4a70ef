"""Benchmark ``sharetidy scan`` on a slow share: a FUSE mount that waits on every round trip.

Why: employees scan SMB shares over VPN, where every folder listing and every file open
waits for the server. A local benchmark hides that; this one mounts a read-only FUSE
passthrough over a generated tree that adds a fixed latency (5 ms by default) to every
folder listing (``readdir``) and every file ``open``, and times the real ``sharetidy
scan`` (a fresh catalog per run, as ``bench_scan.py`` does) next to ``find -printf`` and
``jdupes -r -q`` on the same mount, round-robin, medians over ``--runs``. Target: scan
<= 0.3x find + jdupes. In the same rounds it times the scan and ``find`` on the local
tree behind the mount, so we see that what makes slow shares fast (threads, chosen per
root by ``parallel_walk.should_parallelise``) costs a local disk nothing.

Probes (in this process, on the mount): the listing alone through
``parallel_walk.walk`` with 1, 4, 8 and 16 threads; with ``--hash-probe`` also the first
block of up to 4,000 files read by ``readers.Readers`` with two processes or 8, 16
and 32 threads.

Usage (as root; needs /dev/fuse, ``pip install fusepy`` and ``apt-get install libfuse2
jdupes``)::

    python -m benchmarks.slow_share [--folders 2000] [--files-per-folder 10]
        [--latency-ms 5] [--runs 3] [--hash-probe] [--no-local]

Results go to stdout as ``name=value`` lines; progress to stderr. The mount is always
unmounted, also on errors and Ctrl+C.
"""

from __future__ import annotations

import argparse
import codecs
import errno
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Final

REPO_ROOT: Final = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from benchmarks.bench_scan import (  # noqa: E402
    BenchError,
    Measurement,
    check,
    check_scan,
    find_command,
    find_jdupes,
    jdupes_command,
    run_measured,
    scan_command,
)

TARGET_SLOW_RATIO: Final = 0.3
"""On the slow mount a scan should take at most 0.3x find and jdupes together."""
FS_CODEC: Final = "sharetidy_fs"
"""UTF-8 with surrogate escapes: fusepy decodes paths strictly otherwise, and a name that
is not UTF-8 (common on old shares) would fail to pass through."""
MOUNT_WAIT_S: Final = 15.0
EXTENSIONS: Final = (".docx", ".xlsx", ".pdf", ".jpg", ".txt", ".pptx", ".msg", ".zip")


# ------------------------------------------------------------------ the generated tree


def make_tree(dest: Path, folders: int, per_folder: int, seed: int = 1) -> dict[str, int]:
    """A deterministic tree of ``folders`` folders (the root included) x ``per_folder`` files.

    Eight subfolders per folder (about four levels for 2,000), sizes log-uniform from
    200 B to 64 KiB (so small files share sizes, as on real shares), 5 % exact copies of
    another file and 2 % decoys: the same size and first block, other last bytes.
    """
    rng = random.Random(seed)
    pool = rng.randbytes(8 * 1024 * 1024)
    paths = [dest]
    for i in range(1, folders):
        paths.append(paths[(i - 1) // 8] / f"Map {i:04d}")
    made: list[tuple[int, int]] = []  # (offset, size) of every original
    counts = {"files": 0, "bytes": 0}
    for f, folder in enumerate(paths):
        folder.mkdir(parents=True, exist_ok=True)
        for j in range(per_folder):
            roll = rng.random()
            if made and roll < 0.05:
                offset, size = rng.choice(made)
                data = pool[offset : offset + size]
            elif made and roll < 0.07:
                offset, size = rng.choice(made)
                data = pool[offset : offset + size - 8] + rng.randbytes(min(8, size))
            else:
                size = int(200 * (65536 / 200) ** rng.random())
                offset = rng.randrange(len(pool) - size)
                made.append((offset, size))
                data = pool[offset : offset + size]
            path = folder / f"Document {f:04d}-{j:02d}{EXTENSIONS[(f + j) % len(EXTENSIONS)]}"
            path.write_bytes(data)
            mtime = 1_330_000_000 + rng.randrange(400_000_000)
            os.utime(path, (mtime, mtime))
            counts["files"] += 1
            counts["bytes"] += len(data)
    return counts


# ------------------------------------------------------------------ the FUSE passthrough


def _register_codec() -> None:
    def search(name: str) -> codecs.CodecInfo | None:
        if name != FS_CODEC:
            return None
        return codecs.CodecInfo(
            lambda text, errors="strict": (text.encode("utf-8", "surrogateescape"), len(text)),
            lambda data, errors="strict": (
                bytes(data).decode("utf-8", "surrogateescape"),
                len(data),
            ),
            name=FS_CODEC,
        )

    codecs.register(search)


def load_fuse() -> Any:
    """fusepy, or a BenchError that says what to install."""
    try:
        import fuse
    except ImportError as exc:
        raise BenchError("fusepy is missing: pip install fusepy") from exc
    except OSError as exc:  # fusepy found no libfuse
        raise BenchError("libfuse2 is missing: apt-get install -y libfuse2") from exc
    return fuse


def serve(source: str, mountpoint: str, latency_s: float) -> None:
    """Mount ``source`` read-only at ``mountpoint`` and serve until unmounted."""
    fuse = load_fuse()
    _register_codec()

    class SlowPassthrough(fuse.Operations):
        """Read-only passthrough; every listing and open waits ``latency_s`` first."""

        use_ns = True

        def _real(self, path: str) -> str:
            return source + path

        def getattr(self, path: str, fh: int | None = None) -> dict[str, int]:
            st = os.lstat(self._real(path))
            keys = ("st_mode", "st_nlink", "st_size", "st_uid", "st_gid", "st_blocks")
            attrs = {key: getattr(st, key) for key in keys}
            attrs.update(st_atime=st.st_atime_ns, st_mtime=st.st_mtime_ns)
            attrs["st_ctime"] = st.st_ctime_ns
            return attrs

        def readlink(self, path: str) -> str:
            return os.readlink(self._real(path))

        def readdir(self, path: str, fh: int) -> list[str]:
            time.sleep(latency_s)
            return [".", "..", *os.listdir(self._real(path))]

        def open(self, path: str, flags: int) -> int:
            if flags & (os.O_WRONLY | os.O_RDWR | os.O_TRUNC | os.O_APPEND):
                raise fuse.FuseOSError(errno.EROFS)
            time.sleep(latency_s)
            return os.open(self._real(path), flags)

        def read(self, path: str, size: int, offset: int, fh: int) -> bytes:
            return os.pread(fh, size, offset)

        def release(self, path: str, fh: int) -> int:
            os.close(fh)
            return 0

        def statfs(self, path: str) -> dict[str, int]:
            sv = os.statvfs(self._real(path))
            keys = ("f_bavail", "f_bfree", "f_blocks", "f_bsize", "f_frsize", "f_namemax")
            return {key: getattr(sv, key) for key in keys}

    fuse.FUSE(
        SlowPassthrough(),
        mountpoint,
        foreground=True,
        ro=True,
        fsname="slowshare",
        encoding=FS_CODEC,
    )


def fuse_available() -> str:
    """'' when a slow mount can be made here, else the reason why not."""
    if not os.path.exists("/dev/fuse") or not os.access("/dev/fuse", os.R_OK | os.W_OK):
        return "/dev/fuse is missing or not usable (FUSE needs root here)"
    try:
        load_fuse()
    except BenchError as exc:
        return str(exc)
    return ""


def _unmount(mountpoint: str) -> None:
    commands = (
        ["fusermount", "-u", mountpoint],
        ["umount", mountpoint],
        ["fusermount", "-u", "-z", mountpoint],
        ["umount", "-l", mountpoint],
    )
    for command in commands:
        if not os.path.ismount(mountpoint):
            return
        if shutil.which(command[0]):
            subprocess.run(command, capture_output=True, check=False)


@contextmanager
def slow_mount(source: Path, latency_s: float) -> Iterator[Path]:
    """``source`` mounted read-only behind ``latency_s`` per listing and open; always
    unmounted afterwards, also when the body fails."""
    mountpoint = tempfile.mkdtemp(prefix="sharetidy-slow-")
    command = [sys.executable, "-m", "benchmarks.slow_share", "serve"]
    command += [str(source), mountpoint, "--latency-ms", str(latency_s * 1000)]
    with tempfile.TemporaryFile() as log:
        server = subprocess.Popen(command, cwd=REPO_ROOT, stdout=log, stderr=log)
        try:
            deadline = time.monotonic() + MOUNT_WAIT_S
            while not os.path.ismount(mountpoint):
                if server.poll() is not None or time.monotonic() > deadline:
                    log.seek(0)
                    tail = log.read()[-2000:].decode("utf-8", "replace")
                    raise BenchError(f"the FUSE server did not mount {mountpoint}:\n{tail}")
                time.sleep(0.02)
            yield Path(mountpoint)
        finally:
            _unmount(mountpoint)
            try:
                server.wait(10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
            if not os.path.ismount(mountpoint):
                os.rmdir(mountpoint)


# ------------------------------------------------------------------ measuring


def run_tool(name: str, command: list[str], work: Path, allowed: Sequence[int]) -> Measurement:
    result = run_measured(command, work / f"{name}.err")
    check(name, result, allowed)
    return result


def run_scan(tree: Path, work: Path, label: str) -> Measurement:
    """One ``sharetidy scan TREE --output F.csv`` with a fresh data dir: a new catalog and
    an empty hash cache, so every run reads what a first scan reads."""
    data = Path(tempfile.mkdtemp(prefix="data-", dir=work))
    output = work / "scan.csv"
    output.unlink(missing_ok=True)
    env = {**os.environ, "SHARETIDY_DATA_DIR": str(data)}
    result = run_measured(scan_command(tree, output), work / f"{label}.err", env=env, cwd=REPO_ROOT)
    check_scan(f"sharetidy scan ({label})", result, output)
    shutil.rmtree(data, ignore_errors=True)
    return result


def sharing_a_size(tree: Path) -> int:
    """Files whose size another file has: what a duplicate finder must open at least."""
    sizes: dict[int, int] = {}
    for folder, _dirs, names in os.walk(tree):
        for name in names:
            size = os.lstat(os.path.join(folder, name)).st_size
            sizes[size] = sizes.get(size, 0) + 1
    return sum(n for size, n in sizes.items() if n > 1 and size > 0)


def walk_probe(mount: Path, runs: int) -> list[str]:
    """The listing alone, as the scanner gets it: ``parallel_walk.walk`` with 1 (the
    serial walk), 4, 8 and 16 threads."""
    from desktop_app.core import parallel_walk

    times: dict[int, list[float]] = {w: [] for w in (1, 4, 8, 16)}
    for _ in range(runs):
        for workers in times:
            started = time.perf_counter()
            for _listing in parallel_walk.walk(str(mount), workers=workers):
                pass
            times[workers].append(time.perf_counter() - started)
    return [f"walk_threads{w}_s={statistics.median(t):.3f}" for w, t in times.items()]


def hash_probe(mount: Path, limit: int, runs: int) -> list[str]:
    """The first block of ``limit`` files on the mount, read by the scanner's readers
    (``readers.Readers``) with two processes (a local root) or with threads."""
    from desktop_app.core.readers import PARTIAL_BYTES
    from desktop_app.core.readers import Readers as _Readers

    jobs = []
    for folder, _dirs, names in os.walk(mount):
        jobs += [(os.path.join(folder, n), PARTIAL_BYTES + 1, False) for n in names]
    jobs = jobs[:limit]
    ways = {"processes2": (2, 0), "threads8": (2, 8), "threads16": (2, 16), "threads32": (2, 32)}
    times: dict[str, list[float]] = {name: [] for name in ways}
    for _ in range(runs):
        for name, (workers, threads) in ways.items():
            readers = _Readers(workers, threads)
            started = time.perf_counter()
            readers.read(jobs, lambda done: True)
            readers.close()
            times[name].append(time.perf_counter() - started)
    lines = [f"hash_probe_files={len(jobs)}"]
    lines += [f"hash_probe_{name}_s={statistics.median(t):.3f}" for name, t in times.items()]
    return lines


def benchmark(args: argparse.Namespace, tree: Path, work: Path) -> list[str]:
    """Round-robin runs on the mount (find, jdupes, scan) and locally (find, scan)."""
    from desktop_app.core import parallel_walk

    jdupes = find_jdupes()
    times: dict[str, list[Measurement]] = {}
    lines: list[str] = []

    def note(name: str, result: Measurement) -> None:
        times.setdefault(name, []).append(result)

    with slow_mount(tree, args.latency_ms / 1000) as mount:
        lines.append(f"slow_parallel={str(parallel_walk.should_parallelise(str(mount))).lower()}")
        lines.append(f"local_parallel={str(parallel_walk.should_parallelise(str(tree))).lower()}")
        print(f"mounted {tree} at {mount}; warm-up ...", file=sys.stderr)
        run_tool("find", find_command(mount), work, (0,))
        run_scan(mount, work, "warmup")  # .pyc files, the page cache behind the mount
        if not args.no_local:
            run_scan(tree, work, "warmup-local")
        for run in range(1, args.runs + 1):
            note("slow_find", run_tool("find", find_command(mount), work, (0,)))
            note("slow_jdupes", run_tool("jdupes", jdupes_command(mount, jdupes), work, (0, 1)))
            note("slow_scan", run_scan(mount, work, "slow-scan"))
            if not args.no_local:
                note("local_find", run_tool("find", find_command(tree), work, (0,)))
                note("local_scan", run_scan(tree, work, "local-scan"))
            last = ", ".join(f"{name} {m[-1].seconds:.2f} s" for name, m in times.items())
            print(f"run {run}/{args.runs}: {last}", file=sys.stderr)
        lines += walk_probe(mount, args.runs)
        if args.hash_probe:
            lines += hash_probe(mount, 4000, args.runs)
    return [*report(args, times), f"files_sharing_a_size={sharing_a_size(tree)}", *lines]


def report(args: argparse.Namespace, times: dict[str, list[Measurement]]) -> list[str]:
    """The medians, the scan's peak memory, the ratios and whether the target holds."""
    med = {name: statistics.median(m.seconds for m in runs) for name, runs in times.items()}
    lines = [
        f"folders={args.folders}",
        f"files={args.folders * args.files_per_folder}",
        f"latency_ms={args.latency_ms:g}",
        f"runs={args.runs}",
    ]
    lines += [f"{name}_s={value:.3f}" for name, value in med.items()]
    rss = max(m.rss_kib for name, runs in times.items() if name.endswith("scan") for m in runs)
    lines.append(f"scan_rss_mb={rss / 1024:.1f}")
    ratio = med["slow_scan"] / (med["slow_find"] + med["slow_jdupes"])
    lines.append(f"slow_ratio_scan_vs_find_jdupes={ratio:.3f}")
    lines.append(f"target_slow_ok={'true' if ratio <= TARGET_SLOW_RATIO else 'false'}")
    if "local_scan" in med:
        lines.append(f"local_ratio_scan_vs_find={med['local_scan'] / med['local_find']:.3f}")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    """Command line entry point; exit 2 when the benchmark cannot run."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["serve"]:  # the FUSE server, started by slow_mount in a child
        serve_args = argparse.ArgumentParser(prog="slow_share serve")
        serve_args.add_argument("source")
        serve_args.add_argument("mountpoint")
        serve_args.add_argument("--latency-ms", type=float, default=5.0)
        ns = serve_args.parse_args(argv[1:])
        serve(ns.source, ns.mountpoint, ns.latency_ms / 1000)
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folders", type=int, default=2000)
    parser.add_argument("--files-per-folder", type=int, default=10)
    parser.add_argument("--latency-ms", type=float, default=5.0)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--hash-probe", action="store_true", help="also time ways to read")
    parser.add_argument("--no-local", action="store_true", help="skip the local figures")
    args = parser.parse_args(argv)
    if args.folders < 1 or args.runs < 1:
        parser.error("--folders and --runs must be at least 1")
    reason = fuse_available()
    if reason:
        print(f"slow_share: {reason}", file=sys.stderr)
        return 2
    base = Path(tempfile.mkdtemp(prefix="sharetidy-slowtree-"))
    work = Path(tempfile.mkdtemp(prefix="sharetidy-slowbench-"))
    try:
        tree = base / "share"
        print(f"generating {args.folders} x {args.files_per_folder} files ...", file=sys.stderr)
        stats = make_tree(tree, args.folders, args.files_per_folder)
        print(f"generated {stats['files']} files, {stats['bytes'] >> 20} MiB", file=sys.stderr)
        lines = benchmark(args, tree, work)
    except BenchError as exc:
        print(f"slow_share: {exc}", file=sys.stderr)
        return 2
    finally:
        shutil.rmtree(work, ignore_errors=True)
        shutil.rmtree(base, ignore_errors=True)
    for line in lines:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
