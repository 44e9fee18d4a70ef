"""Which files each step of the guided path shows: quick wins, old files and the rest.

Every file of the share lands in exactly one of the three, so walking the path once
shows each file once. The sets are byte masks over the review's columns (C-speed
``translate`` and big-integer AND/OR, no Python per file), because a share may hold a
million files and the path must still open a step at once.

- **Quick wins**: files the policy suggests deleting because they are temporary or
  system files, installers, or a copy of a duplicate that is not the one kept; never
  a protected file (a likely official record).
- **Old files**: the rest of the files that a retention rule (a rule with an age)
  judged: past their retention period, or old official records to archive.
- **The rest**: everything else.
"""

from __future__ import annotations

import weakref
from array import array
from dataclasses import dataclass
from itertools import compress

from desktop_app.core.classify import CATEGORIES
from desktop_app.core.policy import DELETE, Policy
from desktop_app.core.store import FLAG_DUP_KEEPER
from desktop_app.gui.decision_state import EQUALS, and_masks, or_masks
from desktop_app.gui.file_columns import FileColumns

QUICK_CATEGORIES = frozenset({"temporary", "installer"})
_NOT = bytes(0 if v else 1 for v in range(256))


@dataclass(frozen=True)
class FileSets:
    """File indexes of each part, in the columns' (folder) order."""

    quick: array
    old: array
    rest: array


def _table(wanted: set[int]) -> bytes:
    return bytes(1 if v in wanted else 0 for v in range(256))


def quick_mask(cols: FileColumns) -> bytes:
    """1 for every quick win (see the module text)."""
    n = cols.n
    if not n:
        return b""
    quick_categories = {i for i, name in enumerate(CATEGORIES) if name in QUICK_CATEGORIES}
    candidates = bytearray(bytes(cols.category).translate(_table(quick_categories)))
    flags = cols.flags
    for index in cols.dup_group:
        if not flags[index] & FLAG_DUP_KEEPER:
            candidates[index] = 1
    suggested_delete = bytes(cols.suggestion).translate(EQUALS[DELETE])
    unprotected = bytes(cols.protected).translate(_NOT)
    return and_masks(and_masks(candidates, suggested_delete), unprotected)


def old_mask(cols: FileColumns, policy: Policy, quick: bytes) -> bytes:
    """1 for every file a rule with an age judged, that is not a quick win."""
    n = cols.n
    if not n:
        return b""
    aged = {k for k, rule_id in enumerate(cols.rule_ids) if policy.rule(rule_id).older_than_years}
    judged = bytes(cols.rule).translate(_table(aged))
    return and_masks(judged, quick.translate(_NOT))


_last: tuple[weakref.ref, Policy, FileSets] | None = None
"""The last split: three steps ask for it after every load of the same columns."""


def split_files(cols: FileColumns | None, policy: Policy) -> FileSets:
    """The three parts of a share's files (made once per loaded scan)."""
    global _last
    if cols is None or not cols.n:
        return FileSets(array("i"), array("i"), array("i"))
    if _last is not None and _last[0]() is cols and _last[1] is policy:
        return _last[2]
    quick = quick_mask(cols)
    old = old_mask(cols, policy, quick)
    rest = or_masks(quick, old).translate(_NOT)
    every = range(cols.n)
    found = FileSets(
        array("i", compress(every, quick)),
        array("i", compress(every, old)),
        array("i", compress(every, rest)),
    )
    _last = (weakref.ref(cols), policy, found)
    return found
