"""Reading CSV and XLSX usage files defensively (planner.usage.readers)."""

from __future__ import annotations

import datetime as dt
import os
import zipfile
from pathlib import Path

import openpyxl
import pytest
from usage_samples import sample

from planner.usage.errors import UsageImportError
from planner.usage.readers import Limits, RawTable, check_zip, read_table, sniff_delimiter


def rows(table: RawTable) -> list[tuple[int, tuple[object, ...]]]:
    return list(table.rows)


def test_defusedxml_is_active() -> None:
    # openpyxl expands XML entities unless defusedxml is installed and enabled.
    assert openpyxl.DEFUSEDXML is True


# ---------------------------------------------------------------------- CSV


def test_utf8_with_bom_semicolons_and_decimal_comma() -> None:
    table = read_table(sample("tidy_french.csv"))
    assert (table.encoding, table.delimiter, table.decimal) == ("UTF-8 with BOM", ";", ",")
    got = rows(table)
    assert got[0] == (1, ("Semaine", "Indicateur", "Périmètre", "Équipe", "Valeur", "Effectif",
                          "Commentaire"))  # fmt: skip
    # A quoted field keeps its separator; blank lines and ';;;;' lines are skipped.
    assert got[1][1][6] == "Relance; après formation"
    assert [line for line, _ in got] == [1, 2, 3, 6, 8, 9]
    # A quoted line break stays inside its field; the row is named by its first line.
    note = "Deux lignes\r\ndans la note"
    assert got[3] == (
        6,
        ("09/03/2026", "Weekly active users", "Writing assistance", "Customer service", "64",
         "88", note),
    )  # fmt: skip


def test_utf16_with_bom_and_tabs() -> None:
    table = read_table(sample("tidy_utf16.csv"))
    assert (table.encoding, table.delimiter) == ("UTF-16 with BOM", "\t")
    assert rows(table)[1][1][:2] == ("2026-03-02", "Weekly active users")


def test_windows_1252_is_said() -> None:
    table = read_table(sample("tidy_cp1252.csv"))
    assert table.encoding == "Windows-1252 (not UTF-8)"
    assert rows(table)[0][1][2] == "Périmètre"


def test_trailing_empty_cells_are_dropped(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("a,b,,,\n1,2,,,\n\n,,,\n3,,,\n", encoding="utf-8")
    assert rows(read_table(path)) == [(1, ("a", "b")), (2, ("1", "2")), (5, ("3",))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a,b,c\n1,2,3\n", ","),
        ("a;b;c\n1,5;2;3\n4;5,25;6\n", ";"),  # decimal commas do not fool it
        ("a\tb\tc\n1\t2\t3\n", "\t"),
        ("Report title\n\na;b;c;d\n1;2;3;4\n", ";"),  # a preamble line
        ('name,comment\nx,"a; b; c; d"\ny,"e; f"\n', ","),
    ],
)
def test_separator_sniffing(text: str, expected: str) -> None:
    assert sniff_delimiter(text) == expected


def test_excel_separator_hint_line(tmp_path: Path) -> None:
    path = tmp_path / "hint.csv"
    path.write_text("sep=;\nweek;value\n2026-03-02;12,5\n", encoding="utf-8")
    table = read_table(path)
    assert table.delimiter == ";"
    assert rows(table) == [(2, ("week", "value")), (3, ("2026-03-02", "12,5"))]


def test_empty_and_blank_files(tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(UsageImportError, match="empty"):
        read_table(empty)
    blank = tmp_path / "blank.csv"
    blank.write_bytes(b"\xef\xbb\xbf\r\n \r\n")
    with pytest.raises(UsageImportError, match="empty"):
        read_table(blank)


def test_binary_data_is_not_csv(tmp_path: Path) -> None:
    path = tmp_path / "data.csv"
    path.write_bytes(os.urandom(64) + b"\x00\x00" + os.urandom(64))
    with pytest.raises(UsageImportError, match="binary"):
        read_table(path)


def test_too_large_csv_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_text("a,b\n" + "1,2\n" * 500, encoding="utf-8")
    with pytest.raises(UsageImportError, match="too large"):
        read_table(path, Limits(max_csv_bytes=1000))


def test_too_many_rows_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    path.write_text("a,b\n" + "1,2\n" * 30, encoding="utf-8")
    with pytest.raises(UsageImportError, match="more than 20 rows"):
        rows(read_table(path, Limits(max_rows=20, max_title_lines=5)))


def test_exactly_the_row_limit_is_accepted_with_title_lines_and_a_header(tmp_path: Path) -> None:
    path = tmp_path / "full.csv"
    path.write_text("Copilot usage\nExported 2026-03-02\na,b\n" + "1,2\n" * 20, encoding="utf-8")
    assert len(rows(read_table(path, Limits(max_rows=20, max_title_lines=3)))) == 23


def test_unreadable_csv_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "huge-field.csv"
    path.write_text('a,b\n1,"' + "x" * 200_000 + '"\n', encoding="utf-8")
    with pytest.raises(UsageImportError, match="line 2"):
        rows(read_table(path))


# --------------------------------------------------------------------- XLSX


def write_xlsx(path: Path, data: list[list[object]], sheets: int = 1) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Usage"
    for row in data:
        sheet.append(row)
    for i in range(1, sheets):
        workbook.create_sheet(f"Other {i}").append(["nothing", "here"])
    workbook.save(path)
    return path


def test_xlsx_cells_keep_their_types(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "usage.xlsx",
        [
            ["Week", "Metric", "Value", None],
            [dt.datetime(2026, 3, 2), "Weekly active users", 61.5],
            [],
            ["2026-03-09", " Weekly active users ", 64],
        ],
        sheets=2,
    )
    table = read_table(path)
    assert table.kind == "xlsx"
    assert table.unit == "row"
    assert table.sheet == "Usage"
    assert rows(table) == [
        (1, ("Week", "Metric", "Value")),
        (2, (dt.datetime(2026, 3, 2), "Weekly active users", 61.5)),
        (4, ("2026-03-09", "Weekly active users", 64)),
    ]
    assert "sheet 'Usage' of 2" in table.notes[0]
    other = read_table(path, sheet="Other 1")
    assert rows(other) == [(1, ("nothing", "here"))]
    with pytest.raises(UsageImportError, match="no sheet 'Data'"):
        read_table(path, sheet="Data")


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b"week,metric,value\n2026-03-02,wau,45\n", "text file"),
        (b"<!DOCTYPE html><html><body>Report</body></html>", "web page"),
        (b"\xef\xbb\xbf<html><head></head></html>", "web page"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), "97–2003"),
        (b"%PDF-1.7\n", "PDF"),
        (bytes(range(256)) * 4, "not a workbook"),
    ],
)
def test_a_file_that_is_not_really_xlsx_is_named(tmp_path: Path, content: bytes, said: str) -> None:
    path = tmp_path / "usage.xlsx"
    path.write_bytes(content)
    with pytest.raises(UsageImportError, match="not really an Excel workbook") as caught:
        read_table(path)
    assert said in str(caught.value)


def test_a_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "usage.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    with pytest.raises(UsageImportError, match="a Word document, not an Excel workbook"):
        read_table(path)
    damaged = tmp_path / "damaged.xlsx"
    damaged.write_bytes(b"PK\x03\x04" + os.urandom(200))
    with pytest.raises(UsageImportError, match="damaged"):
        read_table(damaged)


def test_too_large_xlsx_is_refused_before_opening(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "usage.xlsx", [["a", "b"], [1, 2]])
    with pytest.raises(UsageImportError, match="too large"):
        read_table(path, Limits(max_xlsx_bytes=100))


def _with_sheet_xml(source: Path, target: Path, sheet_xml: str) -> Path:
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = sheet_xml.encode()
            dst.writestr(item, data)
    return target


BILLION_LAUGHS = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c>
<c r="B1" t="inlineStr"><is><t>b</t></is></c></row></sheetData></worksheet>"""

EXTERNAL_ENTITY = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData>
</worksheet>"""


@pytest.mark.parametrize("sheet_xml", [BILLION_LAUGHS, EXTERNAL_ENTITY])
def test_an_entity_bomb_in_the_sheet_gives_a_clean_error(tmp_path: Path, sheet_xml: str) -> None:
    good = write_xlsx(tmp_path / "good.xlsx", [["a", "b"], [1, 2]])
    evil = _with_sheet_xml(good, tmp_path / "evil.xlsx", sheet_xml)
    with pytest.raises(UsageImportError, match="not a valid or safe Excel workbook") as caught:
        rows(read_table(evil))
    assert "entities" in str(caught.value)


def _zip_bomb(path: Path, expanded: int) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
            chunk = bytes(1024 * 1024)
            for _ in range(expanded // len(chunk)):
                member.write(chunk)
    return path


def test_a_zip_bomb_disguised_as_xlsx_is_refused_before_decompression(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bomb = _zip_bomb(tmp_path / "usage.xlsx", 64 * 1024 * 1024)
    assert bomb.stat().st_size < 1024 * 1024  # 64 MiB of zeros squeezed into < 1 MiB

    def must_not_open(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the workbook was opened")

    monkeypatch.setattr(openpyxl, "load_workbook", must_not_open)
    with pytest.raises(UsageImportError, match="zip bomb"):
        read_table(bomb)


def test_zip_directory_limits(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "usage.xlsx", [["a", "b"], [1, 2]])
    check_zip(path)  # a real workbook passes
    with pytest.raises(UsageImportError, match="would expand"):
        check_zip(path, Limits(max_uncompressed_bytes=1000))
    with pytest.raises(UsageImportError, match="parts inside"):
        check_zip(path, Limits(max_zip_members=3))
