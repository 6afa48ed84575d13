"""Merging ordered lists of ids: element by element, and in an order both sides agree on."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from typing import Any

from planner.model.kinds import Kind


def set_like(kind: Kind, name: str) -> bool:
    """Lists whose order carries no meaning: merged element by element."""
    return name == "attendees" or any(r.field == name and r.many for r in kind.refs)


def merge_list(
    base: tuple[Any, ...], mine: tuple[Any, ...], theirs: tuple[Any, ...]
) -> tuple[Any, ...]:
    """Additions from both sides kept, removals from either honoured."""
    removed = (set(base) - set(mine)) | (set(base) - set(theirs))
    kept = [x for x in mine if x not in removed]
    kept += [x for x in theirs if x not in set(mine) and x not in removed]
    return tuple(dict.fromkeys(kept))


def merge_order(base: list[str], mine: list[str], theirs: list[str], keep: set[str]) -> list[str]:
    """Mine's order (theirs' when only theirs reordered), with the other's additions placed."""
    common = set(base) & set(mine) & set(theirs)
    in_base = [i for i in base if i in common]
    primary, secondary = mine, theirs
    if [i for i in mine if i in common] == in_base and [
        i for i in theirs if i in common
    ] != in_base:
        primary, secondary = theirs, mine
    order = [i for i in primary if i in keep]
    placed = set(order)
    followers: dict[str | None, list[str]] = defaultdict(list)
    anchor: str | None = None
    for i in secondary:
        if i in placed:
            anchor = i
        elif i in keep:
            followers[anchor].append(i)
    result = list(followers[None])
    for i in order:
        result.append(i)
        result += followers.get(i, [])
    return result


def cyclic_components(graph: Mapping[str, tuple[str, ...]]) -> list[set[str]]:
    """Strongly connected components that hold a cycle (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[set[str]] = []
    counter = 0
    for root in graph:
        if root in index:
            continue
        work: list[tuple[str, int]] = [(root, 0)]
        while work:
            node, i = work[-1]
            if i == 0:
                index[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack.add(node)
            children = [c for c in graph[node] if c in graph]
            if i < len(children):
                work[-1] = (node, i + 1)
                child = children[i]
                if child not in index:
                    work.append((child, 0))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                if len(component) > 1 or node in graph[node]:
                    found.append(component)
    return found
