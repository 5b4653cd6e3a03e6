"""The fault suite (issue 17): every test here is marked ``fault`` and runs in CI with the others.

Each file covers one family of faults: two writers on one data dir, full disks and read-only data dirs,
hostile restores and foreign files, device files and privacy (logs, permissions, delete-all).
"""

from __future__ import annotations

import pytest


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/fault/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.fault)
