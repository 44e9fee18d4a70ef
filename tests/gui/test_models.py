"""The review's data layer on real scans: file model, folder model, decisions, undo, cache.

Every test scans a small but real share (ages set with os.utime, a duplicate, an old
record that the policy protects, a SharePoint problem, a name that is not UTF-8) and
checks the models against the engine: the in-memory decisions against
``effective_decisions``, the reasons against the scan export, the totals against a
count over all files.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QTableView

from desktop_app.core.classify import CATEGORIES
from desktop_app.core.config import OrgConfig
from desktop_app.core.decisions import effective_decisions
from desktop_app.core.policy import ARCHIVE, DELETE, KEEP, SECONDS_PER_YEAR, human_size
from desktop_app.core.scan_export import scan_rows
from desktop_app.core.scanner import scan
from desktop_app.core.store import Catalog
from desktop_app.gui import column_cache
from desktop_app.gui.column_reader import read_from_catalog, read_row_by_row
from desktop_app.gui.decide import DecisionService
from desktop_app.gui.file_model import FileFilter, FileTableModel
from desktop_app.gui.file_words import category_words
from desktop_app.gui.folder_model import FolderTreeModel
from desktop_app.gui.folder_stats import TREE_PARTS, folder_tree

YEAR = SECONDS_PER_YEAR
BAD_NAME = b"caf\xe9 menu.txt"  # Latin-1 bytes: not UTF-8 (only possible on Linux)

FILES: dict[str, tuple[int, float | None, bytes | None]] = {
    # rel: (size, age in years or None for 'now', content seed or None for unique)
    "Besluiten 2015/Besluit college 2015.docx": (7000, 11, None),
    "Besluiten 2015/Bijlage besluit.pdf": (8100, 11, None),
    "Archief/notulen 2014.docx": (5200, 12, None),
    "Projecten/Plan.docx": (4000, None, b"plan"),
    "Projecten/kopie/Plan.docx": (4000, None, b"plan"),
    "Projecten/oud verslag.docx": (1500, 10, None),
    "Projecten/Deel A/Overzicht.xlsx": (22000, 0.5, None),
    "Projecten/Deel A/Diep/Notities.txt": (300, 0.2, None),
    "Projecten/Deel A/Diep/oud.txt": (310, 14, None),
    "Projecten/~$Plan.docx": (162, None, None),
    "setup.exe": (90000, 2, None),
    "Foto's vakantie/strand.jpg": (64000, 3, None),
    "mail/oud bericht.msg": (700, 16, None),
    "mail/nieuw bericht.msg": (710, 0.1, None),
    "leeg.txt": (0, None, None),
}
if sys.platform.startswith("linux"):
    FILES["Projecten/rapport: versie 2.docx"] = (2000, None, None)  # ':' is not for SharePoint


def make_share(root: Path) -> int:
    """Write the test share; returns the number of files."""
    now = time.time()
    for n, (rel, (size, age, seed)) in enumerate(sorted(FILES.items())):
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        unit = seed or f"{n}:{rel}".encode()
        path.write_bytes((unit * (size // max(1, len(unit)) + 1))[:size])
        if age is not None:
            stamp = now - age * YEAR
            os.utime(path, (stamp, stamp))
    (root / "Leeg").mkdir()
    count = len(FILES)
    if sys.platform.startswith("linux"):
        (root / "Projecten").joinpath(os.fsdecode(BAD_NAME)).write_bytes(b"x" * 33)
        count += 1
    return count


class Share:
    """A scanned test share with the models over it."""

    def __init__(self, tmp_path: Path, config: OrgConfig):
        self.root = tmp_path / "share"
        self.root.mkdir()
        self.count = make_share(self.root)
        self.config = config
        self.catalog = Catalog(tmp_path / "catalog.db")
        result = scan(self.catalog, [str(self.root)], config)
        self.root_id = result.root_ids[0]
        self.files = FileTableModel(self.catalog, config.policy, "nl")
        self.folders = FolderTreeModel(self.files)
        self.service = DecisionService(self.catalog, self.files)
        self.files.load(self.root_id)

    def index(self, rel: str) -> int:
        """The file index of a rel."""
        found = self.files.columns.locate(rel)
        assert len(found) == 1, rel
        return found[0]

    def infos(self) -> list:
        return [self.files.info(i) for i in range(self.files.file_count())]

    def rows(self) -> set[str]:
        model = self.files
        return {model.info(model.index_at_row(r)).rel for r in range(model.rowCount())}

    def catalog_rows(self) -> list[tuple]:
        return self.catalog.conn.execute(
            "SELECT root_id, rel, kind, decision, decided_at, size, mtime_ns, note "
            "FROM decisions ORDER BY root_id, kind, rel"
        ).fetchall()

    def model_state(self) -> list[tuple]:
        return [(i.rel, i.decision, i.source, i.decided_at, i.changed) for i in self.infos()]


@pytest.fixture
def share(tmp_path: Path, config: OrgConfig, qapp) -> Share:
    return Share(tmp_path, config)


def assert_matches_engine(share: Share) -> None:
    """The model's decision for every file equals the core's effective decision."""
    engine = {e.file_id: e for e in effective_decisions(share.catalog, share.root_id)}
    assert len(engine) == share.files.file_count()
    for info in share.infos():
        e = engine[info.file_id]
        assert (info.decision, info.source, info.decided_at) == (
            e.decision,
            e.source,
            e.decided_at,
        ), info.rel
        assert info.changed == e.changed_since_decided, info.rel


# -- loading and display ---------------------------------------------------------------
def test_load_shows_every_file_once(share: Share) -> None:
    model = share.files
    assert model.rowCount() == model.file_count() == share.count
    ids = [model.info(model.index_at_row(r)).file_id for r in range(model.rowCount())]
    assert len(set(ids)) == share.count
    for info in share.infos():
        assert os.path.exists(info.path), info.path  # the real path, bad names included
    assert_matches_engine(share)


def test_every_column_shows_its_text(share: Share) -> None:
    model = share.files
    i = share.index("Projecten/Plan.docx")
    info = model.info(i)
    row = model.row_of(i)

    def cell(column: int, role=Qt.ItemDataRole.DisplayRole):
        return model.data(model.index(row, column), role)

    assert cell(model.NAME) == "Plan.docx"
    assert cell(model.FOLDER) == "Projecten"
    assert cell(model.SIZE) == human_size(4000, "nl") == "3,9 KB"
    tm = time.localtime(info.mtime_ns / 1e9)
    assert cell(model.MODIFIED) == f"{tm.tm_mday}-{tm.tm_mon}-{tm.tm_year}"  # Dutch order
    model.set_language("en")
    assert cell(model.MODIFIED) == time.strftime("%Y-%m-%d", tm)
    model.set_language("nl")
    assert cell(model.TYPE) == "Document"
    assert cell(model.SUGGESTION) == "Keep"
    assert cell(model.DECISION) == "Keep"
    assert cell(model.DECISION, Qt.ItemDataRole.FontRole).italic()  # only the suggestion
    assert cell(model.DECISION, Qt.ItemDataRole.AccessibleTextRole) == "Keep, suggested"
    assert cell(model.SIZE, Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert cell(model.NAME, model.FileIndexRole) == i
    # The reason is the policy's, with the file's own numbers, as the scan export says it.
    exported = {
        r[0]: r[6] for r in scan_rows(share.catalog, [share.root_id], share.config.policy, "nl")
    }
    assert cell(model.REASON) == exported[info.path] == model.reason(i)
    assert exported[info.path] in cell(model.NAME, Qt.ItemDataRole.ToolTipRole)
    top = model.row_of(share.index("setup.exe"))
    assert model.data(model.index(top, model.FOLDER)) == "(top folder)"
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(8)]
    assert headers == [
        "Name",
        "Folder",
        "Size",
        "Modified",
        "Type",
        "Suggestion",
        "Reason",
        "Decision",
    ]


def test_protected_records_and_duplicates_are_explained(share: Share) -> None:
    model = share.files
    record = share.index("Besluiten 2015/Besluit college 2015.docx")
    info = model.info(record)
    assert info.protected and info.suggestion == ARCHIVE and info.rule == "record-archive"
    tip = model.data(model.index(model.row_of(record), model.DECISION), Qt.ItemDataRole.ToolTipRole)
    assert "\U0001f512" in tip and "official record" in tip
    copy = model.info(share.index("Projecten/kopie/Plan.docx"))
    assert copy.dup_group is not None and copy.suggestion == DELETE
    assert copy.keeper == "Projecten/Plan.docx" and copy.copies == 2 and not copy.is_keeper
    assert model.duplicates_of(copy.index) == [share.index("Projecten/Plan.docx")]
    assert "Projecten/Plan.docx" in model.reason(copy.index)
    assert model.duplicates_of(record) == []
    if sys.platform.startswith("linux"):
        sp = model.info(share.index("Projecten/rapport: versie 2.docx"))
        assert "invalid-char" in sp.sp_codes
        bad = [i for i in share.infos() if i.bad_name]
        assert len(bad) == 1 and os.fsencode(bad[0].path).endswith(BAD_NAME)
        assert "\N{REPLACEMENT CHARACTER}" in bad[0].name


def test_language_switch_changes_reasons_not_the_rows(share: Share, qtbot) -> None:
    model = share.files
    i = share.index("Projecten/oud verslag.docx")
    dutch = model.reason(i)
    with qtbot.waitSignal(model.languageChanged):
        model.set_language("en")
    assert model.reason(i) != dutch and "retention" in model.reason(i)
    assert model.data(model.index(model.row_of(i), model.SIZE)) == human_size(1500, "en")
    assert model.rowCount() == share.count


# -- sorting ---------------------------------------------------------------------------
def _sort_keys(share: Share) -> dict[int, Callable]:
    words = category_words()
    rank = {rule.id: n for n, rule in enumerate(share.config.policy.rules)}
    model = share.files
    return {
        model.NAME: lambda i: i.name.casefold(),
        model.FOLDER: lambda i: i.folder.casefold().split("/"),
        model.SIZE: lambda i: i.size,
        model.MODIFIED: lambda i: i.mtime_ns,
        model.TYPE: lambda i: words[i.category].casefold(),
        model.SUGGESTION: lambda i: i.suggestion,
        model.REASON: lambda i: rank.get(i.rule, 999),
        model.DECISION: lambda i: (i.decision, i.source == "suggestion"),
    }


@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_sort_every_column_both_orders(share: Share, order: Qt.SortOrder) -> None:
    model = share.files
    share.service.decide_files([share.index("mail/oud bericht.msg")], ARCHIVE)
    for column, key in _sort_keys(share).items():
        model.sort(column, order)
        infos = [model.info(model.index_at_row(r)) for r in range(model.rowCount())]
        keys = [key(i) for i in infos]
        expected = sorted(keys, reverse=order == Qt.SortOrder.DescendingOrder)
        assert keys == expected, model.COLUMNS[column]
        assert len({i.index for i in infos}) == share.count
    model.sort(-1)
    assert [model.index_at_row(r) for r in range(model.rowCount())] == list(range(share.count))


def test_sort_keeps_the_filter_and_the_filter_keeps_the_sort(share: Share) -> None:
    model = share.files
    model.set_filter(FileFilter(folder="Projecten"))
    shown = share.rows()
    model.sort(model.SIZE, Qt.SortOrder.DescendingOrder)
    assert share.rows() == shown
    sizes = [model.info(model.index_at_row(r)).size for r in range(model.rowCount())]
    assert sizes == sorted(sizes, reverse=True)
    model.set_filter(FileFilter(folder="Projecten", text="plan"))
    sizes = [model.info(model.index_at_row(r)).size for r in range(model.rowCount())]
    assert sizes == sorted(sizes, reverse=True) and model.rowCount() >= 2


def test_sort_and_filter_keep_the_selection(share: Share, qtbot) -> None:
    model = share.files
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    picked = {share.index("setup.exe"), share.index("Projecten/Plan.docx")}
    selection = view.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for i in picked:
        selection.select(model.index(model.row_of(i), 0), flags)
    model.sort(model.NAME, Qt.SortOrder.DescendingOrder)
    selected = {model.index_at_row(ix.row()) for ix in selection.selectedRows()}
    assert selected == picked
    model.set_filter(FileFilter(text="plan"))
    selected = {model.index_at_row(ix.row()) for ix in selection.selectedRows()}
    assert selected == {share.index("Projecten/Plan.docx")}
    assert view.verticalHeader().count() == model.rowCount()


# -- filtering -------------------------------------------------------------------------
def _filter_cases() -> list[tuple[FileFilter, Callable]]:
    doc = CATEGORIES.index("document")
    now = time.time()
    return [
        (FileFilter(), lambda i: True),
        (
            FileFilter(text="PLAN"),
            lambda i: "plan" in i.name.casefold() or "plan" in i.folder.casefold(),
        ),
        (FileFilter(text="deel a"), lambda i: i.folder.startswith("Projecten/Deel A")),
        (FileFilter(suggestion=DELETE), lambda i: i.suggestion == DELETE),
        (FileFilter(decision=ARCHIVE), lambda i: i.decision == ARCHIVE),
        (FileFilter(category=doc), lambda i: i.category == doc),
        (FileFilter(duplicates=True), lambda i: i.dup_group is not None),
        (FileFilter(sharepoint=True), lambda i: bool(i.sp_codes)),
        (FileFilter(older_than_years=5), lambda i: i.mtime_ns < (now - 5 * YEAR) * 1e9),
        (FileFilter(folder="Projecten"), lambda i: i.folder.split("/")[0] == "Projecten"),
        (FileFilter(folder=""), lambda i: True),
        (FileFilter(undecided=True), lambda i: i.source == "suggestion"),
        (
            FileFilter(suggestion=DELETE, folder="Projecten", older_than_years=3),
            lambda i: (
                i.suggestion == DELETE
                and i.folder.startswith("Projecten")
                and i.mtime_ns < (now - 3 * YEAR) * 1e9
            ),
        ),
        (
            FileFilter(text="bericht", decision=KEEP),
            lambda i: "bericht" in i.name and i.decision == KEEP,
        ),
    ]


@pytest.mark.parametrize("case", range(len(_filter_cases())))
def test_each_filter_and_combinations(share: Share, case: int, qtbot) -> None:
    spec, wanted = _filter_cases()[case]
    share.service.decide_files([share.index("Archief/notulen 2014.docx")], KEEP)
    with qtbot.waitSignal(share.files.filterChanged):
        share.files.set_filter(spec)
    assert share.files.filter() == spec
    expected = {i.rel for i in share.infos() if wanted(i)}
    assert share.rows() == expected
    assert expected or spec.sharepoint  # every case shows something (the SP case on Linux)


def test_rows_stay_until_the_filter_is_applied_again(share: Share) -> None:
    model = share.files
    model.set_filter(FileFilter(undecided=True))
    before = share.rows()
    share.service.decide_files([share.index("setup.exe")], KEEP)
    assert share.rows() == before  # nothing jumps away under the cursor
    model.refresh_filter()
    assert share.rows() == before - {"setup.exe"}


# -- totals ----------------------------------------------------------------------------
def test_totals_over_all_and_over_the_filter(share: Share) -> None:
    model = share.files
    share.service.decide_folder("mail", ARCHIVE)

    def count(infos) -> dict[int, tuple[int, int]]:
        out = {d: (0, 0) for d in range(3)}
        for i in infos:
            files, size = out[i.decision]
            out[i.decision] = (files + 1, size + i.size)
        return out

    assert model.totals() == count(share.infos())
    model.set_filter(FileFilter(folder="Projecten"))
    shown = [model.info(model.index_at_row(r)) for r in range(model.rowCount())]
    assert model.visible_totals() == count(shown)
    assert model.visible_size() == (len(shown), sum(i.size for i in shown))
    assert sum(f for f, _ in model.totals().values()) == share.count


# -- deciding --------------------------------------------------------------------------
def test_decide_files_commits_first_and_refuses_delete_for_records(share: Share, qtbot) -> None:
    record = share.index("Besluiten 2015/Besluit college 2015.docx")
    plain = share.index("Projecten/oud verslag.docx")
    seen: list[list[tuple]] = []
    share.files.decisionsChanged.connect(lambda: seen.append(share.catalog_rows()))
    with qtbot.waitSignal(share.files.decisionsChanged):
        outcome = share.service.decide_files([record, plain, plain], DELETE)
    assert outcome.decided == 1 and outcome.refused == [record]
    assert len(seen) == 1 and len(seen[0]) == 1  # committed before the model said so
    row = seen[0][0]
    info = share.files.info(plain)
    assert row[1:4] == ("Projecten/oud verslag.docx", "file", DELETE)
    assert (row[5], row[6]) == (info.size, info.mtime_ns) and row[4] == info.decided_at
    assert share.files.info(record).decision == ARCHIVE
    assert info.source == "employee" and not info.changed
    assert share.files.data(share.files.index(share.files.row_of(plain), 7)) == "\u2713 Delete"
    share.service.decide_files([plain], None)
    assert share.catalog_rows() == [] and share.files.info(plain).source == "suggestion"
    assert_matches_engine(share)


def test_decide_folder_holds_below_unless_deeper_decisions(share: Share) -> None:
    files, service = share.files, share.service
    deep = share.index("Projecten/Deel A/Diep/Notities.txt")
    service.decide_files([deep], ARCHIVE)
    outcome = service.decide_folder("Projecten", DELETE)
    below = [i for i in share.infos() if i.folder.startswith("Projecten")]
    assert outcome.decided == len(below) - 1 and outcome.refused == []
    for info in below:
        expected = ARCHIVE if info.index == deep else DELETE
        assert info.decision == expected, info.rel
        assert info.inherited_from == (None if info.index == deep else "Projecten")
    records = service.decide_folder("Besluiten 2015", DELETE)
    assert sorted(records.refused) == sorted(
        share.index(r) for r in FILES if r.startswith("Besluiten 2015/")
    )
    assert all(files.info(i).decision == ARCHIVE for i in records.refused)
    root = service.decide_folder("", KEEP)
    assert files.info(share.index("setup.exe")).decision == KEEP
    assert root.decided == sum(1 for i in share.infos() if i.inherited_from == "")
    assert_matches_engine(share)
    assert share.folders.decided_fraction("Projecten") == 1.0


def test_accept_suggestions_makes_them_own_decisions(share: Share) -> None:
    service = share.service
    plan = share.index("Projecten/Plan.docx")
    service.decide_files([plan], ARCHIVE)
    outcome = service.accept_suggestions("Projecten")
    below = [i for i in share.infos() if i.folder.startswith("Projecten")]
    assert outcome.decided == len(below) - 1
    for info in below:
        assert info.source == "employee"
        assert info.decision == (ARCHIVE if info.index == plan else info.suggestion)
    stored = share.catalog.decisions(share.root_id)
    assert len([k for k in stored if k[0] == "file"]) == len(below)
    assert share.service.accept_suggestions("Projecten").decided == 0
    assert_matches_engine(share)


def test_undo_and_redo_restore_exactly(share: Share) -> None:
    service = share.service
    share.catalog.set_decisions([(share.root_id, "setup.exe", "file", KEEP, 1, 1)])
    share.catalog.conn.execute("UPDATE decisions SET note = 'asked IT', decided_at = 12.5")
    share.files.load(share.root_id)
    steps = [
        lambda: service.decide_files([share.index("setup.exe"), share.index("leeg.txt")], DELETE),
        lambda: service.decide_folder("Projecten", ARCHIVE),
        lambda: service.accept_suggestions(""),
        lambda: service.decide_folder("Projecten", None),
        lambda: service.decide_files([share.index("Projecten/Plan.docx")], None),
    ]
    snapshots = [(share.catalog_rows(), share.model_state())]
    outcomes = []
    for step in steps:
        outcomes.append(step())
        snapshots.append((share.catalog_rows(), share.model_state()))
        assert_matches_engine(share)
    assert snapshots[0][0][0][-1] == "asked IT"
    for k in reversed(range(len(steps))):
        service.undo(outcomes[k])
        assert (share.catalog_rows(), share.model_state()) == snapshots[k], k
    for k, outcome in enumerate(outcomes):
        service.redo(outcome)
        assert (share.catalog_rows(), share.model_state()) == snapshots[k + 1], k
    # After a reload (a rescan gives new file indexes) undo still finds the files.
    share.files.load(share.root_id)
    service.undo(outcomes[-1])
    assert (share.catalog_rows(), share.model_state()) == snapshots[-2]
    assert_matches_engine(share)


def test_changed_since_decided_is_shown(share: Share) -> None:
    i = share.index("Projecten/oud verslag.docx")
    share.service.decide_files([i], KEEP)
    share.catalog.conn.execute("UPDATE decisions SET size = size + 1")
    share.files.load(share.root_id)
    model = share.files
    assert model.info(i).changed
    assert model.data(model.index(model.row_of(i), model.DECISION)).startswith("\u26a0")
    assert "Changed since you decided" in model.data(
        model.index(model.row_of(i), model.NAME), Qt.ItemDataRole.ToolTipRole
    )
    assert_matches_engine(share)


ACTIONS = st.lists(
    st.one_of(
        st.tuples(
            st.just("files"),
            st.lists(st.integers(0, 40), max_size=8),
            st.sampled_from([None, 0, 1, 2]),
        ),
        st.tuples(st.just("folder"), st.integers(0, 20), st.sampled_from([None, 0, 1, 2])),
        st.tuples(st.just("accept"), st.integers(0, 20), st.none()),
        st.tuples(st.just("undo"), st.none(), st.none()),
    ),
    max_size=8,
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(actions=ACTIONS)
def test_in_memory_decisions_equal_the_engine(share: Share, actions: list, tmp_path: Path) -> None:
    # Each example starts from the freshly scanned catalog (a copy of it).
    work = tmp_path / f"example-{time.perf_counter_ns()}.db"
    source = share.catalog.path
    backup = sqlite3.connect(work)
    share.catalog.conn.backup(backup)
    backup.close()
    with Catalog(work) as catalog:
        catalog.conn.execute("DELETE FROM decisions")
        files = FileTableModel(catalog, share.config.policy, "en")
        service = DecisionService(catalog, files)
        files.load(share.root_id)
        folders = sorted({files.columns.folder_rel[f] for f in range(files.columns.folder_total)})
        done = []
        for kind, what, decision in actions:
            if kind == "files":
                done.append(service.decide_files([w % files.file_count() for w in what], decision))
            elif kind == "folder":
                done.append(service.decide_folder(folders[what % len(folders)], decision))
            elif kind == "accept":
                done.append(service.accept_suggestions(folders[what % len(folders)]))
            elif done:
                service.undo(done.pop())
            engine = {e.file_id: e for e in effective_decisions(catalog, share.root_id)}
            for i in range(files.file_count()):
                info = files.info(i)
                e = engine[info.file_id]
                assert (info.decision, info.source, info.decided_at) == (
                    e.decision,
                    e.source,
                    e.decided_at,
                )
        reloaded = FileTableModel(catalog, share.config.policy, "en")
        reloaded.load(share.root_id)
        assert [reloaded.info(i) for i in range(files.file_count())] == [
            files.info(i) for i in range(files.file_count())
        ]
    assert source.exists()


# -- the folder tree -------------------------------------------------------------------
def test_folder_tree_sizes_names_and_decided_share(share: Share, qtbot) -> None:
    folders = share.folders
    assert folders.rowCount() == 1  # the share itself
    top = folders.index(0, 0)
    assert folders.data(top) == "share" and folders.folder_of(top) == ""
    names = [folders.data(folders.index(r, 0, top)) for r in range(folders.rowCount(top))]
    assert names == sorted(names, key=str.casefold)
    assert "Leeg" in names  # an empty folder is still a folder
    infos = share.infos()
    for rel in {i.folder for i in infos} | {"Leeg"}:
        index = folders.index_of(rel)
        assert folders.folder_of(index) == rel
        below = [i for i in infos if rel == "" or i.folder == rel or i.folder.startswith(rel + "/")]
        assert folders.folder_size(rel) == sum(i.size for i in below)
        assert folders.folder_files(rel) == len(below)
        assert folders.data(folders.index(index.row(), 1, index.parent())) == human_size(
            sum(i.size for i in below), "nl"
        )
    projecten = folders.index_of("Projecten")
    decided = folders.index(projecten.row(), 2, projecten.parent())
    assert folders.data(decided) == "0%"
    with qtbot.waitSignal(folders.dataChanged):
        share.service.decide_files([share.index("Projecten/Plan.docx")], KEEP)
    count = folders.folder_files("Projecten")
    assert folders.data(decided) == f"{int(100 / count)}%"
    assert folders.decided_fraction("Projecten") == pytest.approx(1 / count)
    assert folders.data(folders.index_of("Leeg").siblingAtColumn(2)) == "\u2013"
    parts = folders.decision_bytes("Projecten")
    assert sum(parts) == folders.folder_size("Projecten") and parts[3] == 4000  # keep, decided
    assert folders.children_of("Projecten") == ["Projecten/Deel A", "Projecten/kopie"]


def test_folder_tree_follows_a_reload(share: Share, qtbot) -> None:
    with qtbot.waitSignal(share.folders.modelReset):
        share.files.load(share.root_id)
    assert share.folders.folder_size("") == sum(i.size for i in share.infos())


# -- the column snapshot ----------------------------------------------------------------
def _same_columns(a, b) -> None:
    for name in ("file_id", "folder", "name", "size", "mtime", "category", "suggestion",
                 "protected", "flags", "folder_rel", "folder_first", "folder_count", "sp",
                 "dup_group", "raw_name", "folder_raw"):  # fmt: skip
        assert getattr(a, name) == getattr(b, name), name
    assert [a.rule_ids[r] for r in a.rule] == [b.rule_ids[r] for r in b.rule]


def test_packed_read_equals_the_plain_read_and_the_snapshot(share: Share) -> None:
    catalog, root = share.catalog, share.catalog.root(share.root_id)
    packed = read_from_catalog(catalog, root)
    _same_columns(packed, read_row_by_row(catalog, root))
    path = column_cache.snapshot_path(catalog.path, root.id)
    assert path.exists()  # the model's load wrote it
    cached = column_cache.read_snapshot(path, column_cache.snapshot_key(catalog, root))
    _same_columns(packed, cached)
    prepared = column_cache.prepare_columns(catalog, root.id)
    again = column_cache.read_snapshot(path, column_cache.snapshot_key(catalog, root))
    assert set(again.orders) == {"name", "folder", "size", "modified"}
    assert again.orders == prepared.orders
    assert set(again.tree) == set(TREE_PARTS) and again.tree == prepared.tree
    fresh = read_from_catalog(catalog, root)
    assert folder_tree(fresh) == again.tree  # the stored tree is the one made anew


def test_damaged_or_stale_snapshots_are_ignored(share: Share, config: OrgConfig) -> None:
    catalog = share.catalog
    path = column_cache.snapshot_path(catalog.path, share.root_id)
    path.write_bytes(path.read_bytes()[:200])  # truncated
    share.files.load(share.root_id)
    assert share.files.file_count() == share.count and path.stat().st_size > 200
    (share.root / "nieuw.txt").write_text("nieuw")  # a rescan makes a new scan
    scan(catalog, [str(share.root)], config)
    share.files.load(share.root_id)
    assert share.files.file_count() == share.count + 1
    assert "nieuw.txt" in {i.rel for i in share.infos()}
    shutil.rmtree(column_cache.cache_dir(catalog.path))
    share.files.load(share.root_id)  # works without any snapshot
    assert share.files.file_count() == share.count + 1


def test_the_scan_worker_hands_over_prepared_columns(share: Share, config: OrgConfig) -> None:
    worker = Catalog(share.catalog.path, readonly=True)  # the worker thread's own connection
    prepared = column_cache.prepare_columns(worker, share.root_id)
    worker.close()
    share.files.load(share.root_id, columns=prepared)
    assert share.files.columns is prepared and set(prepared.orders) >= {"name", "size"}
    share.files.sort(share.files.SIZE)
    assert share.files.info(share.files.index_at_row(0)).size == 0
    scan(share.catalog, [str(share.root)], config)  # nothing changed: the scan is kept
    share.files.load(share.root_id, columns=prepared)
    assert share.files.columns is prepared
    (share.root / "nieuw.txt").write_text("nieuw")
    scan(share.catalog, [str(share.root)], config)  # a newer scan: the old columns are stale
    share.files.load(share.root_id, columns=prepared)
    assert share.files.columns is not prepared
    assert share.files.columns.scan_id == share.catalog.root(share.root_id).scan_id
