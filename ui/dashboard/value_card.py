"""One value card per stage on the Overview: realised against expected value, against cost.

Every figure is the rounded figure of the roadmap's value report
(:attr:`planner.evidence.figures.Figures.value`), written by
:mod:`planner.value.text` — the card formats, it never computes, so it shows
what ``pilot-planner value`` and the workbook's Value sheet show. Before 8
weeks of usage data the realised figures are replaced by "too early" and the
count of weeks. The assumptions are listed at the foot of the card, each
with its source in the tooltip; "Assumptions…" opens the roadmap properties
where they are changed.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from planner.model.kinds import EntityKind
from planner.value import text as t
from planner.value.assumptions import Assumptions
from planner.value.compute import Status
from planner.value.report import StageFigures, ValueReport
from ui.dashboard.cards import link_button, plain


class ValueCard(QFrame):
    navigate = Signal(object, str)
    assumptions_requested = Signal()

    def __init__(
        self, figures: StageFigures, report: ValueReport, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.figures = figures
        currency = report.currency
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName(f"value-card-{figures.id}")
        layout = QVBoxLayout(self)

        head = QHBoxLayout()
        self.name_button = link_button(
            figures.name, self.tr("Show stage {name}").format(name=figures.name)
        )
        font = QFont(self.name_button.font())
        font.setBold(True)
        self.name_button.setFont(font)
        self.name_button.clicked.connect(lambda: self.navigate.emit(EntityKind.STAGE, figures.id))
        head.addWidget(self.name_button)
        head.addStretch(1)
        self.status = plain(t.status_text(figures) or self._weeks_text())
        head.addWidget(self.status)
        layout.addLayout(head)

        self.expected = plain(t.expected_text(figures, currency), wrap=True)
        bold = QFont(self.expected.font())
        bold.setBold(True)
        self.expected.setFont(bold)
        layout.addWidget(self.expected)

        self.values: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        for row, (key, label, value) in enumerate(self._rows(report)):
            name = plain(label)
            shown = plain(value, wrap=True)
            shown.setAccessibleName(label)
            grid.addWidget(name, row, 0)
            grid.addWidget(shown, row, 1)
            self.values[key] = shown
        layout.addLayout(grid)

        foot = QHBoxLayout()
        self.assumptions = plain(self._assumptions_text(report.assumptions), wrap=True)
        self.assumptions.setToolTip(
            "\n\n".join(f"{a.label}: {a.source}" for a in report.assumptions.items())
        )
        foot.addWidget(self.assumptions, 1)
        self.assumptions_button = link_button(
            self.tr("Assumptions…"), self.tr("Change the value assumptions of the roadmap")
        )
        self.assumptions_button.clicked.connect(self.assumptions_requested)
        foot.addWidget(self.assumptions_button)
        layout.addLayout(foot)

    def _weeks_text(self) -> str:
        return self.tr("{weeks} weeks of usage data").format(weeks=self.figures.weeks_of_data)

    def _rows(self, report: ValueReport) -> list[tuple[str, str, str]]:
        f = self.figures
        currency = report.currency
        a = report.assumptions
        rows: list[tuple[str, str, str]] = []
        if f.seats and f.price_per_seat_month is not None:
            seats = self.tr("{seats} × {price} a month ({products})").format(
                seats=t.grouped(f.seats),
                price=t.per_seat(f.price_per_seat_month, currency),
                products=", ".join(f.products),
            )
        else:
            seats = self.tr("none licensed this week")
        rows.append(("seats", self.tr("Seats"), seats))
        rows.append(
            (
                "cost",
                self.tr("Cost so far"),
                self.tr("{total} (licences {licences} · one-off {one_off})").format(
                    total=t.money(f.cost, currency),
                    licences=t.money(f.licence_cost, currency),
                    one_off=t.money(f.one_off_cost, currency),
                ),
            )
        )
        if f.realised_value is not None:
            rows.append(
                (
                    "realised",
                    self.tr("Realised value (measured)"),
                    self.tr("{value}: {hours} h saved × {cost} an hour × {rate} recaptured").format(
                        value=t.money(f.realised_value, currency),
                        hours=t.grouped(f.realised_hours or 0),
                        cost=t.amount(a.hourly_cost, currency),
                        rate=t.percent(a.recapture_rate),
                    ),
                )
            )
        if f.telemetry_value is not None:
            rows.append(
                (
                    "telemetry",
                    self.tr("Telemetry estimate"),
                    self.tr("{value}: {hours} h from actions × {minutes} min").format(
                        value=t.money(f.telemetry_value, currency),
                        hours=t.grouped(f.telemetry_hours or 0),
                        minutes=t.number(a.minutes_per_action),
                    ),
                )
            )
        if f.net_value is not None:
            rows.append(("net", self.tr("Net value"), t.money(f.net_value, currency)))
        if f.value_per_seat_month is not None:
            cover = (
                ""
                if f.value_to_price is None
                else self.tr(" ({share} of its price)").format(share=t.percent(f.value_to_price))
            )
            rows.append(
                (
                    "per_seat",
                    self.tr("Value per seat"),
                    self.tr("{value} a month").format(
                        value=t.per_seat(f.value_per_seat_month, currency)
                    )
                    + cover,
                )
            )
        if f.status is Status.OK:
            rows.append(("payback", self.tr("Payback"), t.payback_text(f.payback)))
        if f.break_even_minutes is not None:
            measured = (
                ""
                if f.minutes_saved is None
                else self.tr("; measured: {minutes} per active user").format(
                    minutes=t.number(f.minutes_saved)
                )
            )
            rows.append(
                (
                    "break_even",
                    self.tr("Break-even"),
                    self.tr("{minutes} min saved a week per seat holder").format(
                        minutes=t.number(f.break_even_minutes)
                    )
                    + measured,
                )
            )
        if f.expected_roi is not None:
            roi = t.ratio(f.expected_roi)
            if f.adjusted_roi is not None and f.adoption_rate is not None:
                roi = self.tr(
                    "{expected}; adjusted by measured adoption ({adoption}): {adjusted}"
                ).format(
                    expected=roi,
                    adoption=t.percent(f.adoption_rate),
                    adjusted=t.ratio(f.adjusted_roi),
                )
            rows.append(("roi", self.tr("Expected ROI"), roi))
        return rows

    def _assumptions_text(self, a: Assumptions) -> str:
        return self.tr(
            "Assumptions: {cost} an hour · {rate} of saved time recaptured · "
            "{minutes} min per action · {days} days a week · no figure before {weeks} weeks"
        ).format(
            cost=t.amount(a.hourly_cost, a.currency),
            rate=t.percent(a.recapture_rate),
            minutes=t.number(a.minutes_per_action),
            days=a.days_per_week,
            weeks=a.min_weeks,
        )


def value_cards(report: ValueReport) -> list[ValueCard]:
    """A card for every stage, in roadmap order."""
    return [ValueCard(stage, report) for stage in report.stages]
