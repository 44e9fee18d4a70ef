"""Every category from extension and name."""

from __future__ import annotations

import pytest

from desktop_app.core.classify import CATEGORIES, category


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Notulen.docx", "document"),
        ("brief.RTF", "document"),
        ("begroting.xlsx", "spreadsheet"),
        ("export.csv", "spreadsheet"),
        ("presentatie.pptx", "presentation"),
        ("Besluit.pdf", "pdf"),
        ("Re: vraag.msg", "email"),
        ("archief.pst", "email"),
        ("IMG_2041.JPG", "image"),
        ("scan.tiff", "image"),
        ("opname.m4a", "audio"),
        ("nummer.mp3", "audio"),
        ("film.mp4", "video"),
        ("bestanden.zip", "archive"),
        ("backup.tar.gz", "archive"),
        ("setup.exe", "installer"),
        ("office.msi", "installer"),
        ("windows.iso", "installer"),
        ("~$Notulen.docx", "temporary"),
        (".~lock.begroting.ods#", "temporary"),
        ("Thumbs.db", "temporary"),
        ("desktop.ini", "temporary"),
        (".DS_Store", "temporary"),
        ("kopie.bak", "temporary"),
        ("tekst.txt~", "temporary"),
        ("Snelkoppeling.lnk", "shortcut"),
        ("site.url", "shortcut"),
        ("README", "other"),
        ("data.xyz", "other"),
        (".bashrc", "other"),
    ],
)
def test_categories(name: str, expected: str) -> None:
    assert category(name) == expected


def test_category_list_is_complete() -> None:
    assert set(CATEGORIES) == {
        "document",
        "spreadsheet",
        "presentation",
        "pdf",
        "email",
        "image",
        "audio",
        "video",
        "archive",
        "installer",
        "temporary",
        "shortcut",
        "other",
    }
