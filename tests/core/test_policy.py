"""Each rule of the shipped policy, its precedence, and the protected-record safety net."""

from __future__ import annotations

import time

import pytest

from desktop_app.core.classify import category_index
from desktop_app.core.policy import ARCHIVE, DELETE, KEEP, SECONDS_PER_YEAR, FileFacts
from desktop_app.core.reasons import Reasons

NOW = time.mktime((2026, 12, 1, 12, 0, 0, 0, 0, 0))


def facts(name: str, folder: str = "", years: float = 0.1, size: int = 1000, **extra) -> FileFacts:
    mtime = int((NOW - years * SECONDS_PER_YEAR) * 1e9)
    return FileFacts(name, folder, category_index(name), size, mtime, **extra)


@pytest.mark.parametrize(
    ("file", "rule", "suggestion", "protected"),
    [
        (facts("~$Besluit college.docx"), "junk", DELETE, False),
        (facts("Thumbs.db", "Foto's"), "junk", DELETE, False),
        (facts("notitie.tmp"), "junk", DELETE, False),
        (facts("Office2016.iso"), "installer", DELETE, False),
        (facts("setup.exe", "Downloads"), "installer", DELETE, False),
        (facts("IMG_2041.jpg", "Vakantie 2017"), "personal-media", DELETE, False),
        (facts("film.mp4", "Privé/Films"), "personal-media", DELETE, False),
        (facts("Top 40.mp3", "Werk"), "music", DELETE, False),
        (
            facts("plan.docx", duplicate=True, copies=2, keeper="Projecten/plan.docx"),
            "duplicate",
            DELETE,
            False,
        ),
        (facts("Besluit college 2015.docx", "Projecten", years=9), "record-archive", ARCHIVE, True),
        (facts("rapport.pdf", "Archief 2012/Ruimte", years=12), "record-archive", ARCHIVE, True),
        (facts("Raadsvoorstellen overzicht.xlsx", years=5), "record-archive", ARCHIVE, True),
        (facts("Re: afspraak.msg", years=8), "mail-retention", DELETE, False),
        (facts("Re: afspraak.msg", years=6), "recent-work", KEEP, False),
        (facts("notities overleg.docx", years=5), "document-retention", DELETE, False),
        (facts("leeg.txt", size=0), "empty", DELETE, False),
        (facts("begroting 2027.xlsx", years=0.5), "recent-work", KEEP, False),
        (facts("Besluit 2025.docx", years=1), "recent-work", KEEP, False),
    ],
)
def test_shipped_rules(config, file, rule, suggestion, protected) -> None:
    outcome = config.policy.suggest(file, NOW)
    assert (outcome.rule.id, outcome.suggestion, outcome.protected) == (rule, suggestion, protected)


def test_junk_wins_over_duplicates(config) -> None:
    """Identical junk files are all 'delete' by the junk rule, not kept as duplicates."""
    keeper = facts("Thumbs.db")
    assert config.policy.suggest(keeper, NOW).rule.id == "junk"


def test_a_copy_of_an_official_record_is_never_suggested_delete(config) -> None:
    copy = facts(
        "Besluit college 2015.docx",
        "Oud",
        years=9,
        duplicate=True,
        copies=2,
        keeper="Projecten/Besluit college 2015.docx",
    )
    outcome = config.policy.suggest(copy, NOW)
    assert outcome.suggestion == ARCHIVE
    assert outcome.protected


def test_reason_uses_the_files_own_numbers(config) -> None:
    file = FileFacts(
        "notitie.docx",
        "",
        category_index("notitie.docx"),
        1000,
        int(time.mktime((2012, 3, 14, 12, 0, 0, 0, 0, 0)) * 1e9),
    )
    outcome = config.policy.suggest(file, NOW)
    nl = Reasons(config.policy, "nl", NOW).text(outcome.rule.id, file)
    en = Reasons(config.policy, "en", NOW).text(outcome.rule.id, file)
    assert nl.startswith(
        "Niet meer gewijzigd sinds maart 2012 (14 jaar). Documenten bewaren we 4 jaar"
    )
    assert "kies dan Archiveren" in nl
    assert en.startswith("Not changed since March 2012 (14 years). We keep documents for 4 years")


def test_duplicate_reason_names_the_kept_copy(config) -> None:
    copy = facts("plan.docx", duplicate=True, copies=3, keeper="Projecten/plan.docx")
    text = Reasons(config.policy, "nl", NOW).text("duplicate", copy)
    assert "3 keer" in text and "Projecten/plan.docx" in text


def test_every_suggestion_names_a_rule_and_has_both_reasons(config) -> None:
    for rule in config.policy.rules:
        assert rule.id and rule.reason_nl and rule.reason_en
        assert rule.reason_nl != rule.reason_en


def test_memoised_reasons_match_direct_formatting(config) -> None:
    from desktop_app.core.classify import CATEGORIES
    from desktop_app.core.policy import reason_text

    reasons = Reasons(config.policy, "nl", NOW)
    for years in (0.2, 1.5, 5, 9, 14):
        for name in ("a.docx", "b.msg", "c.iso", "leeg.txt"):
            file = facts(name, years=years, size=0 if name == "leeg.txt" else 5000)
            outcome = config.policy.suggest(file, NOW)
            direct = reason_text(outcome.rule, file, NOW, "nl", CATEGORIES[file.category])
            assert reasons.text(outcome.rule.id, file) == direct
            assert reasons.text(outcome.rule.id, file) == direct  # from the memo


def test_reasons_found_by_day_are_exact_on_the_day_the_age_changes(config) -> None:
    """Texts are memoised by the file's day, except on the day its age in years turns:
    every minute of the days around a 14th anniversary gives the direct text."""
    from desktop_app.core.classify import CATEGORIES
    from desktop_app.core.policy import reason_text

    rule = config.policy.rule("document-retention")
    reasons = Reasons(config.policy, "nl", NOW)
    turn = NOW - 14 * SECONDS_PER_YEAR
    ages = set()
    for minute in range(-3 * 1440, 3 * 1440, 7):
        mtime = int((turn + minute * 60) * 1e9)
        file = FileFacts("nota.docx", "", category_index("nota.docx"), 5000, mtime)
        direct = reason_text(rule, file, NOW, "nl", CATEGORIES[file.category])
        assert reasons.text(rule.id, file) == direct, minute
        ages.add(direct.split("(")[1].split(")")[0])
    assert ages == {"13 jaar", "14 jaar"}
