"""Satisfaction and impact surveys exported from a forms tool, turned into aggregates.

A survey export (Microsoft Forms, Google Forms, … as CSV or XLSX) has one row
per answer: a submission time (*Completion time*, *Timestamp*, *Horodateur* …),
optionally who answered (*Email*, only used to find their team with
``--teams``) and a team column, then the questions. Two kinds of question are
read:

- **agreement questions** — every column whose answers are (at least 80 % of
  them) on a 5-point agreement scale, in English or French: *strongly
  disagree* / *pas du tout d'accord* = 0, *disagree* / *plutôt pas d'accord* =
  25, *neither agree nor disagree* / *ni d'accord ni pas d'accord* = 50,
  *agree* / *plutôt d'accord* = 75, *strongly agree* / *tout à fait d'accord* =
  100. A respondent's **satisfaction score** is the mean of their answers; a
  group's is the mean of its respondents' scores.
- **minutes saved per day** — the column whose title speaks of minutes (a
  number, ``15 min``, or a range ``10-20`` read as its middle).

Answers are grouped per ISO week of their submission and per team (and in
total); a group of fewer respondents than the minimum group size is not
stored, nor a team figure that subtraction from the total would reveal
(:func:`planner.usage.aggregate.protect`). The stored figures are measurements
of the roadmap's satisfaction metric (the 0–100 score put on the metric's own
scale: 75 is 4 on a 1–5 metric) and of its minutes-saved metric (or hours per
week, × 5 ÷ 60, when the roadmap measures hours). Never a single answer.

**Comments** — free-text columns are not read unless asked for
(``comments``): then each non-empty comment becomes a survey feedback entry of
the stage, dated by the Monday of its week, without author or team, and only
from weeks with at least the minimum group of respondents; they are stored
in alphabetical order, not in the order of the file.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace

from pydantic import ValidationError

from planner.edit.operations import Insert, Op
from planner.model.entities import Feedback, FeedbackKind, Metric, Roadmap, Sentiment
from planner.model.ids import new_id
from planner.model.kinds import EntityKind
from planner.usage.aggregate import (
    SHARE_DECIMALS,
    Cohorts,
    Figure,
    Quantity,
    TeamOf,
    protect_figures,
)
from planner.usage.errors import CellError, UsageImportError, shown
from planner.usage.layouts import norm
from planner.usage.populations import Population, Split
from planner.usage.readers import RawRow
from planner.usage.report import RowLog
from planner.usage.sources import ReadContext
from planner.usage.targets import Scope
from planner.usage.values import Cell, DateColumn, monday, parse_number

DAYS_PER_WEEK = 5
AGREEMENT_SHARE = 0.8
"""A column is an agreement question when this share of its answers are on the scale."""
MAX_MINUTES = 480.0
"""Minutes saved per day above a working day are refused."""
ALL_COMMENTS = "*"

_SCALE = {
    0: (
        "strongly disagree", "totally disagree", "completely disagree",
        "pas du tout d'accord", "tout a fait en desaccord", "fortement en desaccord",
        "totalement en desaccord", "pas du tout d accord",
    ),
    25: (
        "disagree", "somewhat disagree", "tend to disagree", "mostly disagree",
        "plutot pas d'accord", "pas d'accord", "en desaccord", "plutot en desaccord",
        "plutot pas d accord", "pas d accord",
    ),
    50: (
        "neither agree nor disagree", "neither agree or disagree", "neutral", "undecided",
        "ni d'accord ni pas d'accord", "ni d'accord, ni pas d'accord",
        "ni en accord ni en desaccord", "neutre", "ni d accord ni pas d accord",
    ),
    75: (
        "agree", "somewhat agree", "tend to agree", "mostly agree", "plutot d'accord",
        "d'accord", "plutot d accord", "d accord", "en accord",
    ),
    100: (
        "strongly agree", "totally agree", "completely agree", "tout a fait d'accord",
        "totalement d'accord", "fortement d'accord", "tout a fait d accord",
        "entierement d'accord",
    ),
}  # fmt: skip
AGREEMENT: dict[str, int] = {_label: score for score, labels in _SCALE.items() for _label in labels}
"""Normalised agreement label → score (0–100)."""

_NUMBERED = re.compile(r"^\(?[1-5]\s*[-–.:)]\s*")
_RANGE = re.compile(r"^(\d+(?:[.,]\d+)?)\s*(?:-|–|to|a|à)\s*(\d+(?:[.,]\d+)?)$")
_MINUTES_UNIT = re.compile(r"\s*(?:min(?:utes?)?\.?)\s*$")
_METADATA = {
    "id", "start time", "completion time", "last modified time", "email", "name", "language",
    "timestamp", "horodateur", "horodatage", "heure de debut", "heure de fin",
    "heure de la derniere modification", "adresse de messagerie", "nom", "langue",
    "total points", "quiz feedback", "points", "submitted at", "submission time",
    "response id", "respondent id",
}  # fmt: skip


def agreement_score(value: Cell) -> int | None:
    """The score of an agreement answer (``4 - Agree`` too); None when it is not one."""
    if not isinstance(value, str):
        return None
    text = _NUMBERED.sub("", norm(value).replace("’", "'")).strip(" .")
    return AGREEMENT.get(text)


def parse_minutes(value: Cell, decimal: str = ".") -> float:
    """``15``, ``15 min``, ``12,5`` or a range ``10-20`` (its middle), 0 to 480."""
    if isinstance(value, str):
        text = _MINUTES_UNIT.sub("", value.strip().casefold())
        found = _RANGE.match(text)
        if found:
            low, high = (parse_number(found[i], decimal) for i in (1, 2))
            number = (low + high) / 2
        else:
            number = parse_number(text, decimal)
    else:
        number = parse_number(value, decimal)
    if not 0 <= number <= MAX_MINUTES:
        raise CellError(f"{shown(value)} minutes a day is not between 0 and {MAX_MINUTES:g}")
    return number


@dataclass(frozen=True)
class Answer:
    """One respondent's answers, reduced to what is aggregated (no identity)."""

    line: int
    week: dt.date
    team: str | None
    score: float | None
    """Mean agreement, 0–100 (None: no agreement question answered)."""
    minutes: float | None
    comments: tuple[str, ...] = ()
    """The respondent's comments, only when asked for (kept apart from the figures)."""


@dataclass
class SurveyData:
    answers: list[Answer]
    questions: list[str]
    """Titles of the agreement questions."""
    minutes_column: str | None
    free_text: list[str]
    """Titles of the free-text columns."""
    asked: bool = False
    """Comments were asked for."""

    @property
    def comments(self) -> list[tuple[dt.date, str]]:
        """(week, text) of the comments asked for."""
        return [(a.week, text) for a in self.answers for text in a.comments]


def split_answers(
    data: SurveyData, split: Split, team_of: TeamOf, populations: Sequence[Population]
) -> list[tuple[Population, SurveyData]]:
    """Each population's answers: those of its teams' respondents (planner.usage.populations)."""
    parts: list[list[Answer]] = [[] for _ in populations]
    for number, answer in enumerate(data.answers):
        team = team_of(answer.team)
        for i in split.count(number, team, foreign=team is None and bool(answer.team)):
            parts[i].append(answer)
    return [
        (p, replace(data, answers=answers)) for p, answers in zip(populations, parts, strict=True)
    ]


def _columns(ctx: ReadContext) -> tuple[int | None, list[int]]:
    """The minutes column and the columns left to classify from their answers."""
    known = set(ctx.match.columns.values())
    names = [norm(h) for h in ctx.match.header]
    minutes = next((i for i, n in enumerate(names) if i not in known and "minute" in n), None)
    rest = [
        i
        for i, n in enumerate(names)
        if i not in known and i != minutes and n and n not in _METADATA
    ]
    return minutes, rest


def _classify(rows: list[RawRow], columns: list[int]) -> tuple[list[int], list[int]]:
    """Agreement questions and free-text columns, from the answers themselves."""
    questions: list[int] = []
    free_text: list[int] = []
    for i in columns:
        values = [cells[i] for _, cells in rows if i < len(cells) and cells[i] is not None]
        if not values:
            continue
        on_scale = sum(agreement_score(v) is not None for v in values)
        if on_scale and on_scale >= AGREEMENT_SHARE * len(values):
            questions.append(i)
        elif any(isinstance(v, str) and not _numeric(v) for v in values):
            free_text.append(i)
    return questions, free_text


def _numeric(text: str) -> bool:
    try:
        parse_number(text)
    except CellError:
        return False
    return True


def read_survey(
    rows: Iterator[RawRow], ctx: ReadContext, log: RowLog, comments: Sequence[str] = ()
) -> SurveyData:
    """Each answer's week, team, satisfaction score and minutes; refuse rows that cannot be read."""
    table = list(rows)
    header = ctx.match.header
    minutes_at, rest = _columns(ctx)
    questions, free_text = _classify(table, rest)
    if not questions and minutes_at is None:
        raise UsageImportError(
            [
                "no survey question found: no column of answers on a 5-point agreement scale "
                "(strongly disagree … strongly agree, pas du tout d'accord … tout à fait "
                "d'accord) and no 'minutes saved per day' column",
                "columns: " + ", ".join(f"'{h}'" for h in header if h),
            ]
        )
    wanted = _comment_columns(comments, free_text, header)
    dates = DateColumn(ctx.label("submitted"), ctx.date_order)
    for _, cells in table:
        dates.observe(ctx.get(cells, "submitted"))
    data = SurveyData(
        [],
        [header[i] for i in questions],
        None if minutes_at is None else header[minutes_at],
        [header[i] for i in free_text],
        asked=bool(wanted),
    )
    for line, cells in table:
        log.read += 1
        try:
            answer = _answer(line, cells, ctx, dates, questions, minutes_at)
        except CellError as exc:
            log.refuse(line, str(exc))
            continue
        texts = (cells[i] if i < len(cells) else None for i in wanted)
        comments = tuple(t.strip() for t in texts if isinstance(t, str) and t.strip())
        data.answers.append(replace(answer, comments=comments) if comments else answer)
    return data


def _comment_columns(
    asked: Sequence[str], free_text: list[int], header: Sequence[str]
) -> list[int]:
    if not asked:
        return []
    if ALL_COMMENTS in asked:
        return free_text
    by_name = {norm(header[i]): i for i in free_text}
    found = []
    for name in asked:
        index = by_name.get(norm(name))
        if index is None:
            listed = ", ".join(f"'{header[i]}'" for i in free_text) or "none"
            raise UsageImportError(
                f"--comments: '{name}' is not a free-text column of the survey "
                f"(free-text columns: {listed})"
            )
        found.append(index)
    return found


def _answer(
    line: int,
    cells: tuple[Cell, ...],
    ctx: ReadContext,
    dates: DateColumn,
    questions: list[int],
    minutes_at: int | None,
) -> Answer:
    try:
        day = dates.parse(ctx.get(cells, "submitted"))
    except CellError as exc:
        raise CellError(f"{ctx.label('submitted')}: {exc}") from None
    if day > ctx.as_of:
        raise CellError(
            f"answered on {day.isoformat()}, in the future (today is {ctx.as_of.isoformat()})"
        )
    scores = []
    for i in questions:
        value = cells[i] if i < len(cells) else None
        if value is None:
            continue
        score = agreement_score(value)
        if score is None:
            raise CellError(
                f"{ctx.match.header[i]}: {shown(value)} is not on the agreement scale "
                "(strongly disagree … strongly agree)"
            )
        scores.append(score)
    minutes: float | None = None
    if minutes_at is not None and minutes_at < len(cells) and cells[minutes_at] is not None:
        try:
            minutes = parse_minutes(cells[minutes_at], ctx.decimal)
        except CellError as exc:
            raise CellError(f"{ctx.match.header[minutes_at]}: {exc}") from None
    user = ctx.get(cells, "user")
    team = ctx.team_for(None if user is None else str(user), cells)
    mean = sum(scores) / len(scores) if scores else None
    return Answer(line, monday(day), team, mean, minutes)


# ------------------------------------------------------------------ cohorts


@dataclass
class _Group:
    scores: list[float] = field(default_factory=list)
    minutes: list[float] = field(default_factory=list)


def survey_cohorts(data: SurveyData, team_of: TeamOf, min_group: int) -> Cohorts:
    """Per ISO week, per team and in total: mean satisfaction score and minutes saved."""
    out = Cohorts()
    groups: dict[tuple[dt.date, str | None], _Group] = defaultdict(_Group)
    unassigned = 0
    for answer in data.answers:
        team = team_of(answer.team)
        unassigned += team is None
        for key in {team, None} if team is not None else {None}:
            group = groups[(answer.week, key)]
            if answer.score is not None:
                group.scores.append(answer.score)
            if answer.minutes is not None:
                group.minutes.append(answer.minutes)
    for (week, team), group in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
        for quantity, values in (
            (Quantity.SATISFACTION, group.scores),
            (Quantity.MINUTES_SAVED, group.minutes),
        ):
            if values:
                mean = round(sum(values) / len(values), SHARE_DECIMALS)
                out.figures.append(Figure(quantity, week, team, mean, len(values)))
    if data.questions:
        out.notes.append(
            "satisfaction: the mean of each respondent's answers to "
            + ", ".join(f"'{q}'" for q in data.questions)
            + " (strongly disagree 0, disagree 25, neutral 50, agree 75, strongly agree 100), "
            "averaged per team and week"
        )
    if data.minutes_column:
        out.notes.append(f"minutes saved per day: column '{data.minutes_column}'")
    out.unassigned_users = unassigned
    protect_figures(out, min_group)
    return out


def in_metric_units(metric: Metric, figure: Figure) -> Figure:
    """A survey figure on the scale of the metric that stores it (see the module docstring)."""
    if figure.quantity is Quantity.SATISFACTION:
        low, high = metric.min_value, metric.max_value
        if low is not None and high is not None and (low, high) != (0, 100):
            return replace(
                figure, value=round(low + figure.value / 100 * (high - low), SHARE_DECIMALS)
            )
    elif figure.quantity is Quantity.MINUTES_SAVED:
        unit = metric.unit.casefold().strip()
        if unit.startswith("h"):  # hours per week
            return replace(figure, value=round(figure.value * DAYS_PER_WEEK / 60, SHARE_DECIMALS))
    return figure


# ------------------------------------------------------------------ comments


def comment_ops(
    roadmap: Roadmap, data: SurveyData | None, scope: Scope, min_group: int, notes: list[str]
) -> list[Op]:
    """The comments asked for as feedback insertions; a note on what was left out."""
    if data is None:
        return []
    if data.free_text and not data.asked:
        listed = ", ".join(f"'{c}'" for c in data.free_text)
        notes.append(
            f"free-text column(s) {listed} not imported (comments can identify people); "
            "to keep them as feedback without author, use --comments COLUMN"
        )
    taken = {f.id for f in roadmap.feedback}
    entries, held = comment_feedback(data, scope.stage_id, scope.use_case_id, min_group, taken)
    if entries:
        notes.append(
            f"{len(entries)} comment(s) imported as survey feedback, without author or team, "
            "dated by their week"
        )
    if held:
        notes.append(
            f"{held} comment(s) not imported: from weeks with fewer than {min_group} "
            "respondents, or holding characters a roadmap cannot store"
        )
    return [Insert(EntityKind.FEEDBACK, -1, entry) for entry in entries]


def comment_feedback(
    data: SurveyData,
    stage_id: str | None,
    use_case_id: str | None,
    min_group: int,
    taken: set[str],
) -> tuple[list[Feedback], int]:
    """Feedback entries for the comments asked for, and how many were held back (small weeks)."""
    respondents: dict[dt.date, int] = defaultdict(int)
    for answer in data.answers:
        respondents[answer.week] += 1
    kept = sorted(
        ((week, text) for week, text in data.comments if respondents[week] >= min_group),
        key=lambda item: (item[1].casefold(), item[0]),
    )
    entries = []
    for week, text in kept:
        try:
            entry = Feedback(
                id=new_id("feedback", taken),
                date=week,
                stage_id=stage_id,
                use_case_id=use_case_id,
                kind=FeedbackKind.SURVEY,
                sentiment=Sentiment.NEUTRAL,
                text=text[:20_000],
            )
        except ValidationError:
            continue  # a text the roadmap cannot hold (an invalid character): left out
        taken.add(entry.id)
        entries.append(entry)
    return entries, len(data.comments) - len(entries)
