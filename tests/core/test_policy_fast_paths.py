"""The policy's fast paths give exactly the answers of the plain tests they replace.

A scan asks the policy once per file, so three things are cheaper than they look: the
record words of an ASCII name are searched in its lower case without IGNORECASE, a
folder glob (``path``) is worked out once per folder, and the suggestion objects are
shared. None of them may change a single suggestion.
"""

from __future__ import annotations

import dataclasses
import re
import threading
import time

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.classify import category_index
from desktop_app.core.policy import SECONDS_PER_YEAR, FileFacts

NOW = time.mktime((2026, 12, 1, 12, 0, 0, 0, 0, 0))
# Letters whose Unicode case rules differ from lower(): long s, Kelvin sign, dotted and
# dotless i, sharp s; next to ASCII letters in both cases.
_LETTERS = st.sampled_from(list("besluitNOTULENcontract- .ſKİıßé"))


def _plain(words) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w.lower()) for w in words), re.I)


@settings(max_examples=400, deadline=None)
@given(st.lists(_LETTERS, max_size=30).map("".join), st.sampled_from(["", "BeSlUiT", "notulen"]))
def test_record_words_are_found_as_ignorecase_finds_them(config, text: str, word: str) -> None:
    name = text[: len(text) // 2] + word + text[len(text) // 2 :] + ".docx"
    policy = config.policy
    assert policy.is_record_name(name) == bool(_plain(policy.record_words).search(name))


def test_a_non_ascii_record_word_keeps_the_unicode_case_rules(config) -> None:
    # IGNORECASE matches the long s with an S; lower() would not.
    policy = dataclasses.replace(config.policy, record_words=("ſtuk",))
    assert _plain(policy.record_words).search("Stuk 12.docx")
    assert policy.is_record_name("Stuk 12.docx")
    assert not policy.is_record_name("Brief 12.docx")


def _photo(folder: str) -> FileFacts:
    name = "IMG_2041.jpg"
    mtime = int((NOW - 2 * SECONDS_PER_YEAR) * 1e9)
    return FileFacts(name, folder, category_index(name), 1000, mtime)


def test_a_folder_glob_answers_for_each_folder_in_turn(config) -> None:
    policy = config.policy
    expected = {"Vakantie 2017": "personal-media", "Werk/Foto's": "recent-work", "": "recent-work"}
    for _ in range(3):
        for folder, rule in [*expected.items(), *reversed(expected.items())]:
            assert policy.suggest(_photo(folder), NOW).rule.id == rule


def test_threads_asking_for_other_folders_never_mix_their_answers(config) -> None:
    policy = config.policy
    wrong: list[str] = []

    def ask(folder: str, rule: str) -> None:
        facts = _photo(folder)
        for _ in range(5000):
            if policy.suggest(facts, NOW).rule.id != rule:
                wrong.append(folder)

    threads = [
        threading.Thread(target=ask, args=("Privé/Bruiloft", "personal-media")),
        threading.Thread(target=ask, args=("Projecten/Foto's bouw", "recent-work")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert wrong == []


def test_suggestions_are_shared_and_keep_their_protection(config) -> None:
    policy = config.policy
    old = int((NOW - 9 * SECONDS_PER_YEAR) * 1e9)
    a = policy.suggest(FileFacts("notities a.docx", "", category_index("a.docx"), 10, old), NOW)
    b = policy.suggest(FileFacts("notities b.docx", "", category_index("b.docx"), 10, old), NOW)
    record = policy.suggest(
        FileFacts("Besluit 2015.docx", "", category_index("a.docx"), 10, old), NOW
    )
    assert a is b and a.rule.id == "document-retention" and not a.protected
    assert record.rule.id == "record-archive" and record.protected
