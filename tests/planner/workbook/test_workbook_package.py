"""The zip package writer the table copy uses: entries copied as they are or rewritten,
read back by ``zipfile`` (and so by every reader of the format) exactly as written."""

from __future__ import annotations

import io
import zipfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.workbook.package import PackageWriter, inflated

STAMP = (2026, 4, 1, 0, 0, 0)


class _Unseekable(io.RawIOBase):
    """A target ``zipfile`` cannot seek back in: it writes data descriptors."""

    def __init__(self) -> None:
        self.data = bytearray()

    def writable(self) -> bool:
        return True

    def write(self, b: bytes) -> int:  # type: ignore[override]
        self.data += b
        return len(b)


def _source(entries: dict[str, bytes], *, seekable: bool = True) -> io.BytesIO:
    """A zip as ``zipfile`` writes it: deflated and stored entries, fixed timestamps."""
    target: io.BytesIO | _Unseekable = io.BytesIO() if seekable else _Unseekable()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as book:
        for index, (name, data) in enumerate(entries.items()):
            info = zipfile.ZipInfo(name, STAMP)
            info.compress_type = zipfile.ZIP_STORED if index % 3 == 2 else zipfile.ZIP_DEFLATED
            book.writestr(info, data)
    raw = target.getvalue() if isinstance(target, io.BytesIO) else bytes(target.data)
    return io.BytesIO(raw)


def _rewrite(source: io.BytesIO, changed: set[str], added: dict[str, bytes]) -> bytes:
    """Copy ``source``, upper-casing the entries in ``changed`` (streamed in small
    chunks) and adding ``added`` at the end."""
    target = io.BytesIO()
    with zipfile.ZipFile(source) as old:
        new = PackageWriter(target)
        infos = old.infolist()
        for info in infos:
            if info.filename in changed:
                chunks = (chunk.upper() for chunk in inflated(old, info))
                new.write(info.filename, info, chunks)
            else:
                new.copy(old, source, info)
        for name, data in added.items():
            new.write(name, infos[0], [data[:7], data[7:]])
        new.close()
    return target.getvalue()


NAMES = st.text(st.characters(min_codepoint=48, max_codepoint=0x24F), min_size=1, max_size=12)


@settings(max_examples=40, deadline=None)
@given(
    entries=st.dictionaries(NAMES, st.binary(max_size=3000), min_size=1, max_size=6),
    pick=st.sets(st.integers(0, 5)),
    seekable=st.booleans(),
)
def test_copied_and_rewritten_entries_read_back_as_written(
    entries: dict[str, bytes], pick: set[int], seekable: bool
) -> None:
    names = list(entries)
    changed = {names[i] for i in pick if i < len(names)}
    added = {"xl/tables/table1.xml": b"<table>new</table>", "é/new.rels": b""}
    added = {k: v for k, v in added.items() if k not in entries}
    out = _rewrite(_source(entries, seekable=seekable), changed, added)
    with zipfile.ZipFile(io.BytesIO(out)) as book:
        assert book.testzip() is None
        assert book.namelist() == [*names, *added]
        for name in names:
            expected = entries[name].upper() if name in changed else entries[name]
            assert book.read(name) == expected
        for name, data in added.items():
            assert book.read(name) == data
        assert {i.date_time for i in book.infolist()} == {STAMP}


def test_unchanged_entries_keep_their_compressed_bytes() -> None:
    text = b"<row>" + b"x" * 50_000 + b"</row>"
    source = _source({"a.xml": text, "b.xml": text, "c.xml": text})
    out = _rewrite(source, {"b.xml"}, {})
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(io.BytesIO(out)) as new:
        before = {i.filename: (i.compress_type, i.compress_size, i.CRC) for i in old.infolist()}
        after = {i.filename: (i.compress_type, i.compress_size, i.CRC) for i in new.infolist()}
    assert after["a.xml"] == before["a.xml"]
    assert after["c.xml"] == before["c.xml"]
    assert after["b.xml"][0] == zipfile.ZIP_DEFLATED


def test_the_same_source_gives_the_same_bytes() -> None:
    entries = {f"xl/worksheets/sheet{i}.xml": bytes(range(256)) * i for i in range(1, 5)}
    first = _rewrite(_source(entries), {"xl/worksheets/sheet2.xml"}, {"x.xml": b"x"})
    second = _rewrite(_source(entries), {"xl/worksheets/sheet2.xml"}, {"x.xml": b"x"})
    assert first == second


def test_a_truncated_source_is_refused() -> None:
    source = _source({"a.xml": b"a" * 10_000})
    with zipfile.ZipFile(source) as old:
        info = old.infolist()[0]
        short = io.BytesIO(source.getvalue()[: info.header_offset + 40])
        with pytest.raises(zipfile.BadZipFile, match="truncated"):
            PackageWriter(io.BytesIO()).copy(old, short, info)
