"""How the review screen's data layer holds up on a share of a million files.

Why a catalog built straight in SQLite: writing a million real files takes minutes and
is not what is measured here; the review only ever reads the catalog. The generator
makes a realistic one (a deep Dutch office folder tree of ~30,000 folders, real-looking
names, sizes, mtimes over 18 years, categories and suggestions from the shipped policy,
a few % duplicates and SharePoint problems), then the benchmark times what the employee
waits for and prints one ``name=value`` per line:

    load_s        FileTableModel.load + FolderTreeModel build, from the column snapshot (the
                  app's case on every start, and after a scan once the scan worker ran
                  prepare_columns)
    load_cold_s   the same without any snapshot (first read straight from SQLite; writes it)
    prepare_s     prepare_columns: columns + sort indexes into the snapshot, the scan
                  worker's job off the UI thread (run in a child process here, so its
                  memory is apart: prepare_rss_mb)
    first_paint_s a QTableView on the model shown offscreen until its first paint (grab)
    sort_size_s   sort by size; sort_name_s: by name; sort_s: the larger of the two (with
                  the snapshot's sort index); sort_*_cold_s: the first such sort without one
    filter_s      set_filter with a search text
    decide_s      DecisionService.decide_files on 100,000 selected rows (delete, committed)
    rss_mb        peak resident memory of this process (the review's side)

Repeatable steps run three times and the median is printed (a first-use cold sort and
prepare_s once each). Without ``--dir`` the catalog goes to a temporary folder that is
removed afterwards. Usage::

    QT_QPA_PLATFORM=offscreen python benchmarks/gui_scale.py [--files N] [--dir D]
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop_app.core.classify import category_index
from desktop_app.core.config import default_config_path, load_config
from desktop_app.core.policy import DELETE, FileFacts, Policy
from desktop_app.core.store import FLAG_DUP_KEEPER, Catalog

TOPICS = (
    "Omgevingswet", "Marktplein", "Klimaatadaptatie", "Woningbouw Noord", "Jeugdzorg", "Wmo",
    "Participatiewet", "Riolering", "Groenbeheer", "Parkeerbeleid", "Sportaccommodaties",
    "Bestemmingsplan Buitengebied", "Subsidieregeling", "Energietransitie", "Afvalinzameling",
    "Schuldhulpverlening", "Privacy AVG", "Archiefbeleid", "Digitalisering", "Kadernota",
)  # fmt: skip
TOP_FOLDERS = (
    "Projecten", "Beleid", "Overleg", "Financiën", "Personeel", "Archief", "Correspondentie",
    "Subsidies", "Inkoop", "Communicatie", "Persoonlijk", "Scans", "Foto's vakantie", "Oud",
)  # fmt: skip
SUBFOLDERS = (
    "Notulen", "Agenda's", "Concepten", "Definitief", "Bijlagen", "Offertes", "Facturen",
    "Contracten", "Rapportages", "Presentaties", "Planning", "Correspondentie", "Oud", "Foto's",
    "Besluiten", "Dossiers", "Werkmap", "Kopie", "Backup", "2019", "2021", "2023",
)  # fmt: skip
KINDS = (
    ("{topic} {year} v{n}.docx", 30), ("Notulen {topic} {day}-{month}-{year}.docx", 10),
    ("Begroting {topic} {year}.xlsx", 12), ("Presentatie {topic}.pptx", 5),
    ("Scan {year}{month}{day}_{n}.pdf", 12), ("RE {topic}.msg", 8), ("IMG_{n}.jpg", 10),
    ("Raadsvoorstel {topic} {year}.docx", 3), ("Besluit {topic} {year}.pdf", 2),
    ("{topic}.zip", 2), ("setup_{topic}.exe", 1), ("~${topic}.docx", 2), ("Thumbs.db", 1),
    ("{topic} opname.mp3", 1), ("Snelkoppeling {topic}.lnk", 1),
)  # fmt: skip
YEAR_NS = int(365.25 * 24 * 3600 * 1e9)


def make_catalog(path: Path, files: int, policy: Policy, seed: int = 7) -> int:
    """A catalog with one root of ``files`` files; returns the root id."""
    rng = random.Random(seed)
    catalog = Catalog(path)
    root_id = catalog.root_id("/srv/shares/afdeling/ruimte", None)
    scan_id, folder_base, file_base = catalog.begin_scan()
    folders = _folders(rng, max(1, files // 33))
    now_ns = time.time_ns()
    weights = [w for _, w in KINDS]
    templates = [t for t, _ in KINDS]
    folder_rows, file_rows = [], []
    per_folder = _spread(rng, files, len(folders))
    record_folder = [policy.is_record_folder(rel) for rel, _ in folders]
    fid = file_base
    dup_pool: list[tuple[int, str, int, bytes]] = []
    for f, ((rel, parent), count) in enumerate(zip(folders, per_folder, strict=True)):
        parent_id = None if parent < 0 else folder_base + parent
        folder_rows.append((folder_base + f, scan_id, root_id, parent_id, rel, None))
        used: set[str] = set()
        for _ in range(count):
            name = _name(rng, rng.choices(templates, weights)[0], used)
            size = int(rng.lognormvariate(11, 2.2)) if not name.endswith(".db") else 20480
            mtime = now_ns - int(rng.random() ** 1.4 * 18 * YEAR_NS)
            category = category_index(name)
            sp = (1 << rng.randrange(6)) if rng.random() < 0.02 else 0
            group, flags, facts = None, 0, FileFacts(name, rel, category, size, mtime)
            # Files sharing a size with another carry a partial digest (the hash cache).
            partial = rng.randbytes(16) if rng.random() < 0.4 else None
            full = None
            if dup_pool and rng.random() < 0.03:  # a copy of an earlier file
                group, keeper, size, full = rng.choice(dup_pool)
                partial = full
                facts = FileFacts(name, rel, category, size, mtime, True, 2, keeper)
            elif rng.random() < 0.03:
                group, flags = rng.getrandbits(47), FLAG_DUP_KEEPER
                partial = full = rng.randbytes(16)
                dup_pool.append((group, f"{rel}/{name}" if rel else name, size, full))
            outcome = policy.suggest(facts, now_ns / 1e9, record_folder[f])
            file_rows.append(
                (fid, scan_id, root_id, folder_base + f, name, None, size, mtime, category,
                 flags, sp, group, outcome.rule.id, outcome.suggestion, int(outcome.protected),
                 partial, full)
            )  # fmt: skip
            fid += 1
            if len(file_rows) >= 50_000:  # stream, as the scanner does: memory stays flat
                catalog.add_rows(folder_rows, file_rows)
                folder_rows, file_rows = [], []
    catalog.add_rows(folder_rows, file_rows)
    catalog.finish_scan(scan_id, [root_id])
    catalog.close()
    return root_id


def _folders(rng: random.Random, count: int) -> list[tuple[str, int]]:
    """(rel, parent index) for ``count`` folders, parents first, root first."""
    out = [("", -1)]
    seen = {""}
    frontier = [0]
    while len(out) < count:
        parent = frontier[min(len(frontier) - 1, int(rng.random() ** 2 * len(frontier)))]
        rel = out[parent][0]
        depth = rel.count("/") + 1 if rel else 0
        if depth >= 6:
            frontier.remove(parent)
            continue
        pool = TOP_FOLDERS if depth == 0 else SUBFOLDERS + TOPICS
        name = rng.choice(pool)
        if rng.random() < 0.5:
            name = f"{name} {rng.randrange(2008, 2027)}"
        child = f"{rel}/{name}" if rel else name
        if child in seen:
            child = f"{child} ({len(out)})"
        seen.add(child)
        out.append((child, parent))
        frontier.append(len(out) - 1)
    return out


def _spread(rng: random.Random, files: int, folders: int) -> list[int]:
    """How many files each folder holds (uneven, as on real shares), summing to ``files``."""
    raw = [rng.paretovariate(1.6) for _ in range(folders)]
    total = sum(raw)
    counts = [int(files * r / total) for r in raw]
    for k in range(files - sum(counts)):
        counts[k % folders] += 1
    return counts


def _name(rng: random.Random, template: str, used: set[str]) -> str:
    name = ""
    for attempt in range(1000):
        name = template.format(
            topic=rng.choice(TOPICS),
            year=rng.randrange(2008, 2027),
            month=f"{rng.randrange(1, 13):02d}",
            day=f"{rng.randrange(1, 29):02d}",
            n=rng.randrange(1, 9999),
        )
        if attempt > 2:  # like Windows does for a second "Thumbs.db": "Thumbs (2).db"
            stem, dot, ext = name.rpartition(".")
            tag = rng.randrange(2, 99999)
            name = f"{stem} ({tag}).{ext}" if dot else f"{name} ({tag})"
        if name not in used:
            break
    used.add(name)
    return name


def _prepare_elsewhere(path: Path, root_id: int, peak: list[float]) -> None:
    """prepare_columns in a child process; its own peak memory (VmHWM) goes into ``peak``."""
    code = (
        "import sys; sys.path.insert(0, sys.argv[3]);"
        "from desktop_app.core.store import Catalog;"
        "from desktop_app.gui.column_cache import prepare_columns;"
        "prepare_columns(Catalog(sys.argv[1], readonly=True), int(sys.argv[2]));"
        "print([l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1])"
    )
    repo = str(Path(__file__).resolve().parent.parent)
    done = subprocess.run(
        [sys.executable, "-c", code, str(path), str(root_id), repo],
        check=True,
        capture_output=True,
        text=True,
    )
    peak.append(int(done.stdout.split()[-1]) / 1024)


def median_of(step: Callable[[int], None], runs: int = 3) -> float:
    """Median seconds of ``step(run)`` over ``runs`` runs."""
    times = []
    for run in range(runs):
        started = time.perf_counter()
        step(run)
        times.append(time.perf_counter() - started)
    if os.environ.get("GUI_SCALE_TRACE"):
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"# {step.__name__}: {times} peak {peak:.0f} MB", file=sys.stderr)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1_000_000)
    parser.add_argument("--dir", type=Path, default=None, help="where to put the catalog")
    args = parser.parse_args(argv)

    temporary = args.dir is None
    work = args.dir or Path(tempfile.mkdtemp(prefix="sharetidy-gui-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        return _measure(args.files, work)
    finally:
        if temporary:
            shutil.rmtree(work, ignore_errors=True)


def _measure(count: int, work: Path) -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QTableView

    from desktop_app.gui import column_cache
    from desktop_app.gui.decide import DecisionService
    from desktop_app.gui.file_model import FileFilter, FileTableModel
    from desktop_app.gui.folder_model import FolderTreeModel

    app = QApplication.instance() or QApplication([])
    config = load_config(default_config_path())
    path = work / f"catalog-{count}.db"
    for stale in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        stale.unlink(missing_ok=True)
    started = time.perf_counter()
    root_id = make_catalog(path, count, config.policy)
    print(f"# generated {count} files in {time.perf_counter() - started:.1f} s", file=sys.stderr)

    catalog = Catalog(path)
    files = FileTableModel(catalog, config.policy, "nl")
    folders = FolderTreeModel(files)
    service = DecisionService(catalog, files)
    results: dict[str, float] = {}

    def cold(_run: int) -> None:
        column_cache.forget(catalog.path, root_id)
        files.load(root_id)

    results["load_cold_s"] = median_of(cold)
    # Without a sort index (the cold path) the first sort on a column sorts for real.
    order = (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder)
    results["sort_size_cold_s"] = median_of(lambda _run: files.sort(files.SIZE), runs=1)
    results["sort_name_cold_s"] = median_of(lambda _run: files.sort(files.NAME), runs=1)
    files.sort(-1)
    # What the scan worker does off the UI thread: columns + sort indexes into the snapshot.
    # It runs in its own process here, so that rss_mb is the review's own memory; its
    # peak is printed apart (prepare_rss_mb).
    peak: list[float] = []
    results["prepare_s"] = median_of(lambda _run: _prepare_elsewhere(path, root_id, peak), 1)
    results["prepare_rss_mb"] = peak[0]
    results["load_s"] = median_of(lambda _run: files.load(root_id))
    assert folders.rowCount() == 1 and files.rowCount() == count

    views: list[QTableView] = []

    def paint(_run: int) -> None:
        view = QTableView()
        view.setModel(files)
        view.resize(1200, 800)
        view.show()
        view.grab()
        views.append(view)

    results["first_paint_s"] = median_of(paint)
    for view in views[:-1]:
        view.close()
        view.deleteLater()
    app.processEvents()

    results["sort_size_s"] = median_of(lambda run: files.sort(files.SIZE, order[run % 2]))
    results["sort_name_s"] = median_of(lambda run: files.sort(files.NAME, order[run % 2]))
    results["sort_s"] = max(results["sort_size_s"], results["sort_name_s"])
    texts = ("verslag", "notulen 2019", "begroting")
    results["filter_s"] = median_of(lambda run: files.set_filter(FileFilter(text=texts[run])))
    files.set_filter(FileFilter())
    rng = random.Random(3)

    def decide(_run: int) -> None:
        count = min(100_000, files.rowCount() // 2)  # --files below 200,000: half the rows
        rows = rng.sample(range(files.rowCount()), count)
        outcome = service.decide_files(files.rows_to_indexes(rows), DELETE)
        assert outcome.decided + len(outcome.refused) == count

    results["decide_s"] = median_of(decide)
    results["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    for name in ("load_s", "load_cold_s", "prepare_s", "first_paint_s", "sort_size_s",
                 "sort_name_s", "sort_s", "sort_size_cold_s", "sort_name_cold_s", "filter_s",
                 "decide_s", "rss_mb", "prepare_rss_mb"):  # fmt: skip
        value = results[name]
        print(f"{name}={value:.1f}" if name.endswith("_mb") else f"{name}={value:.3f}")
    views[-1].close()
    catalog.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
