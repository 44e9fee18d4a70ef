"""The schema check of entry lines in SQL, generated from the published schema file.

Checking a million lines one by one in Python takes many seconds; DuckDB parses and checks
them in parallel in a fraction of that. Everything below is built from the ``entry``
definition of ``resources/manifest.schema.json`` (its keys, consts, enums, patterns and
bounds), so the SQL cannot drift from the schema; tests prove that it agrees with
``jsonschema`` on hostile lines.

It is a *fast path* for the compact form the app writes: no whitespace, no escape
sequences, whole numbers written plainly. A line in any other form, valid or not, is not
accepted here but handed (with its whole file) to the exact check in Python
(``core.manifest_schema``), which accepts it or names the line and the fault. So the
fast path never accepts a line the schema refuses. Per line it proves:

1. *Values*: ``json_extract`` with one path per key gives each value's JSON text (a
   string keeps its quotes; a missing key gives SQL NULL, a JSON null the text
   ``null``), and each text is checked against the key's schema.
2. *Nothing else*: the line has no backslash (so no escapes: a string's text is its
   value) and is exactly as long as ``{`` + ``"key":value`` for each key, joined by
   commas, + ``}``. An extra or repeated key, whitespace, a trailing comma or a number
   written as ``1.0`` would make it longer; a missing key leaves a value NULL.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from desktop_app.core.manifest_schema import definition, resolve


def sql_literal(text: str) -> str:
    """A SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


def _json_text(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    if "\\" in text:
        raise ValueError(f"the fast check needs escape-free constants, not {value!r}")
    return text


def _anchored_body(pattern: str) -> str | None:
    """The part between a leading ``^`` and a final unescaped ``$``, if that is the form."""
    if not pattern.startswith("^") or not pattern.endswith("$"):
        return None
    body = pattern[1:-1]
    if (len(body) - len(body.rstrip("\\"))) % 2:
        return None
    if "^" in body.replace("[^", "") or "$" in body.replace("\\$", ""):
        return None
    return body


def _string_check(x: str, schema: dict[str, Any]) -> str:
    """A JSON string without escapes: its JSON text is the value between two quotes, so
    a pattern can be tested on the text itself with the quotes added."""
    parts = []
    body = _anchored_body(schema["pattern"]) if "pattern" in schema else None
    if "pattern" not in schema:
        parts.append(f"starts_with({x}, '\"')")
    elif body is not None:
        parts.append(
            f"regexp_full_match({x}, {sql_literal(chr(34) + '(?:' + body + ')' + chr(34))})"
        )
    else:
        parts.append(f"starts_with({x}, '\"')")
        content = f"substr({x}, 2, length({x}) - 2)"
        parts.append(f"regexp_matches({content}, {sql_literal(schema['pattern'])})")
    negated = schema.get("not")
    if negated is not None:
        if set(negated) != {"pattern"}:
            raise ValueError("only 'not' with a pattern is supported")
        literal = negated["pattern"]
        if len(literal) == 1 and literal not in ".^$*+?()[]{}|\\":
            parts.append(f"NOT contains({x}, {sql_literal(literal)})")
        else:
            content = f"substr({x}, 2, length({x}) - 2)"
            parts.append(f"NOT regexp_matches({content}, {sql_literal(literal)})")
    return "(" + " AND ".join(parts) + ")"


def _integer_check(x: str, schema: dict[str, Any]) -> str:
    """A whole number written plainly (``1.0`` and ``-0`` go to the exact check)."""
    low = schema.get("minimum")
    if low is None or low < 0:
        raise ValueError("the fast check supports whole numbers with a minimum of 0 or more")
    parts = [f"TRY_CAST({x} AS UBIGINT)::VARCHAR = {x}"]
    if low > 0:
        parts.append(f"TRY_CAST({x} AS UBIGINT) >= {int(low)}")
    if "maximum" in schema:
        top = str(int(schema["maximum"]))
        parts.append(f"(strlen({x}) < {len(top)} OR (strlen({x}) = {len(top)} AND {x} <= '{top}'))")
    return "(" + " AND ".join(parts) + ")"


def value_check(x: str, schema: dict[str, Any]) -> str:
    """SQL that is true when the JSON text ``x`` (compact, escape-free) fits ``schema``."""
    schema = resolve(schema)
    known = {
        "type",
        "const",
        "enum",
        "pattern",
        "not",
        "minimum",
        "maximum",
        "$comment",
        "description",
    }
    unknown = set(schema) - known
    if unknown:
        raise ValueError(f"the fast check does not support {sorted(unknown)}")
    if "const" in schema:
        return f"({x} = {sql_literal(_json_text(schema['const']))})"
    if "enum" in schema:
        options = ", ".join(sql_literal(_json_text(o)) for o in schema["enum"])
        return f"({x} IN ({options}))"
    kinds = schema.get("type")
    names = [kinds] if isinstance(kinds, str) else list(kinds or ())
    checks = []
    for name in names:
        if name == "string":
            checks.append(_string_check(x, schema))
        elif name == "null":
            checks.append(f"({x} = 'null')")
        elif name == "integer":
            checks.append(_integer_check(x, schema))
        else:
            raise ValueError(f"the fast check does not support type {name!r}")
    if not checks:
        raise ValueError("a property without a type, const or enum")
    return "(" + " OR ".join(checks) + ")"


@cache
def entry_properties() -> tuple[str, ...]:
    """The entry keys in the schema's order (all required, nothing else allowed)."""
    entry = resolve(definition("entry"))
    keys = tuple(entry["properties"])
    if (
        set(entry.get("required", ())) != set(keys)
        or entry.get("additionalProperties") is not False
    ):
        raise ValueError("the fast check needs every entry key required and no other keys")
    return keys


def paths_sql() -> str:
    """The JSON paths for ``json_extract(json, [...])``: one parse per line for all keys."""
    return "[" + ", ".join(sql_literal(f"$.{key}") for key in entry_properties()) + "]"


def column(key: str) -> str:
    """The name of the column that holds the JSON text of ``key`` (see :func:`columns_sql`)."""
    return f"v_{key}"


def columns_sql(v: str = "v") -> str:
    """Select list that spreads the extracted list ``v`` (one ``json_extract`` with
    :func:`paths_sql`: one parse per line) over one column per key, named by
    :func:`column`, which the checks and the stored values read."""
    return ", ".join(f"{v}[{i}] AS {column(key)}" for i, key in enumerate(entry_properties(), 1))


def line_ok_sql(json_col: str = "json", overrides: dict[str, str] | None = None) -> str:
    """SQL that is true exactly when a line is a compact, schema-valid entry; it reads
    the line ``json_col`` and the value columns of :func:`columns_sql`.

    ``overrides`` maps a key to SQL (with ``{x}`` for the value and ``{check}`` for the
    schema's check) that replaces its check by a cheaper equivalent.
    """
    entry = resolve(definition("entry"))
    keys = entry_properties()
    checks = [f"NOT contains({json_col}, '\\')"]
    for key in keys:
        x = column(key)
        check = value_check(x, entry["properties"][key])
        if overrides and key in overrides:
            check = overrides[key].format(x=x, check=check)
        checks.append(check)
    overhead = 2 + sum(len(_json_text(key)) + 1 for key in keys) + len(keys) - 1
    length = " + ".join(f"strlen({column(key)})" for key in keys)
    checks.append(f"strlen({json_col}) = {overhead} + {length}")
    return "coalesce(" + " AND ".join(checks) + ", false)"


REL_SHORTCUT = (
    "(CASE WHEN NOT (strlen({x}) <= 2 OR starts_with({x}, '\"/') OR ends_with({x}, '/\"') "
    "OR contains({x}, '//') OR substr({x}, 3, 1) = ':' OR starts_with({x}, '\".') "
    "OR starts_with({x}, '\" ') OR contains({x}, '/.') OR contains({x}, '/ ')) "
    "AND starts_with({x}, '\"') THEN true ELSE {check} END)"
)
"""A cheaper equivalent of the ``rel`` pattern for the common case, as an override.

The pattern refuses: an empty path, a leading or trailing ``/``, an empty segment, a
drive letter (``C:``), and a segment made only of dots and spaces, which must begin with
a dot or a space. A path with none of those starts (``/.``, ``/ ``, a leading ``.`` or
space, ``//``, a ``:`` as second character ...) cannot be refused, so the regular
expression runs only for the few paths that have one; backslashes and control
characters are ruled out for the whole line already. Tests check this against the
schema's pattern on many generated paths.
"""


def string_value(key: str) -> str:
    """The value of a string in compact form, and NULL for a JSON null where the schema
    allows one. Only for lines that passed :func:`line_ok_sql`: there a string has no
    escapes, so its only quotes are the two around it (dropping them with ``replace`` is
    a plain byte scan; ``substr`` would have to count characters)."""
    x = column(key)
    plain = f"replace({x}, '\"', '')"
    kinds = resolve(resolve(definition("entry"))["properties"][key]).get("type", ())
    if "null" in ([kinds] if isinstance(kinds, str) else kinds):
        return f"CASE WHEN {x} = 'null' THEN NULL ELSE {plain} END"
    return plain
