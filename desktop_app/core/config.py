"""The organisation config: one TOML file with the shares, the drop folder and the policy.

A config is validated whole before anything runs: a typo in a key, a wrong type or an
unknown category gives one clear line naming the file, the line and the key, because an
employee's scan must never run on half a policy.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import string
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

from desktop_app.core import locations
from desktop_app.core.classify import CATEGORIES
from desktop_app.core.policy import DECISIONS, PLACEHOLDERS, Policy, Rule, category_set, glob_regex
from desktop_app.core.tomlkeys import line_of

CONFIG_NAME = "sharetidy.toml"


class ConfigError(Exception):
    """A config that cannot be used; ``str()`` is the one line shown to the user."""

    def __init__(self, source: Path | str, line: int | None, key: str | None, message: str):
        self.source = str(source)
        self.line = line
        self.key = key
        self.message = message
        where = self.source + (f":{line}" if line else "")
        super().__init__(f"{where}: {key + ': ' if key else ''}{message}")


@dataclass(frozen=True)
class ShareTemplate:
    """A share the employee probably has, e.g. ``\\\\fs01\\home\\{user}``."""

    name: str
    path: str
    target: str | None = None


@dataclass(frozen=True)
class OrgConfig:
    """Everything the organisation decides for its employees."""

    source: Path
    organisation: str
    contact: str
    deadline: dt.date | None
    languages: tuple[str, ...]
    drop_folder: str | None
    department: str | None
    departments: tuple[str, ...]
    shares: tuple[ShareTemplate, ...]
    archive_staging: str | None
    archive_target: str | None
    policy: Policy

    @property
    def language(self) -> str:
        """The first language of the organisation: the default for reasons in exports."""
        return self.languages[0]

    def target_for(self, root: str, user: str = "", department: str = "") -> str | None:
        """The configured SharePoint target of a scanned root, if a share template matches."""
        norm_root = _norm_share(root)
        for share in self.shares:
            path = expand_template(share.path, user, department)
            if _norm_share(path) == norm_root and share.target:
                return expand_template(share.target, user, department)
        return None


def expand_template(template: str, user: str, department: str) -> str:
    """Fill ``{user}`` and ``{department}`` in a share or target template."""
    return template.replace("{user}", user).replace("{department}", department)


def _norm_share(path: str) -> str:
    return path.replace("\\", "/").rstrip("/").casefold()


_TOP_KEYS = {"organisation", "shares", "archive", "policy"}
_ORG_KEYS = {
    "name",
    "contact",
    "deadline",
    "languages",
    "drop_folder",
    "department",
    "departments",
}
_SHARE_KEYS = {"name", "path", "target"}
_ARCHIVE_KEYS = {"staging", "target"}
_POLICY_KEYS = {"id", "version", "record_words", "archive_folders", "rules"}
_RULE_KEYS = {
    "id",
    "suggest",
    "reason_nl",
    "reason_en",
    "title_nl",
    "title_en",
    "protected",
    "category",
    "name",
    "path",
    "older_than_years",
    "newer_than_years",
    "min_size",
    "max_size",
    "duplicate",
    "record",
    "empty",
}


class _Reader:
    """Typed access to the parsed TOML that raises :class:`ConfigError` with a line."""

    def __init__(self, source: Path, text: str):
        self.source = source
        self.text = text

    def fail(self, key: str, message: str) -> ConfigError:
        return ConfigError(self.source, line_of(self.text, key), key, message)

    def check_keys(self, table: dict[str, Any], allowed: set[str], prefix: str) -> None:
        for key in table:
            if key not in allowed:
                known = ", ".join(sorted(allowed))
                raise self.fail(
                    f"{prefix}.{key}" if prefix else key, f"unknown key (known: {known})"
                )

    def get(
        self,
        table: dict[str, Any],
        key: str,
        kind: type | tuple[type, ...],
        prefix: str,
        default: Any = None,
        required: bool = False,
    ) -> Any:
        full = f"{prefix}.{key}" if prefix else key
        if key not in table:
            if required:
                raise self.fail(prefix or key, f"missing key '{key}'")
            return default
        value = table[key]
        # bool is an int in Python; a rule's age must not silently accept `true`.
        if isinstance(value, bool) and bool not in _as_tuple(kind):
            raise self.fail(full, f"expected {_kind_name(kind)}, got {value!r}")
        if not isinstance(value, kind):
            raise self.fail(full, f"expected {_kind_name(kind)}, got {value!r}")
        return value

    def strings(self, table: dict[str, Any], key: str, prefix: str) -> list[str] | None:
        value = self.get(table, key, (list, str), prefix)
        if value is None:
            return None
        items = [value] if isinstance(value, str) else value
        for item in items:
            if not isinstance(item, str):
                raise self.fail(f"{prefix}.{key}", f"expected a list of strings, got {item!r}")
        return list(items)


def _as_tuple(kind: type | tuple[type, ...]) -> tuple[type, ...]:
    return kind if isinstance(kind, tuple) else (kind,)


def _kind_name(kind: type | tuple[type, ...]) -> str:
    names = {
        str: "a string",
        int: "a whole number",
        float: "a number",
        bool: "true or false",
        list: "a list",
        dict: "a table",
        dt.date: "a date (2027-03-01)",
    }
    return " or ".join(names.get(k, k.__name__) for k in _as_tuple(kind))


def load_config(path: Path) -> OrgConfig:
    """Read and validate a config file; raises :class:`ConfigError` on any fault."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ConfigError(path, None, None, f"cannot read the file ({exc.strerror})") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ConfigError(path, None, None, f"not UTF-8 text (byte {exc.start})") from None
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        line = None
        if "(at line " in message:
            message, _, tail = message.rpartition(" (at line ")
            line = int(tail.split(",")[0])
        raise ConfigError(path, line, None, f"not valid TOML: {message}") from None
    return _build(_Reader(path, text), doc, data)


def _build(r: _Reader, doc: dict[str, Any], data: bytes) -> OrgConfig:
    r.check_keys(doc, _TOP_KEYS, "")
    org = r.get(doc, "organisation", dict, "", {})
    r.check_keys(org, _ORG_KEYS, "organisation")
    languages = r.strings(org, "languages", "organisation") or ["nl", "en"]
    for lang in languages:
        if lang not in ("nl", "en"):
            raise r.fail("organisation.languages", f"unsupported language {lang!r} (nl or en)")
    deadline = r.get(org, "deadline", dt.date, "organisation")
    if isinstance(deadline, dt.datetime):
        deadline = deadline.date()

    shares = []
    share_list = r.get(doc, "shares", list, "", [])
    for index, share in enumerate(share_list):
        prefix = f"shares[{index}]"
        if not isinstance(share, dict):
            raise r.fail(prefix, "expected a table ([[shares]])")
        r.check_keys(share, _SHARE_KEYS, prefix)
        shares.append(
            ShareTemplate(
                name=r.get(share, "name", str, prefix, required=True),
                path=r.get(share, "path", str, prefix, required=True),
                target=r.get(share, "target", str, prefix),
            )
        )
    archive = r.get(doc, "archive", dict, "", {})
    r.check_keys(archive, _ARCHIVE_KEYS, "archive")

    return OrgConfig(
        source=r.source,
        organisation=r.get(org, "name", str, "organisation", "") or "",
        contact=r.get(org, "contact", str, "organisation", "") or "",
        deadline=deadline,
        languages=tuple(languages),
        drop_folder=r.get(org, "drop_folder", str, "organisation"),
        department=r.get(org, "department", str, "organisation"),
        departments=tuple(r.strings(org, "departments", "organisation") or ()),
        shares=tuple(shares),
        archive_staging=r.get(archive, "staging", str, "archive"),
        archive_target=r.get(archive, "target", str, "archive"),
        policy=_build_policy(r, r.get(doc, "policy", dict, "", required=True)),
    )


def _build_policy(r: _Reader, table: dict[str, Any]) -> Policy:
    r.check_keys(table, _POLICY_KEYS, "policy")
    rules_data = r.get(table, "rules", list, "policy", required=True)
    if not rules_data:
        raise r.fail("policy.rules", "the policy needs at least one rule")
    rules: list[Rule] = []
    seen: set[str] = set()
    for index, item in enumerate(rules_data):
        prefix = f"policy.rules[{index}]"
        if not isinstance(item, dict):
            raise r.fail(prefix, "expected a table ([[policy.rules]])")
        rule = _build_rule(r, item, prefix)
        if rule.id in seen:
            raise r.fail(f"{prefix}.id", f"rule id {rule.id!r} is used twice")
        seen.add(rule.id)
        rules.append(rule)
    canonical = json.dumps(table, sort_keys=True, default=str, ensure_ascii=False)
    return Policy(
        id=str(r.get(table, "id", str, "policy", "policy")),
        version=str(r.get(table, "version", (str, int), "policy", "1")),
        sha256=hashlib.sha256(canonical.encode("utf-8")).hexdigest(),
        rules=tuple(rules),
        record_words=tuple(r.strings(table, "record_words", "policy") or ()),
        archive_folders=tuple(r.strings(table, "archive_folders", "policy") or ()),
    )


def _build_rule(r: _Reader, item: dict[str, Any], prefix: str) -> Rule:
    r.check_keys(item, _RULE_KEYS, prefix)
    suggest = r.get(item, "suggest", str, prefix, required=True)
    if suggest not in DECISIONS:
        raise r.fail(f"{prefix}.suggest", f"must be keep, archive or delete, got {suggest!r}")
    protected = r.get(item, "protected", bool, prefix, False)
    if protected and suggest == "delete":
        raise r.fail(f"{prefix}.protected", "a protected rule cannot suggest delete")
    reasons = {}
    for key in ("reason_nl", "reason_en"):
        text = r.get(item, key, str, prefix, required=True)
        _check_placeholders(r, f"{prefix}.{key}", text)
        reasons[key] = text
    titles = {}
    for key in ("title_nl", "title_en"):
        title = r.get(item, key, str, prefix)
        if title is not None and not title.strip():
            raise r.fail(f"{prefix}.{key}", "the title must not be empty")
        titles[key] = title.strip() if title is not None else None
    categories = r.strings(item, "category", prefix)
    if categories is not None:
        for name in categories:
            if name not in CATEGORIES:
                raise r.fail(
                    f"{prefix}.category",
                    f"unknown category {name!r} (known: {', '.join(CATEGORIES)})",
                )
    numbers = {}
    for key, kind in (
        ("older_than_years", (int, float)),
        ("newer_than_years", (int, float)),
        ("min_size", int),
        ("max_size", int),
    ):
        value = r.get(item, key, kind, prefix)
        if value is not None and value < 0:
            raise r.fail(f"{prefix}.{key}", f"must not be negative, got {value!r}")
        numbers[key] = value
    names = r.strings(item, "name", prefix)
    paths = r.strings(item, "path", prefix)
    rule_id = r.get(item, "id", str, prefix, required=True)
    if not rule_id.strip():
        raise r.fail(f"{prefix}.id", "the rule id must not be empty")
    return Rule(
        id=rule_id,
        suggest=DECISIONS.index(suggest),
        reason_nl=reasons["reason_nl"],
        reason_en=reasons["reason_en"],
        **titles,
        protected=protected,
        categories=category_set(categories) if categories is not None else None,
        name_re=glob_regex(names) if names else None,
        path_re=glob_regex(paths) if paths else None,
        duplicate=r.get(item, "duplicate", bool, prefix),
        record=r.get(item, "record", bool, prefix),
        empty=r.get(item, "empty", bool, prefix),
        **numbers,
    )


def _check_placeholders(r: _Reader, key: str, text: str) -> None:
    try:
        fields = [f for _, f, _, _ in string.Formatter().parse(text) if f is not None]
    except ValueError as exc:
        raise r.fail(key, f"bad braces in the reason ({exc})") from None
    for name in fields:
        if name not in PLACEHOLDERS:
            known = ", ".join("{" + p + "}" for p in sorted(PLACEHOLDERS))
            raise r.fail(key, f"unknown placeholder {{{name}}} (known: {known})")


def default_config_path() -> Path:
    """The example config shipped with the app."""
    return locations.resources_dir() / "default_config.toml"


def find_config(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The config to use, in the order DESIGN.md fixes.

    ``--config``, then ``SHARETIDY_CONFIG``, next to the executable, the system config
    dir, the user config dir, and last the shipped default.
    """
    if explicit:
        return Path(explicit)
    env = os.environ.get("SHARETIDY_CONFIG")
    if env:
        return Path(env)
    candidates = []
    exe_dir = locations.executable_dir()
    if exe_dir is not None:
        candidates.append(exe_dir / CONFIG_NAME)
    candidates.append(Path(platformdirs.site_config_dir(locations.APP_NAME, False)) / CONFIG_NAME)
    candidates.append(Path(platformdirs.user_config_dir(locations.APP_NAME, False)) / CONFIG_NAME)
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    return default_config_path()
