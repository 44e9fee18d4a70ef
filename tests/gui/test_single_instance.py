"""One ShareTidy per user: the second start hands its message to the first."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QDir

from desktop_app.gui.single_instance import SingleInstance, instance_key

from ..conftest import REPO


def test_second_claim_fails_and_its_message_reaches_the_first(qtbot):
    key = instance_key()
    first, second = SingleInstance(key), SingleInstance(key)
    try:
        assert first.claim()
        assert not second.claim()
        with qtbot.waitSignal(first.message_received, timeout=3000) as blocker:
            assert second.send_to_running("show")
        assert blocker.args == ["show"]
        with qtbot.waitSignal(first.message_received, timeout=3000) as blocker:
            assert second.send_to_running("show --guided ü")
        assert blocker.args == ["show --guided ü"]
    finally:
        first.release()
        second.release()


def test_after_release_the_next_copy_claims(qtbot):
    key = instance_key()
    first = SingleInstance(key)
    assert first.claim()
    first.release()
    again = SingleInstance(key)
    try:
        assert again.claim()
    finally:
        again.release()


def test_nobody_running_means_send_fails():
    lonely = SingleInstance(instance_key())
    assert not lonely.send_to_running("show")


def test_key_depends_on_data_dir(monkeypatch, tmp_path):
    first = instance_key()
    monkeypatch.setenv("SHARETIDY_DATA_DIR", str(tmp_path / "other"))
    assert instance_key() != first
    assert instance_key().startswith("sharetidy-")


KILLED_COPY = """
import sys
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
from desktop_app.gui.single_instance import SingleInstance
instance = SingleInstance(sys.argv[1])
print("claimed" if instance.claim() else "refused", flush=True)
sys.stdin.readline()
"""


@pytest.mark.skipif(os.name == "nt", reason="named pipes leave no file behind")
def test_stale_socket_of_a_killed_copy_is_reclaimed(qtbot):
    key = instance_key()
    copy = subprocess.Popen(
        [sys.executable, "-c", KILLED_COPY, key],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert copy.stdout.readline().strip() == "claimed"
        assert not SingleInstance(key).claim()  # it is alive: it answers
    finally:
        copy.send_signal(signal.SIGKILL)  # what a crash or a killed task leaves behind
        copy.wait()
    socket_file = Path(QDir.tempPath()) / key
    assert socket_file.exists()  # stale: nobody listens on it any more
    fresh = SingleInstance(key)
    try:
        assert fresh.claim()
        with qtbot.waitSignal(fresh.message_received, timeout=3000) as blocker:
            assert SingleInstance(key).send_to_running("show")
        assert blocker.args == ["show"]
    finally:
        fresh.release()
