"""The migration team's side: collect manifests, see progress, export the plan, apply it
and undo it. Thin over ``desktop_app.core`` and one DuckDB file (``team.duckdb``)."""
