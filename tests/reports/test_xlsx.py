"""The Excel renderer: a report object in, a workbook a treasurer can use out.

The reports are built by hand here (the builders have their own tests): a cash
book in riel and dollars with Khmer text, a reversed entry, group headings and
subtotals; a member list with percentages; a chart. The workbook is read back
with openpyxl, and its totals are recomputed by LibreOffice, which must find
the builder's totals to the riel and the cent.
"""

from __future__ import annotations

import dataclasses
import io
import os
import shutil
import subprocess
import tempfile
import threading
import zipfile
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from cbodesk.domain.errors import UserCancelled
from cbodesk.domain.formatting import LocaleSettings
from cbodesk.domain.money import Currency, Money, sum_money
from cbodesk.reports import xlsx
from cbodesk.reports.model import (
    Cell,
    Chart,
    Column,
    KeyFigure,
    KeyFigures,
    Letterhead,
    Orientation,
    PageBreak,
    Paragraph,
    Report,
    Row,
    Section,
    Series,
    Signature,
    Signatures,
    Table,
)
from cbodesk.reports.registry import Progress
from cbodesk.reports.xlsx import DOLLAR_FORMAT, RIEL_FORMAT, render_xlsx, sheet_names

KHR, USD = Currency.KHR, Currency.USD


def riel(amount: int) -> Money:
    return Money(amount, KHR)


def dollars(amount: str) -> Money:
    return Money(amount, USD)


# --- the reports ---------------------------------------------------------------

CASH_COLUMNS = (
    Column("Date", "date", 1.2),
    Column("Number", "text", 1.0),
    Column("Description", "text", 3.0),
    Column("In (riel)", "money", 1.4, KHR, summed=True),
    Column("Out (riel)", "money", 1.4, KHR, summed=True),
    Column("In (dollars)", "money", 1.4, USD, summed=True),
    Column("Balance", "money", 1.5, KHR),
)

# The description of January's fees: "member fees, January" in Khmer, with
# subscript consonants (ស្រ), vowels above and below, and the riel sign.
KHMER_FEES = "ថ្លៃសមាជិកខែមករា ស្រុកសៀមរាប ៛"


def cash_rows() -> list[Row | Sequence[Cell]]:
    return [
        Row(("January", None, None, None, None, None, None), "heading"),
        (date(2026, 1, 3), "R-001", KHMER_FEES, riel(150_000), None, dollars("12.50"), riel(150_000)),
        (date(2026, 1, 9), "P-001", "Seeds", None, riel(40_000), None, riel(110_000)),
        # A reversed entry and its correction: both count, they cancel out.
        Row((date(2026, 1, 12), "P-002", "Fuel (corrected by P-003)", None, riel(5_000), None,
             riel(105_000)), "muted"),
        Row((date(2026, 1, 12), "P-003", "Correction of P-002", None, riel(-5_000), None,
             riel(110_000)), "muted"),
        (date(2026, 1, 20), "R-002", "Ten payments of 0.10", None, None, dollars("1.00"), riel(110_000)),
        Row(("Total January", None, None, riel(150_000), riel(40_000), dollars("13.50"), None),
            "subtotal"),
        Row(("February", None, None, None, None, None, None), "heading"),
        (date(2026, 2, 2), "R-003", "=HYPERLINK(\"http://x\")", riel(2_500), None, dollars("0.10"),
         riel(112_500)),
        (date(2026, 2, 5), "R-004", "Grant\x07 from NGO", riel(1_000_000), None, dollars("0.20"),
         riel(1_112_500)),
        (date(2026, 2, 28), "P-004", "Rice for the meeting", None, riel(-250), dollars("-0.03"),
         riel(1_112_750)),
        Row(("Total February", None, None, riel(1_002_500), riel(-250), dollars("0.27"), None),
            "subtotal"),
    ]


def counted_totals(columns: Sequence[Column], rows: Sequence[Row | Sequence[Cell]],
                   label: str = "Total") -> list[Cell]:
    """The totals a builder gives: each summed column over the rows that are not subtotals."""
    totals: list[Cell] = [label] + [None] * (len(columns) - 1)
    for i, column in enumerate(columns):
        if not column.summed:
            continue
        values = [r.cells[i] if isinstance(r, Row) else r[i] for r in rows
                  if not (isinstance(r, Row) and r.style in ("subtotal", "heading"))]
        if column.kind == "money":
            assert column.currency is not None
            totals[i] = sum_money((v for v in values if isinstance(v, Money)), column.currency)
        else:
            totals[i] = sum(v for v in values if isinstance(v, (int, Decimal)))
    return totals


MEMBER_COLUMNS = (
    Column("ឈ្មោះ", "text", 2.0),  # Name
    Column("Joined", "date", 1.0),
    Column("Share of savings", "percent", 1.0, decimals=1),
    Column("Fee paid", "money", 1.0, USD, summed=True),
    Column("Meetings", "number", 0.8, summed=True),
)

MEMBER_ROWS: list[Row | Sequence[Cell]] = [
    ("សុខ ស្រីពៅ", date(2024, 5, 1), Decimal("45.5"), dollars("2.00"), 10),
    ("ចាន់ ដារ៉ា", date(2025, 1, 15), Decimal(30), dollars("2.00"), 7),
    ("Dara Chan", date(2025, 11, 30), Decimal("24.5"), dollars("1.50"), 3),
]

CASH = Table(CASH_COLUMNS, cash_rows(), title="Cash book", totals=counted_totals(CASH_COLUMNS, cash_rows()),
             sheet_name="Cash book", note="1 USD = 4,100 riel on 31 Jan 2026")
MEMBERS = Table(MEMBER_COLUMNS, MEMBER_ROWS, title="Members and their savings",
                totals=counted_totals(MEMBER_COLUMNS, MEMBER_ROWS, "All members"),
                sheet_name="Members: 2026/01 [all]* and everything else?")
CHART = Chart("bar", ["Jan", "Feb"], [Series("In", [Decimal(150_000), Decimal(1_002_500)]),
                                      Series("Out", [Decimal(40_000), Decimal(-250)])],
              title="Money in and out", unit="៛")
FINGERPRINT = "3f7a 91c2 0bde 44e1"


def make_report(*sections: Section, language: str = "en",
                orientation: Orientation = "landscape") -> Report:
    return Report(
        kind="test",
        title="Income and expenditure & more",
        letterhead=Letterhead("សហគមន៍ស្រូវសរីរាង្គ", "Organic Rice Community", address="Siem Reap"),
        settings=LocaleSettings(language=language),
        generated_at=datetime(2026, 3, 1, 9, 30),
        generated_by="Sokha",
        sections=sections or (
            Section("Summary of the quarter", [
                Paragraph("The committee checked the cash book on 28 February."),
                Paragraph("ការិយាល័យបានពិនិត្យសៀវភៅសាច់ប្រាក់", "note"),
                KeyFigures([KeyFigure("Opening balance", riel(0)),
                            KeyFigure("Closing balance", riel(1_112_750), emphasis=True)],
                           title="Key figures"),
                PageBreak(),
                CASH,
                CHART,
            ]),
            Section("Members", [MEMBERS, Signatures([Signature("Checked by", "Chan Dara")])]),
        ),
        period="1 Jan 2026 – 28 Feb 2026",
        orientation=orientation,
        fingerprint=FINGERPRINT,
        signatures=Signatures([Signature("Prepared by", "Sokha"), Signature("Approved by")]),
        subject="Quarterly report",
    )


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("xlsx") / "report.xlsx"
    render_xlsx(make_report(), path)
    return path


@pytest.fixture(scope="module")
def book(written: Path) -> openpyxl.Workbook:
    return openpyxl.load_workbook(written)


MEMBERS_SHEET = "Members 2026 01 all and everyth"


def values(ws: Worksheet) -> list[list[object]]:
    return [list(row) for row in ws.iter_rows(values_only=True)]


# --- sheets and the cover ---------------------------------------------------------


def test_a_sheet_per_table_and_chart_after_the_cover(book: openpyxl.Workbook) -> None:
    assert book.sheetnames == ["Summary", "Cash book", "Money in and out", MEMBERS_SHEET]
    assert len(MEMBERS_SHEET) == 31


def test_the_cover_says_what_who_when_and_holds_the_text_blocks(book: openpyxl.Workbook) -> None:
    ws = book["Summary"]
    rows = values(ws)
    first = [row[0] for row in rows]
    assert first[:4] == ["Income and expenditure & more", "សហគមន៍ស្រូវសរីរាង្គ", "Organic Rice Community",
                         "Siem Reap"]
    pairs = {row[0]: row[1] for row in rows if row[0] is not None}
    assert pairs["Period"] == "1 Jan 2026 – 28 Feb 2026"
    assert pairs["Generated"] == "1 Mar 2026, 09:30"
    assert pairs["Generated by"] == "Sokha"
    assert pairs["Book fingerprint"] == FINGERPRINT
    assert "The committee checked the cash book on 28 February." in first
    assert "ការិយាល័យបានពិនិត្យសៀវភៅសាច់ប្រាក់" in first
    # Key figures are numbers in the currency's format, not text.
    closing_row = first.index("Closing balance") + 1
    closing = ws.cell(closing_row, 2)
    assert closing.value == 1_112_750 and closing.number_format == RIEL_FORMAT
    assert closing.font.b
    # Each table and chart is pointed to, with a link to its sheet.
    link = ws.cell(first.index("Members and their savings") + 1, 2)
    assert link.value == f"See the sheet “{MEMBERS_SHEET}”"
    assert link.hyperlink.location == f"'{MEMBERS_SHEET}'!A1"
    # The page break of the report stays a page break on the printed cover.
    assert [b.id for b in ws.row_breaks.brk] == [first.index("Key figures") + 3]


def test_the_cover_ends_with_lines_to_sign(book: openpyxl.Workbook) -> None:
    ws = book["Summary"]
    rows = values(ws)
    # The report's signatures close the cover, after those of the sections.
    heading = max(i for i, row in enumerate(rows) if row == [None, "Name", "Signature", "Date"])
    by_role = {row[0]: row for row in rows[heading + 1:]}
    assert by_role["Prepared by"][1] == "Sokha"
    assert by_role["Approved by"][1] is None
    # The section's own signatures come where the section put them.
    assert rows.index(next(r for r in rows if r[0] == "Checked by")) < heading
    approved = heading + 3  # rows count from 1: the heading, "Prepared by", "Approved by"
    assert ws.cell(approved, 3).border.bottom.style == "thin"
    assert ws.row_dimensions[approved].height >= 30


# --- table sheets -------------------------------------------------------------------


def test_the_header_is_row_one_frozen_bold_and_printed_on_every_page(book: openpyxl.Workbook) -> None:
    for name in ("Cash book", MEMBERS_SHEET):
        ws = book[name]
        assert ws.freeze_panes == "A2"
        assert ws.print_title_rows == "$1:$1"
        assert all(cell.font.b for cell in ws[1] if cell.value is not None)
    assert [c.value for c in book["Cash book"][1]][:7] == [c.title for c in CASH_COLUMNS]


def test_print_setup_fits_the_width_of_an_a4_page(book: openpyxl.Workbook) -> None:
    for ws in book.worksheets:
        assert ws.page_setup.orientation == "landscape"
        assert ws.page_setup.paperSize == 9  # A4
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
        assert ws.oddHeader.center.text.startswith("Income and expenditure && more")
        assert ws.oddHeader.left.text == "Organic Rice Community"
        assert ws.oddHeader.right.text == "1 Jan 2026 – 28 Feb 2026"
        assert ws.oddFooter.center.text == "Page &P of &N"
        assert ws.oddFooter.left.text == "Generated 1 Mar 2026, 09:30 · Sokha"
    assert book["Cash book"].oddHeader.center.text.endswith("\nCash book")


def test_portrait_reports_print_portrait(tmp_path: Path) -> None:
    path = tmp_path / "portrait.xlsx"
    render_xlsx(make_report(orientation="portrait"), path)
    assert openpyxl.load_workbook(path)["Cash book"].page_setup.orientation == "portrait"


def test_money_dates_and_khmer_are_written_as_what_they_are(book: openpyxl.Workbook) -> None:
    ws = book["Cash book"]
    fees = ws[3]  # row 2 is January's heading
    assert fees[0].value == datetime(2026, 1, 3) and fees[0].is_date
    assert fees[0].number_format == "dd/mm/yyyy"
    assert fees[2].value == KHMER_FEES
    assert fees[3].value == 150_000 and fees[3].number_format == RIEL_FORMAT
    assert fees[5].value == 12.5 and fees[5].number_format == DOLLAR_FORMAT
    assert fees[5].data_type == "n"
    # Negatives keep their sign (and show it: a minus, in red).
    rice = ws[12]
    assert rice[4].value == -250 and rice[5].value == -0.03
    assert "-" in RIEL_FORMAT.split(";")[1] and "-" in DOLLAR_FORMAT.split(";")[1]

    members = book[MEMBERS_SHEET]
    assert members["A2"].value == "សុខ ស្រីពៅ"
    # Percentage points become a real percentage: 45.5 is 45.5 %.
    assert members["C2"].value == 0.455 and members["C2"].number_format == "0.0%"
    assert members["E2"].value == 10 and members["E2"].number_format == "#,##0"


def test_row_styles(book: openpyxl.Workbook) -> None:
    ws = book["Cash book"]
    heading, normal, muted, subtotal = ws[2], ws[3], ws[5], ws[8]
    assert heading[0].value == "January" and heading[0].font.b
    assert not normal[2].font.b and getattr(normal[2].font.color, "rgb", None) != "00808080"
    assert muted[2].value == "Fuel (corrected by P-003)"
    assert muted[2].font.color.rgb == "00808080" and muted[4].font.color.rgb == "00808080"
    assert subtotal[0].value == "Total January" and subtotal[3].font.b
    # A subtotal is ruled above across the whole row, empty cells included.
    assert all(cell.border.top.style == "thin" for cell in subtotal[:7])


def test_text_that_looks_like_a_formula_stays_text(book: openpyxl.Workbook, written: Path) -> None:
    ws = book["Cash book"]
    cell = ws["C10"]
    assert cell.value == '=HYPERLINK("http://x")' and cell.data_type == "s"
    assert cell.quotePrefix
    # A control character a workbook cannot hold is dropped, not a crash.
    assert ws["C11"].value == "Grant from NGO"


def test_widths_follow_the_content_and_khmer_is_wider(book: openpyxl.Workbook) -> None:
    widths = {k: v.width for k, v in book["Cash book"].column_dimensions.items()}
    assert widths["C"] > widths["B"]  # Khmer description, three times the share
    assert all(8 <= w <= xlsx.MAX_WIDTH for k, w in widths.items() if k <= "G")
    assert xlsx._text_width("ស្រី") < xlsx._text_width("សាលា") < 2 * xlsx._text_width("sala")
    assert xlsx._text_width("abc\nabcdef") == 6


def test_amounts_are_written_digit_for_digit(tmp_path: Path) -> None:
    """openpyxl alone writes Decimal("99999999999.99") as 99999999999.99001."""
    big = [dollars("99999999999.99"), dollars("0.10"), riel(9_999_999_999_999), dollars("-0.30")]
    table = Table([Column("Amount", "money", 1.0, USD)], [(big[0],), (big[1],), (big[3],)],
                  title="Big")
    riel_table = Table([Column("Amount", "money", 1.0, KHR)], [(big[2],)], title="Riel")
    path = tmp_path / "big.xlsx"
    render_xlsx(make_report(Section("", [table, riel_table])), path)
    with zipfile.ZipFile(path) as archive:
        xml = "".join(archive.read(n).decode() for n in archive.namelist() if n.startswith("xl/worksheets/"))
    for text in ("99999999999.99", "0.10", "9999999999999", "-0.30"):
        assert f"<v>{text}</v>" in xml


# --- totals -------------------------------------------------------------------------


def test_totals_are_formulas_that_leave_subtotals_out(book: openpyxl.Workbook) -> None:
    ws = book["Cash book"]
    last = 1 + len(CASH.rows)
    totals = ws[last + 1]
    assert totals[0].value == "Total" and totals[0].font.b
    # The hidden column H marks the heading and subtotal rows.
    assert ws.column_dimensions["H"].hidden
    marked = [row for row in range(2, last + 1) if ws.cell(row, 8).value == 1]
    assert marked == [2, 8, 9, 13]
    assert totals[3].value == f'=SUMIF($H$2:$H${last},"<>1",D2:D{last})'
    assert totals[5].value == f'=SUMIF($H$2:$H${last},"<>1",F2:F{last})'
    assert totals[3].number_format == RIEL_FORMAT and totals[5].number_format == DOLLAR_FORMAT
    assert totals[6].value is None  # the balance is not summed
    # The note follows under the table.
    assert ws.cell(last + 3, 1).value == "1 USD = 4,100 riel on 31 Jan 2026"

    members = book[MEMBERS_SHEET]
    assert [c.value for c in members[5]] == ["All members", None, None, "=SUM(D2:D4)", "=SUM(E2:E4)"]
    assert "F" not in members.column_dimensions or not members.column_dimensions["F"].hidden


def test_a_builder_total_that_is_not_the_sum_is_written_as_given(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """The workbook never contradicts the PDF; the difference is logged as the bug it is."""
    columns = [Column("What"), Column("Amount", "money", 1.0, KHR, summed=True)]
    table = Table(columns, [("a", riel(100)), ("b", riel(200))], title="Wrong",
                  totals=["Total", riel(999)])
    path = tmp_path / "wrong.xlsx"
    with caplog.at_level("WARNING", logger="cbodesk.reports.xlsx"):
        render_xlsx(make_report(Section("", [table])), path)
    assert openpyxl.load_workbook(path)["Wrong"]["B4"].value == 999
    assert "is not the sum of the rows" in caplog.text


def test_an_empty_table_keeps_its_header_and_totals(tmp_path: Path) -> None:
    columns = [Column("What"), Column("Amount", "money", 1.0, USD, summed=True)]
    table = Table(columns, [], title="Nothing", totals=[None, dollars("0")], totals_label="Nothing yet")
    path = tmp_path / "empty.xlsx"
    render_xlsx(make_report(Section("", [table])), path)
    assert values(openpyxl.load_workbook(path)["Nothing"]) == [["What", "Amount"], ["Nothing yet", 0]]


def _soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice (soffice) is missing: CI must recompute the workbook's formulas "
                        "(.ci/run installs libreoffice-calc-nogui)")
        pytest.skip("LibreOffice is not installed (apt install libreoffice-calc-nogui): "
                    "the formulas cannot be recomputed here")
    return found


def _as_decimal(value: object) -> Decimal:
    assert isinstance(value, (int, float)), value
    # repr of a float is the shortest text that reads back as it: exact for these amounts.
    return Decimal(repr(value)) if isinstance(value, float) else Decimal(value)


@pytest.mark.slow
def test_libreoffice_recomputes_the_builders_totals(written: Path, tmp_path: Path) -> None:
    soffice = _soffice()
    # openpyxl stores formulas without results: any figure read back is LibreOffice's.
    ours = openpyxl.load_workbook(written, data_only=True)
    assert ours["Cash book"].cell(2 + len(CASH.rows), 4).value is None
    out = tmp_path / "out"
    result = subprocess.run(
        [soffice, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
         "--convert-to", "xlsx", "--outdir", str(out), str(written)],
        capture_output=True, text=True, timeout=180, check=False)
    assert result.returncode == 0 and (out / written.name).exists(), result.stdout + result.stderr
    recomputed = openpyxl.load_workbook(out / written.name, data_only=True)
    checked = 0
    for table, name in ((CASH, "Cash book"), (MEMBERS, MEMBERS_SHEET)):
        ws = recomputed[name]
        assert table.totals is not None
        totals_row = 2 + len(table.rows)
        for i, column in enumerate(table.columns):
            if not column.summed:
                continue
            expected = table.totals[i]
            amount = expected.amount if isinstance(expected, Money) else Decimal(expected)  # type: ignore[arg-type]
            assert _as_decimal(ws.cell(totals_row, i + 1).value) == amount, (name, column.title)
            checked += 1
    assert checked == 5
    # The figures a double-counting SUM would give are not what came out.
    assert _as_decimal(recomputed["Cash book"].cell(2 + len(CASH.rows), 4).value) == 1_152_500


# --- charts -------------------------------------------------------------------------


def test_a_chart_sits_on_the_sheet_of_its_data(written: Path, book: openpyxl.Workbook) -> None:
    ws = book["Money in and out"]
    assert values(ws) == [["Category", "In", "Out"], ["Jan", 150_000, 40_000], ["Feb", 1_002_500, -250]]
    assert ws["B2"].number_format == RIEL_FORMAT
    with zipfile.ZipFile(written) as archive:
        charts = [n for n in archive.namelist() if n.startswith("xl/charts/chart")]
        assert len(charts) == 1
        chart = archive.read(charts[0]).decode()
    assert "<barChart>" in chart and "<barDir val=\"col\" />" in chart
    assert "'Money in and out'!$B$2:$B$3" in chart and "'Money in and out'!$A$2:$A$3" in chart


# --- names -------------------------------------------------------------------------


def test_sheet_names_are_valid_short_and_distinct() -> None:
    names = sheet_names(["Cash: riel/dollars [2026]?", "", "cash riel dollars 2026", "Cash riel dollars 2026",
                         "A" * 40, "A" * 40, "History", "'quoted'", "ការិយាល័យ" * 4], "Table")
    assert names[0] == "Cash riel dollars 2026"
    assert names[1] == "Table 2"
    assert names[2] == "cash riel dollars 2026 (2)"
    assert names[3] == "Cash riel dollars 2026 (3)"
    assert names[4] == "A" * 31 and names[5] == "A" * 27 + " (2)"
    assert names[6] == "History (2)"
    assert names[7] == "quoted"
    assert len(names[8]) <= 31 and not names[8].endswith("\u17d2")
    assert len({n.casefold() for n in names}) == len(names)


# --- writing ------------------------------------------------------------------------


def test_a_cancelled_render_leaves_no_file_and_an_old_file_alone(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))  # where openpyxl streams its sheets
    big = Table(CASH_COLUMNS, [cash_rows()[1]] * 2500, title="Big")
    report = make_report(Section("", [CASH, big]))
    steps: list[tuple[int, int]] = []

    def cancel_after_first_thousand() -> bool:
        return len(steps) >= 2

    progress = Progress(lambda done, total: steps.append((done, total)), cancel_after_first_thousand)
    new = tmp_path / "new.xlsx"
    with pytest.raises(UserCancelled):
        render_xlsx(report, new, progress)
    assert not new.exists()
    old = tmp_path / "old.xlsx"
    old.write_bytes(b"the report of last month")
    with pytest.raises(UserCancelled):
        render_xlsx(report, old, Progress(cancelled=lambda: True))
    assert old.read_bytes() == b"the report of last month"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.xlsx", "scratch"]
    assert list(scratch.iterdir()) == []  # openpyxl's streams of the unfinished sheets are gone


def test_progress_is_reported_every_thousand_rows(tmp_path: Path) -> None:
    big = Table(CASH_COLUMNS, [cash_rows()[1]] * 2500, title="Big")
    steps: list[tuple[int, int]] = []
    render_xlsx(make_report(Section("", [big, CASH])), tmp_path / "big.xlsx",
                Progress(lambda done, total: steps.append((done, total))))
    total = 2500 + len(CASH.rows)
    assert steps == [(0, total), (1000, total), (2000, total), (total, total)]


def test_writes_to_an_open_binary_file_from_a_worker_thread() -> None:
    buffer = io.BytesIO()
    errors: list[BaseException] = []

    def work() -> None:
        try:
            render_xlsx(make_report(), buffer)
        except BaseException as error:  # noqa: BLE001 - handed to the test thread
            errors.append(error)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(60)
    assert not errors
    buffer.seek(0)
    assert openpyxl.load_workbook(buffer).sheetnames[0] == "Summary"


def test_workbook_properties(book: openpyxl.Workbook) -> None:
    assert book.properties.title == "Income and expenditure & more"
    assert book.properties.subject == "Quarterly report"
    assert book.properties.creator == "Sokha"


def test_a_khmer_report_uses_the_khmer_catalogue(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    table: dict[tuple[str, str], str] = {("reports", "Summary"): "សេចក្ដីសង្ខេប",
                                         ("reports", "Page {page} of {pages}"): "ទំព័រ {page}/{pages}"}
    monkeypatch.setattr(xlsx, "catalogue", lambda language: lambda c, t: table.get((c, t), t))
    path = tmp_path / "km.xlsx"
    render_xlsx(make_report(language="km"), path)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames[0] == "សេចក្ដីសង្ខេប"
    ws = book["Cash book"]
    assert ws.oddHeader.left.text == "សហគមន៍ស្រូវសរីរាង្គ"
    assert ws.oddFooter.center.text == "ទំព័រ &P/&N"


def test_long_titles_keep_the_page_header_within_excels_limit(tmp_path: Path) -> None:
    report = make_report(Section("", [Table([Column("What")], [("a",)], title="Sheet & co " * 20)]))
    long = dataclasses.replace(report, title="Income & expenditure " * 20, period="ស្រុក " * 60)
    path = tmp_path / "long.xlsx"
    render_xlsx(long, path)
    for ws in openpyxl.load_workbook(path).worksheets:
        header = ws.oddHeader
        parts = (header.left.text or "", header.center.text or "", header.right.text or "")
        assert sum(len(p) for p in parts) + 6 <= 255
        assert parts[1].startswith("Income && expenditure")


def test_values_of_other_kinds(tmp_path: Path) -> None:
    import enum

    class Kind(enum.StrEnum):
        RECEIPT = "receipt"

    table = Table([Column("Kind"), Column("Count", "number")], [(Kind.RECEIPT, 3)], title="Kinds")
    path = tmp_path / "kinds.xlsx"
    render_xlsx(make_report(Section("", [table])), path)
    assert values(openpyxl.load_workbook(path)["Kinds"])[1] == ["receipt", 3]
    with pytest.raises(TypeError, match="float"):
        render_xlsx(make_report(Section("", [Table([Column("x")], [(0.1,)])])),  # type: ignore[list-item]
                    tmp_path / "float.xlsx")
    assert not (tmp_path / "float.xlsx").exists()
