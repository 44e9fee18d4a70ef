"""The one statement that checks and stores entry lines never lets an invalid line in.

The reference is ``jsonschema`` on the published schema after a strict JSON parse (no
duplicate keys, no NaN, no lone surrogates). Thousands of lines, made by changing valid
compact lines a little at a time (a byte here, a value or a key there), go through the
very statement ``team collect`` runs: every line it stores must be valid, and every
valid line in the compact form the app writes must be stored.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import jsonschema
import pytest

from desktop_app.core.manifest import entry_line
from desktop_app.core.manifest_schema import load_schema, strict_loads
from desktop_app.team import db as teamdb
from desktop_app.team.load import fast_load

CREATED = "2026-03-01T10:00:00Z"
HEADER = json.dumps(
    {
        "type": "header",
        "schema": "sharetidy-manifest/1",
        "manifest_id": "0f8fad5b-d9cb-469f-a165-70867728950e",
        "created": CREATED,
        "user": {"login": "jan", "domain": None, "display_name": None, "department": None},
        "host": "PC-1",
        "app_version": "t",
        "policy": {"id": "p", "version": "1", "sha256": "x"},
        "roots": ["/srv/a", "/srv/b"],
        "assisted_by": None,
    },
    separators=(",", ":"),
)
VALIDATOR = jsonschema.Draft202012Validator(load_schema())

VALID = [
    entry_line(0, "Projecten/plan 2021.docx", "keep", "keep", "recent-work", "suggestion", 5,
               "2021-03-01T10:00:00.123456Z", CREATED, None),
    entry_line(1, "Financiën/Café's/überzicht.xlsx", "archive", "delete", "record-archive",
               "employee", 0, "2016-12-31T23:59:60Z", "2026-02-01T09:00:00.5Z", "zie mail"),
    entry_line(0, ".verborgen/a b/…/x", "delete", "delete", "", "employee",
               9007199254740991, "2020-02-31T00:00:00.000000001Z", "2026-02-01T09:00:00Z", ""),
    entry_line(0, "a", "keep", "archive", "r", "suggestion", 1, "1601-01-01T00:00:00Z",
               CREATED, "😀 émoji"),
    entry_line(1, "x/...y/ z", "archive", "archive", "r", "suggestion", 12,
               "9999-12-31T23:59:59.999999999Z", "2026-12-31T23:59:59Z", None),
]  # fmt: skip
ODD = [None, True, 0, -1, 1.5, 1.0, 1e3, 2**53, 10**30, "", "x", "0", [], {}, "keep",
       "2021-03-01T10:00:00+01:00", "2021-13-01T10:00:00Z", "2021-03-01T10:00:00.Z",
       "/abs", "C:/x", "a//b", "a/./b", "a\\b", "a\u0000b", "null"]  # fmt: skip
NOISE = ['"', "\\", ",", ":", "{", "}", "[", "]", " ", "0", "9", "-", ".", "/", "a", "é",
         "\u0000", "\t", "\u2028", "\ufeff", "e", "n", "u", "l"]  # fmt: skip


def reference(line: str) -> bool:
    """Is ``line`` a valid entry line? (strict parse, then the published schema)"""
    try:
        value = strict_loads(line)
    except ValueError:
        return False
    return isinstance(value, dict) and value.get("type") == "entry" and VALIDATOR.is_valid(value)


def _compact(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _in_the_apps_form(line: str) -> bool:
    """Compact, keys in the schema's order, no escapes, whole numbers written plainly."""
    value = json.loads(line)
    plain = all(type(value[k]) is int for k in ("root", "size"))
    order = list(value) == list(load_schema()["$defs"]["entry"]["properties"])
    return plain and order and "\\" not in line and _compact(value) == line


def _mutations(rng: random.Random, line: str) -> list[str]:
    value = json.loads(line)
    keys = list(value)
    out = []
    for _ in range(50):  # bytes: insert, delete, replace, repeat a stretch
        at = rng.randrange(len(line) + 1)
        out.append(line[:at] + rng.choice(NOISE) + line[at:])
        out.append(line[:at] + line[at + 1 :])
        out.append(line[:at] + rng.choice(NOISE) + line[at + 1 :])
        end = min(len(line), at + rng.randrange(1, 12))
        out.append(line[:end] + line[at:end] + line[end:])
    for key in keys:  # values and keys
        out.append(_compact({**value, key: rng.choice(ODD)}))
        out.append(_compact({k: v for k, v in value.items() if k != key}))
        out.append(line[:-1] + "," + _compact({key: value[key]})[1:])
        out.append(_compact({**value, key + "x": 1}))
    shuffled = keys[:]
    rng.shuffle(shuffled)
    out.append(_compact({k: value[k] for k in shuffled}))
    out.append(json.dumps(value, ensure_ascii=False))  # spaces: valid, not the fast form
    out.append(line.replace("\u00e9", "\\u00e9"))
    return [text for text in out if "\n" not in text and "\r" not in text]


def _stored(lines: list[str], tmp_path: Path) -> list[bool]:
    """Per line: did the fast statement store it? (each line alone in a file, after a
    header, as in a manifest)"""
    files = []
    for index, line in enumerate(lines):
        path = tmp_path / f"line{index}.jsonl"
        path.write_text(HEADER + "\n" + line + "\n", encoding="utf-8", errors="surrogatepass")
        files.append((index + 1, str(path), CREATED))
    conn = teamdb.connect(tmp_path / "check.duckdb")
    try:
        stats = fast_load(conn, files)
        return [stats[no][0] == 1 for no, _, _ in files]
    finally:
        conn.close()


@pytest.fixture(scope="module")
def verdicts(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, bool, bool]]:
    rng = random.Random(20260301)
    lines = list(VALID)
    for line in VALID:
        lines += _mutations(rng, line)
    lines = list(dict.fromkeys(lines))
    stored = _stored(lines, tmp_path_factory.mktemp("fastcheck"))
    return [(line, reference(line), fast) for line, fast in zip(lines, stored, strict=True)]


def test_the_sample_has_both_verdicts(verdicts) -> None:
    valid = sum(ok for _, ok, _ in verdicts)
    assert len(verdicts) > 1000 and valid >= 40 and len(verdicts) - valid >= 800


def test_no_invalid_line_is_stored(verdicts) -> None:
    wrong = [line for line, valid, fast in verdicts if fast and not valid]
    assert wrong == []


def test_every_line_in_the_apps_form_is_stored(verdicts) -> None:
    missed = [line for line, valid, fast in verdicts if valid and _in_the_apps_form(line)]
    missed = [line for line in missed if not dict((v[0], v[2]) for v in verdicts)[line]]
    assert missed == []
    assert all(fast for line, _, fast in verdicts if line in VALID)
