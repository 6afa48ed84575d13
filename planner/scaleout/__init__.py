"""From pilot to scale: which proven use case to spread to which team next (issue 20).

One computation, :func:`planner.scaleout.report.scale_out`, gives what the
Scale-out page, ``pilot-planner scale-out``, the workbook's Scale-out sheet and
the committee slide show, for one as-of date. It reads the figures the other
views show (:class:`planner.evidence.figures.Figures`) and computes none again:

- :mod:`planner.scaleout.rule` — the *proven* rule per use case × team
  (adoption per team, realised value, feedback), with its thresholds;
- :mod:`planner.scaleout.candidates` — the teams a proven use case should go to
  next, ranked by expected value, with readiness flags and reasons;
- :mod:`planner.scaleout.plan` — the one edit that plans a candidate;
- :mod:`planner.scaleout.ideas` — the backlog of use-case ideas from the field;
- :mod:`planner.scaleout.report` — the whole picture and its JSON form.
"""
