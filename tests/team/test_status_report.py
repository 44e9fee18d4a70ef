"""``team status`` (the JSON object of DESIGN.md, and the table) and ``team report``."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.team import manifests as m


@pytest.fixture
def collected(drop: Path, db: Path, run) -> Path:
    jan = m.header(
        roots=["/srv/home/jan", "/srv/dept/ruimte"],
        department="Ruimte",
        created="2026-03-01T10:00:00Z",
    )
    m.write(
        drop,
        jan,
        [
            m.entry("a.docx", "keep", size=3_000_000_000),
            m.entry("b.tmp", "delete", size=1_000_000_000, rule="junk"),
            m.entry("gedeeld.xlsx", "delete", root=1, size=500, source="employee"),
        ],
    )
    piet = m.header(
        login="piet",
        roots=["/SRV/DEPT/Ruimte"],
        department="Ruimte",
        created="2026-03-02T10:00:00Z",
    )
    m.write(drop, piet, [m.entry("GEDEELD.xlsx", "keep", size=500, source="employee")])
    kim = m.header(login="kim", roots=["/srv/home/kim"], department="Financiën")
    m.write(drop, kim, [m.entry("a.txt", "archive", size=7, rule="<script>alert(1)</script>")])
    (drop / "kapot.sharetidy.jsonl").write_text("<b>niet</b> een manifest\n")
    assert run("team", "collect", drop, "--db", db)[0] == 1
    return db


def test_status_json_is_the_object_of_design(collected, run) -> None:
    code, out, err = run("team", "status", "--db", collected, "--json")
    assert code == 0 and err == ""
    data = json.loads(out)
    assert data == {
        "manifests": 3,
        "rejected": 1,
        "users": 3,
        "items": 4,
        "conflicts": 1,
        "departments": [
            {
                "name": "Financiën",
                "users": 1,
                "items": 1,
                "bytes": {"keep": 0, "archive": 7, "delete": 0},
            },
            {
                "name": "Ruimte",
                "users": 2,
                "items": 3,
                "bytes": {"keep": 3_000_000_500, "archive": 0, "delete": 1_000_000_000},
            },
        ],
    }


def test_status_table(collected, run) -> None:
    code, out, _ = run("team", "status", "--db", collected)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == [
        "department",
        "users",
        "items",
        "GB",
        "keep",
        "GB",
        "archive",
        "GB",
        "delete",
        "to",
        "M365",
    ]
    ruimte = next(line for line in lines if line.startswith("Ruimte"))
    assert ruimte.split() == ["Ruimte", "2", "3", "3.00", "0.00", "1.00", "75%"]
    assert any(line.startswith("total") and " 4 " in line for line in lines)
    assert "3 manifests from 3 users, 4 items, 1 conflicts, 1 files rejected" in out


def test_status_without_a_database(tmp_path, run) -> None:
    code, out, err = run("team", "status", "--db", tmp_path / "none.duckdb")
    assert code == 2 and out == "" and "no team database" in err
    assert not (tmp_path / "none.duckdb").exists()


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def test_report_is_one_self_contained_dutch_page(collected, run, tmp_path) -> None:
    out = tmp_path / "rapport.html"
    code, _, err = run("team", "report", "--db", collected, "--html", out)
    assert code == 0 and err == ""
    html = out.read_text("utf-8")
    parser = _Collect()
    parser.feed(html)
    tags = [t for t, _ in parser.tags]
    headings = [
        "Voortgang per afdeling",
        "Hoeveel gegevens per besluit",
        "Regels die het vaakst besloten",
        "Conflicten om op te lossen",
        "Geweigerde manifesten",
    ]
    text = " ".join(parser.text)
    for heading in headings:
        assert heading in text
    assert html.startswith("<!DOCTYPE html>") and '<html lang="nl">' in html
    assert tags.count("svg") >= 3 and "script" not in tags and "link" not in tags
    assert "img" not in tags and "iframe" not in tags
    for _, attrs in parser.tags:  # nothing loads from anywhere
        for key in ("src", "href"):
            assert key not in attrs
    assert not re.search(r"https?://(?!www\.w3\.org/2000/svg)", html)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # a rule id is text, never markup
    assert "kapot.sharetidy.jsonl" in html and "&lt;b&gt;niet&lt;/b&gt;" not in html
    assert "/srv/dept/ruimte/gedeeld.xlsx" in html.lower()  # the conflict, to resolve
    assert "piet: bewaren" in html and "jan: verwijderen" in html
    assert "junk" in html  # a rule that decided
    assert list(tmp_path.glob(".rapport.html.*")) == []  # written under a temporary name
