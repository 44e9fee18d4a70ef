"""The published JSON Schema of one manifest line, and an exact checker that reads it.

``resources/manifest.schema.json`` is the contract other tools write and read manifests
from. The app ships no JSON Schema library, so this module interprets the small part of
JSON Schema that file uses (type, const, enum, pattern, not, minimum, maximum, minItems,
required, properties, additionalProperties, items, $ref, oneOf): the checks follow the
published file itself, never a copy of it. Tests prove that this checker, the SQL check
the team's collect runs on millions of lines, and the ``jsonschema`` package agree.

Lines are parsed strictly: RFC 8259 JSON without NaN or Infinity, no duplicate keys (two
readers could otherwise see two different values) and no unpaired surrogates.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from functools import cache
from typing import Any

from desktop_app.core import locations

SCHEMA_FILE = "manifest.schema.json"
SCHEMA_ID = "sharetidy-manifest/1"
LINE_TYPES = ("header", "entry", "trailer")


class LineError(ValueError):
    """A line that is not valid; ``str()`` says why in plain words."""


@cache
def load_schema() -> dict[str, Any]:
    """The published schema of one line (read once)."""
    path = locations.resources_dir() / SCHEMA_FILE
    return json.loads(path.read_text(encoding="utf-8"))


def definition(name: str) -> dict[str, Any]:
    """One of the schema's ``$defs`` (header, entry, trailer, rel, timestamp, ...)."""
    return load_schema()["$defs"][name]


def resolve(schema: dict[str, Any]) -> dict[str, Any]:
    """Follow a local ``$ref`` (``#/$defs/name``) to the schema it names."""
    while "$ref" in schema:
        ref = schema["$ref"]
        if not ref.startswith("#/$defs/"):
            raise ValueError(f"unsupported $ref {ref!r}")
        schema = definition(ref.removeprefix("#/$defs/"))
    return schema


@cache
def ecma_regex(pattern: str) -> re.Pattern[str]:
    """A Python regex that reads ``pattern`` as ECMA-262 does.

    The only difference that matters for the schema's patterns: in ECMA-262 ``$`` matches
    only at the very end, while Python's ``$`` also matches before a final newline.
    """
    if pattern.endswith("$"):
        body = pattern[:-1]
        if (len(body) - len(body.rstrip("\\"))) % 2 == 0:  # the '$' itself is not escaped
            pattern = body + r"\Z"
    return re.compile(pattern)


# -- strict JSON ------------------------------------------------------------------------
def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise LineError(f"the key {key!r} appears twice")
        result[key] = value
    return result


def _no_constant(name: str) -> Any:
    raise LineError(f"{name} is not a JSON number")


_SURROGATE = re.compile("[\ud800-\udfff]")


def _check_text(value: Any) -> None:
    if isinstance(value, str):
        if _SURROGATE.search(value):
            raise LineError("a string holds an unpaired surrogate (not valid Unicode)")
    elif isinstance(value, dict):
        for key, item in value.items():
            _check_text(key)
            _check_text(item)
    elif isinstance(value, list):
        for item in value:
            _check_text(item)


def strict_loads(text: str) -> Any:
    """Parse one line as strict JSON; raises :class:`LineError` saying why not."""
    if text.startswith("\ufeff"):
        raise LineError("the line starts with a byte order mark")
    try:
        value = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except LineError:
        raise
    except json.JSONDecodeError as exc:
        raise LineError(f"not valid JSON ({exc.msg} at character {exc.pos + 1})") from None
    except (ValueError, RecursionError):  # a number of thousands of digits; deep nesting
        raise LineError("not valid JSON (a value too large or nested too deeply)") from None
    _check_text(value)
    return value


# -- schema checks ------------------------------------------------------------------------
_TYPE_NAMES = {
    "string": "a string",
    "integer": "a whole number",
    "number": "a number",
    "null": "null",
    "object": "an object",
    "array": "a list",
    "boolean": "true or false",
}


def _is_type(value: Any, name: str) -> bool:
    if name == "string":
        return isinstance(value, str)
    if name == "null":
        return value is None
    if name == "object":
        return isinstance(value, dict)
    if name == "array":
        return isinstance(value, list)
    if name == "boolean":
        return isinstance(value, bool)
    if isinstance(value, bool):
        return False
    if name == "integer":
        # JSON Schema: a number with a zero fraction (1.0) is an integer.
        return isinstance(value, int) or (
            isinstance(value, float) and math.isfinite(value) and value.is_integer()
        )
    if name == "number":
        return isinstance(value, int | float)
    raise ValueError(f"unsupported type {name!r}")


def _same(a: Any, b: Any) -> bool:
    """JSON equality: true is not 1, and 1 equals 1.0."""
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if isinstance(a, int | float) and isinstance(b, int | float):
        return a == b
    return type(a) is type(b) and a == b


def _show(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "..."


def _where(path: str) -> str:
    return path or "the line"


def check(value: Any, schema: dict[str, Any], path: str = "") -> str | None:
    """Why ``value`` does not fit ``schema`` (a plain sentence), or None when it fits."""
    schema = resolve(schema)
    if "oneOf" in schema:
        return _check_one_of(value, schema["oneOf"], path)
    if "const" in schema and not _same(value, schema["const"]):
        return f"{_where(path)} must be {_show(schema['const'])}, not {_show(value)}"
    if "enum" in schema and not any(_same(value, option) for option in schema["enum"]):
        options = ", ".join(str(o) for o in schema["enum"])
        return f"{_where(path)} must be one of {options}, not {_show(value)}"
    kinds = schema.get("type")
    if kinds is not None:
        names = [kinds] if isinstance(kinds, str) else list(kinds)
        if not any(_is_type(value, name) for name in names):
            wanted = " or ".join(_TYPE_NAMES[n] for n in names)
            return f"{_where(path)} must be {wanted}, not {_show(value)}"
    if isinstance(value, str):
        problem = _check_string(value, schema, path)
        if problem:
            return problem
    if _is_type(value, "number") and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            return f"{_where(path)} must be at least {schema['minimum']}, not {_show(value)}"
        if "maximum" in schema and value > schema["maximum"]:
            return f"{_where(path)} must be at most {schema['maximum']}, not {_show(value)}"
    if isinstance(value, dict):
        return _check_object(value, schema, path)
    if isinstance(value, list):
        if len(value) < schema.get("minItems", 0):
            return f"{_where(path)} needs at least {schema['minItems']} item(s)"
        if "items" in schema:
            for index, item in enumerate(value):
                problem = check(item, schema["items"], f"{path}[{index}]")
                if problem:
                    return problem
    return None


def _check_string(value: str, schema: dict[str, Any], path: str) -> str | None:
    if "pattern" in schema and not ecma_regex(schema["pattern"]).search(value):
        rule = schema.get("description", "has a form that is not allowed")
        return f"{_where(path)} {rule}, not {_show(value)}"
    negated = schema.get("not")
    if negated is not None:
        if set(negated) - {"pattern"}:
            raise ValueError("only 'not' with a pattern is supported")
        if ecma_regex(negated["pattern"]).search(value):
            rule = schema.get("description", "holds a character that is not allowed")
            return f"{_where(path)} {rule}, not {_show(value)}"
    return None


def _check_object(value: dict[str, Any], schema: dict[str, Any], path: str) -> str | None:
    properties = schema.get("properties", {})
    for key in schema.get("required", ()):
        if key not in value:
            return f"{_where(path)} lacks the key {key!r}"
    if schema.get("additionalProperties", True) is False:
        for key in value:
            if key not in properties:
                return f"{_where(path)} has an unknown key {key!r}"
    for key, sub in properties.items():
        if key in value:
            problem = check(value[key], sub, f"{path}.{key}" if path else key)
            if problem:
                return problem
    return None


def _check_one_of(value: Any, options: list[dict[str, Any]], path: str) -> str | None:
    problems = [check(value, option, path) for option in options]
    fitting = problems.count(None)
    if fitting == 1:
        return None
    if fitting > 1:
        return f"{_where(path)} fits more than one kind of line"
    # Name the problem of the branch the line says it is, for a message people can act on.
    kind = value.get("type") if isinstance(value, dict) else None
    for option, problem in zip(options, problems, strict=True):
        if resolve(option).get("properties", {}).get("type", {}).get("const") == kind:
            return problem
    if not isinstance(value, dict):
        return f"{_where(path)} must be a JSON object, not {_show(value)}"
    return f"'type' must be one of {', '.join(LINE_TYPES)}, not {_show(kind)}"


def check_line(text: str) -> tuple[Any, str | None]:
    """Parse and check one manifest line: (value, None) or (value or None, reason)."""
    try:
        value = strict_loads(text)
    except LineError as exc:
        return None, str(exc)
    return value, check(value, load_schema())


def pattern_test(def_name: str) -> Callable[[str], bool]:
    """A fast test of a string against a ``$defs`` entry with a pattern (e.g. 'rel')."""
    schema = resolve(definition(def_name))
    regex = ecma_regex(schema["pattern"])
    return lambda text: regex.search(text) is not None
