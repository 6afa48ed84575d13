"""Value realised against cost, per stage and use case (issue 12).

One computation, :func:`planner.value.report.value_report`, gives every
figure the app, the command line and the workbook show, for one as-of date:

- :mod:`planner.value.assumptions` — the assumptions (hour cost, recapture
  rate, minutes per action …) with their sources, and which metrics hold
  active users, actions and hours saved;
- :mod:`planner.value.costs` — seats, prices and one-off costs week by week;
- :mod:`planner.value.compute` — the formulas, as pure functions of weekly
  inputs (hand-checked in the tests);
- :mod:`planner.value.report` — the figures of every stage and use case,
  rounded by one rule per unit, and their JSON form.
"""
