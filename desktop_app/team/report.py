"""``team report --html``: one self-contained page a manager can read.

Dutch, the team's language, with plain headings: progress per department, how much data
goes each way, the rules that decided most, the conflicts to resolve and the refused
manifests. Charts are inline SVG and the styles inline CSS: the file opens anywhere,
offline, and loads nothing from the network. Every value is HTML-escaped.
"""

from __future__ import annotations

import datetime as dt
from html import escape
from pathlib import Path

import duckdb

from desktop_app.core.policy import DECISIONS
from desktop_app.team import items
from desktop_app.team.export import atomic_text
from desktop_app.team.status import GB, share_to_m365, status

NL = {"keep": "bewaren", "archive": "archiveren", "delete": "verwijderen"}
COLOURS = {"keep": "#2e7d32", "archive": "#1565c0", "delete": "#c62828"}
CONFLICT_ROWS = 300
REJECTED_ROWS = 300

_STYLE = """
body{font-family:Segoe UI,Arial,sans-serif;margin:2rem auto;max-width:70rem;color:#1b1b1b;
line-height:1.45;padding:0 1rem}
h1{font-size:1.7rem;margin-bottom:.2rem}h2{font-size:1.25rem;margin-top:2.2rem;
border-bottom:2px solid #ddd;padding-bottom:.2rem}
p.sub{color:#555;margin-top:0}table{border-collapse:collapse;width:100%;margin:.6rem 0}
th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid #e3e3e3;vertical-align:top}
th{background:#f4f4f4}td.n,th.n{text-align:right;white-space:nowrap}
.cards{display:flex;flex-wrap:wrap;gap:.8rem;margin:1rem 0}
.card{border:1px solid #ddd;border-radius:.4rem;padding:.6rem 1rem;min-width:9rem}
.card b{display:block;font-size:1.5rem}.legend span{margin-right:1.2rem;white-space:nowrap}
.sw{display:inline-block;width:.9rem;height:.9rem;vertical-align:-.1rem;margin-right:.3rem}
.note{color:#555}code{word-break:break-all}
"""


def _gb(size: int) -> str:
    return f"{size / GB:,.2f}".replace(",", " ").replace(".", ",")


def _n(count: int) -> str:
    """A count the Dutch way: 12.345."""
    return f"{count:,}".replace(",", ".")


def _pct(part: float | None) -> str:
    return "–" if part is None else f"{part:.0%}"


def _legend() -> str:
    spans = "".join(
        f'<span><i class="sw" style="background:{COLOURS[d]}"></i>{NL[d]}</span>' for d in DECISIONS
    )
    return f'<p class="legend">{spans}</p>'


def _stacked_bars(rows: list[tuple[str, dict[str, int]]]) -> str:
    """One horizontal bar per row, split into keep/archive/delete, scaled to the largest."""
    if not rows:
        return ""
    label_w, bar_w, row_h = 190, 560, 26
    top = max(sum(b.values()) for _, b in rows) or 1
    parts = []
    for index, (label, totals) in enumerate(rows):
        y = index * row_h
        parts.append(
            f'<text x="{label_w - 8}" y="{y + 17}" text-anchor="end" font-size="13">'
            f"{escape(label)}</text>"
        )
        x = float(label_w)
        for d in DECISIONS:
            width = bar_w * totals[d] / top
            if width <= 0:
                continue
            parts.append(
                f'<rect x="{x:.1f}" y="{y + 4}" width="{width:.1f}" height="{row_h - 8}" '
                f'fill="{COLOURS[d]}"><title>{escape(label)}: {NL[d]} {_gb(totals[d])} GB'
                "</title></rect>"
            )
            x += width
        parts.append(
            f'<text x="{x + 6:.1f}" y="{y + 17}" font-size="12" fill="#555">'
            f"{_gb(sum(totals.values()))} GB</text>"
        )
    height = len(rows) * row_h + 4
    return (
        f'<svg role="img" aria-label="gegevens per afdeling en besluit" width="100%" '
        f'viewBox="0 0 {label_w + bar_w + 110} {height}" xmlns="http://www.w3.org/2000/svg">'
        + "".join(parts)
        + "</svg>"
    )


def _simple_bars(rows: list[tuple[str, float, str, str]], label: str) -> str:
    """Horizontal bars: (label, value, colour, text shown after the bar)."""
    if not rows:
        return ""
    label_w, bar_w, row_h = 220, 500, 24
    top = max(value for _, value, _, _ in rows) or 1
    parts = []
    for index, (name, value, colour, shown) in enumerate(rows):
        y = index * row_h
        width = bar_w * value / top
        parts.append(
            f'<text x="{label_w - 8}" y="{y + 16}" text-anchor="end" font-size="13">'
            f"{escape(name)}</text>"
            f'<rect x="{label_w}" y="{y + 4}" width="{width:.1f}" height="{row_h - 8}" '
            f'fill="{colour}"><title>{escape(name)}: {escape(shown)}</title></rect>'
            f'<text x="{label_w + width + 6:.1f}" y="{y + 16}" font-size="12" fill="#555">'
            f"{escape(shown)}</text>"
        )
    return (
        f'<svg role="img" aria-label="{escape(label)}" width="100%" '
        f'viewBox="0 0 {label_w + bar_w + 130} {len(rows) * row_h + 4}" '
        'xmlns="http://www.w3.org/2000/svg">' + "".join(parts) + "</svg>"
    )


def build_html(conn: duckdb.DuckDBPyConnection, now: dt.datetime | None = None) -> str:
    """The whole report as one HTML document."""
    now = now or dt.datetime.now().astimezone()
    data = status(conn)
    own = dict(
        conn.execute(
            "SELECT department, avg(CASE WHEN employee THEN 1.0 ELSE 0.0 END) "
            "FROM current_items GROUP BY ALL"
        ).fetchall()
    )
    totals = dict.fromkeys(DECISIONS, 0)
    for dept in data["departments"]:
        for d in DECISIONS:
            totals[d] += dept["bytes"][d]
    out = [
        "<!DOCTYPE html>",
        '<html lang="nl"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>Voortgang opruimen netwerkschijven</title>",
        f"<style>{_STYLE}</style></head><body>",
        "<h1>Voortgang opruimen netwerkschijven</h1>",
        f'<p class="sub">Gemaakt op {escape(now.strftime("%d-%m-%Y %H:%M"))} uit de '
        "ingeleverde manifesten.</p>",
        '<div class="cards">',
        _card("manifesten", data["manifests"]),
        _card("medewerkers", data["users"]),
        _card("bestanden", data["items"]),
        _card("naar Microsoft 365", _pct(share_to_m365(totals))),
        _card("conflicten", data["conflicts"]),
        _card("geweigerd", data["rejected"]),
        "</div>",
    ]
    out += _departments(data, own)
    out += _decisions(totals)
    out += _rules(conn)
    out += _conflicts(conn, data["conflicts"])
    out += _rejected(conn)
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def _card(label: str, value: object) -> str:
    shown = _n(value) if isinstance(value, int) else str(value)
    return f'<div class="card"><b>{escape(shown)}</b>{escape(label)}</div>'


def _departments(data: dict, own: dict) -> list[str]:
    rows = [
        "<h2>Voortgang per afdeling</h2>",
        '<p class="note">Per afdeling: wie heeft ingeleverd, hoeveel bestanden, en wat er met '
        "de gegevens gebeurt. “Zelf beoordeeld” is het deel van de bestanden waarover een "
        "medewerker zelf besliste; de rest volgt het voorstel van het beleid.</p>",
        "<table><tr><th>Afdeling</th><th class=n>Medewerkers</th><th class=n>Bestanden</th>"
        "<th class=n>Bewaren (GB)</th><th class=n>Archiveren (GB)</th>"
        "<th class=n>Verwijderen (GB)</th><th class=n>Naar Microsoft 365</th>"
        "<th class=n>Zelf beoordeeld</th></tr>",
    ]
    bars = []
    for dept in data["departments"]:
        name = dept["name"] or "(geen afdeling)"
        b = dept["bytes"]
        rows.append(
            f"<tr><td>{escape(name)}</td><td class=n>{_n(dept['users'])}</td>"
            f"<td class=n>{_n(dept['items'])}</td><td class=n>{_gb(b['keep'])}</td>"
            f"<td class=n>{_gb(b['archive'])}</td><td class=n>{_gb(b['delete'])}</td>"
            f"<td class=n>{_pct(share_to_m365(b))}</td>"
            f"<td class=n>{_pct(own.get(dept['name']))}</td></tr>"
        )
        bars.append((name, b))
    rows.append("</table>")
    if not data["departments"]:
        rows.append("<p>Er zijn nog geen manifesten ingeleverd.</p>")
    rows += [_legend(), _stacked_bars(bars)]
    return rows


def _decisions(totals: dict[str, int]) -> list[str]:
    bars = [(NL[d], totals[d], COLOURS[d], f"{_gb(totals[d])} GB") for d in DECISIONS]
    return [
        "<h2>Hoeveel gegevens per besluit</h2>",
        '<p class="note">Bewaren gaat mee naar Microsoft 365, archiveren gaat naar het archief '
        "(informatiebeheer), verwijderen gaat eerst naar een quarantaine waaruit het team alles "
        "kan terugzetten.</p>",
        _simple_bars(bars, "gegevens per besluit"),
    ]


def _rules(conn: duckdb.DuckDBPyConnection) -> list[str]:
    rows = conn.execute(
        "SELECT coalesce(rule, ''), count(*), sum(size), mode(decision) FROM current_items "
        "GROUP BY ALL ORDER BY count(*) DESC, 1 LIMIT 12"
    ).fetchall()
    out = [
        "<h2>Regels die het vaakst besloten</h2>",
        '<p class="note">Welke regel van het bewaarbeleid het voorstel deed voor de meeste '
        "bestanden, en welk besluit daar meestal uit kwam.</p>",
        "<table><tr><th>Regel</th><th class=n>Bestanden</th><th class=n>GB</th>"
        "<th>Meestal</th></tr>",
    ]
    bars = []
    for rule, count, size, decision in rows:
        name = NL[DECISIONS[decision]]
        out.append(
            f"<tr><td>{escape(rule or '(geen)')}</td><td class=n>{_n(count)}</td>"
            f"<td class=n>{_gb(size or 0)}</td><td>{escape(name)}</td></tr>"
        )
        bars.append((rule or "(geen)", count, COLOURS[DECISIONS[decision]], _n(count)))
    out.append("</table>")
    out.append(_simple_bars(bars, "bestanden per regel"))
    return out


def _conflicts(conn: duckdb.DuckDBPyConnection, total: int) -> list[str]:
    out = [
        "<h2>Conflicten om op te lossen</h2>",
        '<p class="note">Deze bestanden kregen van verschillende medewerkers een ander '
        "besluit. Tot het team beslist, geldt het veiligste besluit: bewaren gaat voor "
        "archiveren, archiveren gaat voor verwijderen.</p>",
    ]
    if not total:
        out.append("<p>Er zijn geen conflicten.</p>")
        return out
    items.votes(conn)
    rows = conn.execute(
        f"""
        SELECT i.path, i.decision,
               string_agg(coalesce(m.login, '?') || ': ' ||
                          CASE c.decision WHEN 0 THEN 'bewaren' WHEN 1 THEN 'archiveren'
                                          ELSE 'verwijderen' END, ', ' ORDER BY m.login)
        FROM votes c
        JOIN manifests m ON m.no = c.manifest_no
        JOIN (SELECT * FROM current_items WHERE conflict) i
          ON i.root_no = c.root_no AND lower(i.rel) = c.rel_key
        GROUP BY i.path, i.decision ORDER BY i.path LIMIT {CONFLICT_ROWS}
        """
    ).fetchall()
    conn.execute("DROP TABLE votes")
    out.append("<table><tr><th>Bestand</th><th>Besluiten</th><th>Geldt nu</th></tr>")
    for path, decision, who in rows:
        out.append(
            f"<tr><td><code>{escape(path)}</code></td><td>{escape(who)}</td>"
            f"<td>{NL[DECISIONS[decision]]}</td></tr>"
        )
    out.append("</table>")
    if total > len(rows):
        out.append(
            f"<p>En nog {_n(total - len(rows))} andere; de export "
            "<code>items-csv</code> noemt ze allemaal (kolom conflict).</p>"
        )
    return out


def _rejected(conn: duckdb.DuckDBPyConnection) -> list[str]:
    rows = conn.execute(
        f"SELECT name, reason FROM drop_files WHERE status = 'rejected' ORDER BY name "
        f"LIMIT {REJECTED_ROWS}"
    ).fetchall()
    out = [
        "<h2>Geweigerde manifesten</h2>",
        '<p class="note">Deze bestanden in de inlevermap zijn niet meegeteld, omdat ze '
        "beschadigd, onvolledig of onjuist zijn. Vraag de medewerker om opnieuw in te "
        "leveren.</p>",
    ]
    if not rows:
        out.append("<p>Er zijn geen geweigerde manifesten.</p>")
        return out
    out.append("<table><tr><th>Bestand</th><th>Reden</th></tr>")
    for name, reason in rows:
        out.append(f"<tr><td><code>{escape(name)}</code></td><td>{escape(reason or '')}</td></tr>")
    out.append("</table>")
    return out


def write_report(conn: duckdb.DuckDBPyConnection, output: Path) -> None:
    """Write the report atomically (temporary name, then rename)."""
    html = build_html(conn)
    atomic_text(output, lambda out: out.write(html), bom=False)
