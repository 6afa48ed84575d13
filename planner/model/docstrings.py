"""Attribute docstrings as the field descriptions of the published JSON Schema.

A field's docstring (the string right below it in the class body) is its
description in ``resources/schema/``. It is read from the source only when a
schema is generated (:func:`describe_fields`, the models' ``json_schema_extra``),
never when the model classes are created: reading and parsing the source of
every model cost every start of the app and of each command about 20 ms.
"""

from __future__ import annotations

import ast
import inspect
import textwrap
from itertools import pairwise
from typing import Any


def describe_fields(schema: dict[str, Any], cls: type[Any]) -> None:
    """Give each property of ``cls``'s schema without a description its docstring."""
    properties = schema.get("properties")
    if not isinstance(properties, dict):
        return
    docs: dict[str, str] = {}
    for klass in cls.__mro__:  # the nearest class's docstring wins, as in a subclass
        for name, doc in _attribute_docstrings(klass).items():
            docs.setdefault(name, doc)
    for name, prop in properties.items():  # the models use no aliases: key = attribute
        described = docs.get(name)
        if described and isinstance(prop, dict) and "description" not in prop:
            prop["description"] = described


def _attribute_docstrings(cls: type[Any]) -> dict[str, str]:
    """``{attribute: docstring}`` of the class body of ``cls`` (not of its bases)."""
    if cls is object or "__annotations__" not in vars(cls):
        return {}
    try:
        lines, _ = inspect.getsourcelines(cls)
    except (OSError, TypeError):
        return {}
    tree = ast.parse(textwrap.dedent("".join(lines)))
    statement = tree.body[0] if tree.body else None
    if not isinstance(statement, ast.ClassDef):
        return {}
    docs: dict[str, str] = {}
    body = statement.body
    for before, node in pairwise(body):
        if (
            isinstance(before, ast.AnnAssign)
            and isinstance(before.target, ast.Name)
            and isinstance(node, ast.Expr)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            docs[before.target.id] = inspect.cleandoc(node.value.value)
    return docs
