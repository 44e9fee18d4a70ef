"""Write a scan's export file with both cores: a forked child formats most of the rows
while this process stores the scan in the catalog and formats the rest.

Formatting a row (its path, ISO date, reason text and quoting) and storing it are both
Python work that one process does one after the other; on a share of 200,000 files
that is seconds. Once the suggestions are final the rows no longer change, so a child
made with ``fork`` (which sees the rows without copying them) can write the first part
of the file while this process writes the catalog and then the last part. The parts
are joined, flushed to disk and renamed into place only when the scan has been stored:
a cancelled, failed or killed scan leaves no export, exactly as before.

``fork`` is only safe in a process with one thread (the command line), so the desktop
app, Windows and macOS write the export after the scan in this process instead; the
bytes are the same either way (tests compare them).
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from desktop_app.core.atomic import write_text_atomic
from desktop_app.core.forking import fork_is_safe, start_child, stop_child, wait_child
from desktop_app.core.gcpause import gc_paused
from desktop_app.core.policy import Policy
from desktop_app.core.scan_export import format_rows, write_csv, write_jsonl
from desktop_app.core.scanner import ScanResult

CHILD_SHARE_STORING = 0.9
"""Part of the rows the child formats while this process also stores the scan (the
store takes about as long as formatting 90% of the rows: 1.1 s and 1.2 s for 200,000)."""
CHILD_SHARE_IDLE = 0.5
"""Part of the rows the child formats when nothing is stored (an unchanged rescan)."""
MIN_ROWS = 20_000
"""Below this a fork costs more than it saves."""


class SplitExport:
    """An export of one scan to ``output`` (``.csv`` or ``.jsonl``), written in two parts.

    Pass :meth:`start` to the scanner as ``rows_ready``; call :meth:`finish` once the scan
    is stored, or :meth:`abandon` when it failed.
    """

    def __init__(self, output: Path, policy: Policy, lang: str, *, now_s: float | None = None):
        self.output = output
        self.policy = policy
        self.lang = lang
        self.now_s = time.time() if now_s is None else now_s
        """One clock for both parts, so that every reason counts ages alike."""
        self.jsonl = output.suffix.lower() == ".jsonl"
        self.child: int | None = None
        self.cut = 0
        self.part: str | None = None

    def _writer(self, out: IO[str], rows: Iterator[tuple], *, header: bool) -> int:
        write = write_jsonl if self.jsonl else write_csv
        return write(rows, out, header=header)

    def start(self, result: ScanResult, storing: bool) -> None:
        """Fork the child that writes the first part, when that is safe and worth it."""
        if self.child is not None or result.files < MIN_ROWS or not fork_is_safe():
            return
        share = CHILD_SHARE_STORING if storing else CHILD_SHARE_IDLE
        self.cut = int(result.files * share)
        folder = self.output.parent if str(self.output.parent) else Path(".")
        fd, self.part = tempfile.mkstemp(prefix=f".{self.output.name}.", suffix=".part", dir=folder)

        def write_first_part() -> None:
            encoding = "utf-8" if self.jsonl else "utf-8-sig"
            with os.fdopen(fd, "w", encoding=encoding, newline="") as out:
                self._writer(out, self._rows(result, 0, self.cut), header=True)

        self.child = start_child(write_first_part)
        os.close(fd)

    def finish(self, result: ScanResult) -> int:
        """Write what the child did not, join the parts and rename; returns the row count."""
        with gc_paused():  # as during the scan: the rows are many lists and no cycles
            return self._finish(result)

    def _finish(self, result: ScanResult) -> int:
        if self.child is None:
            return write_text_atomic(
                self.output,
                lambda out: self._writer(out, self._rows(result, 0, None), header=True),
                bom=not self.jsonl,
            )
        assert self.part is not None
        folder = Path(self.part).parent
        fd, rest = tempfile.mkstemp(prefix=f".{self.output.name}.", suffix=".part", dir=folder)
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
                self._writer(out, self._rows(result, self.cut, None), header=False)
            finished = wait_child(self.child)
            self.child = None
            if not finished:
                raise OSError(f"could not write {self.output}: the export process failed")
            with open(self.part, "ab") as whole, open(rest, "rb") as tail:
                shutil.copyfileobj(tail, whole, 1 << 20)
                whole.flush()
                os.fsync(whole.fileno())
            os.replace(self.part, self.output)
            self.part = None
        finally:
            Path(rest).unlink(missing_ok=True)
            self.abandon()
        return result.files

    def abandon(self) -> None:
        """Stop the child (if any) and remove its part; the output is left untouched."""
        if self.child is not None:
            stop_child(self.child)
            self.child = None
        if self.part is not None:
            Path(self.part).unlink(missing_ok=True)
            self.part = None

    def _rows(self, result: ScanResult, start: int, stop: int | None) -> Iterator[tuple]:
        return format_rows(
            result.rows(start, stop), result.groups(), self.policy, self.lang, self.now_s
        )
