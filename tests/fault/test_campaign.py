"""The fault campaign (benchmarks/fault_campaign.py) in quick mode: a few runs of every scenario against the
real CLI, each of which must survive with no answer lost and no traceback."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "benchmarks" / "fault_campaign.py"


def _campaign() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fault_campaign", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    try:
        spec.loader.exec_module(module)
    finally:
        sys.modules.pop(spec.name, None)
    return module


@pytest.fixture(scope="module")
def figures(tmp_path_factory: pytest.TempPathFactory) -> dict:
    out = tmp_path_factory.mktemp("campaign") / "figures.json"
    code = _campaign().main(["--quick", "--json", str(out)])
    data = json.loads(out.read_text(encoding="utf-8"))
    data["exit_code"] = code
    return data


def test_every_scenario_ran(figures):
    names = [s["scenario"] for s in figures["scenarios"]]
    assert names == ["kill_during_practice", "kill_during_call", "two_writers", "hostile_imports",
                     "hostile_restores"]


@pytest.mark.parametrize("scenario", ["kill_during_practice", "kill_during_call", "two_writers",
                                      "hostile_imports", "hostile_restores"])
def test_the_scenario_survives_every_run(figures, scenario):
    s = next(s for s in figures["scenarios"] if s["scenario"] == scenario)
    assert s["runs"] > 0
    assert (s["survived"], s["lost"], s["tracebacks"]) == (s["runs"], 0, 0), s["examples"]


def test_the_exit_code_says_it(figures):
    assert figures["passed"] is True and figures["exit_code"] == 0
