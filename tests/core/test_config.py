"""A bad config gives one clear line naming the file, the line and the key; exit 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app import cli
from desktop_app.core.config import ConfigError, default_config_path, find_config, load_config

GOOD_RULE = """
[[policy.rules]]
id = "keep-all"
suggest = "keep"
reason_nl = "Bewaren."
reason_en = "Keep."
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sharetidy.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_config_loads() -> None:
    config = load_config(default_config_path())
    assert config.policy.rules[0].id == "junk"
    assert config.policy.rules[-1].id == "recent-work"
    assert config.deadline is not None
    assert config.archive_staging and config.archive_target
    assert all(rule.title_nl and rule.title_en for rule in config.policy.rules)


def test_a_rule_title_is_optional(tmp_path) -> None:
    titled = GOOD_RULE.replace("keep-all", "titled") + 'title_nl = "alles"\ntitle_en = "all"\n'
    rules = load_config(_write(tmp_path, "[policy]\n" + GOOD_RULE + titled)).policy.rules
    assert (rules[0].title_nl, rules[0].title_en) == (None, None)
    assert (rules[1].title_nl, rules[1].title_en) == ("alles", "all")


@pytest.mark.parametrize(
    ("text", "line", "key", "words"),
    [
        ("[policy\nid = 1", 1, None, "not valid TOML"),
        (
            '[organisation]\nname = "x"\nlanguage = ["nl"]\n[policy]\n' + GOOD_RULE,
            3,
            "organisation.language",
            "unknown key",
        ),
        (
            "[policy]\n" + GOOD_RULE.replace('"keep"', '"remove"'),
            5,
            "policy.rules[0].suggest",
            "keep, archive or delete",
        ),
        (
            "[policy]\n"
            + GOOD_RULE
            + GOOD_RULE.replace(
                'suggest = "keep"', 'category = ["docs"]\nsuggest = "keep"'
            ).replace("keep-all", "second"),
            11,
            "policy.rules[1].category",
            "unknown category",
        ),
        (
            "[policy]\n" + GOOD_RULE.replace('"Bewaren."', '"Sinds {wanneer}."'),
            6,
            "policy.rules[0].reason_nl",
            "unknown placeholder",
        ),
        (
            "[policy]\n"
            + GOOD_RULE.replace('suggest = "keep"', 'suggest = "keep"\nolder_than_years = "4"'),
            6,
            "policy.rules[0].older_than_years",
            "expected a whole number or a number",
        ),
        (
            "[policy]\n"
            + GOOD_RULE.replace('suggest = "keep"', 'suggest = "delete"\nprotected = true'),
            6,
            "policy.rules[0].protected",
            "cannot suggest delete",
        ),
        ("[policy]\n" + GOOD_RULE + GOOD_RULE, 10, "policy.rules[1].id", "used twice"),
        (
            "[policy]\n"
            + GOOD_RULE.replace('suggest = "keep"', 'suggest = "keep"\ntitle_nl = " "'),
            6,
            "policy.rules[0].title_nl",
            "must not be empty",
        ),
        ("[organisation]\nname = 'x'\n", None, "policy", "missing key"),
        (
            "[organisation]\ndeadline = 'morgen'\n[policy]\n" + GOOD_RULE,
            2,
            "organisation.deadline",
            "a date",
        ),
    ],
)
def test_config_errors_name_file_line_and_key(tmp_path, text, line, key, words) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    error = caught.value
    assert error.line == line
    assert error.key == key
    message = str(error)
    assert str(path) in message and words in message
    assert "\n" not in message


def test_bad_config_exits_2_with_one_line(tmp_path, capsys) -> None:
    path = _write(tmp_path, "[policy]\n" + GOOD_RULE.replace('"keep"', '"maybe"'))
    out = tmp_path / "out.csv"
    assert cli.main(["scan", str(tmp_path), "--config", str(path), "--output", str(out)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert f"{path}:5: policy.rules[0].suggest" in err[0]
    assert not out.exists()


def test_unreadable_and_non_utf8_config(tmp_path) -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        load_config(tmp_path / "missing.toml")
    path = tmp_path / "latin.toml"
    path.write_bytes(b"[organisation]\nname = 'Gemeente \xe9'\n")
    with pytest.raises(ConfigError, match="not UTF-8"):
        load_config(path)


def test_search_order(tmp_path, monkeypatch) -> None:
    explicit = _write(tmp_path, "[policy]\n" + GOOD_RULE)
    assert find_config(explicit) == explicit
    monkeypatch.setenv("SHARETIDY_CONFIG", str(explicit))
    assert find_config(None) == explicit
    monkeypatch.delenv("SHARETIDY_CONFIG")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "nothing"))
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "nothing-either"))
    assert find_config(None) == default_config_path()
    user_dir = tmp_path / "nothing" / "ShareTidy"
    user_dir.mkdir(parents=True)
    (user_dir / "sharetidy.toml").write_text("[policy]\n" + GOOD_RULE)
    assert find_config(None) == user_dir / "sharetidy.toml"
