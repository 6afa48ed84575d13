"""``pilot-planner export FILE -o OUT``: the steering-committee workbook (``.xlsx``),
the timeline as a picture (``.pdf`` or ``.png``), the committee slides
(``.pptx``), the review calendar (``.ics``) or an MS Project plan (``.xml``,
MSPDI) — the type follows ``OUT``.

The pictures are drawn by the desktop app's own timeline painter, so the
printed timeline is exactly the one on screen. The program's entry point
lends that writer to the core (:mod:`planner.outputs`); the core never
reaches into the desktop layer, and without it a picture is refused with a
message.

The target is checked before any work: a read-only file, or one open in Excel
or LibreOffice (their lock file ``~$NAME`` or ``.~lock.NAME#`` lies beside
it), is refused with a message. The output is written to a temporary file in
the target's folder and then replaces the target in one step, so a reader
never sees a half-written workbook and a failed export leaves the old one
intact. ``--progress`` prints ``progress <done> <total> <step>`` lines on
standard output for the desktop app, which runs the export in a child process.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import stat
from collections.abc import Callable
from pathlib import Path

from planner import i18n
from planner.commands import CommandError, add_as_of_option, open_roadmap
from planner.commands.terminal import say
from planner.file.atomic import OutputError, write_atomically
from planner.model.entities import Roadmap
from planner.outputs import PictureError, PictureRequest, picture_writer

NAME = "export"
HELP = (
    "write the steering-committee workbook (.xlsx), the timeline (.pdf, .png), "
    "the slides (.pptx), the review calendar (.ics) or an MS Project plan (.xml)"
)

USAGE_ERROR = 2

Writer = Callable[[Roadmap, Path, argparse.Namespace], None]
"""Writes one output type to a (temporary) path."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Write the steering-committee workbook of a roadmap: Summary (one printed page), "
        "Timeline, Gates, Adoption, Use cases, Friction points, People & training, "
        "Data sources, Decisions and Risks — or the timeline as a PDF or PNG picture, "
        "the committee slides (.pptx), a calendar of gate reviews and trainings (.ics), "
        "or the plan as MS Project XML (.xml). The output type follows the suffix of OUT."
    )
    parser.add_argument("file", metavar="FILE", help="the roadmap file (.pilotplan)")
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT",
        help="the file to write (.xlsx, .pdf, .png, .pptx, .ics or .xml)",
    )
    add_as_of_option(
        parser,
        "evaluate gates, training and 'today' as of this date, YYYY-MM-DD "
        "(default: today); the same roadmap and date give the same workbook",
    )
    parser.add_argument(
        "--sheets",
        metavar="LIST",
        help="only these sheets, comma-separated, e.g. Summary,Gates (default: all)",
    )
    parser.add_argument(
        "--baseline",
        metavar="ID",
        help="the baseline the timeline compares with (default: the newest)",
    )
    picture = parser.add_argument_group("timeline pictures (.pdf, .png)")
    picture.add_argument("--page-size", choices=("A4", "A3", "Letter"), default="A4",
                         help="paper size (default: A4)")  # fmt: skip
    picture.add_argument(
        "--orientation",
        choices=("landscape", "portrait"),
        default="landscape",
        help="page orientation (default: landscape)",
    )
    picture.add_argument(
        "--fit",
        choices=("width", "tile"),
        default="width",
        help="'width': the whole plan one page wide (long plans continue on further pages); "
        "'tile': a readable month scale across several pages, row labels repeated "
        "(default: width)",
    )
    parser.add_argument(
        "--changes-since",
        metavar="OLDFILE",
        help="add a Changes sheet listing, in sentences, what changed since this older "
        "version of the roadmap (e.g. the one shown at the last committee)",
    )
    parser.add_argument(
        "--lang",
        choices=i18n.LANGUAGES,
        metavar="{en,fr}",
        help="the language of the output: en or fr (default: the app's language, "
        "else the system's); dates and numbers follow it",
    )
    parser.add_argument(
        "--progress",
        action="store_true",
        help="print 'progress DONE TOTAL STEP' lines on standard output as the export goes",
    )


def _write_workbook(roadmap: Roadmap, path: Path, args: argparse.Namespace) -> None:
    from planner.workbook import export_workbook

    export_workbook(
        roadmap,
        path,
        as_of=args.as_of or dt.date.today(),
        sheets=_sheet_list(args.sheets),
        progress=_print_progress if args.progress else None,
        baseline_id=args.baseline,
        changes=getattr(args, "changes", None),
    )


def _write_timeline(roadmap: Roadmap, path: Path, args: argparse.Namespace) -> None:
    writer = picture_writer()
    if writer is None:
        raise CommandError(
            "the timeline pictures are drawn by the desktop app's painter, which is not "
            "loaded here; run this through 'pilot-planner' (or 'python -m ui')"
        )
    request = PictureRequest(
        as_of=args.as_of or dt.date.today(),
        file_format=Path(args.output).suffix.lower().lstrip("."),
        page_size=args.page_size,
        orientation=args.orientation,
        fit=args.fit,
        baseline_id=args.baseline,
    )
    try:
        writer(roadmap, path, request)
    except PictureError as exc:
        raise CommandError(f"{args.output}: {exc}") from None


def _write_slides(roadmap: Roadmap, path: Path, args: argparse.Namespace) -> None:
    from planner.slides import write_slides

    try:
        write_slides(roadmap, path, as_of=args.as_of or dt.date.today(), baseline_id=args.baseline)
    except PictureError as exc:
        raise CommandError(f"{args.output}: the timeline slide: {exc}") from None


def _write_calendar(roadmap: Roadmap, path: Path, args: argparse.Namespace) -> None:
    from planner.interchange.ics import write_calendar

    write_calendar(roadmap, path, as_of=args.as_of or dt.date.today())


def _write_project(roadmap: Roadmap, path: Path, args: argparse.Namespace) -> None:
    from planner.interchange.mspdi_write import write_project

    write_project(roadmap, path, as_of=args.as_of or dt.date.today(), baseline_id=args.baseline)


WRITERS: dict[str, Writer] = {
    ".xlsx": _write_workbook,
    ".pdf": _write_timeline,
    ".png": _write_timeline,
    ".pptx": _write_slides,
    ".ics": _write_calendar,
    ".xml": _write_project,
}
"""One writer per output suffix."""


def _sheet_list(text: str | None) -> list[str] | None:
    if text is None:
        return None
    return [part for part in (p.strip() for p in text.split(",")) if part]


def _print_progress(done: int, total: int, step: str) -> None:
    print(f"progress {done} {total} {step}", flush=True)


def run(args: argparse.Namespace) -> int:
    target = Path(args.output)
    writer = _writer_for(target)
    _check_options(args)
    _check_target(target)
    roadmap = open_roadmap(args.file)
    if args.baseline is not None and args.baseline not in {b.id for b in roadmap.baselines}:
        names = ", ".join(b.id for b in roadmap.baselines) or "none"
        raise CommandError(f"--baseline: {args.file} has no baseline '{args.baseline}' "
                           f"(its baselines: {names})", USAGE_ERROR)  # fmt: skip
    with i18n.using(args.lang or i18n.default_language()):
        if args.changes_since is not None:
            args.changes = _changes_since(args.changes_since, roadmap, args.file)
        _write(target, writer, roadmap, args)
    if not args.progress:
        say(f"wrote {target}")
    return 0


def _write(target: Path, writer: Writer, roadmap: Roadmap, args: argparse.Namespace) -> None:
    try:
        write_atomically(target, lambda temp: writer(roadmap, temp, args))
    except OutputError as exc:
        raise CommandError(str(exc)) from None


def _changes_since(old_file: str, roadmap: Roadmap, new_file: str) -> list[tuple[str, str]]:
    from planner.diff import change_sentences, compare

    older = open_roadmap(old_file)
    comparison = compare(older, roadmap, Path(old_file).name, Path(new_file).name)
    return change_sentences(comparison)


def _writer_for(target: Path) -> Writer:
    suffix = target.suffix.lower()
    if suffix in WRITERS:
        return WRITERS[suffix]
    shown = f"'{suffix}'" if suffix else "no suffix"
    raise CommandError(
        f"{target}: unsupported output type ({shown}); use .xlsx for the workbook, "
        ".pdf or .png for the timeline, .pptx for the slides, .ics for the calendar, "
        ".xml for MS Project",
        USAGE_ERROR,
    )


def _check_options(args: argparse.Namespace) -> None:
    if args.sheets is None:
        return
    from planner.workbook import chosen_sheets

    try:
        chosen_sheets(_sheet_list(args.sheets), with_changes=args.changes_since is not None)
    except ValueError as exc:
        raise CommandError(f"--sheets: {exc}", USAGE_ERROR) from None


def lock_files(target: Path) -> list[Path]:
    """Lock files that say ``target`` is open: Excel's owner file (``~$`` replaces
    the first two letters of long names) and LibreOffice's ``.~lock.NAME#``."""
    name = target.name
    candidates = [f"~${name}", f"~${name[2:]}", f".~lock.{name}#"]
    return [target.with_name(c) for c in dict.fromkeys(candidates) if target.with_name(c).exists()]


def _check_target(target: Path) -> None:
    """Refuse, before any work, a target that cannot or must not be replaced."""
    if target.is_dir():
        raise CommandError(f"{target}: is a folder; give the name of the file to write")
    folder = target.parent
    if not folder.is_dir():
        raise CommandError(f"{target}: the folder {folder} does not exist")
    locks = lock_files(target)
    if locks:
        raise CommandError(
            f"{target}: the file is open in another program ({locks[0].name} is beside it); "
            "close it there, or export under another name"
        )
    if target.exists():
        mode = target.stat().st_mode
        if not mode & stat.S_IWUSR or not os.access(target, os.W_OK):
            raise CommandError(
                f"{target}: the file is read-only; make it writable or export under another name"
            )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise CommandError(f"{target}: cannot write in the folder {folder} (permission denied)")
