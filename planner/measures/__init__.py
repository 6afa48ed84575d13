"""What the roadmap measures, rolled up for any date: weekly series per stage and
metric, derived columns per entity and the adoption funnel. The figures
(:mod:`planner.evidence`) and value (:mod:`planner.value`) build on them."""
