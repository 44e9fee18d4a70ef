"""ISO 8601 UTC timestamps ending in ``Z``, as the manifest and the exports write them."""

from __future__ import annotations

import time


def iso_utc_ns(ns: int) -> str:
    """``2026-03-01T10:00:00.123456Z`` for nanoseconds since the epoch (microseconds kept)."""
    seconds, rest = divmod(ns, 1_000_000_000)
    micro = rest // 1000
    stamp = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(seconds))
    return f"{stamp}.{micro:06d}Z" if micro else f"{stamp}Z"


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
