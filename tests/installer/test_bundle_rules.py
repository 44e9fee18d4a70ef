"""What the frozen app holds: version source, module list, resources and the Qt trimming.

These rules decide whether the frozen app starts on an employee's PC, so they are tested
here without PyInstaller (fast), and installer/smoke.py checks the real build.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

import desktop_app
from installer import bundle_rules as rules

REPO = Path(__file__).resolve().parent.parent.parent


def test_version_is_parsed_from_the_single_source():
    assert rules.read_version(REPO / "desktop_app" / "__init__.py") == desktop_app.__version__


def test_a_file_without_a_version_line_is_refused(tmp_path):
    init = tmp_path / "__init__.py"
    init.write_text('"""No version here."""\nVERSION = "1.0"\n', encoding="utf-8")
    with pytest.raises(ValueError, match="__version__"):
        rules.read_version(init)
    init.write_text('__version__ = "soon"\n', encoding="utf-8")
    with pytest.raises(ValueError, match="not a version"):
        rules.read_version(init)


@pytest.mark.parametrize(
    ("version", "numbers"),
    [
        ("0.1.0", (0, 1, 0, 0)),
        ("2.3", (2, 3, 0, 0)),
        ("1.2.3.4.5", (1, 2, 3, 4)),
        ("0.2.0rc1", (0, 2, 0, 0)),
    ],
)
def test_windows_file_version_has_four_numbers(version, numbers):
    assert rules.windows_version_tuple(version) == numbers


def test_every_layer_is_listed_even_those_loaded_with_importlib():
    modules = rules.app_modules(REPO / "desktop_app")
    for name in ("desktop_app", "desktop_app.cli", "desktop_app.__main__",
                 "desktop_app.gui.commands", "desktop_app.submit_command",
                 "desktop_app.core.duplicates"):  # fmt: skip
        assert name in modules
    assert not any(m.endswith("__init__") or "__pycache__" in m for m in modules)
    assert rules.TEAM_PACKAGE in modules


def test_resources_ship_qm_not_ts(tmp_path):
    res = tmp_path / "resources"
    (res / "translations").mkdir(parents=True)
    (res / "icons").mkdir()
    (res / "default_config.toml").write_text("", encoding="utf-8")
    (res / "icons" / "sharetidy.ico").write_bytes(b"")
    for lang in rules.LANGUAGES:
        (res / "translations" / f"sharetidy_{lang}.ts").write_text("", encoding="utf-8")
        (res / "translations" / f"sharetidy_{lang}.qm").write_bytes(b"")
    pairs = {Path(src).name: dest for src, dest in rules.resource_datas(res)}
    assert pairs == {
        "default_config.toml": "resources",
        "sharetidy.ico": "resources/icons",
        "sharetidy_nl.qm": "resources/translations",
        "sharetidy_en.qm": "resources/translations",
    }


def test_a_missing_qm_stops_the_build_with_the_command_to_run(tmp_path):
    (tmp_path / "translations").mkdir()
    (tmp_path / "translations" / "sharetidy_nl.qm").write_bytes(b"")
    with pytest.raises(FileNotFoundError, match=r"translations --build.*sharetidy_en\.qm"):
        rules.resource_datas(tmp_path)


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/plugins/platforms/libqwayland-egl.so",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6/Qt/plugins/platforms/libqlinuxfb.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
        "PySide6/Qt/plugins/tls/libqopensslbackend.so",
        "PySide6/Qt/lib/libQt6WaylandClient.so.6",
        "PySide6/Qt/translations/qt_de.qm",
        "PySide6/Qt/translations/qtbase_fr.qm",
        "PySide6\\Qt6Pdf.dll",
        "PySide6\\opengl32sw.dll",
        "PySide6\\plugins\\platforms\\qdirect2d.dll",
        "PySide6\\translations\\qt_help_nl.qm",
    ],
)
def test_unused_qt_parts_are_dropped_on_linux_and_windows(dest):
    assert rules.is_dropped(dest)


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so",
        "PySide6/Qt/plugins/imageformats/libqico.so",
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/lib/libicudata.so.73",
        "PySide6/Qt/lib/libQt6Network.so.6",
        "PySide6/QtNetwork.abi3.so",
        "PySide6\\QtNetwork.pyd",
        "PySide6/Qt/translations/qtbase_nl.qm",
        "PySide6\\plugins\\platforms\\qwindows.dll",
        "PySide6\\plugins\\styles\\qmodernwindowsstyle.dll",
        "PySide6\\translations\\qtbase_en.qm",
        "resources/translations/sharetidy_nl.qm",
        "_duckdb.cpython-311-x86_64-linux-gnu.so",
    ],
)
def test_what_the_app_uses_stays(dest):
    assert not rules.is_dropped(dest)


def _fake_links() -> dict[str, list[str]]:
    return {
        "/src/gtk3.so": ["libgtk-3.so.0", "libQt6Gui.so.6"],
        "/src/libgtk-3.so.0": ["libcairo.so.2", "libglib-2.0.so.0"],
        "/src/libcairo.so.2": ["libpng16.so.16"],
        "/src/xcb.so": ["libQt6Gui.so.6", "libpng16.so.16"],
        "/src/libQt6Gui.so.6": ["libglib-2.0.so.0"],
    }


def test_libraries_only_a_dropped_plugin_needed_go_with_it():
    links = _fake_links()
    binaries = [
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/src/gtk3.so", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/xcb.so", "BINARY"),
        ("libgtk-3.so.0", "/src/libgtk-3.so.0", "BINARY"),
        ("libcairo.so.2", "/src/libcairo.so.2", "BINARY"),
        ("libpng16.so.16", "/src/libpng16.so.16", "BINARY"),
        ("libglib-2.0.so.0", "/src/libglib-2.0.so.0", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
        ("libffi.so.8", "/src/libffi.so.8", "BINARY"),  # needed by nothing listed: stays
    ]
    datas = [
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("libcairo-link.so", "libcairo.so.2", "SYMLINK"),
        ("resources/default_config.toml", "/src/default_config.toml", "DATA"),
    ]
    kept_bin, kept_data, removed = rules.trim(binaries, datas, lambda src: links.get(src, []))
    assert {dest for dest, _, _ in kept_bin} == {
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "libpng16.so.16",  # the xcb plugin needs it too
        "libglib-2.0.so.0",  # and Qt itself
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "libffi.so.8",
    }
    assert {dest for dest, _, _ in removed} == {
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "libgtk-3.so.0",
        "libcairo.so.2",
        "libcairo-link.so",
    }
    assert [dest for dest, _, _ in kept_data] == [
        "libQt6Gui.so.6",
        "resources/default_config.toml",
    ]


def test_a_link_to_a_dropped_library_is_dropped():
    datas = [
        ("libQt6Pdf.so.6", "PySide6/Qt/lib/libQt6Pdf.so.6", "SYMLINK"),
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
    ]
    kept, dropped = rules.split_toc(datas)
    assert [d for d, _, _ in kept] == ["libQt6Core.so.6"]
    assert [d for d, _, _ in dropped] == ["libQt6Pdf.so.6"]


def test_the_spec_is_valid_python_that_reads_its_rules_from_here():
    text = (REPO / "installer" / "sharetidy.spec").read_text(encoding="utf-8")
    compile(text, "sharetidy.spec", "exec")
    for used in ("read_version", "app_modules", "resource_datas", "trim(", "--without-team"):
        assert used in text


def test_the_installer_script_points_at_files_that_exist():
    iss = (REPO / "installer" / "sharetidy.iss").read_text(encoding="utf-8")
    settings = dict(
        line.split("=", 1) for line in iss.splitlines() if "=" in line and line[:1].isalpha()
    )
    assert (REPO / "installer" / settings["SetupIconFile"].replace("\\", "/")).is_file()
    assert (REPO / "resources" / "default_config.toml").is_file()
    assert settings["PrivilegesRequired"] == "admin"
    assert settings["DefaultDirName"].startswith("{autopf}")
    app_id = settings["AppId"]  # "{{" is Inno Setup's escaped "{"
    assert app_id.startswith("{{") and app_id.endswith("}")
    assert str(uuid.UUID(app_id[2:-1])).upper() == app_id[2:-1]
    assert 'DestName: "sharetidy.toml"' in iss  # the name find_config looks for
