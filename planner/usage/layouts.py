"""Recognising which kind of usage file this is, from its column names.

Five layouts are understood (``--layout`` forces one; ``--mapping`` names
columns that are called something else):

``tidy``
    One value per row. Needs **week** (any date in the week, an ISO week
    ``2026-W10`` or an Excel date), **metric** (a metric id or name) and
    **value**; optional **scope** (a stage or use case, id or name; default
    the stage chosen for the import), **team** (id or name) and **sample size**.
``copilot-trend``
    Microsoft 365 Copilot usage, the daily user-count trend (admin centre
    export or Graph ``getMicrosoft365CopilotUserCountTrend``): **Report Date**
    and a pair **<App> Enabled Users** / **<App> Active Users** for the app
    imported (``Any App`` by default; also Microsoft Teams, Word, Excel,
    PowerPoint, Outlook, OneNote, Loop, Copilot Chat); optional Report Refresh
    Date, Report Period.
``copilot-users``
    Microsoft 365 Copilot usage, the per-user activity table (admin centre
    export or Graph ``getMicrosoft365CopilotUsageUserDetail``, version 1 or 2):
    a user column (**User Principal Name**, else User name / Display Name; may
    be concealed as hashes) and **Last Activity Date** (or "Last activity date
    (UTC)"), or a per-app "<App> Copilot Last Activity Date" / "Last activity
    date of <App> Copilot (UTC)"; optional **Report Refresh Date** (else
    ``--report-date``), Report Period, **Prompts submitted for all apps** and
    Active Usage Days (version 2), a team column.
``weekly-actions``
    Per-user weekly action counts, as in a Viva Insights person query: a person
    column (**PersonId**, HashedId, User…), a week column (**MetricDate**, Week,
    Date…) and an actions column (**Total Copilot actions taken**, Actions…);
    optional Total Copilot enabled days, a team column (Team) or an
    organisational attribute (Organization, FunctionType, Department).

Names are compared ignoring case, accents, spacing, underscores, "Microsoft"
before an app name and "(UTC)".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from planner.usage.errors import UsageImportError
from planner.usage.raw import read_small_text
from planner.usage.readers import RawRow
from planner.usage.values import Cell

HEADER_SEARCH_ROWS = 30
"""How many non-blank rows may precede the header (preamble lines such as a report title)."""


def norm(text: str) -> str:
    """A column name made comparable: ``Microsoft Teams Active Users`` → ``teams active users``."""
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    folded = folded.casefold().replace("\ufeff", "")
    folded = _drop_utc(folded)
    folded = re.sub(r"[_\s]+", " ", folded).strip(" \"'")
    folded = re.sub(r"\bmicrosoft (?:365 )?", "", folded)
    return re.sub(r"\butc\b", "", folded).strip()


def _drop_utc(text: str) -> str:
    """Remove ``(UTC)`` and ``(UTC (Universal Time Code))`` groups."""
    start = text.find("(utc")
    while start >= 0:
        depth, end = 0, start
        while end < len(text):
            depth += {"(": 1, ")": -1}.get(text[end], 0)
            if depth == 0:
                break
            end += 1
        text = text[:start] + text[end + 1 :]
        start = text.find("(utc")
    return text


# ------------------------------------------------------------- vocabulary

USER = (
    "user principal name", "userprincipalname", "upn", "user name", "username", "user",
    "user id", "userid", "email", "e-mail", "e mail", "mail", "personid", "person id",
    "person", "hashedid", "hashed id", "employee id", "employee", "object id", "utilisateur",
    "id utilisateur", "display name",
)  # fmt: skip
TEAM = ("team", "team name", "team id", "equipe", "nom de l'equipe")
ORGANISATION = (
    "organization", "organisation", "functiontype", "function type", "department",
    "departement", "service", "direction",
)  # fmt: skip
WEEK = (
    "week", "week start", "week starting", "week start date", "metricdate", "metric date",
    "date", "start date", "startdate", "period", "periode", "semaine", "debut de semaine",
)  # fmt: skip
APP_NAMES = {
    "any": "Any app",
    "teams": "Microsoft Teams",
    "word": "Word",
    "excel": "Excel",
    "powerpoint": "PowerPoint",
    "outlook": "Outlook",
    "onenote": "OneNote",
    "loop": "Loop",
    "copilot chat": "Copilot Chat",
    "copilot chat (work)": "Copilot Chat (work)",
    "copilot chat (web)": "Copilot Chat (web)",
}


def app_label(key: str) -> str:
    """How an app is named in messages: ``teams`` → ``Microsoft Teams``."""
    return APP_NAMES.get(key, key.title())


def app_key(text: str) -> str:
    """``Microsoft Teams`` / ``teams`` → ``teams``; ``Any App`` / ``all apps`` → ``any``."""
    key = norm(text)
    key = re.sub(r" copilot$", "", key).replace("power point", "powerpoint")
    key = key.replace("one note", "onenote")
    return "any" if key in ("any app", "all apps", "any", "all", "") else key


_OVERALL_LAST = {
    "last activity date", "copilot last activity date", "last activity date of copilot",
    "last activity", "last activity date for all apps", "last activity date (all apps)",
    "derniere date d'activite",
}  # fmt: skip
_APP_LAST = (
    re.compile(r"last activity date (?:of|for) (?P<app>.+?)"),
    re.compile(r"(?P<app>.+?) (?:copilot )?last activity date"),
)
_TREND_COUNT = re.compile(r"(?:(?P<app>.+?) )?(?P<what>enabled|active) users")


# ------------------------------------------------------------------ layouts


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    names: tuple[str, ...]
    required: bool = False


@dataclass(frozen=True)
class Layout:
    name: str
    title: str
    columns: tuple[Column, ...]
    """The named columns (per-app columns of the Copilot reports are matched by pattern)."""
    needs: str
    """What the layout needs, in words, for error messages and the README."""

    def keys(self) -> tuple[str, ...]:
        return tuple(c.key for c in self.columns)


TIDY = Layout(
    "tidy",
    "tidy table (week, metric, scope, value)",
    (
        Column("week", "week", WEEK, required=True),
        Column(
            "metric",
            "metric",
            (
                "metric",
                "metric id",
                "metric name",
                "indicator",
                "kpi",
                "measure",
                "indicateur",
                "mesure",
                "metrique",
            ),
            required=True,
        ),
        Column("value", "value", ("value", "valeur", "val", "result", "resultat"), required=True),
        Column(
            "scope",
            "scope",
            (
                "scope",
                "stage",
                "use case",
                "stage or use case",
                "perimetre",
                "etape",
                "cas d'usage",
                "phase",
            ),
        ),
        Column("team", "team", TEAM),
        Column(
            "sample_size",
            "sample size",
            (
                "sample size",
                "sample",
                "n",
                "respondents",
                "users",
                "effectif",
                "taille d'echantillon",
                "taille de l'echantillon",
                "nombre de personnes",
            ),
        ),
    ),
    "week, metric, value (optional: scope, team, sample size)",
)
COPILOT_TREND = Layout(
    "copilot-trend",
    "Microsoft 365 Copilot usage — daily user-count trend",
    (
        Column("date", "Report Date", ("report date", "date", "day", "jour"), required=True),
        Column("enabled", "<App> Enabled Users", ()),
        Column("active", "<App> Active Users", ()),
        Column("refresh_date", "Report Refresh Date", ("report refresh date",)),
        Column("period", "Report Period", ("report period",)),
    ),
    "Report Date and <App> Enabled Users / <App> Active Users (App: Any App, Microsoft "
    "Teams, Word, Excel, PowerPoint, Outlook, OneNote, Loop, Copilot Chat)",
)
COPILOT_USERS = Layout(
    "copilot-users",
    "Microsoft 365 Copilot usage — per-user activity",
    (
        Column("user", "User Principal Name", USER, required=True),
        Column("last_activity", "Last Activity Date", tuple(_OVERALL_LAST)),
        Column("refresh_date", "Report Refresh Date", ("report refresh date",)),
        Column("period", "Report Period", ("report period",)),
        Column("prompts", "Prompts submitted for all apps", ()),
        Column("active_days", "Active Usage Days", ()),
        Column("team", "team", TEAM),
    ),
    "User Principal Name (or Display Name) and Last Activity Date (or '<App> Copilot Last "
    "Activity Date'); optional Report Refresh Date, Report Period, Prompts submitted for all "
    "apps, Active Usage Days",
)
WEEKLY_ACTIONS = Layout(
    "weekly-actions",
    "per-user weekly action counts (Viva Insights person query)",
    (
        Column("user", "PersonId", USER, required=True),
        Column("week", "MetricDate", WEEK, required=True),
        Column(
            "actions",
            "Total Copilot actions taken",
            (
                "total copilot actions taken",
                "total active copilot actions taken",
                "copilot actions taken",
                "total copilot actions",
                "copilot actions",
                "actions",
                "total actions",
                "actions taken",
                "action count",
                "actions count",
                "nombre d'actions",
                "actions copilot",
            ),
            required=True,
        ),
        Column(
            "enabled_days",
            "Total Copilot enabled days",
            ("total copilot enabled days", "copilot enabled days", "enabled days"),
        ),
        Column("team", "team (or Organization, FunctionType)", TEAM + ORGANISATION),
    ),
    "a person column (PersonId, HashedId, User…), a week column (MetricDate, Week, Date…) and "
    "an actions column (Total Copilot actions taken, Actions…); optional Total Copilot enabled "
    "days and a team column (Team, Organization, FunctionType, Department)",
)

SURVEY = Layout(
    "survey", "survey export from a forms tool (one row per answer)",
    (Column("submitted", "Completion time", ("completion time", "submission time", "submitted",
            "submitted at", "end time", "timestamp", "horodateur", "horodatage", "heure de fin",
            "date de soumission", "start time", "heure de debut"), required=True),
     Column("user", "Email", USER), Column("team", "team", TEAM + ORGANISATION)),
    "a submission time (Completion time, Timestamp, Horodateur…) and 5-point agreement or "
    "minutes-saved questions; optional team (or Email with --teams)",
)  # fmt: skip
LAYOUTS: dict[str, Layout] = {
    layout.name: layout for layout in (COPILOT_USERS, COPILOT_TREND, WEEKLY_ACTIONS, TIDY, SURVEY)
}
"""Every layout, in the order auto-detection tries them (most specific first)."""

_KEY_ALIASES = {
    "date": "week", "person": "user", "personid": "user", "sample": "sample_size",
    "sample size": "sample_size", "samplesize": "sample_size", "n": "sample_size",
    "last activity": "last_activity", "last activity date": "last_activity",
    "enabled users": "enabled", "active users": "active", "report date": "date",
    "refresh date": "refresh_date", "report refresh date": "refresh_date",
    "enabled days": "enabled_days", "active days": "active_days", "stage": "scope",
    "use case": "scope",
}  # fmt: skip


@dataclass
class Match:
    """Where a layout's columns are in the file."""

    layout: Layout
    header_line: int
    header: tuple[str, ...]
    head_index: int
    """Position of the header among the first rows read (rows before it are preamble)."""
    columns: dict[str, int] = field(default_factory=dict)
    app_last: dict[str, int] = field(default_factory=dict)
    """copilot-users: app key → column of that app's last activity date."""
    app_counts: dict[str, dict[str, int]] = field(default_factory=dict)
    """copilot-trend: app key → {"enabled": column, "active": column}."""

    def name_of(self, key: str) -> str:
        return self.header[self.columns[key]]


# ---------------------------------------------------------------- mapping


def parse_mapping(spec: str | Path) -> dict[str, str]:
    """``week=Semaine,metric=Indicateur`` (or a file of such lines) → {field: column}.

    A mapping file (≤ 64 KiB): one ``field=column`` (or ``field,column``) a line, ``#`` comments.
    """
    path = Path(spec)
    text = str(spec)
    if isinstance(spec, Path) or ("=" not in text and path.is_file()):
        try:
            text = read_small_text(path, "mapping file")
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageImportError(f"cannot read the mapping file {path.name}: {exc}") from None
        items = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    else:
        items = [part for part in text.split(",") if part.strip()]
    mapping: dict[str, str] = {}
    for item in items:
        key, sep, column = item.partition("=")
        if not sep:
            key, sep, column = item.partition(",")
        if not sep or not key.strip() or not column.strip():
            raise UsageImportError(
                f"mapping {item.strip()!r} is not of the form field=column "
                "(e.g. week=Semaine,metric=Indicateur,value=Valeur)"
            )
        mapping[_canonical_key(key)] = column.strip()
    return mapping


def _canonical_key(key: str) -> str:
    k = norm(key).replace("-", " ")
    return _KEY_ALIASES.get(k, k.replace(" ", "_"))


# --------------------------------------------------------------- detection


def detect(head: Sequence[RawRow], layout: str = "auto", mapping: Mapping[str, str] = {}) -> Match:
    """Find the header row (skipping preamble lines) and the layout it belongs to."""
    if layout != "auto" and layout not in LAYOUTS:
        raise UsageImportError(f"unknown layout '{layout}' (choose auto, {', '.join(LAYOUTS)})")
    candidates = [LAYOUTS[layout]] if layout != "auto" else list(LAYOUTS.values())
    found: tuple[str, ...] | None = None
    for index, (line, cells) in enumerate(head[:HEADER_SEARCH_ROWS]):
        header = _header(cells)
        if header is None:
            continue
        if found is None or sum(map(bool, header)) > sum(map(bool, found)):
            found = header
        for candidate in candidates:
            match = _match(candidate, header, mapping, layout != "auto")
            if match is not None:
                match.header_line, match.head_index = line, index
                return match
    raise _no_layout(candidates, found, mapping)


def _header(cells: tuple[Cell, ...]) -> tuple[str, ...] | None:
    texts = [c for c in cells if c is not None]
    if len(texts) < 2 or not all(isinstance(c, str) for c in texts):
        return None
    return tuple("" if c is None else str(c) for c in cells)


def _no_layout(
    candidates: list[Layout], found: tuple[str, ...] | None, mapping: Mapping[str, str]
) -> UsageImportError:
    seen = ", ".join(f"'{c}'" for c in (found or ()) if c) or "no column names at all"
    if len(candidates) == 1:
        layout = candidates[0]
        lines = [f"wrong columns for the {layout.name} layout: expected {layout.needs}"]
    else:
        lines = ["wrong columns: this is none of the supported usage files. Expected one of:"]
        lines += [f"  {lay.name}: {lay.needs}" for lay in candidates]
    lines.append(f"found: {seen}")
    if mapping:
        present = {norm(c) for c in found or ()}
        lines += [
            f"the mapping names column '{column}' for {key}, but the file has no such column"
            for key, column in mapping.items()
            if norm(column) not in present
        ]
        lines.append("mapping used: " + ", ".join(f"{k}={v}" for k, v in mapping.items()))
    else:
        lines.append("if the columns have other names, map them with --mapping field=column")
    return UsageImportError(lines)


def _match(
    layout: Layout, header: tuple[str, ...], mapping: Mapping[str, str], forced: bool
) -> Match | None:
    names = [norm(h) for h in header]
    match = Match(layout, 0, header, 0)
    for key in mapping:
        if key not in layout.keys():  # noqa: SIM118 (Layout.keys is a method of ours)
            if forced:
                raise UsageImportError(
                    f"mapping field '{key}' means nothing for the {layout.name} layout "
                    f"(fields: {', '.join(layout.keys())})"
                )
            return None
    for column in layout.columns:
        index = _find(names, column, mapping)
        if index is not None:
            match.columns[column.key] = index
    if layout is COPILOT_USERS:
        _classify_user_columns(names, match)
        if "user" not in match.columns or not ("last_activity" in match.columns or match.app_last):
            return None
        return match
    if layout is COPILOT_TREND:
        _classify_trend_columns(names, match, mapping)
        if "date" not in match.columns or not match.app_counts:
            return None
        return match
    if all(c.key in match.columns for c in layout.columns if c.required):
        return match
    return None


def _find(names: list[str], column: Column, mapping: Mapping[str, str]) -> int | None:
    wanted = mapping.get(column.key)
    if wanted is not None:
        target = norm(wanted)
        return next((i for i, name in enumerate(names) if name == target), None)
    for synonym in column.names:  # synonyms in order of preference
        for i, name in enumerate(names):
            if name == synonym:
                return i
    return None


def _classify_user_columns(names: list[str], match: Match) -> None:
    taken = set(match.columns.values())
    for i, name in enumerate(names):
        if i in taken:
            continue
        if name.startswith(("prompts submitted", "total prompts submitted")):
            if ("all apps" in name or name.endswith("prompts submitted")) and (
                "prompts" not in match.columns
            ):
                match.columns["prompts"] = i
            continue
        if name.startswith("active usage days") and "active_days" not in match.columns:
            match.columns["active_days"] = i
            continue
        if name in _OVERALL_LAST:
            continue
        for pattern in _APP_LAST:
            found = pattern.fullmatch(name)
            if found:
                key = app_key(found["app"])
                if key != "any":
                    match.app_last.setdefault(key, i)
                break


def _classify_trend_columns(names: list[str], match: Match, mapping: Mapping[str, str]) -> None:
    for i, name in enumerate(names):
        found = _TREND_COUNT.fullmatch(name)
        if found:
            key = app_key(found["app"] or "")
            match.app_counts.setdefault(key, {}).setdefault(found["what"], i)
    match.app_counts = {k: v for k, v in match.app_counts.items() if len(v) == 2}
    if "enabled" in match.columns and "active" in match.columns:  # mapped by the user
        match.app_counts["mapped"] = {
            "enabled": match.columns["enabled"],
            "active": match.columns["active"],
        }
    elif ("enabled" in mapping) != ("active" in mapping):
        raise UsageImportError("map both columns of the trend: enabled=… and active=…")
