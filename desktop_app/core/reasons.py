"""Reason texts for many files at once, without formatting the same sentence twice.

A reason depends only on the rule and a few of the file's numbers (its month, its age in
years, sometimes its size); on a share of a million files most of them repeat, so the
formatted text is memoised on exactly the values its template uses. Most rules use only
the month and the age: their texts are found by the day of the file alone, except on
the one day a year where the age changes during the day.
"""

from __future__ import annotations

import string
import time

from desktop_app.core.classify import CATEGORIES
from desktop_app.core.policy import SECONDS_PER_YEAR, FileFacts, Policy, Rule, reason_text

_NS_PER_DAY = 86_400_000_000_000
_DAY_FIELDS = frozenset({"modified", "age", "years"})
"""Template fields that follow from the file's day (the age, once it is constant all day)
and the rule itself."""


class Reasons:
    """Formats rule reasons in one language, memoised per distinct input."""

    def __init__(self, policy: Policy, lang: str, now_s: float | None = None):
        self.policy = policy
        self.lang = lang
        self.now_s = time.time() if now_s is None else now_s
        self._fields: dict[str, frozenset[str]] = {}
        self._memo: dict[tuple, str] = {}
        self._months: dict[int, tuple[int, int]] = {}
        self._by_day: dict[tuple[str, int], str] = {}

    def _uses(self, rule: Rule) -> frozenset[str]:
        fields = self._fields.get(rule.id)
        if fields is None:
            template = rule.reason_nl if self.lang == "nl" else rule.reason_en
            fields = frozenset(
                f for _, f, _, _ in string.Formatter().parse(template) if f is not None
            )
            self._fields[rule.id] = fields
        return fields

    def known(self, rule_id: str, mtime_ns: int) -> str | None:
        """The reason of ``rule_id`` for a file of that day, if one was found already; a
        caller with many files asks this first and builds the file's facts only on a miss."""
        return self._by_day.get((rule_id, mtime_ns // _NS_PER_DAY))

    def text(self, rule_id: str, facts: FileFacts) -> str:
        """The reason of ``rule_id`` for the file ``facts`` in this formatter's language."""
        day = facts.mtime_ns // _NS_PER_DAY
        found = self._by_day.get((rule_id, day))
        if found is not None:
            return found
        rule = self.policy.rule(rule_id)
        found = self._text(rule, facts)
        uses = self._uses(rule)
        if uses and uses <= _DAY_FIELDS and self._same_age_all_day(day):
            self._by_day[(rule_id, day)] = found
        return found

    def _same_age_all_day(self, day: int) -> bool:
        first, last = day * 86_400, day * 86_400 + 86_400
        return (self.now_s - first) // SECONDS_PER_YEAR == (self.now_s - last) // SECONDS_PER_YEAR

    def _text(self, rule: Rule, facts: FileFacts) -> str:
        rule_id = rule.id
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
