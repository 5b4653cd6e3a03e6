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


@pytest.mark.parametrize(("scenario", "kinds"), [("hostile_restores", "BACKUP_MUTATIONS"),
                                                 ("hostile_imports", "JSON_MUTATIONS")])
def test_every_mutation_kind_is_tried_once_and_survived(tmp_path, scenario, kinds):
    """Quick mode tries only the first four kinds; the kinds are taken in turn, so one run per kind tries
    each of them (the damaged dates of a restored database among them), on a seed of its own."""
    module = _campaign()
    runs = len(getattr(module, kinds))
    out = tmp_path / "figures.json"
    code = module.main(["--scenarios", scenario, "--runs", str(runs), "--seed", "5", "--json", str(out)])
    (s,) = json.loads(out.read_text(encoding="utf-8"))["scenarios"]
    assert s["runs"] == runs >= 11
    assert (s["survived"], s["lost"], s["tracebacks"]) == (runs, 0, 0), s["examples"]
    assert code == 0
