"""The organisation's retention policy: ordered rules that suggest keep, archive or delete.

Each rule is small validated data with an id, so that every suggestion can name the rule
that made it and explain itself in plain Dutch and English, using the file's own numbers.
The first matching rule wins, with one safety exception: a delete rule never applies to a
file that a protected rule (a likely official record) also matches.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Final, NamedTuple

from desktop_app.core.classify import CATEGORIES, CATEGORY_INDEX

DECISIONS: Final[tuple[str, ...]] = ("keep", "archive", "delete")
"""The three decisions; stored as their index here."""
KEEP, ARCHIVE, DELETE = 0, 1, 2

SECONDS_PER_YEAR: Final = 365.25 * 24 * 3600

PLACEHOLDERS: Final = frozenset(
    {"name", "modified", "age", "years", "size", "copies", "keeper", "category"}
)
"""Words a reason may use in braces; the config loader rejects any other."""

MONTHS: Final[dict[str, tuple[str, ...]]] = {
    "nl": [
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
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}


class FileFacts(NamedTuple):
    """What the policy may know about a file: metadata only, never its content.

    A named tuple, not a dataclass: the scanner makes one per file, and on a million
    files the cheaper construction is worth it.
    """

    name: str
    folder: str
    """Folder below the root, ``/``-separated, '' for the root itself."""
    category: int
    size: int
    mtime_ns: int
    duplicate: bool = False
    """True for a copy that is not the one kept of its duplicate group."""
    copies: int = 1
    keeper: str = ""
    """Relative path of the copy that is kept, for the reason text."""


@dataclass(frozen=True, slots=True)
class Rule:
    """One ordered policy rule: a condition, a suggestion and its reason."""

    id: str
    suggest: int
    reason_nl: str
    reason_en: str
    protected: bool = False
    title_nl: str | None = None
    """What people call the rule, in a few words ("oude officiële stukken"); optional."""
    title_en: str | None = None
    categories: frozenset[int] | None = None
    name_re: re.Pattern[str] | None = None
    path_re: re.Pattern[str] | None = None
    older_than_years: float | None = None
    newer_than_years: float | None = None
    min_size: int | None = None
    max_size: int | None = None
    duplicate: bool | None = None
    record: bool | None = None
    empty: bool | None = None
    _last_folder: list = field(
        default_factory=lambda: [("", None)], init=False, repr=False, compare=False
    )
    """(folder, whether ``path_re`` matches it) for the last folder asked: a scan asks
    folder by folder, and the glob patterns cost ~10 µs a match. One tuple, replaced
    whole, so two threads never see a folder with another folder's answer."""

    def matches(self, facts: FileFacts, age_s: float, is_record: bool | None = None) -> bool:
        """Whether this rule's condition holds; the cheapest tests come first.

        ``is_record`` may be None when unknown: the record test is then left to the
        caller (see :meth:`Policy.suggest`), which computes it only when needed.
        """
        if self.categories is not None and facts.category not in self.categories:
            return False
        if self.empty is not None and (facts.size == 0) != self.empty:
            return False
        if self.duplicate is not None and facts.duplicate != self.duplicate:
            return False
        if self.older_than_years is not None and age_s < self.older_than_years * SECONDS_PER_YEAR:
            return False
        if self.newer_than_years is not None and age_s >= self.newer_than_years * SECONDS_PER_YEAR:
            return False
        if self.min_size is not None and facts.size < self.min_size:
            return False
        if self.max_size is not None and facts.size > self.max_size:
            return False
        if self.name_re is not None and self.name_re.match(facts.name) is None:
            return False
        if self.path_re is not None:
            folder, hit = self._last_folder[0]
            if hit is None or folder != facts.folder:
                hit = self.path_re.match(facts.folder) is not None
                self._last_folder[0] = (facts.folder, hit)
            if not hit:
                return False
        return self.record is None or is_record is None or is_record == self.record


@dataclass(frozen=True, slots=True)
class Suggestion:
    """The outcome of the policy for one file."""

    rule: Rule
    suggestion: int
    protected: bool


FALLBACK_RULE: Final = Rule(
    id="no-rule",
    suggest=KEEP,
    reason_nl="Geen regel van het beleid past op dit bestand; daarom stellen we Bewaren voor.",
    reason_en="No rule of the policy fits this file, so we suggest Keep.",
    title_nl="geen regel past",
    title_en="no rule fits",
)


def glob_regex(patterns: list[str]) -> re.Pattern[str]:
    """One case-insensitive regex matching any of the shell-style ``patterns``."""
    return re.compile("|".join(fnmatch.translate(p) for p in patterns), re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True)
class Policy:
    """An ordered list of rules plus the words that mark likely official records."""

    id: str
    version: str
    sha256: str
    rules: tuple[Rule, ...]
    record_words: tuple[str, ...] = ()
    archive_folders: tuple[str, ...] = ()
    _record_name_re: re.Pattern[str] | None = field(default=None, repr=False, init=False)
    _record_lower_re: re.Pattern[str] | None = field(default=None, repr=False, init=False)
    """The record words lower-cased, without IGNORECASE: four times faster. For an ASCII
    name and ASCII words, ``lower()`` is exactly what IGNORECASE compares; other names
    (and non-ASCII words, where Unicode case rules differ) use the first pattern."""
    _outcomes: dict = field(default_factory=dict, repr=False, init=False, compare=False)
    """One :class:`Suggestion` per (rule, protected): the objects are immutable, and
    making one per file cost more than choosing the rule."""
    _archive_folder_re: re.Pattern[str] | None = field(default=None, repr=False, init=False)
    _by_category: tuple[tuple[Rule, ...], ...] = field(default=(), repr=False, init=False)
    _by_id: dict[str, Rule] = field(default_factory=dict, repr=False, init=False)

    def __post_init__(self) -> None:
        words = "|".join(re.escape(w.lower()) for w in self.record_words if w)
        folders = "|".join(re.escape(w.lower()) for w in self.archive_folders if w)
        # Record words are Dutch compounds ("collegebesluit", "raadsvoorstellen"), so
        # they match anywhere in a name; archive folders must be a whole folder name
        # or start one ("Archief 2012").
        object.__setattr__(self, "_record_name_re", re.compile(words, re.I) if words else None)
        ascii_words = all(w.isascii() for w in self.record_words)
        lower = re.compile(words) if words and ascii_words else None
        object.__setattr__(self, "_record_lower_re", lower)
        pattern = rf"(?:^|/)(?:{folders})(?:[ _\-.\d][^/]*)?(?:/|$)" if folders else None
        object.__setattr__(
            self, "_archive_folder_re", re.compile(pattern, re.I) if pattern else None
        )
        # Only the rules that can apply to a category are tried for a file of it.
        by_category = tuple(
            tuple(r for r in self.rules if r.categories is None or index in r.categories)
            for index in range(len(CATEGORIES))
        )
        object.__setattr__(self, "_by_category", by_category)
        object.__setattr__(self, "_by_id", {rule.id: rule for rule in self.rules})

    def rule(self, rule_id: str) -> Rule:
        """The rule with this id (the fallback rule for an id the policy no longer has)."""
        return self._by_id.get(rule_id, FALLBACK_RULE)

    def is_record_folder(self, folder: str) -> bool:
        """Whether a folder path holds record words or is (below) an archive folder."""
        if self._record_name_re is not None and self._record_name_re.search(folder):
            return True
        return self._archive_folder_re is not None and bool(self._archive_folder_re.search(folder))

    def is_record_name(self, name: str) -> bool:
        """Whether a file name holds one of the record words."""
        if self._record_lower_re is not None and name.isascii():
            return self._record_lower_re.search(name.lower()) is not None
        return self._record_name_re is not None and bool(self._record_name_re.search(name))

    def suggest(
        self, facts: FileFacts, now_s: float, record_folder: bool | None = None
    ) -> Suggestion:
        """The suggestion for one file; ``record_folder`` may be passed in from a cache."""
        age_s = now_s - facts.mtime_ns / 1e9
        record: bool | None = None  # worked out only when a rule asks for it
        held_back = False
        rules = self._by_category[facts.category]
        for index, rule in enumerate(rules):
            if not rule.matches(facts, age_s):
                continue
            if rule.record is not None:
                if record is None:
                    record = self._is_record(facts, record_folder)
                if record != rule.record:
                    continue
            if rule.suggest == DELETE:
                if record is None:
                    record = self._is_record(facts, record_folder)
                if any(
                    later.protected and later.matches(facts, age_s, record)
                    for later in rules[index + 1 :]
                ):
                    held_back = True
                    continue
            return self._outcome(rule, rule.protected or held_back)
        return self._outcome(FALLBACK_RULE, held_back)

    def _outcome(self, rule: Rule, protected: bool) -> Suggestion:
        key = (id(rule), protected)  # the rules live as long as the policy
        found = self._outcomes.get(key)
        if found is None:
            found = self._outcomes[key] = Suggestion(rule, rule.suggest, protected)
        return found

    def _is_record(self, facts: FileFacts, record_folder: bool | None) -> bool:
        if record_folder is None:
            record_folder = self.is_record_folder(facts.folder)
        return record_folder or self.is_record_name(facts.name)


def human_size(size: int, lang: str = "nl") -> str:
    """A size in plain words: 0 bytes, 12 KB, 3.4 MB (with a decimal comma in Dutch)."""
    value = float(size)
    units = ("bytes", "KB", "MB", "GB", "TB")
    unit = 0
    while value >= 1000 and unit < len(units) - 1:
        value /= 1024
        unit += 1
    if unit == 0:
        return f"{size} bytes" if lang == "en" or size != 1 else "1 byte"
    text = f"{value:.0f}" if value >= 10 else f"{value:.1f}"
    if lang == "nl":
        text = text.replace(".", ",")
    return f"{text} {units[unit]}"


def age_words(age_s: float, lang: str) -> str:
    """An age in whole years, in plain words."""
    years = int(age_s // SECONDS_PER_YEAR)
    if lang == "nl":
        return "minder dan een jaar" if years < 1 else f"{years} jaar"
    if years < 1:
        return "less than a year"
    return "1 year" if years == 1 else f"{years} years"


def month_words(mtime_ns: int, lang: str) -> str:
    """'maart 2012' / 'March 2012' for a modification time."""
    import time

    tm = time.gmtime(mtime_ns // 1_000_000_000)
    return f"{MONTHS[lang][tm.tm_mon - 1]} {tm.tm_year}"


def reason_text(rule: Rule, facts: FileFacts, now_s: float, lang: str, category_name: str) -> str:
    """The reason of ``rule`` for this file, in ``lang``, with the file's own numbers."""
    template = rule.reason_nl if lang == "nl" else rule.reason_en
    if "{" not in template:
        return template
    values: Mapping[str, object] = {
        "name": facts.name,
        "modified": month_words(facts.mtime_ns, lang),
        "age": age_words(now_s - facts.mtime_ns / 1e9, lang),
        "years": _number(rule.older_than_years),
        "size": human_size(facts.size, lang),
        "copies": facts.copies,
        "keeper": facts.keeper,
        "category": category_name,
    }
    return template.format_map(values)


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else str(value)


def category_set(names: list[str]) -> frozenset[int]:
    """Category names to their indexes (the caller validated the names)."""
    return frozenset(CATEGORY_INDEX[n] for n in names)
