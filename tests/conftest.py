"""Test configuration shared by every test.

Qt runs offscreen (set here, before anything can import Qt), Hypothesis has
a CI profile, and no test may reach the network.
"""

from __future__ import annotations

import atexit
import os
import shutil
import socket
import tempfile
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, settings

os.environ["QT_QPA_PLATFORM"] = "offscreen"
# A private runtime folder for the run: an app a test starts never hands its file to
# the developer's own running app (ui.app.single_instance), nor to another run's.
os.environ["XDG_RUNTIME_DIR"] = tempfile.mkdtemp(prefix="pilot-planner-tests-")
atexit.register(shutil.rmtree, os.environ["XDG_RUNTIME_DIR"], True)
os.environ.setdefault("QT_QUICK_BACKEND", "software")
# A French or exotic locale on the developer's machine must not change test results.
os.environ.setdefault("LANGUAGE", "en")
# Nor the width of the terminal the tests run in: the commands wrap their reports to
# it, and pytest-xdist's workers say 80 columns where a plain run has none (100).
os.environ["COLUMNS"] = "100"

settings.register_profile(
    "ci",
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile("nightly", max_examples=3000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--run-slow",
        action="store_true",
        default=False,
        help="also run the tests marked slow (CI does: see .ci/run and the README)",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked ``slow`` are skipped unless ``--run-slow`` is given."""
    if config.getoption("--run-slow"):
        return
    skip = pytest.mark.skip(reason="slow: run with --run-slow (CI does)")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


def pytest_configure(config: pytest.Config) -> None:
    """The test process runs under the program's collector policy, as the program does."""
    from planner import gc_policy

    gc_policy.apply()


class NetworkAccessError(AssertionError):
    pass


@pytest.fixture(autouse=True)
def _english_planner_sentences() -> Iterator[None]:
    """A test that switches the planner's sentences to French, or that sets where commands
    read their default language (the launcher sets the app's settings), cannot leak it."""
    from planner import i18n

    yield
    i18n.set_language("en")
    i18n.set_default_language(None)


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail any test that tries to open a network connection."""

    def guard(self: socket.socket, address: object, *args: object) -> None:
        family = self.family
        if family in (socket.AF_INET, socket.AF_INET6):
            raise NetworkAccessError(f"test tried to reach the network: {address!r}")
        return real_connect(self, address, *args)  # type: ignore[arg-type]

    real_connect = socket.socket.connect
    monkeypatch.setattr(socket.socket, "connect", guard)
