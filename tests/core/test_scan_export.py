"""Export rows built from file rows: full paths in the root's own separator, and reasons
that are the policy's own texts whichever way they were found."""

from __future__ import annotations

import os

from desktop_app.core.classify import CATEGORIES
from desktop_app.core.policy import FileFacts, reason_text
from desktop_app.core.scan_export import format_rows

NOW = 1_800_000_000
DAY_NS = 86_400 * 10**9
OLD = (NOW - 9 * 365 * 86_400) * 10**9


def _row(root: str, folder: str, name: str, mtime_ns: int = OLD, rule: str = "document-retention"):
    # (root, folder, name, size, mtime_ns, category, flags, sp, dup_group, rule, suggestion,
    # protected), as stored; category 0 is a document, suggestion 2 delete.
    return (root, folder, name, 10, mtime_ns, 0, 0, 0, None, rule, 2, 0)


def test_paths_use_the_roots_separator_in_every_folder(config) -> None:
    rows = [
        _row("\\\\fs01\\home\\jan\\", "", "brief.docx"),
        _row("\\\\fs01\\home\\jan\\", "Projecten/2019", "plan.docx"),
        _row("\\\\fs01\\home\\jan\\", "Projecten/2019", "notulen.docx"),
        _row("/srv/share/", "Beleid", "nota.docx"),
        _row("/srv/share", "", "los.docx"),
        _row("\\\\fs01\\home\\jan\\", "Projecten", "oud.docx"),
    ]
    paths = [out[0] for out in format_rows(rows, {}, config.policy, "nl", NOW)]
    assert paths == [
        "\\\\fs01\\home\\jan\\brief.docx",
        "\\\\fs01\\home\\jan\\Projecten\\2019\\plan.docx",
        "\\\\fs01\\home\\jan\\Projecten\\2019\\notulen.docx",
        f"/srv/share{os.sep}Beleid{os.sep}nota.docx",
        f"/srv/share{os.sep}los.docx",
        "\\\\fs01\\home\\jan\\Projecten\\oud.docx",
    ]


def test_reasons_found_by_day_are_the_policys_own_texts(config) -> None:
    # Many files of a few days, two rules: the second file of a day takes the text found
    # for the first; every text must be what the policy itself writes for that file.
    rows = [
        _row("/srv/share", "Map", f"f{i}.docx", OLD + (i % 3) * DAY_NS + i, rule)
        for i in range(12)
        for rule in ("document-retention", "recent-work")
    ]
    out = list(format_rows(rows, {}, config.policy, "nl", NOW))
    for row, exported in zip(rows, out, strict=True):
        rule = config.policy.rule(row[9])
        facts = FileFacts(row[2], row[1], row[5], row[3], row[4])
        assert exported[6] == reason_text(rule, facts, NOW, "nl", CATEGORIES[row[5]])
