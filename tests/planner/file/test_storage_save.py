"""Saving: atomic replace, backup, permissions, and I/O errors turned into messages."""

from __future__ import annotations

import errno
import os
import stat
import sys
import time
from pathlib import Path

import pytest

from planner.file import atomic
from planner.file.storage import RoadmapSaveError, dumps, load, save, sweep_stale_temps
from planner.model.entities import Roadmap

SAMPLE = Path(__file__).resolve().parents[2] / "corpus" / "v2" / "ai-rollout.pilotplan"
POSIX = os.name == "posix"


@pytest.fixture
def roadmap() -> Roadmap:
    return load(SAMPLE)


@pytest.fixture
def other(roadmap: Roadmap) -> Roadmap:
    return roadmap.model_copy(update={"title": "Renamed roadmap"})


def _temps(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".~tmp-"))


def test_save_writes_exactly_dumps(tmp_path: Path, roadmap: Roadmap) -> None:
    path = tmp_path / "plan.pilotplan"
    save(roadmap, path)
    assert path.read_bytes() == dumps(roadmap)
    assert load(path) == roadmap
    assert _temps(tmp_path) == []
    assert not (tmp_path / "plan.pilotplan.bak").exists()  # nothing to back up yet


def test_previous_version_is_kept_as_backup(
    tmp_path: Path, roadmap: Roadmap, other: Roadmap
) -> None:
    path = tmp_path / "plan.pilotplan"
    save(roadmap, path)
    save(other, path)
    backup = tmp_path / "plan.pilotplan.bak"
    assert load(path) == other
    assert load(backup) == roadmap
    save(roadmap, path)
    assert load(backup) == other
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.pilotplan", "plan.pilotplan.bak"]


def test_no_backup_when_asked(tmp_path: Path, roadmap: Roadmap, other: Roadmap) -> None:
    path = tmp_path / "plan.pilotplan"
    save(roadmap, path, backup=False)
    save(other, path, backup=False)
    assert not (tmp_path / "plan.pilotplan.bak").exists()


def test_backup_falls_back_to_a_copy_without_hard_links(
    tmp_path: Path, roadmap: Roadmap, other: Roadmap, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_links(*args: object) -> None:
        raise OSError(errno.EPERM, "hard links not supported")

    path = tmp_path / "plan.pilotplan"
    save(roadmap, path)
    monkeypatch.setattr(os, "link", no_links)
    save(other, path)
    assert load(tmp_path / "plan.pilotplan.bak") == roadmap
    assert load(path) == other
    assert _temps(tmp_path) == []


def test_a_failed_backup_does_not_stop_the_save(
    tmp_path: Path, roadmap: Roadmap, other: Roadmap, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(*args: object) -> None:
        raise OSError(errno.EPERM, "no")

    path = tmp_path / "plan.pilotplan"
    save(roadmap, path)
    monkeypatch.setattr(os, "link", fail)
    monkeypatch.setattr(atomic.shutil, "copyfile", fail)
    save(other, path)
    assert load(path) == other
    assert _temps(tmp_path) == []


@pytest.mark.skipif(not POSIX, reason="POSIX permission bits")
def test_permission_bits_are_kept(tmp_path: Path, roadmap: Roadmap, other: Roadmap) -> None:
    path = tmp_path / "plan.pilotplan"
    save(roadmap, path)
    path.chmod(0o640)
    save(other, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


@pytest.mark.skipif(not POSIX, reason="symbolic links")
def test_saving_through_a_symlink_replaces_its_target(
    tmp_path: Path, roadmap: Roadmap, other: Roadmap
) -> None:
    real = tmp_path / "real.pilotplan"
    link = tmp_path / "link.pilotplan"
    save(roadmap, real)
    link.symlink_to(real)
    save(other, link)
    assert link.is_symlink()
    assert load(real) == other


def test_saving_onto_a_folder_is_refused(tmp_path: Path, roadmap: Roadmap) -> None:
    folder = tmp_path / "plan.pilotplan"
    folder.mkdir()
    with pytest.raises(RoadmapSaveError) as info:
        save(roadmap, folder)
    assert "there is a folder with that name" in str(info.value)
    assert _temps(tmp_path) == []


def test_missing_folder_is_a_message(tmp_path: Path, roadmap: Roadmap) -> None:
    with pytest.raises(RoadmapSaveError) as info:
        save(roadmap, tmp_path / "nowhere" / "plan.pilotplan")
    assert info.value.errno == errno.ENOENT
    assert "the folder does not exist" in str(info.value)


@pytest.mark.skipif(not POSIX, reason="fsync of files and folders")
def test_fsync_is_called_for_file_and_folder(
    tmp_path: Path, roadmap: Roadmap, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[bool] = []
    real_fsync = os.fsync

    def spy(fd: int) -> None:
        synced.append(stat.S_ISDIR(os.fstat(fd).st_mode))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", spy)
    save(roadmap, tmp_path / "plan.pilotplan")
    assert synced == [False, True]  # the data, then the folder entry


# ------------------------------------------------------------ I/O errors


FAILURES = [
    ("write", errno.ENOSPC, "the disk is full"),
    ("write", errno.EDQUOT, "disk quota"),
    ("write", errno.EIO, "input/output error"),
    ("fsync", errno.EIO, "input/output error"),
    ("fsync", errno.ENOSPC, "the disk is full"),
    ("replace", errno.EACCES, "permission denied"),
    ("replace", errno.EROFS, "read-only"),
    ("replace", errno.ENOSPC, "the disk is full"),
    ("open", errno.EROFS, "read-only"),
    ("open", errno.EACCES, "permission denied"),
    ("open", errno.ENAMETOOLONG, "too long"),
]


@pytest.mark.parametrize(("call", "code", "words"), FAILURES)
def test_io_errors_leave_the_file_unchanged(
    tmp_path: Path,
    roadmap: Roadmap,
    other: Roadmap,
    monkeypatch: pytest.MonkeyPatch,
    call: str,
    code: int,
    words: str,
) -> None:
    path = tmp_path / "plan.pilotplan"
    save(roadmap, path)
    before = path.read_bytes()
    backup_before = sorted(p.name for p in tmp_path.iterdir())
    real = getattr(os, call)

    def fail(*args: object, **kwargs: object) -> object:
        # Only the save's own calls fail: pytest's output goes through fds 0-2.
        if call == "write" and isinstance(args[0], int) and args[0] <= 2:
            return real(*args, **kwargs)
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, call, fail)
    with pytest.raises(RoadmapSaveError) as info:
        save(other, path)
    monkeypatch.undo()
    message = str(info.value)
    assert str(path) in message
    assert words in message
    assert "The file on disk was not changed" in message
    assert info.value.errno == code
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == backup_before  # no temp left


class _SharingViolation(OSError):
    winerror = 32


def test_windows_sharing_violation_is_retried(
    tmp_path: Path, roadmap: Roadmap, other: Roadmap, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "plan.pilotplan"
    save(roadmap, path)
    real_replace = os.replace
    failures = {"left": 2}

    def busy_then_free(src: object, dst: object) -> None:
        if Path(str(dst)) == path and failures["left"]:
            failures["left"] -= 1
            raise _SharingViolation(errno.EACCES, "used by another process")
        real_replace(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", busy_then_free)
    monkeypatch.setattr(atomic, "_RETRY_DELAYS", (0.0, 0.0, 0.0))
    save(other, path)
    assert failures["left"] == 0
    assert load(path) == other


def test_windows_sharing_violation_that_persists_is_reported(
    tmp_path: Path, roadmap: Roadmap, other: Roadmap, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "plan.pilotplan"
    save(roadmap, path)
    before = path.read_bytes()
    attempts: list[object] = []
    real_replace = os.replace

    def always_busy(src: object, dst: object) -> None:
        if Path(str(dst)) == path:
            attempts.append(dst)
            raise _SharingViolation(errno.EACCES, "used by another process")
        real_replace(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", always_busy)
    monkeypatch.setattr(atomic, "_RETRY_DELAYS", (0.0, 0.0, 0.0))
    with pytest.raises(RoadmapSaveError) as info:
        save(other, path)
    assert len(attempts) == 4
    assert "another program is using the file" in str(info.value)
    assert path.read_bytes() == before
    assert _temps(tmp_path) == []


def test_other_errors_are_not_retried(
    tmp_path: Path, roadmap: Roadmap, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[object] = []

    def denied(src: object, dst: object) -> None:
        calls.append(dst)
        raise PermissionError(errno.EACCES, "denied")

    monkeypatch.setattr(os, "replace", denied)
    with pytest.raises(RoadmapSaveError):
        save(roadmap, tmp_path / "plan.pilotplan")
    assert len(calls) == 1


@pytest.mark.skipif(not POSIX or os.geteuid() == 0, reason="root ignores permissions")
def test_read_only_folder_is_a_message(tmp_path: Path, roadmap: Roadmap) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(RoadmapSaveError) as info:
            save(roadmap, folder / "plan.pilotplan")
        assert "permission denied" in str(info.value)
    finally:
        folder.chmod(0o700)


# ---------------------------------------------------------- stale temps


def test_sweep_removes_only_old_temporaries(tmp_path: Path, roadmap: Roadmap) -> None:
    save(roadmap, tmp_path / "plan.pilotplan")
    save(roadmap, tmp_path / "plan.pilotplan")
    ours_old = tmp_path / ".~tmp-plan.pilotplan-0123abcd.part"
    ours_backup = tmp_path / ".~tmp-plan.pilotplan.bak-89abcdef.part"
    ours_new = tmp_path / ".~tmp-plan.pilotplan-fedcba98.part"
    keep = [
        tmp_path / ".~tmp-notes.txt",  # not ours: wrong suffix
        tmp_path / "draft.part",
        tmp_path / ".~tmp-plan-XYZ.part",  # not our random tag
        tmp_path / ".~lock.plan.pilotplan#",
    ]
    for path in (ours_old, ours_backup, ours_new, *keep):
        path.write_bytes(b"partial")
    (tmp_path / ".~tmp-folder-00000000.part").mkdir()  # a folder is never removed
    old = time.time() - 7200
    for path in (ours_old, ours_backup, *keep):
        os.utime(path, (old, old))
    removed = sweep_stale_temps(tmp_path)
    assert sorted(removed) == sorted([ours_old, ours_backup])
    assert ours_new.exists()
    assert all(p.exists() for p in keep)
    assert (tmp_path / "plan.pilotplan").exists()
    assert (tmp_path / "plan.pilotplan.bak").exists()
    assert sweep_stale_temps(tmp_path, older_than_seconds=0) == [ours_new]


def test_sweep_of_a_missing_folder_is_quiet(tmp_path: Path) -> None:
    assert sweep_stale_temps(tmp_path / "absent") == []


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file names")
def test_temporary_names_match_the_sweep(tmp_path: Path) -> None:
    target = tmp_path / ("x" * 250 + ".pilotplan")
    temp = atomic.temp_path(target)
    assert atomic._TEMP_NAME.fullmatch(temp.name)
    assert len(temp.name) < 255
    assert atomic._TEMP_NAME.fullmatch(atomic.temp_path(target, ".bak").name)
