"""Write the generated usage samples of this folder (run once; the output is committed).

    python tests/planner/usage_samples/generate.py

The hand-written samples (tidy tables, mapping files) are not touched. The
identities are invented: e-mail addresses at contoso.example, names of
historical scientists, and MD5-like hashes as the admin centre writes them
when "Display concealed names" is on.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent

PEOPLE = [
    ("ada.lovelace", "Ada Lovelace", "Customer service"),
    ("alan.turing", "Alan Turing", "Customer service"),
    ("grace.hopper", "Grace Hopper", "Customer service"),
    ("emmy.noether", "Emmy Noether", "Customer service"),
    ("marie.curie", "Marie Curie", "Customer service"),
    ("niels.bohr", "Niels Bohr", "Customer service"),
    ("lise.meitner", "Lise Meitner", "Customer service"),
    ("paul.dirac", "Paul Dirac", "Customer service"),
    ("rosalind.franklin", "Rosalind Franklin", "Underwriting"),
    ("max.planck", "Max Planck", "Underwriting"),
    ("dorothy.hodgkin", "Dorothy Hodgkin", "Underwriting"),
    ("enrico.fermi", "Enrico Fermi", "Underwriting"),
    ("chien-shiung.wu", "Chien-Shiung Wu", "Underwriting"),
    ("erwin.schrodinger", "Erwin Schrödinger", "Underwriting"),
    ("hedy.lamarr", "Hedy Lamarr", "HR"),
    ("john.neumann", "John von Neumann", "HR"),
    ("katherine.johnson", "Katherine Johnson", "Legal"),
    ("richard.feynman", "Richard Feynman", "Legal"),
    ("barbara.mcclintock", "Barbara McClintock", "Legal"),
]


def upn(login: str) -> str:
    return f"{login}@contoso.example"


def md5(text: str) -> str:
    return hashlib.md5(text.encode()).hexdigest().upper()


def person_id(login: str) -> str:
    digest = hashlib.sha256(login.encode()).hexdigest()
    return f"{digest[:8]}-{digest[8:12]}-{digest[12:16]}-{digest[16:20]}-{digest[20:32]}"


def write(name: str, rows: list[list[str]], *, delimiter: str = ",", bom: bool = False) -> None:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    data = buffer.getvalue().encode("utf-8")
    (HERE / name).write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)


def viva_weekly() -> None:
    """Six Viva Insights weeks (Sunday starts, m/d/yyyy), 19 people, hashed ids."""
    rng = random.Random(7)
    header = [
        "PersonId", "MetricDate", "Total Copilot actions taken", "Total Copilot active days",
        "Total Copilot enabled days", "Copilot actions taken in Teams", "Organization",
        "FunctionType",
    ]  # fmt: skip
    rows = [header]
    first = dt.date(2026, 1, 25)  # a Sunday
    for week in range(6):
        day = first + dt.timedelta(weeks=week)
        for i, (login, _name, org) in enumerate(PEOPLE):
            likely = 0.35 + 0.08 * week + (0.2 if i % 3 == 0 else 0.0)
            active = rng.random() < likely
            actions = rng.randint(1, 30) if active else 0
            active_days = min(5, max(1, actions // 5)) if active else 0
            rows.append(
                [
                    person_id(login),
                    f"{day.month}/{day.day}/{day.year}",
                    str(actions),
                    str(active_days),
                    "5",
                    str(actions // 3),
                    org,
                    "Individual contributor" if i % 4 else "Manager",
                ]
            )
    write("viva_weekly.csv", rows)


def copilot_users_v1() -> None:
    """Graph v1 user detail, concealed identities (MD5), report refreshed 2026-03-12."""
    header = [
        "Report Refresh Date", "Report Period", "User Principal Name", "Display Name",
        "Last Activity Date", "Microsoft Teams Copilot Last Activity Date",
        "Word Copilot Last Activity Date", "Excel Copilot Last Activity Date",
        "PowerPoint Copilot Last Activity Date", "Outlook Copilot Last Activity Date",
        "OneNote Copilot Last Activity Date", "Loop Copilot Last Activity Date",
        "Copilot Chat Last Activity Date",
    ]  # fmt: skip
    last = [
        "2026-03-11", "2026-03-06", "2026-03-10", "", "2026-02-20", "2026-03-09", "2026-03-12",
        "2026-01-30", "2026-03-07", "", "2026-03-08", "2026-03-05", "2026-02-27", "2026-03-10",
        "", "2026-03-11", "2026-03-01", "2026-03-06", "",
    ]  # fmt: skip
    rows = [header]
    for (login, name, _org), day in zip(PEOPLE, last, strict=True):
        teams = day if day and day >= "2026-03-08" else ""
        rows.append(
            ["2026-03-12", "7", md5(upn(login)), md5(name), day, teams, day, "", "", "", "", "",
             day]
        )  # fmt: skip
    write("copilot_users_v1.csv", rows)


def copilot_users_v2() -> None:
    """Version 2 of the user detail: prompts and active usage days; real-looking UPNs."""
    header = [
        "Report Refresh Date", "User Principal Name", "Display Name", "Last Activity Date",
        "Copilot Chat (work) Last Activity Date", "Microsoft Teams Copilot Last Activity Date",
        "Word Copilot Last Activity Date", "Excel Copilot Last Activity Date",
        "PowerPoint Copilot Last Activity Date", "Outlook Copilot Last Activity Date",
        "OneNote Copilot Last Activity Date", "Loop Copilot Last Activity Date",
        "Report Period", "Prompts submitted for all apps",
        "Prompts submitted for Copilot Chat (work)", "Active Usage Days for all apps",
    ]  # fmt: skip
    last = [
        "2026-03-18", "2026-03-16", "2026-03-17", "", "2026-03-02", "2026-03-13", "2026-03-19",
        "2026-03-19", "2026-03-14", "2026-03-18", "2026-03-15", "", "2026-03-17", "2026-03-16",
        "2026-03-13", "2026-03-18", "2026-03-19", "", "2026-03-11",
    ]  # fmt: skip
    prompts = [14, 6, 9, 0, 2, 3, 21, 8, 5, 11, 7, 0, 4, 12, 1, 6, 10, 0, 3]
    rows = [header]
    for (login, name, _org), day, count in zip(PEOPLE, last, prompts, strict=True):
        days = str(min(count, 7))
        rows.append(
            ["2026-03-19", upn(login), name, day, day, day, "", "", "", day, "", "", "7",
             str(count), str(count), days]
        )  # fmt: skip
    write("copilot_users_v2.csv", rows)


def teams_mapping() -> None:
    rows = [["user", "team"]]
    rows += [[upn(login), org] for login, _name, org in PEOPLE if org != "Legal"]
    write("teams_mapping.csv", rows)


def copilot_trend() -> None:
    """The Graph user-count trend, 14 days to 2026-03-15 (two full ISO weeks)."""
    header = [
        "Report Refresh Date", "Report Period", "Report Date", "Any App Enabled Users",
        "Any App Active Users", "Microsoft Teams Enabled Users", "Microsoft Teams Active Users",
        "Word Enabled Users", "Word Active Users", "PowerPoint Enabled Users",
        "PowerPoint Active Users", "Outlook Enabled Users", "Outlook Active Users",
        "Excel Enabled Users", "Excel Active Users", "OneNote Enabled Users",
        "OneNote Active Users", "Loop Enabled Users", "Loop Active Users",
        "Copilot Chat Enabled Users", "Copilot Chat Active Users",
    ]  # fmt: skip
    rows = [header]
    active = [61, 70, 72, 66, 58, 12, 9, 75, 82, 80, 79, 71, 15, 11]
    for offset, count in enumerate(active):
        day = dt.date(2026, 3, 2) + dt.timedelta(days=offset)
        enabled = 150 if offset < 7 else 160
        apps = [
            enabled,
            count // 2,
            enabled,
            count // 3,
            enabled,
            count // 8,
            enabled,
            count // 4,
            enabled,
            count // 10,
            enabled,
            1,
            enabled,
            0,
            enabled,
            count // 2,
        ]
        rows.append(
            ["2026-03-18", "30", day.isoformat(), str(enabled), str(count), *map(str, apps)]
        )
    # The Graph export lists the most recent day first.
    write("copilot_trend.csv", [rows[0], *reversed(rows[1:])])


if __name__ == "__main__":
    viva_weekly()
    copilot_users_v1()
    copilot_users_v2()
    teams_mapping()
    copilot_trend()
