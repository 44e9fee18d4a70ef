"""ISO 8601 UTC timestamps ending in ``Z``, as the manifest and the exports write them."""

from __future__ import annotations

import time

_DAYS: dict[int, str] = {}


def iso_utc_ns(ns: int) -> str:
    """``2026-03-01T10:00:00.123456Z`` for nanoseconds since the epoch (microseconds kept).

    Exports format one timestamp per file; the date part is memoised per day.
    """
    seconds, rest = divmod(ns, 1_000_000_000)
    day, second = divmod(seconds, 86400)
    date = _DAYS.get(day)
    if date is None:
        date = _DAYS[day] = time.strftime("%Y-%m-%d", time.gmtime(day * 86400))
    hour, second = divmod(second, 3600)
    minute, second = divmod(second, 60)
    micro = rest // 1000
    if micro:
        return f"{date}T{hour:02d}:{minute:02d}:{second:02d}.{micro:06d}Z"
    return f"{date}T{hour:02d}:{minute:02d}:{second:02d}Z"


def iso_utc(seconds: float) -> str:
    """The same for a float timestamp (``time.time()``)."""
    return iso_utc_ns(round(seconds * 1_000_000) * 1000)


def parse_iso_utc_ns(text: str) -> int:
    """Nanoseconds since the epoch from a ``...Z`` timestamp (the inverse of the above)."""
    import calendar

    if not text.endswith("Z"):
        raise ValueError(f"not a UTC timestamp ending in Z: {text!r}")
    body = text[:-1]
    whole, _, fraction = body.partition(".")
    tm = time.strptime(whole, "%Y-%m-%dT%H:%M:%S")
    seconds = calendar.timegm(tm)
    if fraction and not fraction.isdigit():
        raise ValueError(f"bad fraction in timestamp: {text!r}")
    nanos = int((fraction + "000000000")[:9]) if fraction else 0
    return seconds * 1_000_000_000 + nanos
