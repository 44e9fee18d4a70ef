"""Find the line of a key in a TOML text, so that config errors can name it.

``tomllib`` reports the line of a syntax error but forgets where each value came from.
A config that parses but holds a wrong value must still get one clear line naming the
file, the line and the key; this small line scanner recovers that position for the
ordinary way configs are written (``[table]``, ``[[array.of.tables]]``, ``key = value``).
"""

from __future__ import annotations

import re

_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$")
_KEY = re.compile(r"""^\s*([A-Za-z0-9_\-."']+?)\s*=""")


def key_lines(text: str) -> dict[str, int]:
    """Map dotted key paths (``policy.rules[2].suggest``) to their 1-based line numbers.

    Tables and array-of-table entries map to their header line, keys to their own line.
    """
    lines: dict[str, int] = {}
    counters: dict[str, int] = {}
    prefix = ""
    for number, line in enumerate(text.splitlines(), start=1):
        header = _HEADER.match(line)
        if header:
            name = ".".join(part.strip().strip("\"'") for part in header.group(2).split("."))
            if header.group(1) == "[[":
                index = counters.get(name, 0)
                counters[name] = index + 1
                # Nested arrays of tables ([[policy.rules]]) live below the last entry of
                # their parent array, which the prefix already names.
                prefix = f"{name}[{index}]"
            else:
                prefix = name
            lines.setdefault(prefix, number)
            continue
        key = _KEY.match(line)
        if key:
            name = ".".join(part.strip().strip("\"'") for part in key.group(1).split("."))
            lines.setdefault(f"{prefix}.{name}" if prefix else name, number)
    return lines


def line_of(text: str, key_path: str) -> int | None:
    """The line of ``key_path`` or of its nearest enclosing table that has a line."""
    lines = key_lines(text)
    path = key_path
    while path:
        if path in lines:
            return lines[path]
        cut = max(path.rfind("."), path.rfind("["))
        path = path[:cut] if cut > 0 else ""
    return None
