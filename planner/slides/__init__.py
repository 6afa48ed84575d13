"""The steering-committee slides (``.pptx``): native text, tables and charts.

from planner.slides import write_slides
write_slides(roadmap, "pack.pptx", as_of=date(2026, 4, 6))
"""

from planner.slides.deck import build_deck, write_slides

__all__ = ["build_deck", "write_slides"]
