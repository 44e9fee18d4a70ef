"""A sample share to practise on: ``sharetidy demo`` builds it and opens the app on it.

Ambassadors show colleagues the app on this share before they touch their own files, and
testers need the same mix of cases every time, so the share is deterministic: a few
hundred files with ordinary Dutch office names, junk, installers, duplicates, old records,
recent work and names that SharePoint will not take, plus a local drop folder and a config
that points at both. Ages are counted back from today, so an "old" record stays old and
"recent work" stays recent whenever the demo is rebuilt.

Rebuilding is idempotent: the demo folder carries a marker file, and only a folder with
that marker is ever cleared and written again (never a folder of the user's own).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import random
import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core import locations
from desktop_app.core.config import default_config_path
from desktop_app.core.fsnames import long_path

MARKER = ".sharetidy-demo"
"""Marks a folder as built by this module; nothing else is ever cleared."""

DEADLINE_DAYS = 90
"""The demo's deadline lies this many days after the day it is built."""

DEPARTMENT = "Burgerzaken"
_DAY = 86_400
_SEED = 2027


class DemoError(Exception):
    """The demo cannot be built here; ``str()`` is one line for the user."""


@dataclass(frozen=True)
class DemoShare:
    """Where the built demo lives."""

    root: Path
    personal: Path
    """The employee's own share (H:)."""
    department: Path
    """The department share (G:)."""
    drop: Path
    """The local drop folder that stands in for the team's network drop folder."""
    config: Path
    files: int


@dataclass(frozen=True)
class _Item:
    rel: str
    size: int
    age_days: float
    content: bytes | None = None
    """Exact bytes (duplicates share them); None = unique filler made from the path."""
    sparse: bool = False
    """Big files (installers, video) are written sparse: size without the disk use."""


def default_dir() -> Path:
    """``<data dir>/demo``: the demo's own place, next to the catalog."""
    return locations.data_dir() / "demo"


def build_demo(
    directory: Path | str | None = None, user: str = "medewerker", today: dt.date | None = None
) -> DemoShare:
    """Build (or rebuild) the demo share, drop folder and config in ``directory``.

    Raises :class:`DemoError` when ``directory`` holds files that this module did not
    make, so a typo in ``--dir`` can never clear someone's folder.
    """
    root = Path(directory) if directory is not None else default_dir()
    root = root.expanduser().absolute()
    _claim(root)
    safe_user = "".join(c if c.isalnum() or c in "._-" else "_" for c in user) or "medewerker"
    personal = root / "netwerk" / "home" / safe_user
    department = root / "netwerk" / "afdelingen" / DEPARTMENT
    drop = root / "inleveren"
    for path in (root / "netwerk", drop):
        if path.exists():
            shutil.rmtree(path)
    now = time.time()
    count = 0
    for base, items in ((personal, _personal_items()), (department, _department_items())):
        base.mkdir(parents=True, exist_ok=True)
        for item in items:
            _write(base, item, now)
            count += 1
    drop.mkdir(parents=True, exist_ok=True)
    config = root / "sharetidy.toml"
    day = today or dt.date.today()
    config.write_text(
        _config_text(personal, department, drop, day + dt.timedelta(days=DEADLINE_DAYS)),
        encoding="utf-8",
    )
    return DemoShare(root, personal, department, drop, config, count)


def _claim(root: Path) -> None:
    marker = root / MARKER
    if root.exists():
        if not root.is_dir():
            raise DemoError(f"not a folder: {root}")
        if not marker.exists() and any(root.iterdir()):
            raise DemoError(
                f"the folder {root} is not empty and was not made by 'sharetidy demo'; "
                "choose an empty or new folder"
            )
    root.mkdir(parents=True, exist_ok=True)
    marker.write_text("Built by 'sharetidy demo'; rebuilding clears this folder.\n", "utf-8")


def _write(base: Path, item: _Item, now: float) -> None:
    path = os.path.join(str(base), *item.rel.split("/"))
    os.makedirs(long_path(os.path.dirname(path)), exist_ok=True)
    with open(long_path(path), "wb") as handle:
        if item.sparse:
            handle.truncate(item.size)
        else:
            handle.write(item.content if item.content is not None else _filler(item))
    stamp = now - item.age_days * _DAY
    os.utime(long_path(path), (stamp, stamp))


def _filler(item: _Item) -> bytes:
    """Unique bytes for a file: equal sizes never make accidental duplicates."""
    head = hashlib.sha256(item.rel.encode("utf-8")).digest() * 2
    return (head * (item.size // len(head) + 1))[: item.size]


def _quote(path: Path | str) -> str:
    text = str(path).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{text}"'


def _config_text(personal: Path, department: Path, drop: Path, deadline: dt.date) -> str:
    """The shipped config with the demo's shares, drop folder and deadline.

    The policy part is copied as it ships, so the demo shows the real suggestions.
    """
    shipped = default_config_path().read_text(encoding="utf-8")
    cut = shipped.find("\n[policy]")
    if cut < 0:
        raise DemoError(f"the shipped config has no [policy] table: {default_config_path()}")
    header = f"""# ShareTidy demo config, written by 'sharetidy demo'. Practice only: the shares
# below are sample folders on this PC, and the drop folder is a local folder.

[organisation]
name = "Gemeente Voorbeeld (oefenomgeving)"
contact = "je ambassadeur"
deadline = {deadline.isoformat()}
languages = ["nl", "en"]
drop_folder = {_quote(drop)}
department = "{DEPARTMENT}"
departments = ["Burgerzaken", "Financiën", "Ruimte", "Sociaal Domein", "Bedrijfsvoering"]

[[shares]]
name = "Mijn persoonlijke schijf (H:)"
path = {_quote(personal)}
target = "https://voorbeeld-my.sharepoint.com/personal/{{user}}_voorbeeld_nl/Documents"

[[shares]]
name = "Afdelingsschijf (G:)"
path = {_quote(department)}
target = "https://voorbeeld.sharepoint.com/sites/{{department}}/Gedeelde documenten"

[archive]
staging = {_quote(department.parent.parent / "archief-overdracht")}
target = "https://voorbeeld.sharepoint.com/sites/archief/Documenten"
"""
    return header + shipped[cut:]


# -- the content ---------------------------------------------------------------------------

_PROJECTS = (
    "Nieuwe website",
    "Digitale balie",
    "Verhuizing stadskantoor",
    "Klanttevredenheid 2025",
)
_WORK_DOCS = (
    "Plan van aanpak.docx",
    "Planning.xlsx",
    "Risicoanalyse.docx",
    "Presentatie stuurgroep.pptx",
    "Verslag kick-off.docx",
    "Begroting.xlsx",
    "Communicatieplan.docx",
    "Evaluatie.docx",
)
_NOTES = (
    "Notities overleg",
    "Aantekeningen",
    "Concept brief",
    "Telefoonnotitie",
    "Actielijst",
)
_RECORDS = (
    ("Besluiten/{y}", "Besluit omgevingsvergunning Dorpsstraat {n}.pdf"),
    ("Besluiten/{y}", "Collegebesluit subsidie buurthuis {n}.docx"),
    ("Contracten", "Overeenkomst schoonmaak stadskantoor {y}.pdf"),
    ("Contracten", "Contract leverancier kantoorartikelen {y}.pdf"),
    ("Raadsvoorstellen", "Raadsvoorstel verordening leges {y}.docx"),
    ("Bezwaar", "Beschikking bezwaar {n}-{y}.pdf"),
    ("Werkoverleg", "Notulen werkoverleg {y}-0{m}-1{n}.docx"),
)
_PHOTO_TRIPS = ("Vakantie 2019 Texel", "Bruiloft Sanne en Mark", "Verjaardag Emma")
_INSTALLERS = (
    ("AcroRdrDC_Setup.exe", 4_300_000),
    ("Teams_windows_x64.msi", 21_000_000),
    ("ZoomInstallerFull.exe", 14_500_000),
    ("vlc-3.0.18-win64.exe", 40_200_000),
    ("7z2301-x64.msi", 1_900_000),
    ("Printerdriver HP LaserJet.exe", 18_700_000),
)
_MAIL = (
    "RE Vergadering dinsdag.msg",
    "FW Offerte drukwerk.msg",
    "Uitnodiging personeelsuitje.msg",
    "RE Vraag over paspoortaanvraag.msg",
    "Bevestiging afspraak.msg",
)


def _size(rng: random.Random, low: int, high: int) -> int:
    return rng.randint(low, high)


def _personal_items() -> Iterator[_Item]:
    rng = random.Random(_SEED)
    for project in _PROJECTS[:3]:
        for name in _WORK_DOCS:
            yield _Item(f"Werk/{project}/{name}", _size(rng, 18_000, 420_000), rng.uniform(5, 300))
    for year in range(2014, 2021):
        for note in _NOTES:
            age = (2026 - year) * 365 + rng.uniform(0, 300)
            yield _Item(f"Documenten/{year}/{note} {year}.docx", _size(rng, 9_000, 60_000), age)
    for index, name in enumerate(_MAIL):
        yield _Item(f"Mail archief/2016/{name}", _size(rng, 20_000, 900_000), 3400 + index * 30)
        yield _Item(f"Mail archief/2025/{name}", _size(rng, 20_000, 900_000), 40 + index * 9)
    for trip in _PHOTO_TRIPS:
        for number in range(1, 9):
            size = _size(rng, 180_000, 650_000)
            yield _Item(f"Foto's/{trip}/IMG_{4810 + number:04d}.jpg", size, rng.uniform(400, 2500))
    for title in ("Muziek/Favoriete nummers", "Bureaublad/Afspeellijst werk"):
        for number in range(1, 5):
            size = _size(rng, 3_000_000, 7_000_000)
            age = rng.uniform(800, 3000)
            yield _Item(f"{title}/Nummer {number:02d}.mp3", size, age, sparse=True)
    for name, size in _INSTALLERS:
        yield _Item(f"Downloads/{name}", size, rng.uniform(30, 1200), sparse=True)
    yield _Item("Downloads/Handleiding nieuwe printer.pdf", 1_250_000, 210)
    # Duplicates: the same bytes on the desktop, in Documents and in a project folder.
    report = _filler(_Item("dup/jaarverslag", 184_000, 0))
    yield _Item("Bureaublad/Jaarverslag 2024.docx", len(report), 160, report)
    yield _Item("Documenten/Jaarverslag 2024.docx", len(report), 160, report)
    yield _Item("Werk/Kopie van Jaarverslag 2024.docx", len(report), 150, report)
    form = _filler(_Item("dup/declaratie", 52_000, 0))
    yield _Item("Bureaublad/Declaratieformulier.xlsx", len(form), 90, form)
    yield _Item("Documenten/Declaratieformulier - kopie.xlsx", len(form), 90, form)
    # Junk and empty files.
    yield _Item("Werk/Nieuwe website/~$Plan van aanpak.docx", 162, 2)
    yield _Item("Foto's/Vakantie 2019 Texel/Thumbs.db", 24_576, 1900)
    yield _Item("Documenten/~WRL0004.tmp", 31_000, 700)
    yield _Item("Bureaublad/Nieuw tekstdocument.txt", 0, 600)
    yield _Item("Bureaublad/Snelkoppeling naar Intranet.lnk", 1_400, 1500)
    # Recent work on the desktop.
    for name in ("Werkrooster april.xlsx", "Te doen deze week.docx", "Sollicitatiebrief.docx"):
        yield _Item(f"Bureaublad/{name}", _size(rng, 14_000, 80_000), rng.uniform(1, 60))


def _department_items() -> Iterator[_Item]:
    rng = random.Random(_SEED + 1)
    for year in range(2013, 2021):
        for index, (folder, name) in enumerate(_RECORDS):
            text = name.format(y=year, n=(year * 7 + index) % 90 + 3, m=index % 9 + 1)
            age = (2026 - year) * 365 + rng.uniform(0, 200)
            yield _Item(f"{folder.format(y=year)}/{text}", _size(rng, 30_000, 450_000), age)
    for year in (2011, 2012):
        for name in ("Jaarverslag", "Verslag afdelingsoverleg", "Overzicht formatie"):
            age = (2026 - year) * 365 + rng.uniform(0, 200)
            yield _Item(f"Archief {year}/{name} {year}.pdf", _size(rng, 60_000, 400_000), age)
    for month, label in enumerate(("januari", "februari", "maart", "april"), start=1):
        age = 150 - month * 30 + rng.uniform(0, 10)
        yield _Item(f"Paspoorten/Aanvragen {label} 2026.xlsx", _size(rng, 30_000, 240_000), age)
        yield _Item(f"Rijbewijzen/Overzicht {label} 2026.xlsx", _size(rng, 30_000, 240_000), age)
    for topic in ("Huwelijken", "Verhuizingen", "Uittreksels", "Naturalisatie"):
        for name in ("Werkinstructie", "Checklist", "Veelgestelde vragen", "Voorbeeldbrief"):
            size = _size(rng, 20_000, 300_000)
            yield _Item(
                f"Werkinstructies/{topic}/{name} {topic.lower()}.docx", size, rng.uniform(20, 700)
            )
        for year in (2015, 2016, 2017):
            age = (2026 - year) * 365 + rng.uniform(0, 300)
            yield _Item(
                f"Werkinstructies/{topic}/Oud/Werkinstructie {year}.docx", 41_000 + year, age
            )
    for project in _PROJECTS:
        for name in _WORK_DOCS[:5]:
            yield _Item(
                f"Projecten/{project}/{name}", _size(rng, 20_000, 500_000), rng.uniform(10, 400)
            )
    # SharePoint problems.
    for name in ("logo.png", "style.css", "menu.js"):
        size = _size(rng, 2_000, 90_000)
        yield _Item(f"Projecten/Nieuwe website/Startpagina_bestanden/{name}", size, 90)
    yield _Item("Forms/Aanvraagformulier parkeervergunning.docx", 61_000, 120)
    yield _Item("~Oud/Lijst telefoonnummers.xlsx", 17_000, 200)
    yield _Item("Planning/ Jaarplanning 2026.xlsx", 48_000, 30)
    yield _Item("Sjablonen/_vti_cnf/Briefpapier.dotx", 33_000, 300)
    deep = "/".join(
        (
            "Projecten",
            "Digitale balie",
            "Fase 2 - uitwerking van de nieuwe werkwijze aan de balie en online",
            "Werkgroep klantcontact en dienstverlening burgerzaken en publiekszaken",
            "Uitgewerkte scenario's voor afspraken maken zonder wachttijden aan de balie",
            "Definitieve versies na overleg met de ondernemingsraad en het managementteam",
        )
    )
    name = "Eindrapportage scenario's afspraken maken zonder wachttijden - definitief.docx"
    yield _Item(f"{deep}/{name}", 230_000, 45)
    if os.name != "nt":  # Windows itself refuses these characters
        yield _Item("Planning/Vraag: wie doet wat?.docx", 22_000, 25)
    # Duplicates spread over the department share.
    form = _filler(_Item("dup/verhuizing", 73_000, 0))
    yield _Item("Werkinstructies/Verhuizingen/Formulier verhuizing.docx", len(form), 80, form)
    yield _Item("Formulieren/Formulier verhuizing.docx", len(form), 80, form)
    yield _Item("Formulieren/Kopie van Formulier verhuizing.docx", len(form), 70, form)
    manual = _filler(_Item("dup/handleiding", 610_000, 0))
    yield _Item("Handleidingen/Handleiding zaaksysteem.pdf", len(manual), 500, manual)
    yield _Item("Projecten/Digitale balie/Handleiding zaaksysteem.pdf", len(manual), 500, manual)
    # Junk and a training video.
    yield _Item("Formulieren/~$rmulier verhuizing.docx", 162, 3)
    yield _Item("Paspoorten/Thumbs.db", 12_288, 400)
    yield _Item("Paspoorten/.~lock.Aanvragen april 2026.xlsx#", 90, 1)
    yield _Item("Instructievideo's/Uitleg nieuwe balie.mp4", 48_000_000, 160, sparse=True)
