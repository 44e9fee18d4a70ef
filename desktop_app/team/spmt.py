"""SharePoint Migration Tool / Migration Manager bulk rows from the configured targets.

A target in the config is the URL of a document library, optionally with a folder:
``https://x.sharepoint.com/sites/team/Gedeelde documenten/Projecten`` becomes web
``https://x.sharepoint.com/sites/team``, library ``Gedeelde documenten`` and subfolder
``Projecten``. OneDrive targets (``https://x-my.sharepoint.com/personal/jan_x_nl/...``)
always use the library ``Documents`` (PLATFORM.md), whatever the URL calls it.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

CSV_COLUMNS = (
    "Source",
    "Source DocLib",
    "Source SubFolder",
    "Target Web",
    "Target DocLib",
    "Target SubFolder",
)
"""The six columns of the bulk CSV, in this order (PLATFORM.md)."""
ONEDRIVE_LIBRARY = "Documents"
_SITE_PREFIXES = ("sites", "teams", "personal")


@dataclass(frozen=True)
class Target:
    """Where a root goes: web, document library and subfolder (all empty when unknown)."""

    web: str = ""
    library: str = ""
    subfolder: str = ""

    @property
    def known(self) -> bool:
        """Whether a target was configured."""
        return bool(self.web)


def split_target(url: str | None) -> Target:
    """Web, library and subfolder of a library URL (empty for None or an empty URL)."""
    if not url or not url.strip():
        return Target()
    parts = urlsplit(url.strip())
    raw = [s for s in parts.path.split("/") if s]
    segments = [unquote(s) for s in raw]
    base = f"{parts.scheme}://{parts.netloc}" if parts.scheme else parts.netloc
    onedrive = "-my." in parts.netloc.lower() or (segments[:1] or [""])[0].lower() == "personal"
    site = 2 if segments and segments[0].lower() in _SITE_PREFIXES and len(segments) >= 2 else 0
    web = base + "".join("/" + s for s in raw[:site])  # the site keeps the URL's spelling
    rest = segments[site:]
    if onedrive:
        if rest and rest[0].lower() in ("documents", "documenten"):
            rest = rest[1:]
        return Target(web, ONEDRIVE_LIBRARY, "/".join(rest))
    if not rest:
        return Target(web, "", "")
    return Target(web, rest[0], "/".join(rest[1:]))


def task(source: str, target: Target) -> dict[str, str]:
    """One task of the JSON bulk format."""
    return {
        "SourcePath": source,
        "TargetPath": target.web,
        "TargetList": target.library,
        "TargetListRelativePath": target.subfolder,
    }


def csv_row(source: str, target: Target) -> tuple[str, ...]:
    """One row of the bulk CSV: for file shares the two Source columns after the first
    stay empty."""
    return (source, "", "", target.web, target.library, target.subfolder)
