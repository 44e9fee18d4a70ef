"""A policy rule's name in plain words, for the employee (never the config's rule id).

The organisation config gives every rule an id (``installer``, ``document-retention``)
that is meant for the config, not for people. A rule's optional ``title_nl`` /
``title_en`` is what people read (the shipped policy has them); a rule without one is
described from its own condition (duplicates, empty files, records, the types of file,
the age), and only a rule with no describable condition falls back to its id with the
dashes made spaces.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.core.policy import Policy, Rule, human_size
from desktop_app.gui.labels import category_name


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("RuleNames", text, "", n)


def _lower(word: str) -> str:
    """A category name inside a sentence: 'Picture' -> 'picture', 'PDF' stays."""
    return word if word.isupper() else word[:1].lower() + word[1:]


def _years(years: float, older: bool) -> str:
    """'older than 4 years', or in months for a part of a year."""
    if float(years).is_integer():
        if older:
            return _tr("older than %n year(s)", int(years))
        return _tr("newer than %n year(s)", int(years))
    months = max(1, round(years * 12))
    if older:
        return _tr("older than %n month(s)", months)
    return _tr("newer than %n month(s)", months)


def described(rule: Rule, lang: str) -> str:
    """A rule's condition in a few words (the name of a rule the app does not know)."""
    parts: list[str] = []
    if rule.duplicate:
        parts.append(_tr("duplicate files"))
    if rule.empty:
        parts.append(_tr("empty files"))
    if rule.record:
        parts.append(_tr("official records"))
    if rule.categories:
        parts.append(", ".join(_lower(category_name(c)) for c in sorted(rule.categories)))
    if rule.older_than_years is not None:
        parts.append(_years(rule.older_than_years, older=True))
    if rule.newer_than_years is not None:
        parts.append(_years(rule.newer_than_years, older=False))
    if rule.min_size is not None:
        parts.append(_tr("larger than %1").replace("%1", human_size(rule.min_size, lang)))
    if rule.max_size is not None:
        parts.append(_tr("smaller than %1").replace("%1", human_size(rule.max_size, lang)))
    if parts:
        return ", ".join(parts)
    return rule.id.replace("-", " ").replace("_", " ").strip() or rule.id


def rule_name(policy: Policy, rule_id: str, lang: str) -> str:
    """What the details pane calls the rule that made a suggestion."""
    rule = policy.rule(rule_id)
    if rule.id != rule_id:  # the policy no longer has it: only its id is known
        return rule_id.replace("-", " ").replace("_", " ").strip() or rule_id
    title = rule.title_nl if lang == "nl" else rule.title_en
    return title or described(rule, lang)
