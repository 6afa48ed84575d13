"""Other files a command reads, taken for what they are (audit of issue 19, class "only
regular files accepted"): an MS Project plan or a mapping file that is a pipe, a device
or far too large is refused at once, in bounded memory, never waited on."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from hostile import corpus
from hostile.child import command, run_limited


@pytest.fixture
def roadmap(tmp_path: Path) -> Path:
    path = tmp_path / "plan.pilotplan"
    shutil.copy(corpus.SAMPLE, path)
    return path


def test_a_pipe_as_the_project_plan_is_refused_without_blocking(
    tmp_path: Path, roadmap: Path
) -> None:
    # Before: import-project waited forever for someone to write into the pipe.
    pipe = corpus.fifo(tmp_path, "plan.xml")
    ended = run_limited(command("import-project", str(roadmap), str(pipe), "--dry-run"), wall=30)
    assert not ended.timed_out
    assert ended.clean_refusal(), ended.stderr
    assert "not a regular file" in ended.stderr


def test_a_device_as_the_project_plan_is_refused(roadmap: Path) -> None:
    ended = run_limited(command("import-project", str(roadmap), "/dev/zero", "--dry-run"))
    assert ended.clean_refusal(), ended.stderr
    assert "not a regular file" in ended.stderr


def test_a_huge_mapping_file_is_refused_unread(tmp_path: Path, roadmap: Path) -> None:
    # Before: the whole file was read into memory, whatever its size.
    mapping = tmp_path / "mapping.txt"
    with mapping.open("wb") as out:
        out.truncate(2 * 1024 * 1024 * 1024)  # 2 GiB, sparse
    data = corpus.usage_csv(tmp_path, "tidy.csv", [["2026-W10", "Weekly active users", 55, ""]])
    ended = run_limited(
        command("import-usage", str(roadmap), str(data), "--mapping", str(mapping), "--dry-run")
    )
    assert ended.clean_refusal(), ended.stderr
    assert "mapping file" in ended.stderr
