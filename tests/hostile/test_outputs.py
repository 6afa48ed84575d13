"""Every output whole or not at all, with one line of explanation (issue 19, class 3).

A full disk is simulated with ``RLIMIT_FSIZE`` in the child (writes past the
limit fail, as on a full disk); an over-long name with 300 and 4,300
characters. Whatever the command and the output type, it ends with one line
on standard error and exit 1, the previous file byte for byte as it was, no
temporary file left and no "Exception ignored" noise.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from hostile import corpus
from hostile.child import command, run_limited

BIG = 4 * 1024 * 1024 * 1024
FULL_AT = 4096
"""Bytes a file may grow to before the 'disk' is full: less than any output here."""


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    path = tmp_path / "plan.pilotplan"
    shutil.copy(corpus.SAMPLE, path)
    assert run_limited(command("new", str(path), "--force"), memory=BIG).code == 0
    return path


def _previous(path: Path) -> bytes:
    if not path.exists():
        path.write_bytes(b"the previous version, which must survive")
    return path.read_bytes()


def _assert_clean_failure(ended_stderr: str, code: int, target: Path, before: bytes) -> None:
    assert code == 1, ended_stderr
    assert len(ended_stderr.splitlines()) == 1, ended_stderr
    assert "Traceback" not in ended_stderr
    assert "Exception ignored" not in ended_stderr
    assert target.read_bytes() == before
    assert not list(target.parent.glob(".~tmp-*")), list(target.parent.iterdir())


OUTPUTS = {
    "workbook": ("committee.xlsx", lambda plan, out: ["export", str(plan), "-o", str(out)]),
    "pdf": ("timeline.pdf", lambda plan, out: ["export", str(plan), "-o", str(out)]),
    "png": ("timeline.png", lambda plan, out: ["export", str(plan), "-o", str(out)]),
    "new --force": ("new.pilotplan", lambda plan, out: ["new", str(out), "--force"]),
    "merge -o": (
        "merged.pilotplan",
        lambda plan, out: ["merge", str(plan), str(plan), str(plan), "-o", str(out)],
    ),
}


@pytest.mark.slow
@pytest.mark.parametrize("kind", sorted(OUTPUTS))
def test_a_full_disk_leaves_the_previous_file_and_says_so_in_one_line(
    plan: Path, kind: str
) -> None:
    name, args = OUTPUTS[kind]
    target = plan.parent / name
    before = _previous(target)
    ended = run_limited(command(*args(plan, target)), memory=BIG, file_size=FULL_AT)
    _assert_clean_failure(ended.stderr, ended.code, target, before)
    assert "larger than the disk or your limits allow" in ended.stderr
    assert ended.stdout == ""  # no "wrote …" for a file that was not written


@pytest.mark.parametrize("length", [300, 4300])
@pytest.mark.parametrize("kind", ["workbook", "pdf", "new --force", "merge -o"])
def test_an_over_long_output_name_is_one_line(plan: Path, kind: str, length: int) -> None:
    name, args = OUTPUTS[kind]
    suffix = Path(name).suffix
    if length > 300:  # a path of many folders
        target = plan.parent.joinpath(*["d" * 200] * (length // 201), "x" + suffix)
    else:
        target = plan.parent / ("x" * length + suffix)
    ended = run_limited(command(*args(plan, target)), memory=BIG)
    assert ended.code == 1, ended.stderr
    assert len(ended.stderr.splitlines()) == 1, ended.stderr
    assert "Traceback" not in ended.stderr
    assert "too long" in ended.stderr or "does not exist" in ended.stderr
