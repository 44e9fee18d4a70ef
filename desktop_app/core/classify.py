"""A category for every file, from its extension and its name alone.

The category drives the policy (junk, installers and media are judged differently from
documents) and the review's filters. It never looks inside a file: classification must
cost nothing on a million files and must not hydrate cloud placeholders.
"""

from __future__ import annotations

import re
from typing import Final

CATEGORIES: Final[tuple[str, ...]] = (
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
)
"""All categories, in display order; a file's category is stored as its index here."""

CATEGORY_INDEX: Final[dict[str, int]] = {name: i for i, name in enumerate(CATEGORIES)}

_EXTENSIONS: Final[dict[str, tuple[str, ...]]] = {
    "document": [
        "doc",
        "docx",
        "docm",
        "dot",
        "dotx",
        "dotm",
        "odt",
        "ott",
        "rtf",
        "txt",
        "wpd",
        "wps",
        "pages",
        "md",
        "tex",
        "xml",
        "html",
        "htm",
        "mht",
        "mhtml",
    ],
    "spreadsheet": [
        "xls",
        "xlsx",
        "xlsm",
        "xlsb",
        "xlt",
        "xltx",
        "xltm",
        "ods",
        "ots",
        "csv",
        "tsv",
        "numbers",
    ],
    "presentation": ["ppt", "pptx", "pptm", "pps", "ppsx", "pot", "potx", "odp", "otp", "key"],
    "pdf": ("pdf", "xps", "oxps"),
    "email": ["msg", "eml", "emlx", "pst", "ost", "mbox", "oft"],
    "image": [
        "jpg",
        "jpeg",
        "jpe",
        "png",
        "gif",
        "bmp",
        "tif",
        "tiff",
        "heic",
        "heif",
        "webp",
        "raw",
        "cr2",
        "nef",
        "arw",
        "dng",
        "svg",
        "ico",
        "psd",
        "ai",
        "eps",
        "emf",
        "wmf",
    ],
    "audio": [
        "mp3",
        "wav",
        "wma",
        "m4a",
        "aac",
        "flac",
        "ogg",
        "oga",
        "opus",
        "aiff",
        "aif",
        "mid",
        "midi",
        "amr",
    ],
    "video": [
        "mp4",
        "m4v",
        "mov",
        "avi",
        "wmv",
        "mkv",
        "mpg",
        "mpeg",
        "flv",
        "webm",
        "3gp",
        "vob",
        "mts",
        "m2ts",
    ],
    "archive": [
        "zip",
        "7z",
        "rar",
        "tar",
        "gz",
        "tgz",
        "bz2",
        "tbz2",
        "xz",
        "txz",
        "cab",
        "arj",
        "lz",
        "lzh",
        "zst",
    ],
    "installer": [
        "exe",
        "msi",
        "msix",
        "msixbundle",
        "appx",
        "appxbundle",
        "msp",
        "dmg",
        "pkg",
        "deb",
        "rpm",
        "apk",
        "iso",
        "img",
        "vhd",
        "vhdx",
        "vmdk",
        "ova",
        "nrg",
        "bin",
        "cue",
    ],
    "temporary": [
        "tmp",
        "temp",
        "bak",
        "old",
        "swp",
        "swo",
        "wbk",
        "asd",
        "crdownload",
        "part",
        "partial",
        "lck",
        "lock",
        "~",
        "dmp",
    ],
    "shortcut": ("lnk", "url", "webloc", "desktop"),
}

_BY_EXTENSION: Final[dict[str, int]] = {
    ext: CATEGORY_INDEX[category] for category, exts in _EXTENSIONS.items() for ext in exts
}

# Names that are junk whatever their extension: Office owner files (~$), LibreOffice
# locks, Windows and macOS folder litter, editor backups.
_TEMPORARY_NAME: Final = re.compile(
    r"""^(?:~\$.*|\.~lock\..*\#|~.*\.tmp|\._.*|\.ds_store|thumbs\.db|ehthumbs\.db
    |desktop\.ini|\$recycle\.bin|icon\r|.*~)$""",
    re.IGNORECASE | re.VERBOSE | re.DOTALL,
)

TEMPORARY: Final = CATEGORY_INDEX["temporary"]
OTHER: Final = CATEGORY_INDEX["other"]


def extension(name: str) -> str:
    """The lower-case extension without the dot ('' when there is none)."""
    dot = name.rfind(".")
    if dot <= 0 or dot == len(name) - 1:
        return ""
    return name[dot + 1 :].lower()


_LITTER_NAMES: Final = frozenset(
    {"thumbs.db", "ehthumbs.db", "desktop.ini", "$recycle.bin", "icon\r"}
)
_LITTER_LENGTHS: Final = frozenset(len(name) for name in _LITTER_NAMES)


def category_index(name: str) -> int:
    """The index in :data:`CATEGORIES` of the file called ``name``."""
    # Only names that start with ~ . $ or end in ~ (or a few fixed names) can be
    # litter; testing that first keeps the regex off almost every file.
    if (
        name
        and (
            name[0] in "~.$"
            or name[-1] == "~"
            or (len(name) in _LITTER_LENGTHS and name.lower() in _LITTER_NAMES)
        )
        and _TEMPORARY_NAME.match(name)
    ):
        return TEMPORARY
    dot = name.rfind(".")
    if dot <= 0:
        return OTHER
    return _BY_EXTENSION.get(name[dot + 1 :].lower(), OTHER)


def category(name: str) -> str:
    """The category of the file called ``name`` (one of :data:`CATEGORIES`)."""
    return CATEGORIES[category_index(name)]
