"""The published schema, the Python check and the team's SQL check agree on hostile lines.

The reference is ``jsonschema`` (draft 2020-12) on the file ``resources/manifest.schema
.json``, after a strict JSON parse (RFC 8259: no NaN, no duplicate keys, no unpaired
surrogates). ``core.manifest_schema`` must give the same verdict on every line. The SQL
fast path of ``team collect`` must never accept a line the reference refuses, and must
accept every valid line written in the app's compact form.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import duckdb
import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core import locations
from desktop_app.core.manifest_schema import check_line, ecma_regex, load_schema, pattern_test
from desktop_app.team import db, fastcheck, load

SCHEMA = json.loads((locations.resources_dir() / "manifest.schema.json").read_text("utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)

ENTRY = {
    "type": "entry",
    "root": 0,
    "rel": "Projecten/plan 2021.docx",
    "kind": "file",
    "decision": "keep",
    "suggested": "delete",
    "rule": "document-retention",
    "source": "employee",
    "size": 1234,
    "modified": "2021-03-01T10:00:00.123456Z",
    "decided_at": "2026-02-01T09:00:00Z",
    "note": None,
}
HEADER = {
    "type": "header",
    "schema": "sharetidy-manifest/1",
    "manifest_id": "0f8fad5b-d9cb-469f-a165-70867728950e",
    "created": "2026-03-01T10:00:00Z",
    "user": {"login": "jan", "domain": None, "display_name": "Jan", "department": None},
    "host": "PC-1",
    "app_version": "0.1.0",
    "policy": {"id": "p", "version": "1", "sha256": "abc"},
    "roots": ["\\\\fs01\\home\\jan", "/srv/share", "C:\\Users\\jan"],
    "assisted_by": None,
}
TRAILER = {
    "type": "trailer",
    "entries": 3,
    "bytes": {"keep": 1, "archive": 0, "delete": 2},
    "sha256": "a" * 64,
}

ODD_VALUES: list[Any] = [
    None,
    True,
    False,
    0,
    -1,
    1.5,
    1.0,
    1e3,
    2**53 - 1,
    2**53,
    10**30,
    "",
    "x",
    "0",
    [],
    {},
    "keep",
    "2021-03-01T10:00:00Z",
    "2021-03-01T10:00:00Z\n",
    "2021-13-01T10:00:00Z",
    "2021-03-01T24:00:00Z",
    "2021-03-01T10:00:60Z",
    "2021-03-01 10:00:00Z",
    "2021-03-01T10:00:00.1234567890Z",
    "٢٠٢١-03-01T10:00:00Z",
    "null",
]
RELS = [
    "a",
    "a/b",
    ".a",
    "a.",
    "...x",
    "a/...b",
    " a",
    "a ",
    "é/ü ñ",
    "a\nb",
    "a:b",
    "ab:c",
    "C",
    "C:",
    "C:x",
    "c:/x",
    "1:x",
    "/a",
    "a/",
    "a//b",
    "",
    ".",
    "..",
    "a/..",
    "../a",
    "a/./b",
    ". .",
    "a/ /b",
    "a/. ./b",
    "a\\b",
    "\\\\srv\\x",
    "a\u0000b",
    "😀/x",
    "a/b/c.txt",
    "a\tb",
    "x/.../y",
    "x/..a/y",
    "x/ ./y",
]


def _strict(text: str) -> Any:
    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        keys = [k for k, _ in items]
        if len(keys) != len(set(keys)):
            raise ValueError("duplicate key")
        return dict(items)

    def constant(name: str) -> Any:
        raise ValueError(name)

    value = json.loads(text, object_pairs_hook=pairs, parse_constant=constant)

    def walk(x: Any) -> None:
        if isinstance(x, str) and re.search("[\ud800-\udfff]", x):
            raise ValueError("surrogate")
        if isinstance(x, dict):
            for k, v in x.items():
                walk(k)
                walk(v)
        if isinstance(x, list):
            for v in x:
                walk(v)

    walk(value)
    return value


def reference(text: str) -> bool:
    """The verdict of jsonschema on the published file, after a strict parse."""
    try:
        value = _strict(text)
    except (ValueError, RecursionError):
        return False
    return VALIDATOR.is_valid(value)


def _compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _hostile_lines() -> list[str]:
    lines: list[str] = []
    for base in (ENTRY, HEADER, TRAILER):
        lines.append(_compact(base))
        lines.append(json.dumps(base))  # spaces: valid, but not the compact form
        for key in base:
            lines.append(_compact({k: v for k, v in base.items() if k != key}))
            for odd in ODD_VALUES:
                try:
                    lines.append(_compact({**base, key: odd}))
                except ValueError:
                    continue
        lines.append(_compact({**base, "extra": 1}))
    for rel in RELS:
        lines.append(_compact({**ENTRY, "rel": rel}))
        lines.append(json.dumps({**ENTRY, "rel": rel}, separators=(",", ":")))  # escaped
    for root in ["\\\\fs01", "srv/x", "/", "/srv/../x", "//srv/share/", "C:", "C:\\", "\\\\a\\b\\"]:
        lines.append(_compact({**HEADER, "roots": [root]}))
    lines.append(_compact({**HEADER, "roots": []}))
    text = _compact(ENTRY)
    lines += [
        text[:-1] + ',"note":null}',  # duplicate key
        text[:-1] + ',"note":"x"}',
        text.replace('"type":"entry",', '"type":"entry","type":"entry",'),
        text[:-1] + ",}",  # trailing comma
        text.replace('"size":1234', '"size":NaN'),
        text.replace('"size":1234', '"size":Infinity'),
        text.replace('"size":1234', '"size":-0'),
        text.replace('"size":1234', '"size":1.234e3'),
        text.replace('"size":1234', '"size":01234'),
        text.replace("plan", "pl\\u0061n"),
        text.replace("plan", "pl\\ud800an"),
        text.replace("plan", 'pl\\"an'),
        text.replace("plan", "pl\\/an"),
        text.replace("plan", "pl\tan"),
        "\ufeff" + text,
        " " + text,
        text + " ",
        "[" + text + "]",
        '"entry"',
        "null",
        "{}",
        text.replace('"note":null', '"note":{"a":1}'),
        text.replace('"rel":"Projecten/plan 2021.docx"', '"rel":"a","x":{"rel":"b"}'),
        text.replace(
            '"decided_at":"2026-02-01T09:00:00Z"',
            '"decided_at":"2026-02-01T09:00:00Z","note":null,"note2":1',
        ),
    ]
    return lines


LINES = _hostile_lines()


def test_the_schema_is_valid_draft_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert load_schema() == SCHEMA
    assert {s["$ref"] for s in SCHEMA["oneOf"]} == {
        "#/$defs/header",
        "#/$defs/entry",
        "#/$defs/trailer",
    }


def test_the_hostile_set_has_both_verdicts() -> None:
    verdicts = [reference(line) for line in LINES]
    assert sum(verdicts) >= 10 and verdicts.count(False) >= 200


@pytest.mark.parametrize("index", range(len(LINES)))
def test_python_check_agrees_with_jsonschema(index: int) -> None:
    line = LINES[index]
    _, problem = check_line(line)
    assert (problem is None) == reference(line), (line, problem)


def _sql_verdicts(lines: list[str], tmp_path: Path) -> list[bool]:
    """The fast path's verdict per line, through the very SQL that collect runs (each line
    after a header, as in a manifest): a line counts when the statement stored it."""
    conn = db.connect(tmp_path / "check.duckdb")
    files = []
    for i, line in enumerate(lines):
        path = tmp_path / f"line{i}.jsonl"
        path.write_text(
            _compact(HEADER) + "\n" + line + "\n", encoding="utf-8", errors="surrogatepass"
        )
        files.append((i + 1, str(path), "2026-03-01T10:00:00Z"))
    stored = load.fast_load(conn, files)
    conn.close()
    return [stored[i + 1][0] == 1 for i in range(len(lines))]


def test_sql_fast_path_is_sound_and_accepts_the_compact_form(tmp_path: Path) -> None:
    entries = [line for line in LINES if '"type":"entry"' in line or '"type": "entry"' in line]
    verdicts = _sql_verdicts(entries, tmp_path)
    for line, fast in zip(entries, verdicts, strict=True):
        valid = reference(line)
        if fast:
            assert valid, f"the fast path accepted an invalid line: {line!r}"
        if valid:
            try:
                compact = _compact(_strict(line)) == line and "\\" not in line
            except ValueError:
                compact = False
            if compact and _plain_numbers(_strict(line)):
                assert fast, f"the fast path refused a compact valid line: {line!r}"
    assert sum(verdicts) >= 10


def _plain_numbers(value: dict) -> bool:
    return all(
        isinstance(value[k], int) and not isinstance(value[k], bool) for k in ("root", "size")
    )


_SQL = duckdb.connect()
_REL_SQL = fastcheck.REL_SHORTCUT.format(
    x="x", check=fastcheck.value_check("x", SCHEMA["$defs"]["rel"])
)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab/. :\\C\x00\né", max_size=12))
def test_rel_shortcut_matches_the_schema_pattern(rel: str) -> None:
    # The SQL shortcut for 'rel' and the schema's regular expression agree on any path.
    expected = pattern_test("rel")(rel)
    assert expected == bool(ecma_regex(SCHEMA["$defs"]["rel"]["pattern"]).search(rel))
    text = _compact(rel)
    query = f"SELECT coalesce({_REL_SQL}, false) FROM (SELECT ? AS x)"
    got = _SQL.execute(query, [text]).fetchone()[0]
    if "\\" not in text:  # the line-wide check rules out escapes before this one runs
        assert got == expected, rel


def test_python_dollar_quirk_is_closed() -> None:
    # Python's re lets '$' match before a final newline; the schema's 'not' closes that.
    line = _compact({**ENTRY, "modified": "2021-03-01T10:00:00Z\n"})
    assert not reference(line)
    assert check_line(line)[1] is not None
