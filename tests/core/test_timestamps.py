"""ISO UTC timestamps: the fast formatter agrees with ``datetime`` and round-trips."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.timestamps import iso_utc, iso_utc_ns, parse_iso_utc_ns

EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


@given(st.integers(min_value=-2_000_000_000 * 10**9, max_value=4_000_000_000 * 10**9))
def test_iso_utc_ns_agrees_with_datetime(ns: int) -> None:
    micro = ns // 1000
    moment = EPOCH + dt.timedelta(microseconds=micro)
    expected = moment.strftime("%Y-%m-%dT%H:%M:%S")
    if micro % 1_000_000:
        expected += f".{micro % 1_000_000:06d}"
    assert iso_utc_ns(ns) == expected + "Z"
    assert parse_iso_utc_ns(iso_utc_ns(ns)) == micro * 1000


def test_whole_seconds_have_no_fraction_and_the_day_turns_at_midnight() -> None:
    assert iso_utc_ns(0) == "1970-01-01T00:00:00Z"
    assert iso_utc_ns(86_399 * 10**9 + 999_999_999) == "1970-01-01T23:59:59.999999Z"
    assert iso_utc_ns(86_400 * 10**9 + 999) == "1970-01-02T00:00:00Z"  # below a microsecond
    assert iso_utc(1_772_359_200.5) == "2026-03-01T10:00:00.500000Z"
