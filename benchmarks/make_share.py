"""Generate a realistic, deterministic Dutch office network share.

Why this exists: a scanner and duplicate finder behave very differently on a real share
than on a folder of ``file1.txt`` .. ``fileN.txt``. Real shares are deep, have 20-40
entries per folder, a long tail of big media and installers next to a mass of small Office
files, mtimes spread over many years, Office lock files and Windows litter, exact copies
("Kopie van ...", "... - kopie") and, worst for a duplicate finder, families of same-size
files that only differ at the end (versions, re-saves). This module builds such a tree,
the same one for the same seed, so benchmarks are comparable between runs and machines
and tests can assert on known statistics.

Usage::

    python benchmarks/make_share.py DEST --files N [--seed S]

or, from the repository root, ``from benchmarks.make_share import make_share``.

Only the standard library is used so the generator runs anywhere, also without the app's
dependencies installed.
"""

from __future__ import annotations

import argparse
import calendar
import math
import os
import random
import sys
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

MIN_ENTRIES: Final = 20
"""Fewest entries (files plus subfolders) in a folder, as on a typical office share."""
MAX_ENTRIES: Final = 40
"""Most entries (files plus subfolders) in a folder."""
MAX_DEPTH: Final = 6
"""Deepest folder level below the share root (top-level folders are level 1)."""
FILES_PER_FOLDER: Final = 27
"""Average number of files per folder; fixes how many folders a share of N files gets."""

DUPLICATE_SHARE: Final = 0.05
"""Fraction of the files that are extra exact copies of another file's content."""
DECOY_SHARE: Final = 0.015
"""Fraction of the files in decoy groups (same size, only the last bytes differ)."""

WRITER_THREADS: Final = 4
"""Threads creating files; creation is syscall-bound, so a few help on most disks."""
POOL_SIZE: Final = 8 * 1024 * 1024
"""Random bytes that file contents are sliced from; writing is then just a memory copy."""
MAX_FILE_SIZE: Final = 1024 * 1024
"""Largest file; big enough for partial-hash shortcuts to matter, small enough to be fast."""

_START_NS: Final = calendar.timegm((2010, 1, 1, 0, 0, 0)) * 1_000_000_000
_END_NS: Final = calendar.timegm((2025, 1, 1, 0, 0, 0)) * 1_000_000_000
"""mtimes span 15 fixed years (not "now") so the same seed always gives the same tree."""
_YEAR_NS: Final = 365 * 24 * 3600 * 1_000_000_000
_DAY_NS: Final = 24 * 3600 * 1_000_000_000
_FIRST_YEAR: Final = 2010
_LAST_YEAR: Final = 2024

_CHILD_CAP: Final = {1: (8, 30), 2: (3, 20), 3: (2, 10), 4: (2, 10), 5: (2, 10), 6: (0, 0)}
"""Most subfolders per folder by depth: wide near the top ("Projecten" holds many projects)."""

# Windows cannot create these at all, so on Windows the SharePoint problem names are left
# out rather than making the generator fail.
_POSIX_NAMES: Final = os.name != "nt"

# --------------------------------------------------------------------------- vocabulary

_ONDERWERPEN: Final = (
    "Omgevingswet",
    "Marktplein",
    "sporthal De Wetering",
    "Klimaatadaptatie",
    "Woningbouw Noord",
    "Verkeersplan centrum",
    "Jeugdzorg",
    "Wmo",
    "Participatiewet",
    "Armoedebeleid",
    "Duurzaamheid",
    "Riolering",
    "Groenbeheer",
    "Parkeerbeleid",
    "Evenementenbeleid",
    "Sportaccommodaties",
    "Dorpshuis",
    "Bestemmingsplan Buitengebied",
    "Kerstpakketten",
    "Huisvesting",
    "Inkoopbeleid",
    "Subsidieregeling",
    "Begraafplaats",
    "Zwembad",
    "Fietspad Dorpsstraat",
    "Energietransitie",
    "Laadpalen",
    "Afvalinzameling",
    "Schuldhulpverlening",
    "Integriteit",
    "Privacy AVG",
    "Archiefbeleid",
    "Digitalisering",
    "Thuiswerken",
    "Verkiezingen",
    "Burgerparticipatie",
    "Wijkaanpak",
    "Reorganisatie",
    "Kadernota",
    "Jaarrekening",
)
_OVERLEG: Final = (
    "MT",
    "teamoverleg",
    "werkoverleg",
    "stuurgroep",
    "projectgroep",
    "college",
    "raadscommissie",
    "OR",
    "portefeuilleoverleg",
    "bilateraal",
    "regio-overleg",
    "kernteam",
)
_VOORNAMEN: Final = (
    "Jan",
    "Piet",
    "Kees",
    "Anja",
    "Marieke",
    "Sanne",
    "Ingrid",
    "Henk",
    "Willem",
    "Fatima",
    "Mohamed",
    "Eva",
    "Lotte",
    "Bram",
    "Thijs",
    "Femke",
    "Gerrit",
    "Ria",
    "Joost",
    "Esther",
)
_ACHTERNAMEN: Final = (
    "de Vries",
    "Jansen",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "de Groot",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "van Dijk",
    "van den Berg",
    "Dekker",
    "Brouwer",
    "Kok",
    "Yilmaz",
    "El Amrani",
)
_BEDRIJVEN: Final = (
    "Heijmans",
    "BAM Infra",
    "Arcadis",
    "Royal HaskoningDHV",
    "Centric",
    "PinkRoccade",
    "KPN",
    "Eneco",
    "Stedin",
    "Vitens",
    "Rabobank",
    "Drukkerij Van der Linden",
    "Bureau Groen",
    "Sweco",
    "Witteveen+Bos",
    "Aannemersbedrijf Jansen",
)
_SOFTWARE: Final = (
    "Office2016",
    "AdobeReader",
    "Java8",
    "CitrixReceiver",
    "Zaaksysteem",
    "Corsa",
    "DecosJOIN",
    "GeoViewer",
    "AutoCAD LT",
    "Teams",
    "Zoom",
    "7-Zip",
    "Notepad++",
    "VLC",
    "PDFCreator",
    "QGIS",
)
_FUNCTIES: Final = (
    "beleidsmedewerker",
    "medewerker burgerzaken",
    "teamleider",
    "projectleider",
    "secretaresse",
    "adviseur P&O",
    "jurist",
    "stagiair",
)
_EVENTS: Final = (
    "Vakantie",
    "Personeelsuitje",
    "Kerstborrel",
    "Nieuwjaarsreceptie",
    "Opening gemeentehuis",
    "Afscheid {voornaam}",
    "Schouw",
    "Heidag",
    "Bedrijfsbezoek",
    "Sportdag",
    "Jubileum {voornaam}",
    "Open dag",
)
_MAANDEN: Final = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)

# Top-level folders and the role that decides what grows below them.
_TOP_LEVEL: Final = (
    ("Projecten", "projects"),
    ("Personeel", "people"),
    ("Archief", "archive"),
    ("Beleid", "generic"),
    ("Raadsvoorstellen", "archive"),
    ("Verslagen overleg", "archive"),
    ("Financiën", "archive"),
    ("Communicatie", "generic"),
    ("Juridische zaken", "generic"),
    ("Inkoop", "generic"),
    ("ICT", "generic"),
    ("Facilitaire zaken", "generic"),
    ("Vergunningen", "archive"),
    ("Subsidies", "projects"),
    ("Sjablonen", "generic"),
    ("Foto's", "photos"),
    ("Gemeenteraad", "archive"),
    ("College B&W", "archive"),
    ("Sociaal Domein", "projects"),
    ("Ruimtelijke ordening", "projects"),
    ("Burgerzaken", "generic"),
    ("Secretariaat", "generic"),
    ("Scans", "generic"),
    ("Correspondentie", "mail"),
    ("Privé", "generic"),
    ("Software", "software"),
    ("Handboeken", "generic"),
    ("P&O", "people"),
    ("Diversen", "generic"),
    ("Oud", "archive"),
)
_GENERIC_FOLDERS: Final = (
    ("Concepten", "generic"),
    ("Definitief", "generic"),
    ("Bijlagen", "generic"),
    ("Oud", "archive"),
    ("Archief", "archive"),
    ("Nieuwe map", "generic"),
    ("Diversen", "generic"),
    ("Te bespreken", "generic"),
    ("Ingekomen stukken", "generic"),
    ("Uitgaande post", "mail"),
    ("Verslagen overleg", "archive"),
    ("Notulen", "archive"),
    ("Presentaties", "generic"),
    ("Offertes", "generic"),
    ("Facturen", "archive"),
    ("Contracten", "generic"),
    ("Correspondentie", "mail"),
    ("Mail", "mail"),
    ("Scans", "generic"),
    ("Foto's", "photos"),
    ("Werkmap", "generic"),
    ("Achtergrondinformatie", "generic"),
    ("Kaarten en tekeningen", "generic"),
    ("Publicaties", "generic"),
    ("Formulieren", "generic"),
    ("Overig", "generic"),
    ("Voor {voornaam}", "generic"),
    ("Kopie van {onderwerp}", "generic"),
    ("Te archiveren", "archive"),
    ("Afgerond", "generic"),
    ("Lopend", "generic"),
    ("Actueel", "generic"),
)
_PROJECT_FOLDERS: Final = (
    "{onderwerp}",
    "Project {onderwerp}",
    "Subsidieaanvraag",
    "Subsidieaanvraag {onderwerp}",
    "Herinrichting Marktplein",
    "Nieuwbouw sporthal",
    "{onderwerp} {year}",
    "Aanbesteding {onderwerp}",
    "Evaluatie {onderwerp}",
)
_PEOPLE_FOLDERS: Final = (
    "{voornaam} {achternaam}",
    "Personeelsdossier {achternaam}",
    "Sollicitaties {year}",
    "Verlof",
    "Ziekteverzuim",
    "Functioneringsgesprekken {year}",
    "Opleidingen",
)
_SOFTWARE_FOLDERS: Final = (
    "{software}",
    "Drivers",
    "Installatie",
    "Tools",
    "Licenties",
    "Handleidingen",
)
_MONTH_FOLDERS: Final = ("{mm} {maand}", "{year}-{mm}", "Q{q}", "Week {week}")

# What grows below a folder of each role: (generator, weight).
_CHILD_KINDS: Final[dict[str, tuple[tuple[str, float], ...]]] = {
    "projects": (("project", 6), ("year", 2), ("generic", 1)),
    "project": (("generic", 5), ("year", 2)),
    "people": (("person", 6), ("generic", 1)),
    "person": (("generic", 3), ("year", 2)),
    "photos": (("event", 6), ("year", 2)),
    "archive": (("year", 6), ("generic", 1)),
    "year": (("month", 4), ("generic", 3), ("project", 2)),
    "month": (("generic", 1),),
    "software": (("software", 5), ("generic", 1)),
    "mail": (("generic", 2), ("year", 3)),
    "generic": (("generic", 5), ("year", 3), ("project", 2), ("event", 0.3)),
}

# File name templates per extension family.
_NAME_TEMPLATES: Final[dict[str, tuple[str, ...]]] = {
    "doc": (
        "Besluit college {ym}",
        "Notulen {overleg} {ymd}",
        "Verslag {overleg} {ymd}",
        "Agenda {overleg} {ymd}",
        "Raadsvoorstel {onderwerp}",
        "Raadsinformatiebrief {onderwerp}",
        "Adviesnota {onderwerp}",
        "Memo {onderwerp}",
        "Brief {voornaam} {achternaam} {ymd}",
        "Brief aan {bedrijf}",
        "{onderwerp}",
        "{onderwerp} concept",
        "{onderwerp} definitief",
        "{onderwerp} v{v}",
        "{onderwerp} {ymd}",
        "Plan van aanpak {onderwerp}",
        "Projectplan {onderwerp}",
        "Offerteaanvraag {bedrijf}",
        "Uitnodiging {overleg}",
        "Functieomschrijving {functie}",
        "Sollicitatiebrief {voornaam} {achternaam}",
        "Jaarverslag {year}",
        "Evaluatie {onderwerp}",
        "Document{n}",
        "Beleidsnotitie {onderwerp}",
        "Collegebesluit {year}-{n3}",
        "Subsidieaanvraag {onderwerp}",
        "Beschikking {onderwerp}",
        "Bezwaarschrift {achternaam}",
        "Zienswijze {onderwerp}",
    ),
    "xls": (
        "Begroting {year}",
        "Begroting {onderwerp} {year}",
        "Urenoverzicht {maand} {year}",
        "Urenregistratie {voornaam}",
        "Planning {onderwerp}",
        "Overzicht facturen {year}",
        "Budget {onderwerp}",
        "Ledenlijst {overleg}",
        "Adressenlijst",
        "Verlofkaart {year} {voornaam}",
        "Kasboek {year}",
        "Map{n}",
        "Berekening {onderwerp}",
        "Inventarisatie {onderwerp}",
        "Telefoonlijst {year}",
        "Actielijst {overleg}",
        "Subsidieoverzicht {year}",
    ),
    "ppt": (
        "Presentatie {onderwerp}",
        "Presentatie {overleg} {ymd}",
        "Raadsinformatieavond {onderwerp}",
        "Workshop {onderwerp}",
        "Kick-off {onderwerp}",
        "Presentatie{n}",
    ),
    "pdf": (
        "Scan {ymd} {hms}",
        "Scan_{ymd8}_{hms}",
        "Factuur {n5}",
        "Factuur {bedrijf} {ym}",
        "Besluit {onderwerp} getekend",
        "Raadsbesluit {year}-{n3}",
        "{onderwerp}",
        "{onderwerp} definitief",
        "Offerte {bedrijf}",
        "Contract {bedrijf}",
        "Handleiding {software}",
        "Jaarrekening {year}",
        "Ondertekend {onderwerp}",
        "Loonstrook {maand} {year}",
        "Polis {bedrijf}",
        "Tekening {onderwerp}",
        "Besluit college {ym}",
    ),
    "mail": (
        "RE {onderwerp}",
        "RE_ {onderwerp}",
        "FW {onderwerp}",
        "Antw {onderwerp}",
        "Doorst {onderwerp}",
        "Uitnodiging {overleg} {ymd}",
        "Vraag over {onderwerp}",
        "{onderwerp}",
        "Afwezigheidsbericht",
        "Aanmelding {overleg}",
        "Bevestiging afspraak {ymd}",
    ),
    "jpg": (
        "IMG_{n4}",
        "IMG_{ymd8}_{hms}",
        "DSC_{n4}",
        "DSC0{n4}",
        "P{n7}",
        "{ymd8}_{hms}",
        "WhatsApp Image {ymd} at {h}.{mi}.{s}",
        "Foto {n}",
    ),
    "png": (
        "Schermafbeelding {ymd} {hms}",
        "Knipsel",
        "Knipsel{n}",
        "image{n3}",
        "Logo {onderwerp}",
        "Logo gemeente",
        "Kaart {onderwerp}",
        "Screenshot {ymd} {hms}",
    ),
    "mp3": (
        "Opname {ymd}",
        "Voicemail {n}",
        "Nieuwe opname {n}",
        "Track {n2}",
        "Interview {voornaam} {achternaam}",
        "Jingle",
    ),
    "mp4": (
        "VID_{ymd8}_{hms}",
        "Opname vergadering {ymd}",
        "Instructievideo {onderwerp}",
        "Teams-vergadering {ymd}",
        "MOV_{n4}",
    ),
    "zip": (
        "{onderwerp}",
        "Bijlagen {onderwerp}",
        "Export {ymd}",
        "backup {ymd}",
        "Stukken {overleg} {ymd}",
        "Archief {year}",
        "download",
        "download ({n})",
    ),
    "exe": (
        "setup",
        "Setup_{software}",
        "{software}Setup",
        "Installatie {software}",
        "vcredist_x64",
        "ChromeSetup",
        "TeamViewer_Setup",
        "Firefox Setup {v}.0",
        "AcroRdrDC{n7}_nl_NL",
    ),
    "msi": ("{software}", "{software} x64", "Installatie {software}", "{software}_{v}.{n2}"),
    "iso": ("{software}", "Office2010_NL", "Windows10_x64_NL", "{software} installatie-cd"),
    "txt": (
        "Leesmij",
        "notities",
        "wachtwoorden",
        "log",
        "adressen",
        "aantekeningen {overleg}",
    ),
    "csv": ("Export {ymd}", "adressen", "export_{ymd8}", "Ledenlijst {year}"),
}
_FAMILY: Final = {
    ".docx": "doc",
    ".doc": "doc",
    ".xlsx": "xls",
    ".xls": "xls",
    ".pptx": "ppt",
    ".pdf": "pdf",
    ".msg": "mail",
    ".eml": "mail",
    ".jpg": "jpg",
    ".JPG": "jpg",
    ".png": "png",
    ".mp3": "mp3",
    ".mp4": "mp4",
    ".zip": "zip",
    ".exe": "exe",
    ".msi": "msi",
    ".iso": "iso",
    ".txt": "txt",
    ".csv": "csv",
}
# Extension mix per folder kind: (extension, weight).
_EXTENSIONS: Final[dict[str, tuple[tuple[str, float], ...]]] = {
    "docs": (
        (".docx", 30),
        (".pdf", 22),
        (".xlsx", 14),
        (".msg", 8),
        (".jpg", 6),
        (".pptx", 5),
        (".png", 3),
        (".doc", 3),
        (".eml", 2),
        (".xls", 2),
        (".zip", 2),
        (".txt", 1),
        (".csv", 1),
        (".mp4", 0.4),
        (".mp3", 0.4),
        (".exe", 0.2),
        (".msi", 0.1),
    ),
    "photos": (
        (".jpg", 78),
        (".JPG", 12),
        (".png", 4),
        (".mp4", 4),
        (".mp3", 1),
        (".zip", 1),
    ),
    "mail": (
        (".msg", 60),
        (".eml", 20),
        (".pdf", 10),
        (".docx", 5),
        (".xlsx", 3),
        (".zip", 2),
    ),
    "software": (
        (".exe", 25),
        (".msi", 25),
        (".zip", 25),
        (".iso", 8),
        (".pdf", 7),
        (".txt", 5),
        (".docx", 5),
    ),
}
_ROLE_KIND: Final = {"photos": "photos", "mail": "mail", "software": "software"}
_BIG_EXTENSIONS: Final = frozenset({".mp4", ".mp3", ".iso", ".zip", ".msi", ".exe", ".pptx"})
_LOCKABLE: Final = frozenset({".docx", ".xlsx", ".pptx", ".doc", ".xls"})
_DECOY_EXTENSIONS: Final = (
    (".docx", 35),
    (".xlsx", 20),
    (".pdf", 20),
    (".pptx", 10),
    (".jpg", 10),
    (".zip", 5),
)
_EMPTY_NAMES: Final = (
    "Nieuw tekstdocument.txt",
    "Nieuw Microsoft Word-document.docx",
    "Nieuw Microsoft Excel-werkblad.xlsx",
    "Nieuw tekstdocument ({n}).txt",
)
_RESERVED_NAMES: Final = ("con.txt", "aux.docx", "prn.pdf", "nul.txt", "com1.txt", "lpt1.xlsx")


# --------------------------------------------------------------------------- model


@dataclass(slots=True)
class _Folder:
    """A folder of the plan; paths are only built after all renames are done."""

    name: str
    parent: int
    depth: int
    role: str
    kind: str
    year: int | None
    cap: int
    children: int = 0
    files: int = 0
    taken: set[str] = field(default_factory=set)
    regular: list[int] = field(default_factory=list)


@dataclass(slots=True)
class _File:
    """A file of the plan. ``role`` keeps each file in at most one special group."""

    folder: int
    name: str
    size: int
    mtime_ns: int
    offset: int = -1
    patch: bytes = b""
    source: int = -1
    special: bool = False
    role: str = ""


def _split(name: str) -> tuple[str, str]:
    """Stem and extension (with dot) the way Explorer shows them."""
    dot = name.rfind(".")
    return (name, "") if dot <= 0 else (name[:dot], name[dot:])


def _claim(folder: _Folder, name: str) -> bool:
    """Reserve ``name`` in ``folder``; case-insensitive, since Windows and SharePoint are."""
    key = name.casefold()
    if key in folder.taken:
        return False
    folder.taken.add(key)
    return True


def _claim_unique(rng: random.Random, folder: _Folder, make: Callable[[], str]) -> str:
    """Claim a name from ``make()``; on repeated clashes number it like Explorer does."""
    name = make()
    for _ in range(8):
        if _claim(folder, name):
            return name
        name = make()
    stem, ext = _split(name)
    k = 2
    while not _claim(folder, f"{stem} ({k}){ext}"):
        k += 1
    return f"{stem} ({k}){ext}"


class _Values(dict[str, object]):
    """Template values made on first use, so a name costs only the draws it needs."""

    def __init__(self, rng: random.Random, mtime_ns: int | None, year: int | None) -> None:
        super().__init__()
        self._rng = rng
        self._mtime_ns = mtime_ns
        self._year = year
        self._tm: time.struct_time | None = None

    def _time(self) -> time.struct_time:
        """The file's mtime, or a working-hours moment in the folder's year."""
        if self._tm is None:
            if self._mtime_ns is not None:
                seconds = self._mtime_ns // 1_000_000_000
            else:
                rng = self._rng
                year = (
                    self._year if self._year is not None else rng.randint(_FIRST_YEAR, _LAST_YEAR)
                )
                moment = (year, rng.randint(1, 12), rng.randint(1, 28), rng.randint(7, 18))
                seconds = calendar.timegm((*moment, rng.randint(0, 59), rng.randint(0, 59)))
            self._tm = time.gmtime(seconds)
        return self._tm

    def __missing__(self, key: str) -> object:
        rng = self._rng
        words = _WORDS.get(key)
        if words is not None:
            value: object = rng.choice(words)
        elif key in _NUMBERS:
            low, high, width = _NUMBERS[key]
            value = f"{rng.randint(low, high):0{width}d}"
        elif key == "week":
            value = rng.randint(1, 52)
        else:
            tm = self._time()
            y, mo, d = tm.tm_year, tm.tm_mon, tm.tm_mday
            value = {
                "year": y,
                "mm": f"{mo:02d}",
                "maand": _MAANDEN[mo - 1],
                "q": (mo - 1) // 3 + 1,
                "ym": f"{y}-{mo:02d}",
                "ymd": f"{y}-{mo:02d}-{d:02d}",
                "ymd8": f"{y}{mo:02d}{d:02d}",
                "hms": f"{tm.tm_hour:02d}{tm.tm_min:02d}{tm.tm_sec:02d}",
                "h": f"{tm.tm_hour:02d}",
                "mi": f"{tm.tm_min:02d}",
                "s": f"{tm.tm_sec:02d}",
            }[key]
        self[key] = value
        return value


_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "onderwerp": _ONDERWERPEN,
    "overleg": _OVERLEG,
    "voornaam": _VOORNAMEN,
    "achternaam": _ACHTERNAMEN,
    "bedrijf": _BEDRIJVEN,
    "software": _SOFTWARE,
    "functie": _FUNCTIES,
}
_NUMBERS: Final[dict[str, tuple[int, int, int]]] = {
    "v": (1, 9, 1),
    "n": (1, 12, 1),
    "n2": (1, 99, 2),
    "n3": (1, 999, 3),
    "n4": (1, 9999, 4),
    "n5": (10000, 99999, 5),
    "n7": (1, 9999999, 7),
}


def _fill(rng: random.Random, template: str, mtime_ns: int | None, year: int | None) -> str:
    """Fill a name template; dates come from the file's mtime so names and times agree."""
    if "{" not in template:
        return template
    return template.format_map(_Values(rng, mtime_ns, year))


# --------------------------------------------------------------------------- folders


def _folder_name(rng: random.Random, parent: _Folder) -> tuple[str, str, int | None]:
    """Name, role and year context of a new subfolder of ``parent``."""
    kinds = _CHILD_KINDS[parent.role]
    kind = rng.choices([k for k, _ in kinds], weights=[w for _, w in kinds])[0]
    year = parent.year
    if kind == "year":
        year = rng.randint(_FIRST_YEAR, _LAST_YEAR)
        return str(year), "year", year
    if kind == "event":
        year = rng.randint(_FIRST_YEAR, _LAST_YEAR) if year is None else year
        event = _fill(rng, rng.choice(_EVENTS), None, year)
        return f"{event} {year}", "photos", year
    if kind == "month":
        return _fill(rng, rng.choice(_MONTH_FOLDERS), None, year), "month", year
    if kind == "project":
        name = _fill(rng, rng.choice(_PROJECT_FOLDERS), None, year)
        return name, "project", year
    if kind == "person":
        return _fill(rng, rng.choice(_PEOPLE_FOLDERS), None, year), "person", year
    if kind == "software":
        return _fill(rng, rng.choice(_SOFTWARE_FOLDERS), None, year), "software", year
    template, role = rng.choice(_GENERIC_FOLDERS)
    return _fill(rng, template, None, year), role, year


def _plan_folders(rng: random.Random, files: int) -> list[_Folder]:
    """A folder tree sized for ``files`` files, at most :data:`MAX_DEPTH` levels deep.

    Parents are picked by depth first (weights favour the middle levels, as in real
    shares) and then uniformly within that depth, so small trees are deep too.
    """
    n_folders = max(1, round(files / FILES_PER_FOLDER))
    root_cap = min(n_folders - 1, max(3, n_folders // 6), rng.randint(12, 20))
    root = _Folder("", -1, 0, "root", "docs", None, cap=root_cap)
    folders = [root]
    depth_weight = (0.0, 10.0, 22.0, 28.0, 24.0, 16.0)
    open_at: list[list[int]] = [[] for _ in range(MAX_DEPTH)]
    top_level = rng.sample(_TOP_LEVEL, len(_TOP_LEVEL))
    while len(folders) < n_folders:
        if root.children < root.cap:
            parent_index = 0
            name, role = top_level[root.children]
            year = None
        else:
            depths = [d for d in range(1, MAX_DEPTH) if open_at[d]]
            if not depths:
                break
            depth = rng.choices(depths, weights=[depth_weight[d] for d in depths])[0]
            bucket = open_at[depth]
            slot = rng.randrange(len(bucket))
            parent_index = bucket[slot]
            parent = folders[parent_index]
            name, role, year = _folder_name(rng, parent)
            if parent.children + 1 >= parent.cap:
                bucket[slot] = bucket[-1]
                bucket.pop()
        parent = folders[parent_index]
        name = _claim_unique(rng, parent, lambda n=name: n)
        depth = parent.depth + 1
        # Media and installers stay in their own folders; below them it is documents again.
        inherited = parent.kind if parent.kind in ("photos", "mail") else "docs"
        kind = _ROLE_KIND.get(role, inherited)
        cap = rng.randint(1, 4) if role == "photos" else rng.randint(*_CHILD_CAP[depth])
        child = _Folder(name, parent_index, depth, role, kind, year, cap)
        parent.children += 1
        folders.append(child)
        if depth < MAX_DEPTH:
            open_at[depth].append(len(folders) - 1)
    return folders


def _allot_files(rng: random.Random, folders: list[_Folder], files: int) -> None:
    """Give every folder 20-40 entries (files plus subfolders) and exactly ``files`` in all."""
    lo = [max(0, MIN_ENTRIES - f.children) for f in folders]
    hi = [max(0, MAX_ENTRIES - f.children) for f in folders]
    for f, a, b in zip(folders, lo, hi, strict=True):
        f.files = rng.randint(a, b)
    total = sum(f.files for f in folders)
    if files > sum(hi):  # only for odd tiny inputs: let folders overflow
        hi = [files] * len(folders)
    if files < sum(lo):
        lo = [0] * len(folders)
    n = len(folders)
    while total != files:
        i = rng.randrange(n)
        f = folders[i]
        if total < files and f.files < hi[i]:
            step = min(files - total, hi[i] - f.files, rng.randint(1, 8))
        elif total > files and f.files > lo[i]:
            step = -min(total - files, f.files - lo[i], rng.randint(1, 8))
        else:
            continue
        f.files += step
        total += step


# --------------------------------------------------------------------------- files


def _mtime(rng: random.Random, year: int | None) -> int:
    """An mtime in ns: mostly in office hours and near the folder's year, else anywhere."""
    if year is not None and rng.random() < 0.7:
        start = calendar.timegm((year, 1, 1, 0, 0, 0)) * 1_000_000_000
        moment = start + rng.randrange(min(_YEAR_NS * 3 // 2, _END_NS - start))
    else:
        moment = rng.randrange(_START_NS, _END_NS)
    if rng.random() < 0.85:  # move it to 07:30-18:00 (UTC, close enough) on that day
        day = moment - moment % _DAY_NS
        moment = day + rng.randrange(_DAY_NS * 15 // 48, _DAY_NS * 36 // 48)
    return moment


def _log_uniform(rng: random.Random, low: int, high: int) -> int:
    """A size between ``low`` and ``high``, small ones more likely, as on real shares."""
    return int(math.exp(rng.uniform(math.log(low), math.log(high))))


def _size(rng: random.Random, ext: str) -> int:
    """Mostly 1-16 KiB; media, archives and installers more often reach up to 1 MiB."""
    r = rng.random()
    if ext in _BIG_EXTENSIONS:
        if r < 0.03:
            return _log_uniform(rng, 128 * 1024, MAX_FILE_SIZE)
        if r < 0.18:
            return _log_uniform(rng, 16 * 1024, 128 * 1024)
    elif r < 0.002:
        return _log_uniform(rng, 128 * 1024, MAX_FILE_SIZE)
    elif r < 0.032:
        return _log_uniform(rng, 16 * 1024, 128 * 1024)
    return rng.randint(1024, 16 * 1024)


def _regular_name(rng: random.Random, ext: str, mtime_ns: int, year: int | None) -> str:
    """A plausible Dutch name for a file with extension ``ext``."""
    template = rng.choice(_NAME_TEMPLATES[_FAMILY[ext]])
    return _fill(rng, template, mtime_ns, year) + ext


def _lock_name(target: str) -> str:
    """Word's owner file name: '~$' replaces the first two characters of long names."""
    stem, ext = _split(target)
    return f"~${stem[2:]}{ext}" if len(stem) >= 7 else f"~${stem}{ext}"


def _plan_files(rng: random.Random, folders: list[_Folder]) -> list[_File]:
    """Names, sizes and mtimes of all files, with the Windows and Office litter."""
    plan: list[_File] = []
    for index, folder in enumerate(folders):
        count = folder.files
        litter: list[str] = []
        if count >= 4:
            if folder.kind == "photos" and rng.random() < 0.6:
                litter.append("Thumbs.db")
            if rng.random() < 0.06:
                litter.append("desktop.ini")
            if folder.kind in ("docs", "mail") and rng.random() < 0.15:
                litter.append("lock")
            if rng.random() < 0.04:
                litter.append("tmp")
            if rng.random() < 0.07:
                litter.append("lnk")
        exts = _EXTENSIONS[folder.kind]
        ext_names = [e for e, _ in exts]
        ext_weights = [w for _, w in exts]
        chosen = rng.choices(ext_names, weights=ext_weights, k=count - len(litter))
        first = len(plan)
        for ext in chosen:
            mtime = _mtime(rng, folder.year)
            name = _claim_unique(
                rng, folder, lambda e=ext, m=mtime, y=folder.year: _regular_name(rng, e, m, y)
            )
            folder.regular.append(len(plan))
            plan.append(_File(index, name, _size(rng, ext), mtime))
        for kind in litter:
            mtime = _mtime(rng, folder.year)
            if kind == "lock":
                docs = [plan[i].name for i in range(first, len(plan))]
                docs = [n for n in docs if _split(n)[1] in _LOCKABLE] or ["Document1.docx"]
                name, size = _lock_name(rng.choice(docs)), 162
            elif kind == "tmp":
                name, size = f"~WRL{rng.randint(1, 9999):04d}.tmp", rng.randint(0, 16 * 1024)
            elif kind == "lnk":
                target = _fill(rng, rng.choice(_NAME_TEMPLATES["doc"]), mtime, folder.year)
                name = rng.choice(
                    (f"Snelkoppeling naar {target}.lnk", f"{target} - Snelkoppeling.lnk")
                )
                size = rng.randint(800, 3000)
            elif kind == "Thumbs.db":
                name, size = kind, rng.randint(4 * 1024, 64 * 1024)
            else:
                name, size = kind, rng.randint(80, 400)
            name = _claim_unique(rng, folder, lambda n=name: n)
            plan.append(_File(index, name, size, mtime, special=True))
    return plan


def _rename(rng: random.Random, folders: list[_Folder], f: _File, name: str) -> None:
    """Rename a planned file, keeping names unique (case-insensitively) in its folder."""
    folder = folders[f.folder]
    folder.taken.discard(f.name.casefold())
    f.name = _claim_unique(rng, folder, lambda: name)


def _copy_name(rng: random.Random, name: str) -> str:
    """How Windows, Office and browsers name a copy in the same folder."""
    stem, ext = _split(name)
    return rng.choice(
        (
            f"{stem} - kopie{ext}",
            f"{stem} - kopie (2){ext}",
            f"Kopie van {stem}{ext}",
            f"{stem} (1){ext}",
            f"{stem} (2){ext}",
        )
    )


class _Picker:
    """Hands out regular files that have no role yet, at random, without repeats."""

    def __init__(self, rng: random.Random, plan: list[_File]) -> None:
        self._rng = rng
        self._plan = plan
        self._order = [i for i, f in enumerate(plan) if not f.special]
        rng.shuffle(self._order)

    def any(self) -> int | None:
        """Any free regular file, or None when all have a role."""
        while self._order:
            i = self._order.pop()
            if not self._plan[i].role:
                return i
        return None

    def near(self, folder: _Folder, exclude: int) -> int | None:
        """A free regular file in ``folder`` other than ``exclude``, if there is one."""
        free = [i for i in folder.regular if i != exclude and not self._plan[i].role]
        return self._rng.choice(free) if free else None


def _plan_duplicates(
    rng: random.Random, folders: list[_Folder], plan: list[_File], picker: _Picker
) -> tuple[int, int]:
    """Turn about 5% of the files into exact copies; returns (copies, groups).

    Copies land in the same folder under a copy name, in another folder under the same
    name, or in another folder under an unrelated name, the three ways real shares get
    them (Explorer copies, "my own copy", and attachments saved twice).
    """
    target = round(len(plan) * DUPLICATE_SHARE)
    copies = groups = 0
    while copies < target:
        src_index = picker.any()
        if src_index is None:
            break
        src = plan[src_index]
        src.role = "source"
        groups += 1
        extra = rng.choices((1, 2, 3, 4, 5), weights=(70, 18, 7, 3, 2))[0]
        for _ in range(min(extra, target - copies)):
            mode = rng.random()
            index = picker.near(folders[src.folder], src_index) if mode < 0.35 else None
            if index is None:
                index = picker.any()
            if index is None:
                break
            dup = plan[index]
            dup.role = "copy"
            dup.source = src_index
            dup.size = src.size
            if rng.random() < 0.5:
                dup.mtime_ns = src.mtime_ns  # Explorer keeps the mtime of a copy
            if dup.folder == src.folder:
                _rename(rng, folders, dup, _copy_name(rng, src.name))
            elif mode < 0.75:
                _rename(rng, folders, dup, src.name)
            else:
                ext = _split(src.name)[1]
                if ext in _FAMILY:
                    new = _regular_name(rng, ext, dup.mtime_ns, folders[dup.folder].year)
                else:
                    new = _copy_name(rng, src.name)
                _rename(rng, folders, dup, new)
            copies += 1
    return copies, groups


def _plan_decoys(
    rng: random.Random,
    folders: list[_Folder],
    plan: list[_File],
    picker: _Picker,
    used: set[tuple[int, int]],
) -> tuple[int, int]:
    """Groups of same-size files that differ only in their last 1-8 bytes.

    They defeat duplicate finders that trust the size plus a hash of the first block, and
    make full hashing unavoidable. Sizes reach beyond 16 KiB so that first-block
    shortcuts really cost something. Returns (files, groups).
    """
    target = math.ceil(len(plan) * DECOY_SHARE)
    members = groups = 0
    ext_names = [e for e, _ in _DECOY_EXTENSIONS]
    ext_weights = [w for _, w in _DECOY_EXTENSIONS]
    while members < target:
        first = picker.any()
        if first is None:
            break
        want = rng.randint(2, 5)
        chosen = [first]
        plan[first].role = "decoy"
        same_folder = rng.random() < 0.6
        while len(chosen) < want:
            index = picker.near(folders[plan[first].folder], first) if same_folder else None
            if index is None:
                index = picker.any()
            if index is None:
                break
            plan[index].role = "decoy"
            chosen.append(index)
        if len(chosen) < 2:
            plan[first].role = ""
            break
        r = rng.random()
        if r < 0.7:
            size = rng.randint(1024, 16 * 1024)
        elif r < 0.95:
            size = _log_uniform(rng, 16 * 1024, 256 * 1024)
        else:
            size = _log_uniform(rng, 256 * 1024, MAX_FILE_SIZE)
        offset = _free_offset(rng, size, used)
        tail = rng.choice((1, 2, 4, 8))
        ext = rng.choices(ext_names, weights=ext_weights)[0]
        base = _regular_name(rng, ext, plan[first].mtime_ns, folders[plan[first].folder].year)
        stem = _split(base)[0]
        series = rng.random()
        patches: list[bytes] = []
        for number, index in enumerate(chosen, start=1):
            f = plan[index]
            patch = rng.randbytes(tail)
            while patch in patches:
                patch = rng.randbytes(tail)
            patches.append(patch)
            f.size, f.offset, f.patch = size, offset, patch
            if not same_folder:
                new = _regular_name(rng, ext, f.mtime_ns, folders[f.folder].year)
            elif series < 0.5:
                new = f"{stem} v{number}{ext}"
            elif series < 0.8:
                new = f"{stem} versie {number}{ext}"
            else:
                new = f"{stem} ({number}){ext}"
            _rename(rng, folders, f, new)
        members += len(chosen)
        groups += 1
    return members, groups


def _free_offset(rng: random.Random, size: int, used: set[tuple[int, int]]) -> int:
    """A pool offset no other file of this size starts at, so contents are unique."""
    while True:
        offset = rng.randrange(POOL_SIZE)
        if (size, offset) not in used:
            used.add((size, offset))
            return offset


def _plan_empty(
    rng: random.Random, folders: list[_Folder], plan: list[_File], picker: _Picker
) -> int:
    """A few empty files, named like Explorer's "New" menu names them."""
    count = 0
    for _ in range(max(2, len(plan) // 4000)):
        index = picker.any()
        if index is None:
            break
        f = plan[index]
        f.role, f.size = "empty", 0
        _rename(rng, folders, f, _fill(rng, rng.choice(_EMPTY_NAMES), f.mtime_ns, None))
        count += 1
    return count


def _plan_problems(
    rng: random.Random, folders: list[_Folder], plan: list[_File], picker: _Picker
) -> list[int]:
    """Names SharePoint refuses: ':' and '?', reserved device names, a trailing space.

    Returns the folder indexes that got a trailing space; file problems are marked with
    role "problem". Skipped on Windows, which cannot create such names either.
    """
    if not _POSIX_NAMES:
        return []
    each = max(1, len(plan) // 20000)
    for kind in ("colon", "question", "reserved"):
        for k in range(each):
            index = picker.any()
            if index is None:
                break
            f = plan[index]
            f.role = "problem"
            stem, ext = _split(f.name)
            if kind == "colon":
                new = f"{stem} {rng.randint(8, 17):02d}:{rng.choice(('00', '15', '30'))}{ext}"
            elif kind == "question":
                question = rng.choice(("Wat nu", "Nog nodig", "Akkoord", "Vragen {onderwerp}"))
                new = _fill(rng, question, None, None) + f"?{ext}"
            else:
                new = _RESERVED_NAMES[k % len(_RESERVED_NAMES)]
            _rename(rng, folders, f, new)
    spaced: list[int] = []
    candidates = list(range(1, len(folders)))
    rng.shuffle(candidates)
    for index in candidates[:each]:
        folder = folders[index]
        parent = folders[folder.parent]
        if _claim(parent, folder.name + " "):
            parent.taken.discard(folder.name.casefold())
            folder.name += " "
            spaced.append(index)
    return spaced


# --------------------------------------------------------------------------- writing


def _write_all(fd: int, data: bytes | memoryview) -> None:
    """os.write may write less than asked; loop so big files are complete."""
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _write_files(paths: Sequence[str], files: Sequence[_File], pool: memoryview) -> None:
    """Create ``files`` with their contents and mtimes (one writer thread's share)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    utime_fd = os.utime in os.supports_fd
    for f in files:
        path = paths[f.folder] + os.sep + f.name
        fd = os.open(path, flags, 0o644)
        try:
            if f.size:
                if f.patch:
                    _write_all(fd, pool[f.offset : f.offset + f.size - len(f.patch)])
                    _write_all(fd, f.patch)
                else:
                    _write_all(fd, pool[f.offset : f.offset + f.size])
            if utime_fd:
                os.utime(fd, ns=(f.mtime_ns, f.mtime_ns))
        finally:
            os.close(fd)
        if not utime_fd:
            os.utime(path, ns=(f.mtime_ns, f.mtime_ns))


def _write(dest: Path, folders: list[_Folder], plan: list[_File], pool: bytes) -> list[str]:
    """Create the folders and files, then set folder mtimes bottom-up; returns dir paths.

    File creation is kernel-bound (open, write, utime, close all release the GIL), so a
    few threads write disjoint slices of the plan in parallel. The result does not depend
    on the thread count: every byte and timestamp comes from the plan.
    """
    paths = [str(dest)]
    for folder in folders[1:]:
        paths.append(paths[folder.parent] + os.sep + folder.name)
        os.mkdir(paths[-1])
    view = memoryview(pool)
    threads = max(1, min(WRITER_THREADS, os.cpu_count() or 1))
    step = max(1, -(-len(plan) // (threads * 8)))
    with ThreadPoolExecutor(threads) as executor:
        jobs = [
            executor.submit(_write_files, paths, plan[i : i + step], view)
            for i in range(0, len(plan), step)
        ]
        for job in jobs:
            job.result()
    # A folder's mtime is that of its newest entry. Children come after their parent in
    # the plan, so walking backwards has folded every subfolder in before it is set.
    newest = [_START_NS] * len(folders)
    for f in plan:
        if f.mtime_ns > newest[f.folder]:
            newest[f.folder] = f.mtime_ns
    for index in range(len(folders) - 1, -1, -1):
        parent = folders[index].parent
        if parent >= 0:
            newest[parent] = max(newest[parent], newest[index])
        os.utime(paths[index], ns=(newest[index], newest[index]))
    return paths


def _statistics(
    folders: list[_Folder], plan: list[_File], paths: Sequence[str], dest: Path
) -> dict[str, Any]:
    """Facts about the tree that tests and benchmark reports can check against."""
    files_at_depth: dict[int, int] = {}
    folders_at_depth: dict[int, int] = {}
    for f in plan:
        depth = folders[f.folder].depth
        files_at_depth[depth] = files_at_depth.get(depth, 0) + 1
    for folder in folders[1:]:
        folders_at_depth[folder.depth] = folders_at_depth.get(folder.depth, 0) + 1
    entries = [folder.files + folder.children for folder in folders]
    in_range = sum(MIN_ENTRIES <= e <= MAX_ENTRIES for e in entries)
    copies = sum(f.role == "copy" for f in plan)
    sources = sum(f.role == "source" for f in plan)
    decoys = sum(f.role == "decoy" for f in plan)
    root = len(str(dest)) + 1
    problems = [os.path.join(paths[f.folder][root:], f.name) for f in plan if f.role == "problem"]
    n = len(plan)
    return {
        "files": n,
        "folders": len(folders) - 1,
        "bytes": sum(f.size for f in plan),
        "max_depth": max(folders_at_depth, default=0),
        "files_at_depth": dict(sorted(files_at_depth.items())),
        "folders_at_depth": dict(sorted(folders_at_depth.items())),
        "entries_per_folder_min": min(entries),
        "entries_per_folder_max": max(entries),
        "entries_per_folder_mean": round(sum(entries) / len(entries), 2),
        "folders_with_20_40_entries": in_range,
        "duplicate_copies": copies,
        "duplicate_groups": sources,
        "duplicate_share": round(copies / n, 4) if n else 0.0,
        "files_in_duplicate_groups": copies + sources,
        "decoy_files": decoys,
        "decoy_groups": len({(f.size, f.offset) for f in plan if f.role == "decoy"}),
        "decoy_share": round(decoys / n, 4) if n else 0.0,
        "empty_files": sum(f.size == 0 for f in plan),
        "litter_files": sum(f.special for f in plan),
        "problem_files": problems,
        "problem_folders": [],
    }


def make_share(dest: Path, files: int, seed: int = 1) -> dict[str, Any]:
    """Build a share of exactly ``files`` files under ``dest`` and return its statistics.

    ``dest`` is created if needed and must be empty, so a half-old tree can never be
    mistaken for a fresh one. The same ``seed`` and ``files`` give byte-identical trees
    (names, contents, sizes and mtimes), so benchmark runs are comparable.
    """
    if files < 0:
        raise ValueError("files must be >= 0")
    started = time.perf_counter()
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    if any(dest.iterdir()):
        raise FileExistsError(f"{dest} is not empty")
    rng = random.Random(seed)
    pool = rng.randbytes(POOL_SIZE + MAX_FILE_SIZE)
    folders = _plan_folders(rng, files)
    _allot_files(rng, folders, files)
    plan = _plan_files(rng, folders)
    picker = _Picker(rng, plan)
    used: set[tuple[int, int]] = set()
    _plan_empty(rng, folders, plan, picker)
    spaced = _plan_problems(rng, folders, plan, picker)
    _plan_duplicates(rng, folders, plan, picker)
    _plan_decoys(rng, folders, plan, picker, used)
    for f in plan:
        if f.offset < 0 and f.source < 0 and f.size:
            f.offset = _free_offset(rng, f.size, used)
    for f in plan:
        if f.source >= 0:
            f.offset = plan[f.source].offset
    paths = _write(dest, folders, plan, pool)
    stats = _statistics(folders, plan, paths, dest)
    root = len(str(dest)) + 1
    stats["problem_folders"] = [paths[i][root:] for i in spaced]
    stats["seed"] = seed
    stats["seconds"] = round(time.perf_counter() - started, 3)
    return stats


def main(argv: Sequence[str] | None = None) -> int:
    """Command line entry point; prints a one-line summary."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dest", type=Path, help="folder to create the share in (must be empty)")
    parser.add_argument("--files", type=int, required=True, help="number of files to create")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    args = parser.parse_args(argv)
    try:
        stats = make_share(args.dest, args.files, args.seed)
    except (FileExistsError, ValueError) as exc:
        print(f"make_share: {exc}", file=sys.stderr)
        return 2
    print(
        f"files={stats['files']} folders={stats['folders']} bytes={stats['bytes']} "
        f"seconds={stats['seconds']:.2f} duplicates={stats['duplicate_copies']} "
        f"decoys={stats['decoy_files']} max_depth={stats['max_depth']}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
