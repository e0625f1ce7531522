"""The PDF renderer (cbodesk.reports.pdf): pages, furniture, tables, Khmer, writing.

PDFs are read back with pypdf. Text extraction is lossy for Khmer in every
engine (NOTES.md), so Khmer is checked through the typesetter and the content
streams; Latin text through extraction.
"""

from __future__ import annotations

import io
import math
import re
import threading
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pypdf
import pytest

from cbodesk.domain.errors import UserCancelled
from cbodesk.domain.formatting import LocaleSettings
from cbodesk.domain.money import Currency, Money
from cbodesk.reports import khmer, pdf
from cbodesk.reports.model import (
    Chart,
    Column,
    KeyFigure,
    KeyFigures,
    Letterhead,
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
from cbodesk.reports.pdf import render_pdf
from cbodesk.reports.registry import NO_PROGRESS, Progress

FINGERPRINT = "3F2A-9C1B-77D0-E4A5"
KHMER_PARAGRAPH = ("សហគមន៍កសិកម្ម ស្ត្រី ប្រាក់ចំណូល និង ចំណាយ ក្រុមប្រឹក្សាភិបាល សរុប Total 1,234,567៛ "
                   "ក្រុមប្រឹក្សាភិបាលសហគមន៍កសិកម្មបានអនុម័តលើរបាយការណ៍ហិរញ្ញវត្ថុប្រចាំឆ្នាំដោយឯកច្ឆន្ទ")
COLUMNS = [Column("Date", "date", 1.2), Column("Ref", "text", 0.9), Column("Description", "text", 3),
           Column("In", "money", 1.4, Currency.KHR, summed=True),
           Column("Out", "money", 1.4, Currency.KHR, summed=True),
           Column("Balance", "money", 1.5, Currency.KHR)]


def register_rows(n: int) -> list[Sequence[Any]]:
    rows: list[Sequence[Any]] = []
    balance = 0
    for i in range(n):
        money_in = (i * 7919) % 50000 if i % 3 else 0
        money_out = (i * 104729) % 30000 if i % 3 == 0 else 0
        balance += money_in - money_out
        rows.append([date(2026, 1 + i % 12, 1 + i % 28), f"R{i:05d}",
                     ("Membership fee", "Seed rice", "Board meeting refreshments")[i % 3],
                     Money(money_in, Currency.KHR) if money_in else None,
                     Money(money_out, Currency.KHR) if money_out else None,
                     Money(balance, Currency.KHR)])
    return rows


def make_report(sections: Sequence[Section], language: str = "en", **changes: Any) -> Report:
    report = Report(
        kind="register", title="Cash book register",
        letterhead=Letterhead("សហគមន៍កសិកម្ម ស្ត្រី", "Women's Farming Community", None, "Takeo"),
        settings=LocaleSettings(language), generated_at=datetime(2026, 4, 2, 15, 4),
        generated_by="Sokha", sections=sections, period="1 Jan 2026 – 31 Mar 2026",
        subject="The cash book, line by line")
    return replace(report, **changes)


def register(n: int, **changes: Any) -> Report:
    return make_report([Section("", [Table(COLUMNS, register_rows(n))])], **changes)


def read(data: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(data))


def rendered(report: Report, progress: Progress = NO_PROGRESS) -> tuple[int, bytes]:
    out = io.BytesIO()
    pages = render_pdf(report, out, progress)
    return pages, out.getvalue()


def page_text(reader: pypdf.PdfReader, index: int) -> str:
    return reader.pages[index].extract_text()


# --- pages and furniture ----------------------------------------------------------------


def rows_per_page(report: Report) -> int:
    """How many one-line Latin rows (with the header) fill the frame."""
    geometry = pdf._geometry(report)
    size = 8.5 * geometry.scale
    row = pdf._leading(size, False) + 2 * pdf._TableLayout.PAD_Y
    return math.floor((geometry.frame[3] - row) / row + 1e-9)


@pytest.mark.slow
def test_ten_thousand_rows_fill_the_expected_pages_with_the_header_on_each() -> None:
    report = register(10_000, fingerprint=FINGERPRINT)
    pages, data = rendered(report)
    expected = math.ceil(10_000 / rows_per_page(report))
    assert pages == expected
    reader = read(data)
    assert len(reader.pages) == pages
    for index in (1, pages // 2, pages - 1):
        text = page_text(reader, index)
        for column in COLUMNS:
            assert column.title in text
        assert f"Page {index + 1} of {pages}" in text
        assert FINGERPRINT in text
    assert "R09999" in page_text(reader, pages - 1)


def test_every_row_is_printed_once_in_order() -> None:
    _, data = rendered(register(1_000))
    reader = read(data)
    refs = [ref for page in reader.pages for ref in re.findall(r"R\d{5}", page.extract_text())]
    assert refs == [f"R{i:05d}" for i in range(1_000)]
    assert all("Description" in page.extract_text() for page in reader.pages)


def test_footer_and_header_on_every_page() -> None:
    pages, data = rendered(register(120, fingerprint=FINGERPRINT))
    reader = read(data)
    assert pages == len(reader.pages) > 1
    for number, page in enumerate(reader.pages, 1):
        text = page.extract_text()
        assert f"Page {number} of {pages}" in text
        assert "Generated 2 Apr 2026, 15:04 by Sokha" in text
        assert "Women's Farming Community" in text
        assert "Cash book register" in text and "1 Jan 2026 – 31 Mar 2026" in text
        assert "Book fingerprint" in text and FINGERPRINT in text


def test_the_fingerprint_is_also_a_qr_code_on_each_page() -> None:
    _, data = rendered(register(120, fingerprint=FINGERPRINT))
    for page in read(data).pages:
        xobjects: Any = page["/Resources"]
        xobjects = xobjects["/XObject"]
        forms = [xobjects[name].get_object() for name in xobjects]
        assert any(form["/Subtype"] == "/Form" for form in forms)


def test_a_report_that_is_not_financial_has_no_fingerprint() -> None:
    _, data = rendered(register(5))
    text = page_text(read(data), 0)
    assert "Book fingerprint" not in text
    assert "/XObject" not in str(read(data).pages[0]["/Resources"])


def test_document_information() -> None:
    _, data = rendered(register(5))
    meta = read(data).metadata
    assert meta is not None
    assert meta.title == "Cash book register — 1 Jan 2026 – 31 Mar 2026"
    assert meta.author == "Women's Farming Community"
    assert meta.subject == "The cash book, line by line"
    assert meta["/Creator"] == "CBO Desk"


@pytest.mark.parametrize(("page_size", "orientation", "width", "height"), [
    ("A4", "portrait", 595.28, 841.89),
    ("A4", "landscape", 841.89, 595.28),
    ("A5", "landscape", 595.28, 419.53),  # a voucher: half an A4 sheet
])
def test_page_sizes(page_size: str, orientation: str, width: float, height: float) -> None:
    _, data = rendered(register(30, page_size=page_size, orientation=orientation))
    for page in read(data).pages:
        assert float(page.mediabox.width) == pytest.approx(width, abs=0.1)
        assert float(page.mediabox.height) == pytest.approx(height, abs=0.1)


def test_labels_come_from_the_report_language_catalogue(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    labels = {"Page %1 of %2": "Folio %1 / %2", "Generated %1 by %2": "Made by %2 on %1",
              "Total": "Sum"}

    def catalogue(language: str) -> Any:
        asked.append(language)
        return lambda context, text: labels.get(text, text) if context == "reports" else text

    monkeypatch.setattr(pdf, "catalogue", catalogue)
    table = Table(COLUMNS, register_rows(3), totals=[None, None, None, Money(1, Currency.KHR), None, None])
    _, data = rendered(make_report([Section("", [table])], language="km"))
    text = page_text(read(data), 0)
    assert asked == ["km"]
    assert "Folio 1 / 1" in text and "Made by Sokha on" in text and "Sum" in text


# --- blocks -------------------------------------------------------------------------------


def full_report(language: str = "en", **changes: Any) -> Report:
    km = language == "km"
    table = Table(
        COLUMNS,
        [Row(["January" if not km else "មករា", None, None, None, None, None], "heading"),
         *[Row(r, "muted" if i == 1 else "normal") for i, r in enumerate(register_rows(6))],
         Row(["Subtotal", None, None, Money(10, Currency.KHR), Money(-20, Currency.KHR), None], "subtotal")],
        title="Register", totals=[None, None, None, Money(123456, Currency.KHR),
                                  Money(654321, Currency.KHR), None],
        note="Exchange rate used: 4,100៛ = $1")
    figures = KeyFigures([KeyFigure("Opening balance", Money(1500000, Currency.KHR)),
                          KeyFigure("Money out", Money(-845000, Currency.KHR)),
                          KeyFigure("Closing balance", Money("1250.50", Currency.USD), emphasis=True)],
                         title="Summary")
    chart = Chart("bar", ["Jan", "មករា", "Mar"], [Series("In", [Decimal(1), Decimal(3), Decimal(2)]),
                                                 Series("ចំណាយ", [Decimal(2), Decimal(1), Decimal(0)])],
                  title="By month", unit="៛")
    line = Chart("line", ["Jan", "Feb"], [Series("Balance", [Decimal("-5.5"), Decimal(7)])])
    sections = [
        Section("Summary", [Paragraph(KHMER_PARAGRAPH), Paragraph("A note.", "note"),
                            Paragraph("Heading", "heading"), figures, chart, line]),
        Section("Register", [table, PageBreak(),
                             KeyFigures([KeyFigure("Closing balance", Money(3000000, Currency.KHR))],
                                        large=True),
                             Paragraph("Balance 3,000,000៛", "large")]),
    ]
    signatures = Signatures([Signature("Prepared by", "Sok Sreyneang", date(2026, 3, 31)),
                             Signature("Checked by"), Signature("Approved by")])
    return make_report(sections, language, fingerprint=FINGERPRINT, signatures=signatures, **changes)


@pytest.mark.parametrize("language", ["en", "km"])
def test_a_report_with_every_kind_of_block(language: str) -> None:
    pages, data = rendered(full_report(language, settings=LocaleSettings(language, language == "km")))
    reader = read(data)
    assert pages == len(reader.pages) >= 2
    text = "\n".join(page.extract_text() for page in reader.pages)
    for expected in ("Prepared by", "Checked by", "Approved by", "Sok Sreyneang", "Opening balance",
                     "Exchange rate used", "Register"):
        assert expected in text
    resources: list[Any] = [page["/Resources"] for page in reader.pages]
    fonts = {str(font.get_object()["/BaseFont"]) for r in resources for font in r["/Font"].values()}
    assert any("NotoSansKhmer" in f for f in fonts) and any("NotoSans-" in f for f in fonts)


def test_money_figures_as_cambodians_write_them() -> None:
    renderer = pdf._Renderer(register(1), NO_PROGRESS)
    money = COLUMNS[3]
    assert renderer.cell_text(Money(-1000, Currency.KHR), money) == ("-1,000៛", True)
    assert renderer.cell_text(Money("12.5", Currency.USD), money) == ("$12.50", False)
    assert renderer.cell_text(date(2026, 3, 14), COLUMNS[0]) == ("14/03/2026", False)
    assert renderer.cell_text(Decimal("12.345"), Column("Share", "percent", decimals=1)) == ("12.3%", False)
    khmer_digits = pdf._Renderer(register(1, settings=LocaleSettings("km", True)), NO_PROGRESS)
    assert khmer_digits.cell_text(Money(1234567, Currency.KHR), money) == ("១,២៣៤,៥៦៧៛", False)


def test_figures_are_right_aligned_and_negatives_red() -> None:
    layout = pdf._TableLayout(pdf._Renderer(register(1), NO_PROGRESS),
                              Table(COLUMNS, [[None, "R1", "x", None, Money(-5, Currency.KHR), None]]), 500)
    (out,) = layout.row(0).cells[2:]
    assert out.align == "right" and out.color == pdf.NEGATIVE
    assert layout.row(0).cells[0].align == "left"


# --- Khmer ---------------------------------------------------------------------------------


def test_a_long_khmer_paragraph_wraps_within_the_width_between_clusters() -> None:
    khmer.install_corrections()
    khmer.register_fonts()
    setter = pdf._Typesetter()
    style = pdf._Style(10)
    width = 150.0
    lines = setter.lines(KHMER_PARAGRAPH, style, width)
    assert len(lines) > 4
    assert all(line.width <= width + 0.01 for line in lines)
    starts = set()
    at = 0
    for unit in khmer.clusters(KHMER_PARAGRAPH):
        starts.add(at)
        at += len(unit)
    at = 0
    for line in lines:
        begin = KHMER_PARAGRAPH.index(line.text, at)
        assert KHMER_PARAGRAPH[at:begin].strip() == ""  # only the spaces at the break are dropped
        assert begin in starts  # a line never starts inside a cluster
        at = begin + len(line.text)
        drawn = "".join(piece.text for piece in line.pieces)
        assert drawn  # each line draws glyphs
    assert at == len(KHMER_PARAGRAPH)


def test_a_word_kept_whole_when_the_line_can_end_at_a_space() -> None:
    khmer.register_fonts()
    setter = pdf._Typesetter()
    style = pdf._Style(10)
    text = "ប្រាក់ចំណូល និង ចំណាយ"
    width = setter.line("ប្រាក់ចំណូល និង ចំណា", style).width  # "ចំណាយ" does not quite fit
    lines = setter.lines(text, style, width)
    assert [line.text for line in lines] == ["ប្រាក់ចំណូល និង", "ចំណាយ"]


def test_khmer_text_in_the_pdf_ends_every_text_object_on_the_baseline() -> None:
    """Correction 1 seen in a whole document: no text object leaves a rise behind."""
    table = Table([Column("ឈ្មោះ"), Column("ចំនួន", "money", currency=Currency.KHR)],
                  [["ញ្ញូ ក ស្ត្រូ ព្យុះ", Money(1000, Currency.KHR)]] * 40)
    _, data = rendered(make_report([Section("ស្ត្រី", [Paragraph("ញ្ញូ ក " * 60), table])], "km"))
    for page in read(data).pages:
        stream = page.get_contents()
        assert stream is not None
        content = stream.get_data().decode("latin-1")
        blocks = re.findall(r"BT(.*?)ET", content, re.DOTALL)
        assert blocks
        rises = [re.findall(r"(-?[0-9.]+) Ts", block) for block in blocks]
        assert any(rises)  # vowels below subscripts were drawn lowered
        assert all(float(r[-1]) == 0 for r in rises if r)


# --- writing ---------------------------------------------------------------------------------


def test_writes_to_a_path_and_returns_the_page_count(tmp_path: Path) -> None:
    target = tmp_path / "register.pdf"
    pages = render_pdf(register(100), target)
    assert len(read(target.read_bytes()).pages) == pages
    assert [p.name for p in tmp_path.iterdir()] == ["register.pdf"]


@pytest.mark.parametrize("after_steps", [0, 3])
def test_a_cancelled_render_leaves_an_existing_file_untouched(tmp_path: Path, after_steps: int) -> None:
    target = tmp_path / "register.pdf"
    target.write_bytes(b"the good old file")
    steps: list[int] = []
    progress = Progress(lambda done, total: steps.append(done), lambda: len(steps) >= after_steps)
    with pytest.raises(UserCancelled):
        render_pdf(register(2_000), target, progress)
    assert target.read_bytes() == b"the good old file"
    assert [p.name for p in tmp_path.iterdir()] == ["register.pdf"]


def test_a_cancelled_render_leaves_no_file(tmp_path: Path) -> None:
    target = tmp_path / "register.pdf"
    with pytest.raises(UserCancelled):
        render_pdf(register(2_000), target, Progress(cancelled=lambda: True))
    assert list(tmp_path.iterdir()) == []


def test_progress_moves_forward_to_the_end() -> None:
    seen: list[tuple[int, int]] = []
    rendered(register(2_000), Progress(lambda done, total: seen.append((done, total))))
    assert len(seen) > 10  # about once a page
    dones = [done for done, _ in seen]
    assert dones == sorted(dones)
    assert seen[-1][0] == seen[-1][1]


def test_two_reports_render_at_once_in_threads() -> None:
    results: dict[str, bytes] = {}
    errors: list[BaseException] = []

    def work(language: str) -> None:
        try:
            results[language] = rendered(full_report(language))[1]
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=work, args=(language,)) for language in ("en", "km", "en")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    for data in results.values():
        assert len(read(data).pages) >= 2


def png(width: int = 60, height: int = 40) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (width, height), (47, 108, 143)).save(out, "PNG")
    return out.getvalue()


def test_the_logo_is_printed_on_every_page_and_a_damaged_one_is_left_out() -> None:
    letterhead = Letterhead("សហគមន៍", "Community", png())
    _, data = rendered(register(120, letterhead=letterhead))
    for page in read(data).pages:
        resources: Any = page["/Resources"]
        images = [x.get_object() for x in resources["/XObject"].values()]
        assert any(image["/Subtype"] == "/Image" for image in images)
    pages, data = rendered(register(5, letterhead=replace(letterhead, logo_png=b"not a picture")))
    assert pages == 1 and "Community" in page_text(read(data), 0)


def test_an_empty_table_prints_its_header_and_totals() -> None:
    table = Table(COLUMNS, [], title="Nothing this month",
                  totals=[None, None, None, Money(0, Currency.KHR), Money(0, Currency.KHR), None])
    _, data = rendered(make_report([Section("", [table, Table([], [])])]))
    text = page_text(read(data), 0)
    assert "Nothing this month" in text and "Description" in text and "Total" in text
