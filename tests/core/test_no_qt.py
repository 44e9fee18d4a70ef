"""The engine never imports Qt: it must run headless and in the team tools."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from ..conftest import REPO

CORE = REPO / "desktop_app" / "core"


def test_no_qt_import_in_source() -> None:
    for path in CORE.rglob("*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                assert not name.split(".")[0].startswith(("PySide", "PyQt", "shiboken")), (
                    f"{path.relative_to(REPO)} imports {name}"
                )


def test_importing_every_core_module_loads_no_qt() -> None:
    modules = sorted(p.stem for p in CORE.glob("*.py") if p.stem != "__init__")
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module('desktop_app.core.' + m)\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide', 'shiboken', 'PyQt'))]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=Path(REPO), capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr
