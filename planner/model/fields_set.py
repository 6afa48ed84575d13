"""One shared set of field names for the models that were given every field.

pydantic records, on every model instance, the names of the fields its input
gave (``__pydantic_fields_set__``, read by ``model_fields_set`` and
``exclude_unset``). A roadmap file gives every field of every entity, so each
instance holds its own set of all its class's names: a use case's 19 names take
a 2 kB set, 35 of the 63 MB of a roadmap of 10,000 use cases, made, kept and
scanned by the collector for nothing.

:class:`SharedFieldsSet` sits on the models' base class in front of pydantic's
own slot: a set that holds as many names as the class has fields (pydantic
only records field names, so it holds all of them) is replaced by the class's
one :class:`AllFields` before it is stored; any other set is stored as it is.
pydantic sets the attribute through ``setattr`` semantics when it builds an
instance, so the per-instance set is freed as soon as it is made.

The shared set cannot be changed: adding a name it holds does nothing (which
is what pydantic's ``model_copy(update=...)`` does: every name is a field),
anything else raises. Nothing else changes: the same names, in a ``set``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, NoReturn

from pydantic import BaseModel

_SLOT: Any = BaseModel.__dict__["__pydantic_fields_set__"]
"""pydantic's own storage of the attribute (a slot of :class:`BaseModel`)."""

read = _SLOT.__get__
"""``read(model)``: the model's set of given field names, at C speed."""


class AllFields(set[str]):
    """Every field name of one model class, shared by its instances; read-only."""

    __slots__ = ()

    def add(self, name: str) -> None:
        if name not in self:
            _refuse()

    def update(self, *others: Iterable[str]) -> None:
        for other in others:
            if not self.issuperset(other):
                _refuse()

    def __ior__(self, other: Any) -> Any:  # type: ignore[misc]  # returns itself, as set does
        self.update(other)
        return self

    def _changed(self, *args: Any, **kwargs: Any) -> NoReturn:
        _refuse()

    discard = remove = pop = clear = _changed
    difference_update = intersection_update = symmetric_difference_update = _changed
    __iand__ = __isub__ = __ixor__ = _changed


def _refuse() -> NoReturn:
    raise TypeError("the shared set of a model class's field names cannot be changed")


_SHARED: dict[type, AllFields] = {}


def _shared(cls: type) -> AllFields:
    found = _SHARED.get(cls)
    if found is None:
        found = _SHARED[cls] = AllFields(getattr(cls, "__pydantic_fields__", {}))
    return found


class SharedFieldsSet:
    """Stores ``__pydantic_fields_set__``, sharing the set of a model given every field."""

    __slots__ = ()

    def __get__(self, model: Any, owner: type | None = None) -> Any:
        if model is None:
            return self
        return read(model)

    def __set__(self, model: Any, names: Any) -> None:
        shared = _SHARED.get(type(model))
        if shared is None:
            shared = _shared(type(model))
        if len(names) == len(shared) and isinstance(names, set):
            names = shared
        _SLOT.__set__(model, names)

    def __delete__(self, model: Any) -> None:
        _SLOT.__delete__(model)
