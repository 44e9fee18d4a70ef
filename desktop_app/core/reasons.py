"""Reason texts for many files at once, without formatting the same sentence twice.

A reason depends only on the rule and a few of the file's numbers (its month, its age in
years, sometimes its size); on a share of a million files most of them repeat, so the
formatted text is memoised on exactly the values its template uses.
"""

from __future__ import annotations

import string
import time

from desktop_app.core.classify import CATEGORIES
from desktop_app.core.policy import SECONDS_PER_YEAR, FileFacts, Policy, Rule, reason_text


class Reasons:
    """Formats rule reasons in one language, memoised per distinct input."""

    def __init__(self, policy: Policy, lang: str, now_s: float | None = None):
        self.policy = policy
        self.lang = lang
        self.now_s = time.time() if now_s is None else now_s
        self._fields: dict[str, frozenset[str]] = {}
        self._memo: dict[tuple, str] = {}
        self._months: dict[int, tuple[int, int]] = {}

    def _uses(self, rule: Rule) -> frozenset[str]:
        fields = self._fields.get(rule.id)
        if fields is None:
            template = rule.reason_nl if self.lang == "nl" else rule.reason_en
            fields = frozenset(
                f for _, f, _, _ in string.Formatter().parse(template) if f is not None
            )
            self._fields[rule.id] = fields
        return fields

    def text(self, rule_id: str, facts: FileFacts) -> str:
        """The reason of ``rule_id`` for the file ``facts`` in this formatter's language."""
        rule = self.policy.rule(rule_id)
        uses = self._uses(rule)
        if not uses:
            return rule.reason_nl if self.lang == "nl" else rule.reason_en
        key: tuple = (rule_id,)
        if "modified" in uses:
            day = facts.mtime_ns // 86_400_000_000_000
            month = self._months.get(day)
            if month is None:
                tm = time.gmtime(day * 86400)
                month = self._months[day] = (tm.tm_year, tm.tm_mon)
            key += month
        if "age" in uses:
            key += (int((self.now_s - facts.mtime_ns / 1e9) // SECONDS_PER_YEAR),)
        if "size" in uses:
            key += (facts.size,)
        if "name" in uses:
            key += (facts.name,)
        if "copies" in uses or "keeper" in uses:
            key += (facts.copies, facts.keeper)
        if "category" in uses:
            key += (facts.category,)
        found = self._memo.get(key)
        if found is None:
            found = reason_text(rule, facts, self.now_s, self.lang, CATEGORIES[facts.category])
            if len(self._memo) < 200_000:
                self._memo[key] = found
        return found
