"""Phase 1 of loading: bytes → JSON values, every failure a RoadmapLoadError with a place."""

from __future__ import annotations

import json
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.file import safejson, shape
from planner.file.safejson import MAX_DEPTH, RoadmapLoadError, parse


def _problem(data: bytes) -> tuple[str, str, str]:
    with pytest.raises(RoadmapLoadError) as info:
        parse(data, source="x.pilotplan")
    assert info.value.source == "x.pilotplan"
    first = info.value.problems[0]
    return first.where, first.code, first.message


def test_valid_json_parses() -> None:
    assert parse(b'{"a": [1, 2.5, "\\u00e9", true, null]}') == {"a": [1, 2.5, "é", True, None]}


def test_leading_bom_is_accepted() -> None:
    assert parse(b'\xef\xbb\xbf{"a": 1}') == {"a": 1}


def test_escaped_surrogate_pair_is_text() -> None:
    assert parse(b'{"a": "\\ud83d\\ude80"}') == {"a": "🚀"}


@pytest.mark.parametrize(
    ("data", "code", "words"),
    [
        (b"", "empty", "empty"),
        (b" \n\t ", "empty", "empty"),
        (b'{"a": [1, 2', "invalid_json", "line 1, column 12"),
        (b'{\n  "a": 1,\n  "b": ', "invalid_json", "truncated"),
        (b'{"a": "unfinished', "invalid_json", "never ends"),
        (b"hello", "invalid_json", "line 1, column 1"),
        (b'{"a": 1,}', "invalid_json", "stray comma"),
        (b'{"a": 1} {"b": 2}', "invalid_json", "after the end"),
        (b'{"a": "caf\xe9"}', "invalid_utf8", "byte 10"),
        ('{"a": 1}'.encode("utf-16"), "invalid_utf8", "UTF-16"),
        (b'{"a": "\xed\xa0\x80"}', "invalid_utf8", "not valid UTF-8"),
    ],
)
def test_syntax_and_encoding_errors_name_the_place(data: bytes, code: str, words: str) -> None:
    where, got_code, message = _problem(data)
    assert (where, got_code) == ("", code)
    assert words in message


def test_syntax_error_message_has_line_and_column() -> None:
    data = b'{\n  "a": 1,\n  "b" 2\n}'
    with pytest.raises(RoadmapLoadError) as info:
        parse(data)
    assert "line 3, column 7: expected ':' after a key" in str(info.value)


@pytest.mark.parametrize(
    ("data", "where", "code"),
    [
        (b'{"a": 1, "b": {"c": 1, "c": 2}}', "b.c", "duplicate_key"),
        (b'{"list": [{"x": 1}, {"y": 2, "y": 3}]}', "list[1].y", "duplicate_key"),
        (b'{"a": NaN}', "a", "finite_number"),
        (b'{"a": {"b": [1, Infinity]}}', "a.b[1]", "finite_number"),
        (b'{"a": -Infinity}', "a", "finite_number"),
        (b'{"n": ' + b"7" * 5000 + b"}", "n", "number_too_long"),
        (b'{"n": [-' + b"7" * 5000 + b"]}", "n[0]", "number_too_long"),
        (b'{"t": {"u": "\\ud800"}}', "t.u", "invalid_text"),
        (b'{"t": ["ok", "\\udfffx"]}', "t[1]", "invalid_text"),
    ],
)
def test_values_the_parser_would_accept_are_refused_with_their_path(
    data: bytes, where: str, code: str
) -> None:
    assert _problem(data)[:2] == (where, code)


def test_lone_surrogate_in_a_key_is_shown_escaped() -> None:
    with pytest.raises(RoadmapLoadError) as info:
        parse(b'{"k\\ud800": 1}')
    assert info.value.problems[0].where == "k\\ud800"
    str(info.value).encode("utf-8")  # printable: no lone surrogate left in the message


def test_escaped_backslashes_and_quotes_do_not_confuse_the_shape_scan() -> None:
    assert parse(b'{"a": "\\\\", "b": "\\"[[[[{{", "c": "]]]\\\\\\""}') == {
        "a": "\\",
        "b": '"[[[[{{',
        "c": ']]]\\"',
    }


def test_depth_limit() -> None:
    ok = b"[" * MAX_DEPTH + b"]" * MAX_DEPTH
    assert parse(ok) is not None
    too_deep = b"[" * (MAX_DEPTH + 1) + b"]" * (MAX_DEPTH + 1)
    assert _problem(too_deep)[1] == "too_deep"
    mixed = b'{"a":' * 40 + b"[" * 40 + b"1" + b"]" * 40 + b"}" * 40
    assert _problem(mixed)[1] == "too_deep"


@pytest.mark.parametrize(
    "data",
    [
        b"[" * 100_000 + b"]" * 100_000,
        b"[" * 100_000,
        b'{"a":' * 100_000,
        b"[" * 100_000 + b"}" * 100_000,
    ],
)
def test_very_deep_nesting_is_refused_without_recursion(data: bytes) -> None:
    assert _problem(data)[1] in ("too_deep", "invalid_json")


def test_brackets_inside_strings_do_not_count_towards_depth() -> None:
    text = '"' + "[" * 1000 + '"'
    assert parse(f'{{"a": {text}}}'.encode()) == {"a": "[" * 1000}


def test_wide_bomb_is_refused_before_parsing() -> None:
    data = b'{"a": [' + b"{}," * 400_000 + b"{}]}"
    assert _problem(data)[1] == "too_many_items"


def test_size_cap_on_bytes() -> None:
    assert parse(b" " * 10 + b"{}", max_bytes=12) == {}
    with pytest.raises(RoadmapLoadError) as info:
        parse(b"{}" + b" " * 100, max_bytes=50)
    assert info.value.problems[0].code == "too_large"


def test_huge_integers_stay_refused_when_the_interpreter_guard_is_off() -> None:
    previous = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)
    try:
        assert _problem(b'{"n": ' + b"1" * 6000 + b"}")[:2] == ("n", "number_too_long")
    finally:
        sys.set_int_max_str_digits(previous)
    assert sys.get_int_max_str_digits() == previous


def test_problem_list_is_capped_and_counts_the_rest() -> None:
    problems = [safejson.Problem(f"x[{i}]", "bad", "bad") for i in range(120)]
    error = RoadmapLoadError(problems, "f.pilotplan")
    assert len(error.problems) == safejson.MAX_PROBLEMS + 1
    assert error.omitted == 70
    assert "70 more problems" in str(error)
    assert str(error).startswith("Cannot open f.pilotplan:\n  - x[0]: bad")


def test_control_characters_in_problems_are_escaped() -> None:
    error = RoadmapLoadError([safejson.Problem("a\nb", "bad", "line\x00break")])
    assert error.problems[0].where == "a\\u000ab"
    assert "\n" not in str(error)
    assert "\x00" not in str(error)


def test_read_file_refuses_folders_and_missing_files(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(RoadmapLoadError) as info:
        safejson.read_file(tmp_path)
    assert info.value.problems[0].code == "not_a_file"
    with pytest.raises(RoadmapLoadError) as info:
        safejson.read_file(tmp_path / "missing.pilotplan")
    assert info.value.problems[0].code == "not_found"
    assert "missing.pilotplan" in str(info.value)


@given(st.lists(st.sampled_from([b"[", b"]", b":", b"[]", b"[:]"]), max_size=60).map(b"".join))
def test_peeling_one_level_is_the_innermost_pattern_removed(brackets: bytes) -> None:
    assert shape.peel(brackets) == shape._INNERMOST.sub(b"", brackets)


class _Pairs(tuple[tuple[str, object], ...]):
    """A JSON object as its pairs (keys may repeat)."""


_TRICKY_TEXT = st.text(alphabet=st.sampled_from('ab:,[]{}"\\ é\n'), max_size=8)
_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | _TRICKY_TEXT,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.lists(st.tuples(_TRICKY_TEXT, inner), max_size=4).map(_Pairs)
    ),
    max_leaves=30,
)


def _dumped(value: object, spaces: bool) -> str:
    gap = " " if spaces else ""
    if isinstance(value, _Pairs):
        items = (f"{json.dumps(k)}:{gap}{_dumped(v, spaces)}" for k, v in value)
        return "{" + f",{gap}".join(items) + "}"
    if isinstance(value, list):
        return "[" + f",{gap}".join(_dumped(v, spaces) for v in value) + "]"
    return json.dumps(value, ensure_ascii=False)


def _counts(value: object) -> tuple[int, int]:
    """Key/value pairs and containers (lists and objects) of a drawn value."""
    if isinstance(value, _Pairs):
        inner = [_counts(v) for _, v in value]
        return len(value) + sum(p for p, _ in inner), 1 + sum(c for _, c in inner)
    if isinstance(value, list):
        inner = [_counts(v) for v in value]
        return sum(p for p, _ in inner), 1 + sum(c for _, c in inner)
    return 0, 0


@given(_JSON, st.booleans())
def test_the_scan_counts_pairs_and_containers_outside_texts(value: object, spaces: bool) -> None:
    """What the key count and the bounds rely on: texts holding quotes, backslashes,
    colons, commas, brackets and braces do not count."""
    text = _dumped(value, spaces)
    assert shape.check_shape(text.encode()) == _counts(value)
