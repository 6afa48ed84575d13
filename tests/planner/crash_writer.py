"""Helper process for test_crash_save.py: saves in a loop, and is killed with SIGKILL.

    python crash_writer.py MODE TARGET A.pilotplan B.pilotplan

It loads the two roadmaps once, then serves commands on stdin. ``kill SECONDS``
forks a writer that saves A and B to TARGET alternately, forever; after
SECONDS it is killed with SIGKILL and "killed" is printed. Forking from this
already-initialised process makes each kill cost milliseconds, not an import.
MODE is ``atomic`` (planner.file.storage.save) or ``naive`` (open + write: the
control that shows the harness can see a torn file).
"""

from __future__ import annotations

import os
import signal
import sys
import time

from planner.file.storage import load, save


def main() -> int:
    mode, target, first, second = sys.argv[1:5]
    roadmaps = [load(first), load(second)]
    payloads = [open(first, "rb").read(), open(second, "rb").read()]  # noqa: SIM115
    for line in sys.stdin:
        command, _, argument = line.partition(" ")
        if command != "kill":
            break
        pid = os.fork()
        if pid == 0:  # the writer: never returns
            try:
                i = 0
                while True:
                    if mode == "atomic":
                        save(roadmaps[i % 2], target)
                    else:
                        with open(target, "wb") as stream:
                            stream.write(payloads[i % 2])
                    i += 1
            finally:
                os._exit(1)
        time.sleep(float(argument))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        print("killed", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
