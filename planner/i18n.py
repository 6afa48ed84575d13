"""The planner's sentences in the user's language (English or French).

``planner`` builds user-visible sentences (gate readiness, forecasts, method
findings, refused edits) without Qt, so it cannot use the app's ``.ts/.qm``
files. It keeps its own tiny catalogue instead: English is the source, and
``resources/translations/planner_<lang>.json`` maps each English message to
its translation. A message not in the catalogue stays English.

Messages are whole sentences with named placeholders, written where they are
used::

    _("stage '{stage}' has an actual end but no actual start", stage=name)
    ngettext("{count} more", "{count} more", n)
    pgettext("criterion", "met")  # one English word, two translations

A message kept in a constant is marked with :func:`N_` and translated when
used (``_(CONSTANT)``); kind labels from :mod:`planner.model.kinds` are translated
the same way. A test compares the catalogue with every literal ``_()``,
``N_()`` and ``ngettext()`` call, so nothing is missing or stale.

A plural entry's translation is a list: ``[one, other]``. French uses "one"
for 0 and 1, English for 1 only.

The language is a context variable (:mod:`contextvars`), not a process-wide
global: the desktop app sets it in its main thread with the Qt translators
(``ui.app.i18n.install``), and work it hands to another thread runs in a copy
of its context (``ui.files.background``). A command that writes for people
(``export --lang``) works in the language asked for, else
:func:`default_language`: the app's language, which the program's entry point
reads from the app's settings, else the system's; :func:`using` sets it for
the duration of a command and restores it after.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar

from planner.resources import resources_dir

LANGUAGES = ("en", "fr")
CATALOGUE = "planner_{language}.json"

_MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "fr": ("janv.", "févr.", "mars", "avr.", "mai", "juin",
           "juil.", "août", "sept.", "oct.", "nov.", "déc."),
}  # fmt: skip
_DECIMAL_POINT = {"en": ".", "fr": ","}

Entry = str | list[str]

_language: ContextVar[str] = ContextVar("planner_language", default="en")
_default: ContextVar[str | None] = ContextVar("planner_default_language", default=None)
_default_source: ContextVar[Callable[[], str] | None] = ContextVar(
    "planner_default_language_source", default=None
)
_catalogues: dict[str, Mapping[str, Entry]] = {"en": {}}
_lock = threading.Lock()


def set_language(code: str) -> None:
    """Use ``code`` (``en`` or ``fr``) for the planner's sentences from now on, in this
    context (the thread, or the :class:`contextvars.Context` being run)."""
    _checked(code)
    _language.set(code)


def _checked(code: str) -> str:
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}: expected one of {', '.join(LANGUAGES)}")
    _catalogue(code)  # a broken catalogue fails here, not in the middle of a sentence
    return code


def language() -> str:
    """The language in use (``en`` by default)."""
    return _language.get()


def system_language() -> str:
    """The language of the environment (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``,
    as gettext reads them) if the planner speaks it, else English."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value and value not in ("C", "POSIX"):
            code = value.split(":")[0].split("_")[0].split(".")[0].lower()
            return code if code in LANGUAGES else "en"
    return "en"


def set_default_language(code: str | None) -> None:
    """The language commands use when none is asked for (None: the system's)."""
    if code is not None and code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}: expected one of {', '.join(LANGUAGES)}")
    _default.set(code)
    _default_source.set(None)


def set_default_language_source(source: Callable[[], str] | None) -> None:
    """Where :func:`default_language` reads the language the first time a command
    needs it (the program's entry point: the app's settings). Commands that never
    write for people then never pay for reading it."""
    _default.set(None)
    _default_source.set(source)


def default_language() -> str:
    """The language set by :func:`set_default_language` (or read once from the source
    given to :func:`set_default_language_source`), else the system's."""
    source = _default_source.get()
    if _default.get() is None and source is not None:
        set_default_language(source())
    return _default.get() or system_language()


@contextmanager
def using(code: str) -> Iterator[None]:
    """Work in ``code`` inside the ``with`` block; the previous language comes back after."""
    token = _language.set(_checked(code))
    try:
        yield
    finally:
        _language.reset(token)


def catalogue_path(code: str) -> str:
    return str(resources_dir() / "translations" / CATALOGUE.format(language=code))


def _catalogue(code: str) -> Mapping[str, Entry]:
    found = _catalogues.get(code)
    if found is not None:
        return found
    with _lock:
        found = _catalogues.get(code)
        if found is None:
            with open(catalogue_path(code), encoding="utf-8") as file:
                loaded = json.load(file)
            if not isinstance(loaded, dict):
                raise ValueError(f"{catalogue_path(code)}: expected an object of messages")
            found = _catalogues[code] = loaded
    return found


def N_(message: str, /) -> str:
    """Mark a message for the catalogue without translating it yet."""
    return message


def NP_(context: str, message: str, /) -> str:
    """Mark a message for the catalogue, to be translated in ``context`` later
    (:func:`pgettext`); the message itself is returned."""
    return message


def _(message: str, /, **values: object) -> str:
    """``message`` in the current language, its ``{placeholders}`` filled in.

    Without values the text is returned as is (no ``str.format``), so a
    dynamic message such as a kind label may hold braces.
    """
    entry = _catalogue(_language.get()).get(message)
    text = entry if isinstance(entry, str) and entry else message
    return text.format(**values) if values else text


def pgettext(context: str, message: str, /, **values: object) -> str:
    """``message`` as it reads in ``context``, when one English word needs two translations
    (a criterion is *met*, "rempli"; a duty is *met*, "remplie"). The catalogue's key is
    ``context|message``; English shows ``message``."""
    entry = _catalogue(language()).get(f"{context}|{message}")
    text = entry if isinstance(entry, str) and entry else message
    return text.format(**values) if values else text


def ngettext(singular: str, plural: str, count: int, /, **values: object) -> str:
    """The form for ``count`` in the current language; ``{count}`` is filled in too.

    The catalogue entry is found by the English singular.
    """
    code = _language.get()
    one = count in (0, 1) if code == "fr" else count == 1
    entry = _catalogue(code).get(singular)
    if isinstance(entry, list) and len(entry) == 2 and all(entry):
        text = entry[0] if one else entry[1]
    else:
        text = singular if count == 1 else plural
    return text.format(count=count, **values)


def format_day(day: dt.date, *, year: bool = True) -> str:
    """``12 Mar 2027``; ``12 mars 2027``, ``1er déc. 2026`` in French."""
    code = _language.get()
    months = _MONTHS.get(code, _MONTHS["en"])
    number = "1er" if code == "fr" and day.day == 1 else str(day.day)
    text = f"{number} {months[day.month - 1]}"
    return f"{text} {day.year}" if year else text


def format_moment(moment: dt.datetime) -> str:
    """A moment on the local clock: ``4 Dec 2026, 17:32``; ``4 déc. 2026 à 17:32``."""
    local = moment.astimezone() if moment.tzinfo is not None else moment
    day = format_day(local.date())
    clock = f"{local.hour:02d}:{local.minute:02d}"
    return f"{day} à {clock}" if _language.get() == "fr" else f"{day}, {clock}"


def decimal(number: str) -> str:
    """A number written with ``.`` as the language writes it (``1.17`` → ``1,17``)."""
    point = _DECIMAL_POINT.get(_language.get(), ".")
    return number if point == "." else number.replace(".", point)
