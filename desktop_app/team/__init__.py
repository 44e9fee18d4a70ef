"""The migration team's side: collect manifests, see progress, export the plan, apply it
and undo it. Thin over ``desktop_app.core`` and one DuckDB file (``team.duckdb``)."""

FORMATS = ("spmt-csv", "spmt-json", "exclusions-csv", "items-csv", "parquet")
"""The formats of ``team export``: here, so that the command line can offer them
without importing DuckDB (every ``sharetidy`` command would pay for that)."""
