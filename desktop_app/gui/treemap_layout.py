"""The squarified treemap layout (Bruls, Huizing and van Wijk, 2000), without Qt.

Why squarified: a slice-and-dice layout gives long thin slivers that nobody can read or
click; squarified rows keep tiles close to squares, so each folder gets a tile that can
hold its name. Kept apart from the widget so the geometry is tested on its own: tiles
cover the rectangle exactly and each tile's area is proportional to its weight.
"""

from __future__ import annotations

from collections.abc import Sequence

Rect = tuple[float, float, float, float]
"""(x, y, width, height)."""


def squarify(weights: Sequence[float], rect: Rect) -> list[Rect]:
    """One rectangle per weight (same order), together filling ``rect``.

    Weights should come largest first (the algorithm's assumption, for the squarest
    tiles); zero or negative weights get an empty rectangle at the origin of ``rect``.
    """
    x, y, w, h = rect
    out: list[Rect] = [(x, y, 0.0, 0.0)] * len(weights)
    items = [(i, float(v)) for i, v in enumerate(weights) if v > 0]
    total = sum(v for _, v in items)
    if total <= 0 or w <= 0 or h <= 0:
        return out
    scale = w * h / total
    items = [(i, v * scale) for i, v in items]
    row: list[tuple[int, float]] = []
    at = 0
    while at < len(items):
        side = min(w, h)
        candidate = items[at]
        if not row or _worst([*row, candidate], side) <= _worst(row, side):
            row.append(candidate)
            at += 1
            continue
        x, y, w, h = _place(row, x, y, w, h, out, last=False)
        row = []
    if row:
        _place(row, x, y, w, h, out, last=True)
    return out


def _worst(row: list[tuple[int, float]], side: float) -> float:
    """The worst aspect ratio in a row laid along ``side`` (lower is squarer)."""
    areas = [a for _, a in row]
    s = sum(areas)
    if s <= 0 or side <= 0:
        return float("inf")
    side2 = side * side
    return max(side2 * max(areas) / (s * s), (s * s) / (side2 * min(areas)))


def _place(
    row: list[tuple[int, float]],
    x: float,
    y: float,
    w: float,
    h: float,
    out: list[Rect],
    *,
    last: bool,
) -> Rect:
    """Lay a row along the shorter side; returns the rectangle that is left."""
    s = sum(a for _, a in row)
    if w >= h:  # a column at the left
        width = w if last else s / h
        offset = y
        for n, (i, a) in enumerate(row):
            height = (y + h - offset) if n == len(row) - 1 else a / width
            out[i] = (x, offset, width, height)
            offset += height
        return (x + width, y, w - width, h)
    height = h if last else s / w
    offset = x
    for n, (i, a) in enumerate(row):
        width = (x + w - offset) if n == len(row) - 1 else a / height
        out[i] = (offset, y, width, height)
        offset += width
    return (x, y + height, w, h - height)
