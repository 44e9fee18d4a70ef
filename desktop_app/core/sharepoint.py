"""Will a file from the network share survive the move to SharePoint/OneDrive unchanged?

The scanner calls :meth:`SharePointChecker.check` once per file, often for hundreds of
thousands of files, so the module is built for that: every pattern is compiled once at import,
the folder part of a path is checked once per folder and cached, and the codes travel as bit
masks that map onto ready-made tuples. A file name only gets the detailed look when a cheap
"anything suspicious?" pre-filter says it might need one.

The rules are the documented Microsoft 365 restrictions for SharePoint and OneDrive. Nothing in
here touches Qt or the file system, so it can run in worker threads and in plain unit tests.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, unquote, urlsplit

__all__ = [
    "CODES",
    "MAX_FILE_BYTES",
    "MAX_PATH_CHARS",
    "SharePointChecker",
    "describe",
    "propose_name",
    "target_prefix",
]

#: Every code this module can report, in the order the interface shows them.
CODES: tuple[str, ...] = (
    "invalid-char",
    "edge-space",
    "reserved-name",
    "lock-prefix",
    "vti",
    "forms-root",
    "tilde-folder",
    "path-too-long",
    "too-large",
    "thicket-folder",
)

#: SharePoint's limit on the decoded path (library path plus folders plus file name).
MAX_PATH_CHARS = 400
#: Largest file SharePoint and OneDrive accept: 250 GB.
MAX_FILE_BYTES = 250 * 1024**3

# One bit per code, in CODES order, so combining results is a cheap integer OR.
_BIT = {code: 1 << i for i, code in enumerate(CODES)}
_INVALID = _BIT["invalid-char"]
_EDGE = _BIT["edge-space"]
_RESERVED = _BIT["reserved-name"]
_LOCK = _BIT["lock-prefix"]
_VTI = _BIT["vti"]
_FORMS = _BIT["forms-root"]
_TILDE = _BIT["tilde-folder"]
_TOO_LONG = _BIT["path-too-long"]
_TOO_LARGE = _BIT["too-large"]
_THICKET = _BIT["thicket-folder"]

# Every possible combination, precomputed: turning a mask into the answer is one list index.
_MASK_TUPLES: list[tuple[str, ...]] = [
    tuple(code for i, code in enumerate(CODES) if mask & (1 << i))
    for mask in range(1 << len(CODES))
]

# re.ASCII keeps case-insensitive matching to A-Z/a-z; without it the Kelvin sign (U+212A)
# would count as 'k' and "desktop.ini" spelt with it would be flagged as reserved.
_FLAGS = re.IGNORECASE | re.ASCII

_INVALID_RE = re.compile(r'["*:<>?/\\|]')
_VTI_RE = re.compile(r"_vti_", _FLAGS)
# Groups 1-3 each end where the '_' of propose_name() goes ("con|.txt", ".lock|", "desktop|.ini").
# \Z rather than $: '$' also matches before a trailing newline.
_RESERVED_RE = re.compile(
    r"(?:(con|prn|aux|nul|com[0-9]|lpt[0-9])(?:\..*)?|(\.lock)|(desktop)\.ini)\Z",
    _FLAGS | re.DOTALL,
)
_THICKET_RE = re.compile(r"_(?:files|bestanden|archivos|fichiers|dateien)\Z", _FLAGS)
# Fast pre-filter for file names: a name skips _name_mask() when no name-level rule can
# apply. It may send too many names on (e.g. 'conx'), never too few. It is split up on purpose:
# one regex with every rule as an alternative is retried at every position of the name and
# measured about five times slower than these tests, which are mostly plain C scans.
_INVALID_SEARCH = _INVALID_RE.search
_VTI_SEARCH = _VTI_RE.search
# Rules that can only match at the start: leading space, '~$', reserved names. Only names
# starting with one of _HEAD_CHARS pay for the regex call.
_HEAD_MATCH = re.compile(
    r"(?: |~\$|(?:con|prn|aux|nul|com[0-9]|lpt[0-9])(?:\.|\Z)|\.lock\Z|desktop\.ini\Z)", _FLAGS
).match
_HEAD_CHARS = frozenset(" ~.cpanldCPANLD")


def _name_mask(name: str) -> int:
    """Codes that apply to one file or folder name on its own, wherever it sits."""
    mask = 0
    if _INVALID_RE.search(name):
        mask |= _INVALID
    if name.startswith(" ") or name.endswith(" "):
        mask |= _EDGE
    if _RESERVED_RE.match(name):
        mask |= _RESERVED
    if name.startswith("~$"):
        mask |= _LOCK
    if _VTI_RE.search(name):
        mask |= _VTI
    return mask


def _folder_segment_mask(segment: str, at_root: bool) -> int:
    """Codes for one folder name: the general name rules plus the folder-only ones."""
    mask = _name_mask(segment)
    if segment.startswith("~"):
        mask |= _TILDE
    if at_root and segment.lower() == "forms":
        mask |= _FORMS
    if _THICKET_RE.search(segment):
        mask |= _THICKET
    return mask


# --------------------------------------------------------------------------------------------
# Target URL
# --------------------------------------------------------------------------------------------

# Browser "copy link" URLs like https://host/:f:/r/sites/... put the real path after /:f:/r/.
_SHARE_LINK_RE = re.compile(r"\A/:[a-z]:/r(?=/)", _FLAGS)
# A library's view page (…/Shared Documents/Forms/AllItems.aspx) is not part of the file path.
_VIEW_PAGE_RE = re.compile(r"/Forms/[^/]*\.aspx\Z", _FLAGS)


def target_prefix(target: str | None) -> str:
    """Return the decoded path part of a SharePoint/OneDrive target URL, without outer slashes.

    SharePoint counts its 400-character limit over the decoded path after the host, so
    ``https://contoso.sharepoint.com/sites/team/Shared%20Documents`` costs
    ``sites/team/Shared Documents`` (27 characters) before the first folder on the share.
    People paste whatever their browser shows, so this also copes with a missing ``https://``,
    a view page (``…/Forms/AllItems.aspx``), an ``?id=/sites/…`` query (the folder actually
    being viewed, which wins over the page path) and ``/:f:/r/`` share links. ``None`` or an
    empty string means no target is configured and gives ``''``.
    """
    if not target or not target.strip():
        return ""
    text = target.strip()
    if "://" not in text:
        first = text.lstrip("/").split("/", 1)[0]
        # 'contoso.sharepoint.com/sites/x' has a host; 'sites/x' is already just a path.
        text = ("https://" + text.lstrip("/")) if "." in first else ("https://host/" + text)
    parts = urlsplit(text)
    ids = [v for v in parse_qs(parts.query).get("id", []) if v.startswith("/")]
    # parse_qs has already decoded an ?id= path; decoding it again would mangle a literal '%25'.
    path = ids[0] if ids else unquote(_SHARE_LINK_RE.sub("", parts.path))
    path = _VIEW_PAGE_RE.sub("", path)
    return path.strip("/")


# --------------------------------------------------------------------------------------------
# Checker
# --------------------------------------------------------------------------------------------


class SharePointChecker:
    """Checks files against the SharePoint rules for one configured target.

    One instance is meant to live for a whole scan: it remembers the verdict for every folder
    it has seen, so each file only costs a name check and two comparisons. The cache is keyed
    by the exact ``rel_folder`` string and is never trimmed, at roughly 150 bytes per folder
    on top of the string itself. Make a new instance when the target changes.
    """

    __slots__ = ("_cache", "prefix")

    def __init__(self, target: str | None = None) -> None:
        self.prefix: str = target_prefix(target)
        # rel_folder -> (codes of the folder path as a bit mask, path length before the name)
        self._cache: dict[str, tuple[int, int]] = {}

    def _folder_entry(self, rel_folder: str) -> tuple[int, int]:
        """Work out and cache what a folder path contributes to every file inside it."""
        mask = 0
        if rel_folder:
            for depth, segment in enumerate(rel_folder.split("/")):
                if segment:  # tolerate 'a//b' and a trailing '/' instead of crashing the scan
                    mask |= _folder_segment_mask(segment, at_root=depth == 0)
        # Characters in "prefix/rel_folder/" that precede the file name.
        base = len(self.prefix) + (1 if self.prefix else 0)
        if rel_folder:
            base += len(rel_folder) + 1
        entry = (mask, base)
        self._cache[rel_folder] = entry
        return entry

    def check(self, rel_folder: str, name: str, size: int) -> tuple[str, ...]:
        """Codes for the file `name` in folder `rel_folder`; ``()`` when it can move unchanged.

        `rel_folder` is ``''`` for the root, otherwise ``'/'``-separated with no leading
        ``'/'``. Folder results are cached per `rel_folder`, so the scanner should pass the
        same string for every file in a folder. Codes come in CODES order, without duplicates;
        the tuples are shared, so callers must not rely on their identity.
        """
        return _MASK_TUPLES[self.mask(rel_folder, name, size)]

    def mask(self, rel_folder: str, name: str, size: int) -> int:
        """The codes of :meth:`check` as a bit mask (bit ``i`` for ``CODES[i]``), the form a
        file row stores: the scan asks this for every file, without making a tuple."""
        entry = self._cache.get(rel_folder)
        if entry is None:
            entry = self._folder_entry(rel_folder)
        mask, base = entry
        if (
            _INVALID_SEARCH(name)
            or ("_" in name and _VTI_SEARCH(name))
            or name[-1:] == " "
            or (name[:1] in _HEAD_CHARS and _HEAD_MATCH(name))
        ):
            mask |= _name_mask(name)
        if base + len(name) > MAX_PATH_CHARS:
            mask |= _TOO_LONG
        if size > MAX_FILE_BYTES:
            mask |= _TOO_LARGE
        return mask


# --------------------------------------------------------------------------------------------
# Explanations
# --------------------------------------------------------------------------------------------

# Written for someone who is not at home with computers: say what is wrong and why it matters,
# without words like "segment", "path component" or "character set".
_TEXTS: dict[str, dict[str, str]] = {
    "nl": {
        "invalid-char": (
            'De naam bevat een teken dat SharePoint niet toestaat (" * : < > ? / \\ |).'
        ),
        "edge-space": (
            "De naam van het bestand of van een map waarin het staat begint of eindigt met een "
            "spatie, en dat staat SharePoint niet toe."
        ),
        "reserved-name": (
            "Deze naam is gereserveerd voor Windows of SharePoint en kan daarom niet gebruikt "
            "worden."
        ),
        "lock-prefix": (
            "De naam begint met ~$, wat de naam is van een tijdelijk Office-bestand, en zulke "
            "bestanden neemt SharePoint niet over."
        ),
        "vti": (
            'De naam van het bestand of van een map bevat "_vti_", wat SharePoint voor zichzelf '
            "gebruikt en daarom niet toestaat."
        ),
        "forms-root": (
            'Een map die "Forms" heet mag in SharePoint niet direct bovenin de bibliotheek staan.'
        ),
        "tilde-folder": (
            "De naam van een map begint met ~, en zulke mappen staat SharePoint niet toe."
        ),
        "path-too-long": (
            "De mappen en de bestandsnaam zijn samen langer dan 400 tekens, dus maak de namen "
            "korter of zet het bestand minder diep weg."
        ),
        "too-large": (
            "Het bestand is groter dan 250 GB en daarmee te groot voor SharePoint en OneDrive."
        ),
        "thicket-folder": (
            'De naam van een map eindigt op "_files" of "_bestanden", waardoor SharePoint hem '
            "kan zien als onderdeel van een opgeslagen webpagina en hem anders behandelt."
        ),
    },
    "en": {
        "invalid-char": (
            'The name contains a character that SharePoint does not allow (" * : < > ? / \\ |).'
        ),
        "edge-space": (
            "The name of the file, or of a folder it is in, starts or ends with a space, which "
            "SharePoint does not allow."
        ),
        "reserved-name": "This name is reserved by Windows or SharePoint, so it cannot be used.",
        "lock-prefix": (
            "The name starts with ~$, which is how temporary Office files are named, and "
            "SharePoint will not take such files."
        ),
        "vti": (
            'The name of the file or of a folder contains "_vti_", which SharePoint keeps for '
            "itself and does not allow."
        ),
        "forms-root": (
            'A folder called "Forms" is not allowed at the very top of a SharePoint library.'
        ),
        "tilde-folder": "The name of a folder starts with ~, which SharePoint does not allow.",
        "path-too-long": (
            "The folders and the file name together are longer than 400 characters, so use "
            "shorter names or store the file less deep."
        ),
        "too-large": (
            "The file is larger than 250 GB, which is too big for SharePoint and OneDrive."
        ),
        "thicket-folder": (
            'The name of a folder ends in "_files" or "_bestanden", so SharePoint may see it as '
            "part of a saved web page and treat it differently."
        ),
    },
}


def describe(code: str, lang: str = "nl") -> str:
    """Return one plain sentence explaining `code` to an employee, in Dutch or English.

    Region variants such as ``nl_NL`` or ``en-GB`` are accepted because that is what locale
    APIs hand out. An unknown code or language raises ``ValueError``: showing an empty or wrong
    explanation would be worse than a loud failure during development.
    """
    base = lang.replace("-", "_").split("_", 1)[0].lower()
    texts = _TEXTS.get(base)
    if texts is None:
        raise ValueError(f"unsupported language {lang!r}; use 'nl' or 'en'")
    try:
        return texts[code]
    except KeyError:
        raise ValueError(f"unknown SharePoint code {code!r}") from None


# --------------------------------------------------------------------------------------------
# Proposed names
# --------------------------------------------------------------------------------------------


def _vti_fix(match: re.Match[str]) -> str:
    # '_vti_' -> '_vti-': keeps the word readable and removes an underscore, so it can never
    # create a new '_vti_' next to it.
    return match.group(0)[:-1] + "-"


def _propose_once(name: str, is_folder: bool, at_root: bool) -> str:
    """One repair pass; propose_name() repeats it until nothing changes."""
    new = _INVALID_RE.sub("_", name)
    # Removing a prefix can expose a space and stripping a space can expose a prefix, so loop.
    while True:
        before = new
        new = new.strip(" ")
        while new.startswith("~$"):
            new = new[2:]
        if is_folder:
            new = new.lstrip("~")
        if new == before:
            break
    new = _VTI_RE.sub(_vti_fix, new)
    if is_folder:
        thicket = _THICKET_RE.search(new)
        if thicket:  # 'page_files' -> 'page-files'
            new = new[: thicket.start()] + "-" + new[thicket.start() + 1 :]
        if at_root and new.lower() == "forms":
            new += "_"
    reserved = _RESERVED_RE.match(new)
    if reserved:  # 'con.txt' -> 'con_.txt', '.lock' -> '.lock_', 'desktop.ini' -> 'desktop_.ini'
        cut = reserved.end(reserved.lastindex or 0)
        new = new[:cut] + "_" + new[cut:]
    return new or "_"


def propose_name(name: str, is_folder: bool = False, *, at_root: bool = False) -> str:
    """Suggest a name SharePoint will accept, changing as little as possible.

    The suggestion is offered to the employee as a one-click fix, so it must be valid and
    stable: applying it twice changes nothing, it is never empty, and :meth:`check` finds
    nothing wrong with the name itself. Invalid characters become ``_``, spaces at the start or
    end go (a space before the extension stays), reserved names get ``_`` before the extension
    (``con.txt`` -> ``con_.txt``), ``~$`` is dropped, and ``_vti_`` becomes ``_vti-``.

    For folders (``is_folder=True``) leading ``~`` is dropped too and ``page_files`` becomes
    ``page-files``. Whether ``Forms`` is a problem depends on where the folder sits, which the
    name alone does not tell, so pass ``at_root=True`` for a folder directly in the library
    root to have ``Forms`` become ``Forms_``. The path length is not a property of one name and
    is left alone.
    """
    new = name
    # Each pass only removes or replaces characters, or adds one '_' that no rule objects to,
    # so this settles in two or three passes; the bound is a guard, not a tuning knob.
    for _ in range(len(name) + 3):
        nxt = _propose_once(new, is_folder, at_root)
        if nxt == new:
            break
        new = nxt
    return new
