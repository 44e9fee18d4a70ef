"""The details name the rule behind a suggestion in words, never by its id in the config."""

from __future__ import annotations

import pytest

from desktop_app.core.config import load_config
from desktop_app.core.locations import resources_dir
from desktop_app.gui.i18n import translator_for
from desktop_app.gui.rule_names import rule_name

OWN_RULE = """
[[policy.rules]]
id = "oude_bouwtekeningen"
category = ["image", "pdf"]
older_than_years = 10
suggest = "archive"
reason_nl = "Een oude bouwtekening: naar het archief."
reason_en = "An old building drawing: to the archive."

[[policy.rules]]
id = "kwartaal-export"
name = ["export_*.csv"]
newer_than_years = 0.5
suggest = "keep"
reason_nl = "Een export van dit kwartaal."
reason_en = "An export of this quarter."
"""


@pytest.fixture
def policy(tmp_path):
    """The shipped config with two rules of the organisation's own before the last one."""
    text = (resources_dir() / "default_config.toml").read_text(encoding="utf-8")
    last = text.rindex("[[policy.rules]]")
    path = tmp_path / "sharetidy.toml"
    path.write_text(text[:last] + OWN_RULE.lstrip() + "\n" + text[last:], encoding="utf-8")
    return load_config(path).policy


@pytest.fixture
def language(qapp):
    translator = translator_for(qapp)
    yield translator.switch
    translator.reset()


def test_every_shipped_rule_has_a_name_in_both_languages(config, language):
    for lang in ("nl", "en"):
        language(lang)
        names = [rule_name(config.policy, rule.id, lang) for rule in config.policy.rules]
        for rule, name in zip(config.policy.rules, names, strict=True):
            assert name and name != rule.id and "-" not in name, (lang, rule.id, name)
        assert len(set(names)) == len(names)  # no two rules read the same
    language("nl")
    assert rule_name(config.policy, "installer", "nl") == "installatiebestanden en schijfkopieën"
    assert rule_name(config.policy, "no-rule", "nl") == "geen regel past"
    language("en")
    assert rule_name(config.policy, "document-retention", "en") == "how long documents are kept"


def test_an_organisations_own_rule_is_named_after_its_condition(policy, language):
    language("nl")
    assert rule_name(policy, "oude_bouwtekeningen", "nl") == "PDF, afbeelding, ouder dan 10 jaar"
    assert rule_name(policy, "kwartaal-export", "nl") == "jonger dan 6 maanden"
    language("en")
    assert rule_name(policy, "oude_bouwtekeningen", "en") == "PDF, picture, older than 10 years"
    assert rule_name(policy, "kwartaal-export", "en") == "newer than 6 months"


def test_a_rule_the_policy_no_longer_has_reads_as_words(config, language):
    language("nl")
    assert rule_name(config.policy, "oude_regel-van-vorig_jaar", "nl") == (
        "oude regel van vorig jaar"
    )
