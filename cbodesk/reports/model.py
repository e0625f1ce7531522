"""The plain report object every builder returns and both renderers draw.

A builder queries the services once and fills a :class:`Report` with text
already in the report's language and figures as exact values (``Money``,
``Decimal``, ``int``, ``date``). The PDF renderer and the Excel renderer draw
the same object, so the same figures reach both and no report computes its
numbers twice. Formatting (digits, symbols, date style) is the renderer's job,
with the report's :class:`~cbodesk.domain.formatting.LocaleSettings`.

Nothing here imports reportlab, openpyxl or Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Literal, Union

from cbodesk.domain.formatting import LocaleSettings
from cbodesk.domain.money import Currency, Money

# What a table cell may hold. None is an empty cell.
Cell = Union[str, Money, Decimal, int, date, None]

ColumnKind = Literal["text", "money", "number", "date", "percent"]
Orientation = Literal["portrait", "landscape"]
PageSize = Literal["A4", "A5"]  # A5 landscape is half an A4 sheet: vouchers


@dataclass(frozen=True)
class Column:
    """One column of a table.

    ``width`` is relative to the other columns of the table (the renderer
    shares the page width out in these proportions). A ``money`` column holds
    Money of ``currency`` (or None); the renderer writes riel without
    decimals and dollars with two. ``summed`` says the totals row's value of
    this column is the sum of the column's cells, which the Excel renderer
    writes as a ``SUM`` formula (the PDF prints the figure the builder gave).
    """

    title: str
    kind: ColumnKind = "text"
    width: float = 1.0
    currency: Currency | None = None
    summed: bool = False
    # The number of decimals for "number" and "percent" columns.
    decimals: int = 0
    # "centre" (a month grid's marks) or "left"/"right"; empty: by kind (numbers right).
    align: Literal["", "left", "centre", "right"] = ""


RowStyle = Literal["normal", "muted", "subtotal", "heading"]


@dataclass(frozen=True)
class Row:
    """One table row. ``style``: "muted" (reversed entries, grey), "subtotal"
    (bold, ruled above), "heading" (a group title across the row, bold).

    ``fills`` optionally shades single cells: a colour ``"#rrggbb"`` (or None)
    per cell, in column order; fewer than the columns leaves the rest plain.
    Both renderers draw it (the activity plan's month grid)."""

    cells: Sequence[Cell]
    style: RowStyle = "normal"
    fills: Sequence[str | None] = ()


@dataclass(frozen=True)
class Table:
    """A table with a header row repeated on every page.

    ``rows`` may be a list of :class:`Row` or of plain cell sequences (the fast
    path for registers with ten thousand lines). ``totals`` is the totals row:
    a label in the first column and, for every ``summed`` column, the total the
    builder computed (other cells None). ``sheet_name`` names the Excel sheet
    (short, unique within the report; the renderer makes it valid).
    """

    columns: Sequence[Column]
    rows: Sequence[Row | Sequence[Cell]]
    title: str = ""
    totals: Sequence[Cell] | None = None
    totals_label: str = ""
    sheet_name: str = ""
    note: str = ""  # a line under the table, e.g. the exchange rate used
    large: bool = False  # notice-board print: big type, read from across the room

    def __post_init__(self) -> None:
        width = len(self.columns)
        if self.totals is not None and len(self.totals) != width:
            raise ValueError(f"totals has {len(self.totals)} cells for {width} columns")


@dataclass(frozen=True)
class Paragraph:
    """Running text. ``style``: "body", "note" (small, grey), "large" (notice board)."""

    text: str
    style: Literal["body", "note", "large", "heading"] = "body"


@dataclass(frozen=True)
class KeyFigure:
    label: str
    value: Cell
    emphasis: bool = False  # drawn larger (the closing balance of a summary)


@dataclass(frozen=True)
class KeyFigures:
    """A few labelled figures in a block: opening balance, money in, money out …"""

    figures: Sequence[KeyFigure]
    title: str = ""
    large: bool = False  # notice-board print: big type


@dataclass(frozen=True)
class Series:
    name: str
    values: Sequence[Decimal]


@dataclass(frozen=True)
class Chart:
    """A bar or line chart drawn natively (vectors in the PDF, an Excel chart)."""

    kind: Literal["bar", "line"]
    categories: Sequence[str]
    series: Sequence[Series]
    title: str = ""
    unit: str = ""  # e.g. "៛" or "$", shown on the value axis


@dataclass(frozen=True)
class Signature:
    role: str  # "Prepared by"
    name: str = ""  # printed under the line when known
    day: date | None = None


@dataclass(frozen=True)
class Signatures:
    """Signature blocks side by side: a line to sign on, the role, the name, the date."""

    signatures: Sequence[Signature]


@dataclass(frozen=True)
class PageBreak:
    pass


@dataclass(frozen=True)
class TextRun:
    """A stretch of rich text in one style."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class RichParagraph:
    """A paragraph of runs; a "\n" inside a run is a line break within the paragraph."""

    runs: Sequence[TextRun]

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


@dataclass(frozen=True)
class RichList:
    """A bullet list or a numbered list (numbered from ``start``); each item is blocks,
    so an item may hold several paragraphs and lists nested in it."""

    ordered: bool
    items: Sequence[Sequence[RichParagraph | RichList]]
    start: int = 1


RichBlock = Union[RichParagraph, RichList]


@dataclass(frozen=True)
class RichText:
    """Text as a person wrote it (the minutes' Markdown): paragraphs with bold and
    italic, nested bullet and numbered lists. ``cbodesk.reports.markdown`` makes it."""

    blocks: Sequence[RichBlock]

    def lines(self) -> list[tuple[int, str]]:
        """The text as plain lines (depth of nesting, line), each list item starting with
        its bullet or number: for renderers that cannot draw rich text (Excel cells)."""
        found: list[tuple[int, str]] = []
        _plain_lines(self.blocks, 0, found)
        return found


# Bullets by depth of nesting: a filled dot, a hollow one, a small square, then again.
BULLETS = ("\u2022", "\u25e6", "\u25aa")


def bullet(depth: int) -> str:
    return BULLETS[depth % len(BULLETS)]


def _plain_lines(blocks: Sequence[RichBlock], depth: int, found: list[tuple[int, str]],
                 marker: str = "") -> None:
    for block in blocks:
        if isinstance(block, RichParagraph):
            for part in block.text.split("\n"):
                found.append((depth, f"{marker} {part}" if marker else part))
                marker = ""
        else:
            for i, item in enumerate(block.items):
                mark = f"{block.start + i}." if block.ordered else bullet(depth)
                before = len(found)
                _plain_lines(item, depth + 1, found, mark)
                if len(found) == before:  # an empty item still shows its bullet
                    found.append((depth + 1, mark))
        marker = ""


Block = Union[Paragraph, Table, KeyFigures, Chart, Signatures, PageBreak, RichText]


@dataclass(frozen=True)
class Section:
    title: str
    blocks: Sequence[Block]


@dataclass(frozen=True)
class Letterhead:
    """Who the report is from: printed at the top of every page."""

    name_km: str
    name_en: str
    logo_png: bytes | None = None
    address: str = ""  # village, commune, district, province in the report's language


@dataclass(frozen=True)
class Report:
    """A whole report, ready to render.

    ``period`` is the printed period ("1 Jan 2026 – 31 Mar 2026"), already in
    the report's language. ``fingerprint`` is the book fingerprint for
    financial reports (printed as text and as a QR code), empty for others.
    ``generated_at``/``generated_by`` go in every page's footer.
    """

    kind: str
    title: str
    letterhead: Letterhead
    settings: LocaleSettings
    generated_at: datetime
    generated_by: str
    sections: Sequence[Section]
    period: str = ""
    orientation: Orientation = "portrait"
    page_size: PageSize = "A4"
    fingerprint: str = ""
    signatures: Signatures | None = None
    # The PDF's subject and the Excel file's description.
    subject: str = ""

    @property
    def language(self) -> str:
        return self.settings.language

    def tables(self) -> list[Table]:
        return [block for section in self.sections for block in section.blocks if isinstance(block, Table)]
