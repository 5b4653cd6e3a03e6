"""The data dir's instance lock (core/store/instance.py): held by the app, probed by the CLI (issue 17)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from verify_coach.core.errors import UserError
from verify_coach.core.store import instance
from verify_coach.core.store.instance import (
    InstanceBusyError,
    app_running,
    hold_instance_lock,
    holder,
    lock_path,
    refuse_while_app_runs,
    try_instance_lock,
)

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    d = tmp_path / "data"
    d.mkdir(mode=0o700)
    return d


def test_nobody_holds_a_fresh_data_dir_and_probing_creates_nothing(tmp_path):
    missing = tmp_path / "nowhere"
    assert not app_running(missing)
    assert not missing.exists()


def test_held_lock_is_seen_and_released(folder):
    lock = hold_instance_lock(folder, "app")
    try:
        assert lock.held
        assert app_running(folder)
        info = holder(folder)
        assert info["what"] == "app" and info["pid"] == os.getpid()
    finally:
        lock.release()
    assert not lock.held
    assert not app_running(folder)
    assert holder(folder) == {}  # no stale text once released
    lock.release()  # twice is harmless


def test_lock_file_is_owner_only(folder):
    with hold_instance_lock(folder):
        mode = stat.S_IMODE(lock_path(folder).stat().st_mode)
    if sys.platform != "win32":
        assert mode == 0o600


def test_second_holder_is_refused_with_a_plain_message(folder):
    with hold_instance_lock(folder, "app"):
        assert try_instance_lock(folder, "app") is None
        with pytest.raises(InstanceBusyError) as err:
            hold_instance_lock(folder, "restore")
    assert isinstance(err.value, UserError)
    text = str(err.value)
    assert "desktop app" in text and str(os.getpid()) in text and "Close it first" in text
    assert "Traceback" not in text and "sqlite" not in text.lower()
    with hold_instance_lock(folder, "app"):  # free again
        pass


def test_probing_does_not_take_the_lock_away(folder):
    with hold_instance_lock(folder) as lock:
        for _ in range(3):
            assert app_running(folder)
        assert lock.held and app_running(folder)


def test_refuse_while_app_runs(folder):
    refuse_while_app_runs(folder, "verify-coach practice")  # nobody: no error
    with hold_instance_lock(folder, "app"), pytest.raises(InstanceBusyError) as err:
        refuse_while_app_runs(folder, "verify-coach practice")
    assert "verify-coach practice" in str(err.value) and "--wait" in str(err.value)


def test_refuse_with_wait_waits_until_the_app_closes(folder):
    lock = hold_instance_lock(folder, "app")
    told: list[str] = []
    threading.Timer(0.4, lock.release).start()
    t0 = time.monotonic()
    refuse_while_app_runs(folder, "verify-coach practice", wait=True, waiting=told.append, poll_s=0.05)
    assert time.monotonic() - t0 >= 0.3
    assert len(told) == 1 and "Waiting for the verify_coach desktop app" in told[0]
    assert not app_running(folder)


def test_another_process_holds_it_and_a_crash_leaves_no_stale_lock(folder):
    code = ("import sys, time; from verify_coach.core.store.instance import hold_instance_lock\n"
            f"lock = hold_instance_lock({str(folder)!r}, 'app'); print('held', flush=True); time.sleep(60)\n")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
        assert app_running(folder)
        assert holder(folder)["pid"] == proc.pid
        with pytest.raises(InstanceBusyError):
            hold_instance_lock(folder)
    finally:
        proc.kill()  # a crash: the OS drops the lock
        proc.wait(10)
    assert not app_running(folder)
    with hold_instance_lock(folder):
        pass


def test_the_lock_module_loads_no_orm():
    code = ("import sys; import verify_coach.core.store.instance\n"
            "assert 'sqlalchemy' not in sys.modules, 'the lock loads SQLAlchemy'\n")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
    subprocess.run([sys.executable, "-c", code], check=True, env=env)


def test_describe_unknown_holder():
    assert instance.describe({}) == "another verify_coach"
    assert instance.describe({"what": "restore", "pid": 7}) == "'verify-coach restore' (process 7)"
