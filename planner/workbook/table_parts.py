"""Excel tables added to a workbook xlsxwriter has written in ``constant_memory`` mode.

xlsxwriter's ``constant_memory`` mode writes each row to disk as soon as the next one
starts, so a 10,000-use-case workbook needs a few MB instead of ~150 MB; but that mode
refuses Excel tables (upstream: won't fix), which the list sheets must be (DESIGN §5).
A table, though, is only a part beside its sheet's cells — the cells (the header row
included) are written as usual. So the sheets record their tables
(:class:`TablePart`) and, once xlsxwriter has written the file, :func:`write_with_tables`
copies its parts into the final file adding, for each table, the part
``xl/tables/tableN.xml``, its relationship from the sheet, a ``<tableParts>`` element
at the end of the sheet and its content type: the same XML xlsxwriter writes for
``add_table`` in its normal mode (a test compares them byte for byte). Only public
APIs: xlsxwriter's, and the standard library's ``zipfile`` for the package.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import IO

from planner.workbook.package import PackageWriter, inflated

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
TABLE_REL = OFFICE_RELS + "/table"
TABLE_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"
DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
TAIL = 4096
"""Bytes of a sheet kept back while copying it: its end, where ``<tableParts>`` goes."""

_ATTRIBUTE = {'"': "&quot;", "\n": "&#xA;"}
_NAME = re.compile(r"[A-Za-z_\\][\w.\\]*\Z")
_CELL_LIKE = re.compile(r"[a-zA-Z][a-zA-Z]?[a-dA-D]?\d+\Z|[rcRC]\Z|[rcRC]\d+[rcRC]\d+\Z")


@dataclass(frozen=True)
class TablePart:
    """An Excel table over ``ref`` (A1 range, its first row the header cells, whose
    texts are ``headers``), with filters and banded rows."""

    name: str
    ref: str
    headers: tuple[str, ...]
    style: str = "TableStyleLight1"

    def __post_init__(self) -> None:
        if not _NAME.match(self.name) or _CELL_LIKE.match(self.name) or len(self.name) > 255:
            raise ValueError(f"{self.name!r} cannot name an Excel table")
        folded = [h.casefold() for h in self.headers]
        if not all(self.headers) or len(set(folded)) != len(folded):
            raise ValueError(f"table {self.name!r}: the headers must be non-empty and unique")

    def xml(self, table_id: int) -> str:
        """The part ``xl/tables/tableN.xml`` (as xlsxwriter writes it)."""
        ref = self.ref
        columns = "".join(
            f'<tableColumn id="{i}" name="{_attribute(h)}"/>'
            for i, h in enumerate(self.headers, start=1)
        )
        return (
            f'{DECLARATION}<table xmlns="{MAIN}" id="{table_id}" name="{_attribute(self.name)}" '
            f'displayName="{_attribute(self.name)}" ref="{ref}" totalsRowShown="0">'
            f'<autoFilter ref="{ref}"/><tableColumns count="{len(self.headers)}">{columns}'
            f'</tableColumns><tableStyleInfo name="{self.style}" showFirstColumn="0" '
            'showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>'
        )


def _attribute(text: str) -> str:
    """``text`` escaped for a double-quoted attribute, as ``xml.sax.saxutils.escape``
    with :data:`_ATTRIBUTE` does it (that module imports ``urllib.request`` and ``ssl``:
    ~10 ms of every export's start)."""
    text = text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")
    for char, entity in _ATTRIBUTE.items():
        text = text.replace(char, entity)
    return text


def write_with_tables(
    source: IO[bytes], target: IO[bytes], tables: Mapping[str, Sequence[TablePart]]
) -> None:
    """Copy the xlsx package ``source`` into ``target`` (seekable), adding ``tables`` (sheet
    title → its tables, in order). Entries keep their order, names and timestamps (the
    file stays deterministic); the table parts follow the drawings, as xlsxwriter orders
    them. Entries that do not change are copied compressed as they are
    (:class:`~planner.workbook.package.PackageWriter`)."""
    with zipfile.ZipFile(source) as old:
        sheets = _sheet_parts(old)
        unknown = set(tables) - set(sheets)
        if unknown:
            raise ValueError(f"no sheet named {', '.join(sorted(unknown))}")
        plan = _Plan(old, [(sheets[title], parts) for title, parts in
                                      _in_sheet_order(tables, sheets) if parts])  # fmt: skip
        new = PackageWriter(target)
        infos = old.infolist()
        for info in infos:
            name = info.filename
            if name == "[Content_Types].xml":
                new.write(name, info, [_content_types(old.read(info), plan.table_files())])
            elif name in plan.rels:
                new.write(name, info, [_add_relations(old.read(info), plan.rels[name])])
            elif name in plan.sheet_ids:
                new.write(name, info, _sheet_with_tables(old, info, plan.sheet_ids[name]))
            else:
                new.copy(old, source, info)
            if name == plan.tables_after:
                for file, xml in plan.table_xml():
                    new.write(file, infos[0], [xml.encode()])
                for rels, relations in plan.new_rels():
                    new.write(rels, infos[0], [_relations_xml(relations)])
        new.close()


class _Plan:
    """Which part gets what: table ids and files in sheet order, the sheets' new
    relationship ids, and where the new parts go in the package."""

    def __init__(self, old: zipfile.ZipFile, sheets: list[tuple[str, Sequence[TablePart]]]) -> None:
        names = old.namelist()
        present = set(names)
        self.sheet_ids: dict[str, list[str]] = {}
        self.rels: dict[str, list[str]] = {}
        """Existing relationship parts → the table targets they gain."""
        self.created: dict[str, list[str]] = {}
        """New relationship parts (the sheet had none) → their table targets."""
        self.tables: list[tuple[str, TablePart]] = []
        for sheet, parts in sheets:
            folder, _, file = sheet.rpartition("/")
            rels = f"{folder}/_rels/{file}.rels"
            if rels in present:
                first = _last_id(old.read(rels)) + 1
                targets = self.rels.setdefault(rels, [])
            else:
                first = 1
                targets = self.created.setdefault(rels, [])
            ids = []
            for part in parts:
                number = len(self.tables) + 1
                ids.append(f"rId{first + len(targets)}")
                targets.append(f"../tables/table{number}.xml")
                self.tables.append((f"xl/tables/table{number}.xml", part))
            self.sheet_ids[sheet] = ids
        drawings = [n for n in names if n.startswith("xl/drawings/") and "/_rels/" not in n]
        charts = [n for n in names if n.startswith(("xl/charts/", "xl/worksheets/sheet"))]
        self.tables_after = (drawings or charts or names)[-1]

    def table_files(self) -> list[str]:
        return [file for file, _ in self.tables]

    def table_xml(self) -> Iterable[tuple[str, str]]:
        for number, (file, part) in enumerate(self.tables, start=1):
            yield file, part.xml(number)

    def new_rels(self) -> Iterable[tuple[str, list[str]]]:
        return self.created.items()


def _in_sheet_order(
    tables: Mapping[str, Sequence[TablePart]], sheets: Mapping[str, str]
) -> list[tuple[str, Sequence[TablePart]]]:
    """Tables numbered in the package's sheet order (sheet1, sheet2, …), as xlsxwriter does."""
    order = {part: index for index, part in enumerate(sheets.values())}
    return sorted(tables.items(), key=lambda item: order[sheets[item[0]]])


def _sheet_parts(book: zipfile.ZipFile) -> dict[str, str]:
    """Sheet title → its part name, from the workbook and its relationships."""
    workbook = book.read("xl/workbook.xml").decode()
    rels = book.read("xl/_rels/workbook.xml.rels").decode()
    targets = dict(re.findall(r'<Relationship Id="([^"]+)" Type="[^"]+" Target="([^"]+)"', rels))
    result = {}
    for name, rel in re.findall(r'<sheet name="([^"]*)" sheetId="\d+"(?: state="\w+")? '
                                r'r:id="([^"]+)"/>', workbook):  # fmt: skip
        result[_unescape(name)] = "xl/" + targets[rel]
    return result


def _unescape(text: str) -> str:
    for entity, char in (("&quot;", '"'), ("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&")):
        text = text.replace(entity, char)
    return text


def _sheet_with_tables(
    old: zipfile.ZipFile, info: zipfile.ZipInfo, ids: list[str]
) -> Iterator[bytes]:
    """A sheet's bytes in chunks, with ``<tableParts>`` added before its extension list,
    or else before its end (the schema's order)."""
    parts = "".join(f'<tablePart r:id="{i}"/>' for i in ids)
    element = f'<tableParts count="{len(ids)}">{parts}</tableParts>'.encode()
    held = b""
    for chunk in inflated(old, info):
        held += chunk
        if len(held) > TAIL:
            yield held[:-TAIL]
            held = held[-TAIL:]
    at = held.rfind(b"<extLst>")
    if at < 0:
        at = held.rfind(b"</worksheet>")
    if at < 0:
        raise ValueError(f"{info.filename}: not a worksheet")
    yield held[:at] + element + held[at:]


def _last_id(data: bytes) -> int:
    return max((int(n) for n in re.findall(rb'Id="rId(\d+)"', data)), default=0)


def _add_relations(data: bytes, targets: list[str]) -> bytes:
    """The relationships ``data`` with ``targets`` (tables) added after the last one."""
    start = _last_id(data)
    added = "".join(
        f'<Relationship Id="rId{start + i}" Type="{TABLE_REL}" Target="{target}"/>'
        for i, target in enumerate(targets, start=1)
    ).encode()
    return data.replace(b"</Relationships>", added + b"</Relationships>")


def _relations_xml(targets: list[str]) -> bytes:
    empty = f'{DECLARATION}<Relationships xmlns="{RELATIONSHIPS}"></Relationships>'.encode()
    return _add_relations(empty, targets)


def _content_types(data: bytes, files: list[str]) -> bytes:
    xml = data.decode()
    added = "".join(f'<Override PartName="/{f}" ContentType="{TABLE_TYPE}"/>' for f in files)
    anchor = '<Override PartName="/xl/sharedStrings.xml"'
    if anchor not in xml:
        anchor = "</Types>"
    return xml.replace(anchor, added + anchor, 1).encode()
