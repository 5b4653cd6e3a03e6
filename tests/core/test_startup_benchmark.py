"""benchmarks/startup.py measures each child's own memory, not the resident set of whoever started it."""

from __future__ import annotations

import importlib.util
import sys

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc (Linux only)")


def _bench():
    spec = importlib.util.spec_from_file_location("bench_startup", REPO / "benchmarks" / "startup.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    return bench


def test_a_small_child_started_from_a_big_process_reads_as_small():
    bench = _bench()
    ballast = bytearray(200 * 1024 * 1024)  # this process is now > 200 MiB resident
    ballast[:: 4096] = b"x" * len(ballast[:: 4096])
    parent = bench.own_rss_mib()
    assert parent > 200
    child = bench.run([sys.executable, "-c", bench.HWM + "block = bytearray(30 * 1024 * 1024)\n"
                       "block[::4096] = b'y' * len(block[::4096])\n"], {})
    assert child["status"] == 0
    assert 30 < child["vm_hwm_mib"] < 100 < parent  # its own 30 MiB block plus an interpreter
    assert child["max_rss_mib"] >= child["vm_hwm_mib"]  # the kernel's figure is never below it
    del ballast

