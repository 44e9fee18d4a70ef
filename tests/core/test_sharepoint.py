"""Tests for desktop_app.core.sharepoint: every rule both ways, plus the helpers around it.

Each code gets a name that triggers it and a near miss that must not, because a checker that
cries wolf makes employees rename files for nothing, and one that misses a rule makes the
migration fail later where nobody can fix it.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.scan_result import SP_BITS
from desktop_app.core.sharepoint import (
    CODES,
    MAX_FILE_BYTES,
    MAX_PATH_CHARS,
    SharePointChecker,
    describe,
    propose_name,
    target_prefix,
)

# Codes that belong to a single name (file or folder) rather than to its place or size.
FILE_NAME_CODES = {"invalid-char", "edge-space", "reserved-name", "lock-prefix", "vti"}
TEAM = "https://contoso.sharepoint.com/sites/team/Shared%20Documents"
ONEDRIVE = "https://contoso-my.sharepoint.com/personal/jan_contoso_nl/Documents"


def codes_for_file(name: str, folder: str = "", size: int = 1) -> tuple[str, ...]:
    checker = SharePointChecker()
    codes = checker.check(folder, name, size)
    # The mask a file row stores says the same, bit by bit, in every test below.
    assert SharePointChecker().mask(folder, name, size) == sum(SP_BITS[c] for c in codes)
    return codes


def codes_for_folder(folder: str) -> tuple[str, ...]:
    return codes_for_file("gewoon.txt", folder)


# --------------------------------------------------------------------------------------------
# CODES
# --------------------------------------------------------------------------------------------


def test_codes_are_unique_and_complete() -> None:
    assert len(CODES) == len(set(CODES)) == 10
    assert set(CODES) == FILE_NAME_CODES | {
        "forms-root",
        "tilde-folder",
        "path-too-long",
        "too-large",
        "thicket-folder",
    }


# --------------------------------------------------------------------------------------------
# Each code, triggered and near-missed
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("char", list('"*:<>?/\\|'))
def test_invalid_char_in_file_name(char: str) -> None:
    assert codes_for_file(f"plan{char}2024.docx") == ("invalid-char",)


@pytest.mark.parametrize("char", list('"*:<>?\\|'))
def test_invalid_char_in_folder_name(char: str) -> None:
    assert codes_for_folder(f"Projecten/plan{char}2024") == ("invalid-char",)


@pytest.mark.parametrize("name", ["plan-2024.docx", "plan_2024.docx", "plan'2024'.docx"])
def test_invalid_char_near_miss(name: str) -> None:
    assert codes_for_file(name) == ()


@pytest.mark.parametrize("name", [" rapport.docx", "rapport.docx ", "  rapport.docx  "])
def test_edge_space_file(name: str) -> None:
    assert codes_for_file(name) == ("edge-space",)


@pytest.mark.parametrize("folder", [" Projecten", "Projecten ", "a/b /c", "a/ b"])
def test_edge_space_folder(folder: str) -> None:
    assert codes_for_folder(folder) == ("edge-space",)


@pytest.mark.parametrize("name", ["rapport .docx", "mijn rapport.docx", "a\u00a0.docx"])
def test_edge_space_near_miss(name: str) -> None:
    assert codes_for_file(name) == ()


@pytest.mark.parametrize(
    "name",
    [
        "CON",
        "con",
        "con.txt",
        "Con.Docx",
        "PRN.pdf",
        "aux",
        "NUL.tar.gz",
        "nul.",
        "COM0",
        "com1.txt",
        "COM9.log",
        "lpt0",
        "LPT9.doc",
        ".lock",
        ".LOCK",
        "desktop.ini",
        "Desktop.INI",
    ],
)
def test_reserved_name(name: str) -> None:
    assert codes_for_file(name) == ("reserved-name",)


def test_reserved_name_as_folder() -> None:
    assert codes_for_folder("Archief/aux") == ("reserved-name",)


@pytest.mark.parametrize(
    "name",
    [
        "CONTRACT.docx",
        "console.txt",
        "com10.txt",
        "lpt.txt",
        "com.txt",
        "xcon.txt",
        "con_.txt",
        "nul-meting.xlsx",
        "a.lock",
        ".lock.txt",
        "desktop.ini.bak",
        "mydesktop.ini",
        "desktop.txt",
        "des\u212atop.ini",  # Kelvin sign, not a K: only ASCII case-folding counts
        "com\u00b9.txt",  # superscript one is not a digit 0-9
    ],
)
def test_reserved_name_near_miss(name: str) -> None:
    assert codes_for_file(name) == ()


@pytest.mark.parametrize("name", ["~$rapport.docx", "~$", "~$~$x.xlsx"])
def test_lock_prefix(name: str) -> None:
    assert codes_for_file(name) == ("lock-prefix",)


@pytest.mark.parametrize("name", ["~rapport.docx", "$~rapport.docx", "x~$.docx", "~ $x"])
def test_lock_prefix_near_miss(name: str) -> None:
    assert codes_for_file(name) == ()


@pytest.mark.parametrize(
    ("folder", "name"),
    [
        ("", "_vti_cnf.txt"),
        ("", "mijn_vti_bestand.txt"),
        ("", "x_VTI_y.txt"),
        ("site/_vti_pvt", "a.txt"),
        ("a/b_vti_c/d", "a.txt"),
    ],
)
def test_vti(folder: str, name: str) -> None:
    assert codes_for_file(name, folder) == ("vti",)


@pytest.mark.parametrize("name", ["vti.txt", "_vti.txt", "vti_.txt", "_v_t_i_.txt", "_vt i_.txt"])
def test_vti_near_miss(name: str) -> None:
    assert codes_for_file(name) == ()


@pytest.mark.parametrize("folder", ["forms", "Forms", "FORMS", "Forms/sub", "forms/a/b"])
def test_forms_root(folder: str) -> None:
    assert codes_for_folder(folder) == ("forms-root",)


@pytest.mark.parametrize(
    ("folder", "name"),
    [
        ("", "forms"),  # a file called forms at the root is fine
        ("", "Forms.docx"),
        ("Team/Forms", "a.txt"),  # only directly at the library root
        ("Formulieren", "a.txt"),
        ("forms2", "a.txt"),
    ],
)
def test_forms_root_near_miss(folder: str, name: str) -> None:
    assert codes_for_file(name, folder) == ()


@pytest.mark.parametrize("folder", ["~tmp", "~", "a/~oud", "a/~oud/b"])
def test_tilde_folder(folder: str) -> None:
    assert codes_for_folder(folder) == ("tilde-folder",)


def test_tilde_folder_with_lock_prefix_reports_both() -> None:
    assert codes_for_folder("~$map") == ("lock-prefix", "tilde-folder")


@pytest.mark.parametrize(
    ("folder", "name"), [("", "~bestand.docx"), ("oud~", "a.txt"), ("a/b~c", "~x.txt")]
)
def test_tilde_folder_near_miss(folder: str, name: str) -> None:
    assert codes_for_file(name, folder) == ()


@pytest.mark.parametrize(
    "folder",
    [
        "pagina_files",
        "pagina_FILES",
        "pagina_bestanden",
        "a/pagina_archivos",
        "a/pagina_fichiers/b",
        "pagina_Dateien",
    ],
)
def test_thicket_folder(folder: str) -> None:
    assert codes_for_folder(folder) == ("thicket-folder",)


@pytest.mark.parametrize(
    ("folder", "name"),
    [
        ("pagina.files", "a.txt"),
        ("pagina-files", "a.txt"),
        ("files", "a.txt"),
        ("pagina_files_oud", "a.txt"),
        ("", "pagina_files"),  # a file, not a folder
        ("a", "b_bestanden.zip"),
    ],
)
def test_thicket_folder_near_miss(folder: str, name: str) -> None:
    assert codes_for_file(name, folder) == ()


def test_too_large_boundary() -> None:
    assert MAX_FILE_BYTES == 250 * 1024**3
    assert codes_for_file("film.mp4", size=MAX_FILE_BYTES) == ()
    assert codes_for_file("film.mp4", size=MAX_FILE_BYTES + 1) == ("too-large",)


# --------------------------------------------------------------------------------------------
# Path length
# --------------------------------------------------------------------------------------------


def _name_to_reach(total: int, prefix: str, folder: str) -> str:
    """A file name that makes prefix + '/' + folder + '/' + name exactly `total` long."""
    used = len(prefix) + 1 + len(folder) + 1
    return "n" * (total - used - len(".txt")) + ".txt"


def test_path_too_long_with_prefix_at_400_and_401() -> None:
    checker = SharePointChecker(TEAM)
    prefix = "sites/team/Shared Documents"
    assert checker.prefix == prefix
    folder = "Projecten/2024"
    at_limit = _name_to_reach(MAX_PATH_CHARS, prefix, folder)
    assert len(f"{prefix}/{folder}/{at_limit}") == 400
    assert checker.check(folder, at_limit, 1) == ()
    over = "n" + at_limit
    assert len(f"{prefix}/{folder}/{over}") == 401
    assert checker.check(folder, over, 1) == ("path-too-long",)


def test_path_too_long_at_root_folder_with_prefix() -> None:
    checker = SharePointChecker(ONEDRIVE)
    prefix = "personal/jan_contoso_nl/Documents"
    name_400 = "x" * (400 - len(prefix) - 1)
    assert checker.check("", name_400, 1) == ()
    assert checker.check("", name_400 + "x", 1) == ("path-too-long",)


def test_path_too_long_without_target_counts_only_relative_path() -> None:
    checker = SharePointChecker()
    folder = "a" * 99
    assert checker.check(folder, "b" * 300, 1) == ()  # 99 + 1 + 300 = 400
    assert checker.check(folder, "b" * 301, 1) == ("path-too-long",)


def test_path_length_counts_characters_not_bytes() -> None:
    checker = SharePointChecker()
    assert checker.check("", "é" * 400, 1) == ()
    assert checker.check("", "é" * 401, 1) == ("path-too-long",)


# --------------------------------------------------------------------------------------------
# No false positives, combinations, ordering, cache
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "offerte #12.docx",
        "100% klaar.xlsx",
        "Jansen & Zn.pdf",
        "café.docx",
        "Müller.txt",
        "rapport .docx",
        "a.b.c.docx",
        "CONTRACT.docx",
        "console.txt",
        "com10.txt",
        "lpt.txt",
        "~bestand.docx",
        "[concept] (v2) {def}.docx",
        "日本語.txt",
        ".gitignore",
        "x",
    ],
)
def test_no_false_positives(name: str) -> None:
    assert codes_for_file(name) == ()
    assert codes_for_file(name, "Afdeling/Financiën & Co #3") == ()
    assert SharePointChecker(TEAM).check("a/b", name, 0) == ()


def test_many_codes_come_in_codes_order_without_duplicates() -> None:
    checker = SharePointChecker()
    folder = "Forms/~$a:b /con/c_vti_/pagina_files/x_vti_"
    codes = checker.check(folder, " con:" + "x" * 400, MAX_FILE_BYTES + 1)
    assert codes == CODES  # every single code, each once, in display order


def test_same_code_from_folder_and_name_is_reported_once() -> None:
    assert codes_for_file("b:c.txt", "a:b") == ("invalid-char",)


def test_folder_cache_gives_same_answers_and_keeps_file_codes_separate() -> None:
    checker = SharePointChecker()
    assert checker.check("~oud", "con.txt", 1) == ("reserved-name", "tilde-folder")
    # Second call hits the cache: the file code of the first call must not leak into it.
    assert checker.check("~oud", "fine.txt", 1) == ("tilde-folder",)
    assert checker.check("~oud", "con.txt", 1) == ("reserved-name", "tilde-folder")


def test_empty_segments_are_tolerated() -> None:
    assert codes_for_folder("a//b/") == ()


# --------------------------------------------------------------------------------------------
# target_prefix
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        (TEAM, "sites/team/Shared Documents"),
        (TEAM.replace("%20", " ") + "/", "sites/team/Shared Documents"),
        (ONEDRIVE, "personal/jan_contoso_nl/Documents"),
        (ONEDRIVE + "/", "personal/jan_contoso_nl/Documents"),
        (
            "https://contoso.sharepoint.com/sites/a%20b/Gedeelde%20%20documenten",
            "sites/a b/Gedeelde  documenten",
        ),
        ("https://contoso.sharepoint.com/sites/team/100%25", "sites/team/100%"),
        ("https://contoso.sharepoint.com", ""),
        ("https://contoso.sharepoint.com/", ""),
        ("  " + TEAM + "  ", "sites/team/Shared Documents"),
        ("contoso.sharepoint.com/sites/team/Shared%20Documents", "sites/team/Shared Documents"),
        (None, ""),
        ("", ""),
        ("   ", ""),
    ],
)
def test_target_prefix(target: str | None, expected: str) -> None:
    assert target_prefix(target) == expected


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        (TEAM + "/Forms/AllItems.aspx", "sites/team/Shared Documents"),
        (
            TEAM + "/Forms/AllItems.aspx?id=%2Fsites%2Fteam%2FShared%20Documents%2FProjecten",
            "sites/team/Shared Documents/Projecten",
        ),
        (
            "https://contoso-my.sharepoint.com/personal/jan_contoso_nl/_layouts/15/onedrive.aspx"
            "?id=%2Fpersonal%2Fjan_contoso_nl%2FDocuments%2FWerk&view=0",
            "personal/jan_contoso_nl/Documents/Werk",
        ),
        (
            "https://contoso.sharepoint.com/:f:/r/sites/team/Shared%20Documents/Map?csf=1&web=1",
            "sites/team/Shared Documents/Map",
        ),
    ],
)
def test_target_prefix_copes_with_browser_urls(target: str, expected: str) -> None:
    assert target_prefix(target) == expected


def test_checker_without_target_has_empty_prefix() -> None:
    assert SharePointChecker().prefix == ""
    assert SharePointChecker(None).prefix == ""
    assert SharePointChecker("").prefix == ""


# --------------------------------------------------------------------------------------------
# describe
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_describe_every_code_non_empty_and_distinct(lang: str) -> None:
    texts = [describe(code, lang) for code in CODES]
    assert all(text.strip() for text in texts)
    assert len(set(texts)) == len(CODES)
    assert all(text.endswith(".") for text in texts)


def test_describe_languages_differ_and_default_is_dutch() -> None:
    for code in CODES:
        assert describe(code, "nl") != describe(code, "en")
        assert describe(code) == describe(code, "nl")


def test_describe_invalid_char_lists_the_characters() -> None:
    assert describe("invalid-char", "nl") == (
        'De naam bevat een teken dat SharePoint niet toestaat (" * : < > ? / \\ |).'
    )
    assert '" * : < > ? / \\ |' in describe("invalid-char", "en")


def test_describe_accepts_region_variants() -> None:
    assert describe("vti", "nl_NL") == describe("vti", "nl")
    assert describe("vti", "en-GB") == describe("vti", "en")


def test_describe_rejects_unknown_code_and_language() -> None:
    with pytest.raises(ValueError):
        describe("no-such-code")
    with pytest.raises(ValueError):
        describe("vti", "de")


# --------------------------------------------------------------------------------------------
# propose_name
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("plan:2024?.docx", "plan_2024_.docx"),
        (' a"b ', "a_b"),
        ("rapport.docx ", "rapport.docx"),
        ("rapport .docx", "rapport .docx"),
        ("con.txt", "con_.txt"),
        ("CON", "CON_"),
        ("NUL.tar.gz", "NUL_.tar.gz"),
        ("lpt1", "lpt1_"),
        (".lock", ".lock_"),
        ("desktop.ini", "desktop_.ini"),
        ("~$x", "x"),
        ("~$ ~$con.txt", "con_.txt"),
        ("~bestand.docx", "~bestand.docx"),
        ("a_vti_b.txt", "a_vti-b.txt"),
        (":vti:", "_vti-"),
        ("pagina_files", "pagina_files"),  # thicket only matters for folders
        ("forms", "forms"),
        ("", "_"),
        ("   ", "_"),
        ("~$", "_"),
        ("gewoon.txt", "gewoon.txt"),
    ],
)
def test_propose_name_file(name: str, expected: str) -> None:
    assert propose_name(name) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("~tmp", "tmp"),
        ("~~ ~oud", "oud"),
        ("~$map", "map"),
        ("~", "_"),
        ("pagina_files", "pagina-files"),
        ("Pagina_Bestanden", "Pagina-Bestanden"),
        ("aux", "aux_"),
        ("Forms", "Forms"),  # Forms is only a problem at the root, see at_root
    ],
)
def test_propose_name_folder(name: str, expected: str) -> None:
    assert propose_name(name, is_folder=True) == expected


def test_propose_name_forms_at_root() -> None:
    assert propose_name("Forms", is_folder=True, at_root=True) == "Forms_"
    assert propose_name(" forms ", is_folder=True, at_root=True) == "forms_"
    assert SharePointChecker().check("Forms_", "a.txt", 1) == ()


# Names are drawn mostly from the characters the rules care about, so the interesting cases
# ('~$ con.', ':vti_', ' _files') come up often, with arbitrary text mixed in.
_TRICKY = list(' ~$_."*:<>?/\\|-') + list("vtiVTIconCONprnauxlptdeskiofrmsbe0129")
_names = st.text(
    alphabet=st.one_of(st.sampled_from(_TRICKY), st.characters(exclude_categories=("Cs",))),
    max_size=40,
) | st.sampled_from(["con.txt", ".lock", "desktop.ini", "~$x", "_vti_", "a_files", "forms"])


@settings(max_examples=500, deadline=None)
@given(_names)
def test_propose_name_file_property(name: str) -> None:
    fixed = propose_name(name)
    assert fixed
    assert propose_name(fixed) == fixed
    assert SharePointChecker().check("", fixed, 1) == ()


@settings(max_examples=500, deadline=None)
@given(_names, st.booleans())
def test_propose_name_folder_property(name: str, at_root: bool) -> None:
    fixed = propose_name(name, is_folder=True, at_root=at_root)
    assert fixed
    assert propose_name(fixed, is_folder=True, at_root=at_root) == fixed
    folder = fixed if at_root else f"parent/{fixed}"
    assert SharePointChecker().check(folder, "a.txt", 1) == ()
