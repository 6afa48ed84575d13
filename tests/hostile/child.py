"""Run a command in a child process under memory and CPU limits, and report how it ended.

Each hostile case must finish within :data:`MEMORY_LIMIT` of address space and
:data:`CPU_SECONDS` of processor time: the limits are set in the child
(``resource.setrlimit``), so a case that would exceed them dies there — with a
``MemoryError`` or ``SIGXCPU`` that the test sees — instead of slowing down the
machine. The wall-clock timeout only catches a child that blocks without using
the processor (a FIFO read, a lock wait).
"""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

MEMORY_LIMIT = 500 * 1024 * 1024
"""Address space a child may map (bytes)."""
CPU_SECONDS = 10
"""Processor time a child may use."""
WALL_SECONDS = 60
"""Generous: only a child that blocks without working reaches it (two shared cores)."""

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Ended:
    code: int
    """Exit code; negative for a signal (``-signal.SIGXCPU`` when the CPU limit hit)."""
    stdout: str
    stderr: str
    timed_out: bool

    @property
    def lines(self) -> list[str]:
        return self.stderr.splitlines()

    def clean_refusal(self) -> bool:
        """Exit 1 with messages and no Python traceback or crash."""
        return (
            self.code == 1
            and not self.timed_out
            and "Traceback" not in self.stderr
            and "MemoryError" not in self.stderr
            and bool(self.stderr.strip())
        )


def _limits(memory: int, cpu: int, file_size: int | None) -> None:  # in the child, before exec
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    if file_size is not None:
        # A full disk, as far as the child can tell: writes past this size fail (EFBIG).
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (file_size, file_size))


def run_limited(
    args: list[str],
    *,
    memory: int = MEMORY_LIMIT,
    cpu: int = CPU_SECONDS,
    wall: float = WALL_SECONDS,
    cwd: Path | None = None,
    file_size: int | None = None,
) -> Ended:
    """``python ARGS`` (ARGS[0] a module flag or a script) in a limited child;
    ``file_size`` makes every file it writes fail past that size, like a full disk."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1"}
    try:
        done = subprocess.run(
            [sys.executable, *args],
            capture_output=True,
            text=True,
            errors="replace",
            timeout=wall,
            env=env,
            cwd=cwd,
            preexec_fn=lambda: _limits(memory, cpu, file_size),
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout.decode() if isinstance(exc.stdout, bytes) else exc.stdout or ""
        err = exc.stderr.decode() if isinstance(exc.stderr, bytes) else exc.stderr or ""
        return Ended(-9, out, err, timed_out=True)
    return Ended(done.returncode, done.stdout, done.stderr, timed_out=False)


def command(*words: str) -> list[str]:
    """Arguments running ``pilot-planner WORDS`` (the real entry point)."""
    return ["-m", "ui", *words]
