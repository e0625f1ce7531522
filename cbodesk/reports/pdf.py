"""The PDF renderer: draws a :class:`~cbodesk.reports.model.Report` with reportlab.

Every page carries the letterhead (logo, the CBO's name in Khmer and English),
the report's title and period, and a footer with "Page X of Y", when and by
whom the report was generated and, for financial reports, the book
fingerprint as text and as a QR code. Financial reports end with signature
blocks.

Text is never handed to reportlab's ``Paragraph``: it cannot break Khmer
(no spaces between words) and draws one font per string, while Noto Sans
Khmer has no Latin letters or digits. Instead :class:`_Typesetter` cuts text
into script runs (:func:`cbodesk.reports.khmer.font_runs`), shapes the Khmer
runs with HarfBuzz once per distinct string, breaks lines at the
opportunities :mod:`cbodesk.reports.khmer` gives, and draws the pre-shaped
runs through reportlab's text objects (with the corrections of
:func:`~cbodesk.reports.khmer.install_corrections`).

Long tables are laid out a page at a time (:class:`_TableFlowable`): each
page gets a slice of rows that fits, under the repeated header row, so
10,000 rows cost ten thousand rows, not reportlab's table splitting over and
over. Cells are drawn as text in one text object per page, not one per cell.

The page count is known only at the end: :class:`_PagedCanvas` holds the
pages back and draws the furniture on each when the document is saved.
"""

from __future__ import annotations

import functools
import io
import logging
import os
import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, BinaryIO, NamedTuple

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import BaseDocTemplate, CondPageBreak, Flowable, Frame, PageTemplate, Spacer
from reportlab.platypus import PageBreak as RLPageBreak

from cbodesk.domain.formatting import (
    LocaleSettings,
    format_date,
    format_datetime,
    format_money,
    format_number,
)
from cbodesk.domain.money import Money
from cbodesk.files import written_atomically
from cbodesk.i18n import N_, Translate, catalogue
from cbodesk.reports import khmer
from cbodesk.reports.khmer import BOLD, REGULAR, Fonts
from cbodesk.reports.model import (
    BULLETS,
    Cell,
    Chart,
    Column,
    KeyFigure,
    KeyFigures,
    PageBreak,
    Paragraph,
    Report,
    RichBlock,
    RichParagraph,
    RichText,
    Row,
    Signatures,
    Table,
    TextRun,
    bullet,
)
from cbodesk.reports.registry import NO_PROGRESS, Progress

__all__ = ["render_pdf"]

log = logging.getLogger(__name__)

PAGE_X_OF_Y = N_("reports", "Page %1 of %2")
GENERATED = N_("reports", "Generated %1 by %2")
BOOK_FINGERPRINT = N_("reports", "Book fingerprint")
TOTAL = N_("reports", "Total")
SIGNATURE_NAME = N_("reports", "Name:")
SIGNATURE_DATE = N_("reports", "Date:")

CREATOR = "CBO Desk"

INK = colors.HexColor("#1a1a1a")
GREY = colors.HexColor("#6b6b6b")
RULE = colors.HexColor("#3d3d3d")
HAIRLINE = colors.HexColor("#d9d9d9")
HEADER_FILL = colors.HexColor("#e9edf1")
NEGATIVE = colors.HexColor("#b0001e")
SERIES_COLOURS = [colors.HexColor(c) for c in
                  ("#2f6c8f", "#d08a2e", "#5a9a4b", "#9b4d8c", "#7f7f7f", "#c4523d")]


def render_pdf(report: Report, out: str | os.PathLike[str] | BinaryIO,
               progress: Progress = NO_PROGRESS) -> int:
    """Write *report* as a PDF to *out* (a path or a binary file); return the page count.

    A path is written whole or not at all (:func:`cbodesk.files.written_atomically`):
    if *progress* reports a cancellation (:class:`UserCancelled` propagates),
    no file is left and an existing file is untouched. Safe to call from a
    background thread; nothing shared is changed but the one-time font
    registration and corrections.
    """
    khmer.install_corrections()
    khmer.register_fonts()
    progress.step(0, 1)
    if isinstance(out, (str, os.PathLike)):
        with written_atomically(out) as temp:
            return _Renderer(report, progress).build(str(temp))
    return _Renderer(report, progress).build(out)


# --- text --------------------------------------------------------------------


class _Piece(NamedTuple):
    font: str
    text: str  # a ShapedStr for Khmer runs
    width: float
    italic: bool = False  # slanted: the fonts have no italic face (rich text's *emphasis*)


class _Line(NamedTuple):
    pieces: tuple[_Piece, ...]
    width: float
    khmer: bool  # has Khmer letters: needs Khmer line height
    text: str  # what the line says


@dataclass(frozen=True)
class _Style:
    size: float
    bold: bool = False
    color: Any = INK
    align: str = "left"  # "left", "right", "centre"

    @property
    def fonts(self) -> Fonts:
        return BOLD if self.bold else REGULAR


def _leading(size: float, khmer_text: bool) -> float:
    # Khmer stacks a subscript and a vowel below the baseline and vowels above
    # the consonant: it needs about a third more line height than Latin.
    return size * (1.75 if khmer_text else 1.3)


def _ascent(size: float, khmer_text: bool) -> float:
    """Top of a line box to its baseline."""
    return size * (1.1 if khmer_text else 0.98)


_BREAKING_SPACE = frozenset(" \t\u200b")
_SLANT = 0.2  # italic as a shear of the upright face, about 11 degrees


class _Typesetter:
    """Shapes, measures, breaks and draws text for one rendering.

    Caches each distinct run (font, size, text), so a register that repeats
    the same dates, descriptions and amounts shapes each only once. Not
    shared between renderings, hence between threads.
    """

    def __init__(self) -> None:
        self._runs: dict[tuple[str, float, str], tuple[str, float]] = {}
        self._lines: dict[tuple[str, float, bool], _Line] = {}
        # PDF operators of pieces already drawn (see _TextObject).
        self._codes: dict[tuple[str, float, str, int], tuple[str, str, int]] = {}

    def run(self, font: str, size: float, text: str) -> tuple[str, float]:
        """*text* ready to draw in *font*, and its width."""
        key = (font, size, text)
        hit = self._runs.get(key)
        if hit is not None:
            return hit
        if font in (REGULAR.khmer, BOLD.khmer):
            shaped = khmer.shape(text, font, size)
        else:
            # Latin, digits and the like need no shaping in Noto Sans; drawing
            # them unshaped keeps registers as fast as plain reportlab tables.
            shaped = text
        if isinstance(shaped, ShapedStr):
            width = sum(data.x_advance for data in shaped.__shapeData__) * size / 1000
        else:
            width = pdfmetrics.stringWidth(text, font, size)
        hit = self._runs[key] = (shaped, width)
        return hit

    def line(self, text: str, style: _Style) -> _Line:
        """*text* as one line, however long (no line breaks in *text*)."""
        key = (text, style.size, style.bold)
        hit = self._lines.get(key)
        if hit is not None:
            return hit
        pieces = []
        width = 0.0
        tall = False
        for font, run in khmer.font_runs(text, style.fonts):
            shaped, run_width = self.run(font, style.size, run)
            pieces.append(_Piece(font, shaped, run_width))
            width += run_width
            tall = tall or (font == style.fonts.khmer and khmer.needs_tall_lines(run))
        hit = self._lines[key] = _Line(tuple(pieces), width, tall, text)
        return hit

    def lines(self, text: str, style: _Style, max_width: float) -> list[_Line]:
        """*text* broken into lines no wider than *max_width* where it can be.

        Lines end at the opportunities of :func:`khmer.break_opportunities`;
        when a writer marked Khmer words with zero-width spaces, only there
        (and between clusters only for a word wider than the line). A single
        cluster wider than the line overflows rather than being cut.
        """
        result: list[_Line] = []
        for hard_line in text.split("\n"):
            line = self.line(hard_line, style)
            if line.width <= max_width:
                result.append(line)
            else:
                result.extend(self._break(hard_line, style, max_width))
        return result

    def rich_lines(self, runs: Sequence[TextRun], size: float, max_width: float) -> list[_Line]:
        """Runs of bold, italic and plain text as one paragraph broken into lines no wider
        than *max_width*; a "\n" in a run ends a line."""
        result: list[_Line] = []
        segments: list[tuple[str, Fonts, bool]] = []

        def flush() -> None:
            text = "".join(t for t, _, _ in segments)
            result.extend(self._break(text, _Style(size), max_width, segments) if text else
                          [_Line((), 0.0, False, "")])
            segments.clear()

        for run in runs:
            parts = run.text.split("\n")
            for k, part in enumerate(parts):
                if k:
                    flush()
                if part:
                    segments.append((part, BOLD if run.bold else REGULAR, run.italic))
        flush()
        return result

    def _break(self, text: str, style: _Style, max_width: float,
               segments: Sequence[tuple[str, Fonts, bool]] | None = None) -> list[_Line]:
        """*text* broken into lines; *segments* (pieces of *text* with their fonts and
        slant) when it is rich text, else all of it in *style*."""
        size = style.size
        runs = []  # (start, end, font, shaped, clusters of the glyphs, italic)
        advance = [0.0] * (len(text) + 1)
        start = 0
        for segment, fonts, italic in segments or ((text, style.fonts, False),):
            for font, run in khmer.font_runs(segment, fonts):
                shaped, _ = self.run(font, size, run)
                if isinstance(shaped, ShapedStr):
                    glyph_clusters = [data.cluster for data in shaped.__shapeData__]
                    for data in shaped.__shapeData__:
                        advance[start + data.cluster] += data.x_advance * size / 1000
                else:
                    glyph_clusters = list(range(len(run)))
                    for k, ch in enumerate(run):
                        advance[start + k] = pdfmetrics.stringWidth(ch, font, size)
                runs.append((start, start + len(run), font, shaped, glyph_clusters, italic))
                start += len(run)
        # cumulative[k]: the width of text[:k] (exact at cluster boundaries).
        cumulative = [0.0]
        for value in advance[:-1]:
            cumulative.append(cumulative[-1] + value)

        def trimmed(begin: int, end: int) -> int:
            while end > begin and text[end - 1] in _BREAKING_SPACE:
                end -= 1
            return end

        def fits(begin: int, end: int) -> bool:
            return cumulative[trimmed(begin, end)] - cumulative[begin] <= max_width + 0.01

        words_marked = khmer.ZWSP in text
        ends = khmer.break_opportunities(text, inside_words=not words_marked) + [len(text)]
        spans = []
        begin = 0
        while begin < len(text):
            k = bisect_left(ends, begin + 1)
            best = None
            at_space = None
            while k < len(ends) and fits(begin, ends[k]):
                best = ends[k]
                if best == len(text) or text[best - 1] in _BREAKING_SPACE:
                    at_space = best
                k += 1
            # Khmer phrases are separated by spaces, and a word kept whole
            # reads better: break between two clusters of a word only when the
            # last space would leave the line much too short, and never to
            # leave a cluster or two of the word alone.
            if best is not None and at_space is not None and at_space != best:
                fill = (cumulative[trimmed(begin, at_space)] - cumulative[begin]) / max_width
                word_end = next((e for e in ends[k:] if e == len(text) or text[e - 1] in _BREAKING_SPACE),
                                len(text))
                head = khmer.clusters(text[at_space:best])
                tail = khmer.clusters(text[best:trimmed(best, word_end)])
                if fill >= 0.8 or (fill >= 0.5 and min(len(head), len(tail)) <= 2):
                    best = at_space
            if best is None:
                # The next piece alone is too wide: break inside it, finer.
                piece_end = ends[k] if k < len(ends) else len(text)
                piece = text[begin:piece_end]
                for finer in (khmer.break_opportunities(piece) if words_marked else [],
                              khmer.grapheme_boundaries(piece)):
                    candidates = [begin + o for o in finer if fits(begin, begin + o)]
                    if candidates:
                        best = candidates[-1]
                        break
                if best is None:
                    units = khmer.grapheme_boundaries(piece)
                    best = begin + units[0] if units else piece_end
            spans.append((begin, trimmed(begin, best)))
            begin = best
        lines = []
        for begin, end in spans:
            pieces = []
            for run_start, run_end, font, shaped, glyph_clusters, italic in runs:
                a, b = max(begin, run_start), min(end, run_end)
                if a >= b:
                    continue
                g0 = bisect_left(glyph_clusters, a - run_start)
                g1 = bisect_left(glyph_clusters, b - run_start)
                if g0 < g1:
                    pieces.append(_Piece(font, shaped[g0:g1], cumulative[b] - cumulative[a], italic))
            width = sum(p.width for p in pieces)
            lines.append(_Line(tuple(pieces), width, khmer.needs_tall_lines(text[begin:end]),
                               text[begin:end]))
        return lines

    def text_object(self, canv: Any) -> _TextObject:
        return _TextObject(canv, self._codes)

    def draw_block(self, canv: Any, lines: Sequence[_Line], x: float, top: float, width: float,
                   style: _Style, khmer_text: bool | None = None) -> float:
        """Draw *lines* from *top* down, aligned in *width*; return the height used."""
        if khmer_text is None:
            khmer_text = any(line.khmer for line in lines)
        leading = _leading(style.size, khmer_text)
        text = self.text_object(canv)
        text.setFillColor(style.color)
        y = top - _ascent(style.size, khmer_text)
        for line in lines:
            text.line(line, _aligned(x, width, line.width, style.align), y, style.size)
            y -= leading
        canv.drawText(text)
        return leading * len(lines)


class _TextObject(PDFTextObject):
    """A text object that draws typeset lines and reuses the PDF operators of
    a piece it has drawn before.

    A register prints the same descriptions, dates and amounts thousands of
    times; reportlab formats each from scratch (glyph by glyph for shaped
    Khmer, with its pure-Python number formatting). The operators depend only
    on the piece, the document's font subsets, and the subset current when
    the piece starts, so they are cached per rendering on those. Relies on
    ``PDFTextObject._formatText`` and ``_curSubset`` of reportlab 5.1.0 (pinned).
    """

    _curSubset: int  # reportlab's: the font subset the text object last selected

    def __init__(self, canv: Any, codes: dict[tuple[str, float, str, int], tuple[str, str, int]]) -> None:
        super().__init__(canv)
        self._codes = codes
        self._font: str | None = None
        self._size = 0.0

    def line(self, line: _Line, x: float, baseline: float, size: float) -> None:
        """Draw *line* with its baseline starting at (*x*, *baseline*)."""
        self._code.append(f"1 0 0 1 {x:.2f} {baseline:.2f} Tm")
        codes = self._codes
        slanted = False
        for piece in line.pieces:
            if piece.italic != slanted:
                # A synthetic oblique: the text matrix sheared from here on (a new matrix
                # also moves to where the line has got to).
                slanted = piece.italic
                self._code.append(f"1 0 {_SLANT if slanted else 0} 1 {x:.2f} {baseline:.2f} Tm")
            if piece.font != self._font or size != self._size:
                self.setFont(piece.font, size)
                self._font, self._size = piece.font, size
            key = (piece.font, size, piece.text, self._curSubset)
            hit = codes.get(key)
            # The identity check: two shapings could give equal glyph strings
            # with different positions; the same object cannot.
            if hit is None or hit[0] is not piece.text or self._rise:
                code = self._formatText(piece.text)
                hit = codes[key] = (piece.text, code, self._curSubset)
            self._code.append(hit[1])
            self._curSubset = hit[2]
            x += piece.width


def _aligned(x: float, width: float, line_width: float, align: str) -> float:
    if align == "right":
        return x + width - line_width
    if align == "centre":
        return x + (width - line_width) / 2
    return x


def _fill(template: str, *values: str) -> str:
    """Qt-style placeholders: ``%1``, ``%2`` replaced in one pass."""
    return re.sub(r"%(\d)", lambda m: values[int(m.group(1)) - 1]
                  if 0 < int(m.group(1)) <= len(values) else m.group(0), template)


# --- flowables ----------------------------------------------------------------


class _TextFlowable(Flowable):
    """A paragraph typeset by :class:`_Typesetter`; splits between lines."""

    def __init__(self, setter: _Typesetter, text: str | None, style: _Style, *,
                 space_before: float = 0, space_after: float = 0,
                 lines: list[_Line] | None = None, khmer_text: bool | None = None) -> None:
        super().__init__()
        self._setter = setter
        self._text = text
        self._style = style
        self.spaceBefore = space_before
        self.spaceAfter = space_after
        self._lines = lines
        self._khmer = khmer_text
        self._width = 0.0

    def _layout(self, width: float) -> list[_Line]:
        if self._lines is None or self._width != width:
            if self._text is not None:
                self._lines = self._setter.lines(self._text, self._style, width)
            self._width = width
            if self._khmer is None:
                self._khmer = any(line.khmer for line in self._lines or [])
        return self._lines or []

    @property
    def _line_height(self) -> float:
        return _leading(self._style.size, bool(self._khmer))

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        lines = self._layout(availWidth)
        return availWidth, self._line_height * len(lines)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        lines = self._layout(availWidth)
        n = int(availHeight // self._line_height)
        if n <= 0 or n >= len(lines):
            return []
        # Keep at least two lines together at either end where possible.
        if len(lines) >= 4:
            n = min(max(n, 2), len(lines) - 2)
            if n * self._line_height > availHeight:
                return []
        head = _TextFlowable(self._setter, None, self._style, space_before=self.spaceBefore,
                             lines=lines[:n], khmer_text=self._khmer)
        tail = _TextFlowable(self._setter, None, self._style, space_after=self.spaceAfter,
                             lines=lines[n:], khmer_text=self._khmer)
        for part in (head, tail):
            part._width = availWidth
        return [head, tail]

    def draw(self) -> None:
        self._setter.draw_block(self.canv, self._lines or [], 0, self._line_height * len(self._lines or []),
                                self._width, self._style, khmer_text=bool(self._khmer))


class _RichEntry(NamedTuple):
    """One line of rich text placed: where it starts, its list marker, the space above."""

    x: float
    line: _Line
    marker: _Line | None  # a bullet or "1." before the line, in the hanging indent
    marker_right: float  # where the marker ends
    gap: float  # space above the line (between paragraphs and list items)


class _RichTextFlowable(Flowable):
    """Rich text (paragraphs with bold and italic, nested lists with hanging indents);
    splits between any two lines."""

    def __init__(self, setter: _Typesetter, block: RichText | None, style: _Style, *,
                 space_before: float = 0, space_after: float = 0,
                 entries: list[_RichEntry] | None = None, khmer_text: bool | None = None,
                 settings: LocaleSettings | None = None) -> None:
        super().__init__()
        self._setter = setter
        self._settings = settings or LocaleSettings()
        self._block = block
        self._style = style
        self.spaceBefore = space_before
        self.spaceAfter = space_after
        self._entries = entries
        self._khmer = khmer_text
        self._width = 0.0

    def _layout(self, width: float) -> list[_RichEntry]:
        if self._block is not None and (self._entries is None or self._width != width):
            self._entries = []
            self._add(self._block.blocks, 0.0, width, 0, None, 0.0)
            self._khmer = any(e.line.khmer or (e.marker is not None and e.marker.khmer)
                              for e in self._entries)
        self._width = width
        return self._entries or []

    def _add(self, blocks: Sequence[RichBlock], left: float, width: float, depth: int,
             marker: _Line | None, marker_right: float) -> None:
        entries = self._entries
        assert entries is not None
        size = self._style.size
        setter = self._setter
        for block in blocks:
            gap = (size * 0.15 if marker is not None else size * 0.5) if entries else 0.0
            if isinstance(block, RichParagraph):
                lines = setter.rich_lines(block.runs, size, max(width - left, size * 4))
                for k, line in enumerate(lines):
                    entries.append(_RichEntry(left, line, marker if k == 0 else None, marker_right,
                                              gap if k == 0 else 0.0))
                marker = None
                continue
            if marker is not None:
                # An item that starts with a list: its own marker on a line of its own.
                entries.append(_RichEntry(left, setter.line("", self._style), marker, marker_right, gap))
                marker = None
            marks = [setter.line(format_number(block.start + i, self._settings) + "." if block.ordered
                                 else bullet(depth), self._style)
                     for i in range(len(block.items))]
            # The hanging indent: room for the widest number ("12.") and a space.
            indent = max(size * 1.6, max((m.width for m in marks), default=0.0) + size * 0.6)
            for item, mark in zip(block.items, marks):
                before = len(entries)
                self._add(item, left + indent, width, depth + 1, mark, left + indent - size * 0.4)
                if len(entries) == before:  # an empty item keeps its bullet
                    entries.append(_RichEntry(left + indent, setter.line("", self._style), mark,
                                              left + indent - size * 0.4, size * 0.15 if entries else 0.0))

    @property
    def _leading(self) -> float:
        return _leading(self._style.size, bool(self._khmer))

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        entries = self._layout(availWidth)
        return availWidth, sum(e.gap for e in entries) + self._leading * len(entries)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        entries = self._layout(availWidth)
        used = 0.0
        n = 0
        for entry in entries:
            used += entry.gap + self._leading
            if used > availHeight:
                break
            n += 1
        if n <= 0 or n >= len(entries):
            return []
        tail_entries = [entries[n]._replace(gap=0.0)] + entries[n + 1:]
        head = _RichTextFlowable(self._setter, None, self._style, space_before=self.spaceBefore,
                                 entries=entries[:n], khmer_text=self._khmer)
        tail = _RichTextFlowable(self._setter, None, self._style, space_after=self.spaceAfter,
                                 entries=tail_entries, khmer_text=self._khmer)
        for part in (head, tail):
            part._width = availWidth
        return [head, tail]

    def draw(self) -> None:
        entries = self._entries or []
        canv = self.canv
        leading = self._leading
        ascent = _ascent(self._style.size, bool(self._khmer))
        text = self._setter.text_object(canv)
        text.setFillColor(self._style.color)
        size = self._style.size
        dots: list[tuple[str, float, float]] = []
        y = sum(e.gap for e in entries) + leading * len(entries)
        for entry in entries:
            y -= entry.gap
            baseline = y - ascent
            if entry.marker is not None:
                if entry.marker.text in BULLETS:
                    # Drawn, not typed: the fonts have "•" but not "◦" or "▪".
                    dots.append((entry.marker.text, entry.marker_right - size * 0.2, baseline + size * 0.32))
                else:
                    text.line(entry.marker, entry.marker_right - entry.marker.width, baseline, size)
            if entry.line.pieces:
                text.line(entry.line, entry.x, baseline, size)
            y -= leading
        canv.drawText(text)
        if dots:
            canv.saveState()
            canv.setFillColor(self._style.color)
            canv.setStrokeColor(self._style.color)
            canv.setLineWidth(size * 0.06)
            r = size * 0.16
            for kind, cx, cy in dots:
                if kind == BULLETS[0]:
                    canv.circle(cx, cy, r, stroke=0, fill=1)
                elif kind == BULLETS[1]:
                    canv.circle(cx, cy, r * 0.9, stroke=1, fill=0)
                else:
                    canv.rect(cx - r * 0.85, cy - r * 0.85, r * 1.7, r * 1.7, stroke=0, fill=1)
            canv.restoreState()


@dataclass
class _PreparedCell:
    lines: list[_Line]
    align: str
    color: Any
    x: float  # left edge of the cell (of the row for a heading)
    width: float


@dataclass
class _PreparedRow:
    cells: list[_PreparedCell]
    height: float
    size: float
    khmer: bool
    kind: str  # a RowStyle, or "total"
    fills: tuple[tuple[float, float, Any], ...] = ()  # shaded cells: x, width, colour


class _TableLayout:
    """What every page slice of one table shares: columns, header, prepared rows."""

    PAD_X = 3.0
    PAD_Y = 2.2

    def __init__(self, renderer: _Renderer, table: Table, width: float) -> None:
        self.renderer = renderer
        self.table = table
        self.width = width
        setter = renderer.setter
        # A large table (the notice board) is read from across the room.
        self.size = renderer.table_size * (3.0 if table.large else 1.0)
        if table.large:
            self.PAD_Y = self.PAD_Y * 3
        weights = [max(column.width, 0.01) for column in table.columns]
        scale = width / sum(weights)
        self.col_x: list[float] = []
        self.col_w: list[float] = []
        x = 0.0
        for weight in weights:
            self.col_x.append(x)
            self.col_w.append(weight * scale)
            x += weight * scale
        self.aligns = [_column_align(column) for column in table.columns]
        header_style = _Style(self.size, bold=True)
        header_cells = []
        for i, column in enumerate(table.columns):
            lines = setter.lines(column.title, header_style, self.col_w[i] - 2 * self.PAD_X)
            header_cells.append(_PreparedCell(lines, self.aligns[i], INK, self.col_x[i], self.col_w[i]))
        self.header = self._finish(header_cells, "header")
        title_style = _Style(renderer.scale * 11, bold=True)
        self.title_lines = setter.lines(table.title, title_style, width) if table.title else []
        self.title_style = title_style
        self.title_height = (_leading(title_style.size, any(ln.khmer for ln in self.title_lines))
                             * len(self.title_lines) + 3 if self.title_lines else 0.0)
        note_style = _Style(renderer.scale * 7.5, color=GREY)
        self.note_lines = setter.lines(table.note, note_style, width) if table.note else []
        self.note_style = note_style
        self.note_height = (_leading(note_style.size, any(ln.khmer for ln in self.note_lines))
                            * len(self.note_lines) + 3 if self.note_lines else 0.0)
        self.sources: list[Row | Sequence[Cell]] = list(table.rows)
        if table.totals is not None:
            totals = list(table.totals)
            if totals and totals[0] is None:
                totals[0] = table.totals_label or renderer.translate("reports", TOTAL)
            self.sources.append(Row(totals, "subtotal"))
            self.totals_index = len(self.sources) - 1
        else:
            self.totals_index = -1
        self.rows: list[_PreparedRow] = []

    def row(self, index: int) -> _PreparedRow:
        while len(self.rows) <= index:
            i = len(self.rows)
            self.rows.append(self._prepare(self.sources[i], total=i == self.totals_index))
        return self.rows[index]

    def _prepare(self, source: Row | Sequence[Cell], total: bool) -> _PreparedRow:
        kind: str
        if isinstance(source, Row):
            values, kind = source.cells, source.style
        else:
            values, kind = source, "normal"
        if total:
            kind = "total"
        renderer = self.renderer
        bold = kind in ("subtotal", "heading", "total")
        style = _Style(self.size, bold=bold)
        muted = kind == "muted"
        setter = renderer.setter
        cells: list[_PreparedCell] = []
        if kind == "heading":
            text = "  ".join(t for t in (renderer.cell_text(v, c)[0]
                                         for v, c in zip(values, self.table.columns)) if t)
            lines = setter.lines(text, style, self.width - 2 * self.PAD_X)
            cells.append(_PreparedCell(lines, "left", INK, 0.0, self.width))
            return self._finish(cells, kind)
        for i, (value, column) in enumerate(zip(values, self.table.columns)):
            text, negative = renderer.cell_text(value, column)
            if not text:
                continue
            inner = self.col_w[i] - 2 * self.PAD_X
            if "\n" in text:
                lines = setter.lines(text, style, inner)
            else:
                line = setter.line(text, style)
                lines = ([line] if line.width <= inner or column.kind != "text"
                         else setter.lines(text, style, inner))
            color = GREY if muted else (NEGATIVE if negative else INK)
            cells.append(_PreparedCell(lines, self.aligns[i], color, self.col_x[i], self.col_w[i]))
        prepared = self._finish(cells, kind)
        if isinstance(source, Row) and source.fills:
            prepared.fills = tuple((self.col_x[i], self.col_w[i], colors.HexColor(fill))
                                   for i, fill in enumerate(source.fills[:len(self.col_x)]) if fill)
        return prepared

    def _finish(self, cells: list[_PreparedCell], kind: str) -> _PreparedRow:
        is_khmer = any(line.khmer for cell in cells for line in cell.lines)
        n = max((len(cell.lines) for cell in cells), default=1)
        height = n * _leading(self.size, is_khmer) + 2 * self.PAD_Y
        return _PreparedRow(cells, height, self.size, is_khmer, kind)

    def draw_rows(self, canv: Any, rows: Sequence[_PreparedRow], top: float) -> float:
        """Draw *rows* (the header first) from *top* down; return the bottom."""
        width = self.width
        # Rules and fills first, then all the text in one text object.
        y = top
        hairlines: list[tuple[float, float, float, float]] = []
        strong: list[tuple[float, float, float, float]] = []
        for row in rows:
            bottom = y - row.height
            for x, w, fill in row.fills:
                # A hair's gap between shaded neighbours keeps the cells apart (a month grid).
                canv.setFillColor(fill)
                canv.rect(x + 0.6, bottom + 0.6, w - 1.2, row.height - 1.2, stroke=0, fill=1)
            if row.kind == "header":
                canv.setFillColor(HEADER_FILL)
                canv.rect(0, bottom, width, row.height, stroke=0, fill=1)
                strong.append((0, bottom, width, bottom))
            elif row.kind in ("subtotal", "total"):
                strong.append((0, y, width, y))
                if row.kind == "total":
                    strong.append((0, bottom, width, bottom))
            else:
                hairlines.append((0, bottom, width, bottom))
            y = bottom
        canv.saveState()
        for lines, colour, line_width in ((hairlines, HAIRLINE, 0.4), (strong, RULE, 0.8)):
            if lines:
                canv.setStrokeColor(colour)
                canv.setLineWidth(line_width)
                # One path for all the rules of the page, written directly:
                # canvas.lines() formats every coordinate the slow way.
                canv.addLiteral(" ".join(f"{x0:.2f} {y0:.2f} m {x1:.2f} {y1:.2f} l"
                                         for x0, y0, x1, y1 in lines) + " S")
        canv.restoreState()

        text = self.renderer.setter.text_object(canv)
        color = None
        y = top
        for row in rows:
            leading = _leading(row.size, row.khmer)
            ascent = _ascent(row.size, row.khmer)
            for cell in row.cells:
                if cell.color is not color:
                    text.setFillColor(cell.color)
                    color = cell.color
                block = leading * len(cell.lines)
                baseline = y - (row.height - block) / 2 - ascent
                for line in cell.lines:
                    x = _aligned(cell.x + self.PAD_X, cell.width - 2 * self.PAD_X, line.width, cell.align)
                    text.line(line, x, baseline, row.size)
                    baseline -= leading
            y -= row.height
        canv.drawText(text)
        return y


def _column_align(column: Column) -> str:
    if column.align:
        return column.align
    return "right" if column.kind in ("money", "number", "percent") else "left"


class _TableFlowable(Flowable):
    """Rows [start, end) of a table under its header; splits a page at a time."""

    def __init__(self, renderer: _Renderer, table: Table, layout: _TableLayout | None = None,
                 start: int = 0, end: int | None = None, first: bool = True) -> None:
        super().__init__()
        self._renderer = renderer
        self._table = table
        self._layout = layout
        self._start = start
        self._end = end
        self._first = first
        self.spaceBefore = 4
        self.spaceAfter = 8
        self._height = 0.0

    def _get_layout(self, width: float) -> _TableLayout:
        if self._layout is None or self._layout.width != width:
            self._layout = _TableLayout(self._renderer, self._table, width)
            if self._end is None:
                self._end = len(self._layout.sources)
        return self._layout

    @property
    def _stop(self) -> int:
        assert self._end is not None
        return self._end

    @property
    def _last(self) -> bool:
        return self._layout is not None and self._stop == len(self._layout.sources)

    def _fixed_height(self, layout: _TableLayout) -> float:
        return (layout.title_height if self._first else 0.0) + layout.header.height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        layout = self._get_layout(availWidth)
        height = self._fixed_height(layout)
        for i in range(self._start, self._stop):
            height += layout.row(i).height
            if height > availHeight:
                break  # too tall anyway: split will measure precisely
        else:
            if self._last:
                height += layout.note_height
        self._height = height
        return availWidth, height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        layout = self._get_layout(availWidth)
        room = availHeight - self._fixed_height(layout)
        n = 0
        used = 0.0
        for i in range(self._start, self._stop):
            h = layout.row(i).height
            if used + h > room:
                break
            used += h
            n += 1
        remaining = self._stop - self._start
        if n >= remaining:
            if not self._last or used + layout.note_height <= room:
                return [self]
            n = remaining - 1  # the note goes with the last row
        # A group heading is not left alone at the foot of a page.
        while n > 1 and layout.row(self._start + n - 1).kind == "heading":
            n -= 1
        at_top = availHeight >= self._renderer.frame_height - 1
        if n < min(2 if self._first else 1, remaining) and not at_top:
            return []
        if n == 1 and remaining > 1 and layout.row(self._start).kind == "heading" and not at_top:
            return []  # only a heading would fit here: it goes to the next page with its rows
        n = max(n, 1)
        cut = self._start + n
        return [_TableFlowable(self._renderer, self._table, layout, self._start, cut, self._first),
                _TableFlowable(self._renderer, self._table, layout, cut, self._end, first=False)]

    def draw(self) -> None:
        layout = self._layout
        assert layout is not None
        canv = self.canv
        top = self._height
        if self._first and layout.title_lines:
            self._renderer.setter.draw_block(canv, layout.title_lines, 0, top, layout.width,
                                             layout.title_style)
            top -= layout.title_height
        rows = [layout.header] + [layout.row(i) for i in range(self._start, self._stop)]
        bottom = layout.draw_rows(canv, rows, top)
        if self._last and layout.note_lines:
            self._renderer.setter.draw_block(canv, layout.note_lines, 0, bottom - 3, layout.width,
                                             layout.note_style)
        # Drawn once per page: the progress bar moves and Cancel is heard.
        self._renderer.table_progress(self._stop - self._start)


class _KeyFigureRow(Flowable):
    """One row of labelled figures in boxes; ``large`` is the notice-board print.

    A KeyFigures block is a row of these (after its title), so a long block
    flows over pages like paragraphs.
    """

    GAP = 8.0

    def __init__(self, renderer: _Renderer, figures: Sequence[KeyFigure], columns: int,
                 large: bool) -> None:
        super().__init__()
        self._renderer = renderer
        self._figures = figures
        self._columns = columns
        self._large = large
        self.spaceAfter = self.GAP
        self._boxes: list[tuple[list[_Line], _Style, list[_Line], _Style]] = []
        self._box_w = 0.0
        self._height = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        r = self._renderer
        s = r.scale
        self._box_w = (availWidth - self.GAP * (self._columns - 1)) / self._columns
        inner = self._box_w - 12
        self._boxes = []
        self._height = 0.0
        for figure in self._figures:
            if self._large:  # read from across the room
                label_style = _Style(s * 22, color=GREY)
                value_style = _Style(s * (60 if figure.emphasis else 48), bold=True, align="right")
            else:
                label_style = _Style(s * 8, color=GREY)
                value_style = _Style(s * (15 if figure.emphasis else 12.5), bold=True, align="right")
            text, negative = r.cell_text(figure.value, None)
            if negative:
                value_style = _Style(value_style.size, True, NEGATIVE, "right")
            label = r.setter.lines(figure.label, label_style, inner)
            value = r.setter.lines(text, value_style, inner)
            self._boxes.append((label, label_style, value, value_style))
            height = (_leading(label_style.size, any(ln.khmer for ln in label)) * len(label)
                      + _leading(value_style.size, any(ln.khmer for ln in value)) * len(value) + 14)
            self._height = max(self._height, height)
        return availWidth, self._height

    def draw(self) -> None:
        canv = self.canv
        setter = self._renderer.setter
        for j, ((label, label_style, value, value_style), figure) in enumerate(
                zip(self._boxes, self._figures)):
            x = j * (self._box_w + self.GAP)
            canv.saveState()
            canv.setStrokeColor(RULE if figure.emphasis else HAIRLINE)
            canv.setLineWidth(1.2 if figure.emphasis else 0.6)
            canv.setFillColor(HEADER_FILL if figure.emphasis else colors.white)
            canv.roundRect(x, 0, self._box_w, self._height, 3, stroke=1, fill=1)
            canv.restoreState()
            y = self._height - 6
            y -= setter.draw_block(canv, label, x + 6, y, self._box_w - 12, label_style)
            setter.draw_block(canv, value, x + 6, y, self._box_w - 12, value_style)


class _SignaturesFlowable(Flowable):
    """Blocks side by side: room to sign, a line, the role, the name, the date."""

    def __init__(self, renderer: _Renderer, block: Signatures) -> None:
        super().__init__()
        self._renderer = renderer
        self._block = block
        self.spaceBefore = 18
        self.spaceAfter = 6
        self._height = 0.0
        self._width = 0.0

    def _parts(self, width: float) -> list[list[tuple[list[_Line], _Style]]]:
        r = self._renderer
        role_style = _Style(r.scale * 9, bold=True)
        detail_style = _Style(r.scale * 8.5)
        blank = " " + "." * 28
        parts = []
        for signature in self._block.signatures:
            name = signature.name or r.translate("reports", SIGNATURE_NAME) + blank
            day = (r.translate("reports", SIGNATURE_DATE) + " " + format_date(signature.day, r.settings)
                   if signature.day else r.translate("reports", SIGNATURE_DATE) + blank)
            parts.append([(r.setter.lines(text, style, width), style)
                          for text, style in ((signature.role, role_style), (name, detail_style),
                                              (day, detail_style))])
        return parts

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        count = max(len(self._block.signatures), 1)
        gap = 14.0
        self._width = (availWidth - gap * (count - 1)) / count
        room = 40 * self._renderer.scale
        self._height = room + max(
            (sum(_leading(style.size, any(ln.khmer for ln in lines)) * len(lines)
                 for lines, style in part) for part in self._parts(self._width)), default=0) + 4
        return availWidth, self._height

    def draw(self) -> None:
        canv = self.canv
        gap = 14.0
        room = 40 * self._renderer.scale
        for i, part in enumerate(self._parts(self._width)):
            x = i * (self._width + gap)
            y = self._height - room
            canv.saveState()
            canv.setStrokeColor(RULE)
            canv.setLineWidth(0.7)
            canv.line(x, y, x + self._width, y)
            canv.restoreState()
            y -= 3
            for lines, style in part:
                y -= self._renderer.setter.draw_block(canv, lines, x, y, self._width, style)


class _ChartFlowable(Flowable):
    """A bar or line chart drawn with reportlab.graphics, its words typeset by us.

    reportlab's chart labels are one font per string and unshaped; the
    category names, the legend and the title may be Khmer, so the chart is
    drawn without them and they are placed with the typesetter at the
    positions the chart's category axis computed.
    """

    def __init__(self, renderer: _Renderer, chart: Chart, height: float) -> None:
        super().__init__()
        self._renderer = renderer
        self._chart = chart
        self._height = height
        self._width = 0.0
        self.spaceBefore = 6
        self.spaceAfter = 10

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._width = availWidth
        return availWidth, self._height

    def draw(self) -> None:
        r = self._renderer
        chart = self._chart
        canv = self.canv
        setter = r.setter
        width, height = self._width, self._height
        scale = r.scale
        title_style = _Style(scale * 10, bold=True)
        label_style = _Style(scale * 7.5, align="centre")
        legend_style = _Style(scale * 8)
        top = height
        if chart.title:
            lines = setter.lines(chart.title, title_style, width)
            top -= setter.draw_block(canv, lines, 0, top, width, title_style) + 4
        legend_h = _leading(legend_style.size, True) + 4 if chart.series else 0.0
        category_h = _leading(label_style.size, True) * 2 + 2
        left = 52 * scale
        plot = (left, legend_h + category_h, width - left - 8, top - legend_h - category_h - 8)
        if chart.kind == "bar":
            graph: Any = VerticalBarChart()
            graph.barSpacing = 1
            graph.groupSpacing = 8
        else:
            graph = HorizontalLineChart()
            graph.joinedLines = 1
        graph.x, graph.y, graph.width, graph.height = plot
        # Plotting coordinates are floats; the figures themselves stay Decimal.
        graph.data = [[float(v) for v in s.values] or [0.0] for s in chart.series] or [[0.0]]
        graph.categoryAxis.categoryNames = [str(i) for i in range(len(chart.categories))]
        graph.categoryAxis.visibleLabels = 0
        value_font = REGULAR.khmer if r.settings.khmer_digits else REGULAR.latin
        graph.valueAxis.labels.fontName = value_font
        graph.valueAxis.labels.fontSize = scale * 7
        graph.valueAxis.labelTextFormat = self._value_label
        graph.valueAxis.visibleGrid = 1
        graph.valueAxis.gridStrokeColor = HAIRLINE
        graph.valueAxis.gridStrokeWidth = 0.4
        graph.valueAxis.strokeColor = GREY
        graph.categoryAxis.strokeColor = GREY
        if all(v >= 0 for s in chart.series for v in s.values):
            graph.valueAxis.valueMin = 0
        for i in range(len(chart.series)):
            colour = SERIES_COLOURS[i % len(SERIES_COLOURS)]
            if chart.kind == "bar":
                graph.bars[i].fillColor = colour
                graph.bars[i].strokeColor = None
            else:
                graph.lines[i].strokeColor = colour
                graph.lines[i].strokeWidth = 1.6
        drawing = Drawing(width, height)
        drawing.add(graph)
        renderPDF.draw(drawing, canv, 0, 0)
        if chart.unit:
            unit_style = _Style(scale * 7, color=GREY)
            setter.draw_block(canv, [setter.line(chart.unit, unit_style)], 0, plot[1] + plot[3] + 9,
                              left - 6, _Style(unit_style.size, color=GREY, align="right"))
        # Category names under the axis, centred on their category.
        slot = plot[2] / max(len(chart.categories), 1)
        for i, name in enumerate(chart.categories):
            centre = float(graph.categoryAxis.midScale(i))  # laid out by the drawing above
            lines = setter.lines(name, label_style, max(slot - 2, 20))[:2]
            setter.draw_block(canv, lines, centre - slot / 2, plot[1] - 3, slot, label_style)
        # The legend: a swatch and the series name.
        x = plot[0]
        for i, series in enumerate(chart.series):
            colour = SERIES_COLOURS[i % len(SERIES_COLOURS)]
            line = setter.line(series.name, legend_style)
            canv.saveState()
            canv.setFillColor(colour)
            canv.rect(x, 2, 8, 8, stroke=0, fill=1)
            canv.restoreState()
            setter.draw_block(canv, [line], x + 11, 2 + _ascent(legend_style.size, line.khmer) - 1,
                              line.width + 1, legend_style, khmer_text=line.khmer)
            x += line.width + 26

    def _value_label(self, value: float) -> str:
        number = Decimal(repr(value))
        decimals = 0 if number == number.to_integral_value() else 2
        return format_number(number, self._renderer.settings, decimals=decimals)


# --- the pages ----------------------------------------------------------------


@dataclass(frozen=True)
class _Geometry:
    width: float
    height: float
    margin: float
    top: float  # from the top edge to the header
    header: float
    footer: float
    bottom: float  # from the bottom edge to the footer
    scale: float  # type sizes relative to A4

    @property
    def frame(self) -> tuple[float, float, float, float]:
        x = self.margin
        y = self.bottom + self.footer
        return x, y, self.width - 2 * self.margin, self.height - self.top - self.header - y


def _geometry(report: Report) -> _Geometry:
    if report.page_size == "A5":
        # Half an A4 sheet: a voucher, printed landscape.
        width, height = landscape(A5) if report.orientation == "landscape" else A5
        return _Geometry(width, height, 10 * mm, 7 * mm, 17 * mm, 13 * mm, 6 * mm, 0.85)
    width, height = landscape(A4) if report.orientation == "landscape" else A4
    return _Geometry(width, height, 14 * mm, 9 * mm, 21 * mm, 16 * mm, 8 * mm, 1.0)


class _Furniture:
    """Header and footer of every page, drawn once the page count is known."""

    def __init__(self, renderer: _Renderer) -> None:
        self.renderer = renderer
        self.pages = 0
        self._qr_form: str | None = None
        report = renderer.report
        r = renderer
        g = renderer.geometry
        setter = renderer.setter
        s = g.scale
        self._logo = _logo(report.letterhead.logo_png)
        content_w = g.width - 2 * g.margin
        half = content_w * 0.5
        self._name_km_style = _Style(s * 11, bold=True)
        self._name_en_style = _Style(s * 9, bold=True)
        self._address_style = _Style(s * 7, color=GREY)
        self._title_style = _Style(s * 12.5, bold=True, align="right")
        self._period_style = _Style(s * 9, align="right")
        self._small = _Style(s * 7, color=GREY)
        self._page_style = _Style(s * 8, align="centre")
        letterhead = report.letterhead
        self._logo_w = 0.0
        if self._logo is not None:
            iw, ih = self._logo.getSize()
            logo_h = g.header - 4 * mm
            self._logo_w = min(logo_h * iw / max(ih, 1), logo_h * 1.8)
        name_w = content_w - half - self._logo_w - 4 * mm
        self._left = [
            (setter.lines(letterhead.name_km, self._name_km_style, name_w)[:1], self._name_km_style),
            (setter.lines(letterhead.name_en, self._name_en_style, name_w)[:1], self._name_en_style),
        ]
        if letterhead.address:
            self._left.append((setter.lines(letterhead.address, self._address_style, name_w)[:2],
                               self._address_style))
        self._right = [(setter.lines(report.title, self._title_style, half)[:2], self._title_style)]
        if report.period:
            self._right.append((setter.lines(report.period, self._period_style, half)[:1],
                                self._period_style))
        generated = _fill(r.translate("reports", GENERATED),
                          format_datetime(report.generated_at, report.settings), report.generated_by)
        self._generated = setter.lines(generated, self._small, content_w * 0.36)[:2]
        self._fingerprint_label = setter.line(r.translate("reports", BOOK_FINGERPRINT), self._small)
        self._fingerprint = setter.line(report.fingerprint, _Style(s * 8.5, bold=True))

    def draw(self, canv: Any, page: int, pages: int) -> None:
        g = self.renderer.geometry
        setter = self.renderer.setter
        canv.saveState()
        # Header: logo and names on the left, title and period on the right.
        top = g.height - g.top
        x = g.margin
        if self._logo is not None:
            logo_h = g.header - 4 * mm
            canv.drawImage(self._logo, x, top - logo_h, width=self._logo_w, height=logo_h,
                           preserveAspectRatio=True, anchor="nw", mask="auto")
            x += self._logo_w + 4 * mm
        y = top
        for lines, style in self._left:
            y -= setter.draw_block(canv, lines, x, y, g.width, style)
        y = top
        right_w = (g.width - 2 * g.margin) * 0.5
        for lines, style in self._right:
            y -= setter.draw_block(canv, lines, g.width - g.margin - right_w, y, right_w, style)
        rule_y = g.height - g.top - g.header + 1.5 * mm
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.9)
        canv.line(g.margin, rule_y, g.width - g.margin, rule_y)
        # Footer: who and when, the page, the book fingerprint.
        foot_top = g.bottom + g.footer - 2.5 * mm
        canv.setLineWidth(0.5)
        canv.line(g.margin, foot_top, g.width - g.margin, foot_top)
        text_top = foot_top - 1.5 * mm
        content_w = g.width - 2 * g.margin
        setter.draw_block(canv, self._generated, g.margin, text_top, content_w * 0.36, self._small)
        settings = self.renderer.settings
        page_text = _fill(self.renderer.translate("reports", PAGE_X_OF_Y),
                          format_number(page, settings), format_number(pages, settings))
        setter.draw_block(canv, [setter.line(page_text, self._page_style)], g.margin, text_top,
                          content_w, self._page_style)
        if self.renderer.report.fingerprint:
            qr = g.footer - 3.5 * mm
            qr_x = g.width - g.margin - qr
            canv.doForm(self._qr(canv, qr))
            right = _Style(self._small.size, align="right")
            text_w = content_w * 0.3
            y = text_top
            y -= setter.draw_block(canv, [self._fingerprint_label], qr_x - 2 * mm - text_w, y,
                                   text_w, _Style(right.size, color=GREY, align="right"))
            setter.draw_block(canv, [self._fingerprint], qr_x - 2 * mm - text_w, y, text_w,
                              _Style(8.5 * g.scale, bold=True, align="right"))
        canv.restoreState()

    def _qr(self, canv: Any, size: float) -> str:
        """The QR code of the fingerprint, drawn once as a form and reused on every page."""
        if self._qr_form is None:
            g = self.renderer.geometry
            name = "CBODeskFingerprintQR"
            widget = QrCodeWidget(self.renderer.report.fingerprint, barLevel="M",
                                  barBorder=0)
            x0, y0, x1, y1 = widget.getBounds()
            drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
            drawing.add(widget)
            canv.beginForm(name)
            renderPDF.draw(drawing, canv, g.width - g.margin - size, g.bottom)
            canv.endForm()
            self._qr_form = name
        return self._qr_form


def _logo(png: bytes | None) -> Any:
    """The letterhead's logo, or None: a damaged logo must not stop a report."""
    if not png:
        return None
    try:
        logo = ImageReader(io.BytesIO(png))
        logo.getSize()
    except (OSError, ValueError):
        log.warning("the CBO's logo is not a readable image; reports are printed without it",
                    exc_info=True)
        return None
    return logo


class _PagedCanvas(Canvas):
    """Keeps every page back until the end, then draws the furniture on each
    with the true page count ("Page 2 of 17")."""

    def __init__(self, *args: Any, furniture: _Furniture, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._furniture = furniture
        self._held: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        pages = len(self._held)
        self._furniture.pages = pages
        for number, state in enumerate(self._held, 1):
            self.__dict__.update(state)
            self._furniture.draw(self, number, pages)
            Canvas.showPage(self)
        Canvas.save(self)


# --- the renderer ------------------------------------------------------------------


class _Renderer:
    def __init__(self, report: Report, progress: Progress) -> None:
        self.report = report
        self.settings = report.settings
        self.progress = progress
        self.translate: Translate = catalogue(report.language)
        self.setter = _Typesetter()
        self.geometry = _geometry(report)
        self.scale = self.geometry.scale
        self.table_size = 8.5 * self.scale
        _x, _y, self.frame_width, self.frame_height = self.geometry.frame
        self._formatted: dict[tuple[Any, ...], tuple[str, bool]] = {}
        self.total_rows = sum(len(t.rows) + (t.totals is not None) for t in report.tables())
        self._work = self.total_rows + 1
        self._done = 0

    # progress is counted in table rows laid out, plus one for the rest.
    def table_progress(self, rows: int) -> None:
        self._done += rows
        self.progress.step(min(self._done, self._work), self._work)

    def cell_text(self, value: Cell, column: Column | None) -> tuple[str, bool]:
        """*value* as printed in *column*, and whether it is negative (drawn red)."""
        if value is None:
            return "", False
        if isinstance(value, str):
            return value, False
        kind = column.kind if column is not None else ""
        decimals = column.decimals if column is not None else None
        key = (type(value), value, kind, decimals)
        hit = self._formatted.get(key)
        if hit is not None:
            return hit
        settings = self.settings
        negative = False
        if isinstance(value, Money):
            text = format_money(value, settings)
            negative = value.amount < 0
        elif isinstance(value, datetime):
            text = format_datetime(value, settings)
        elif isinstance(value, date):
            text = format_date(value, settings, "short" if column is not None else "medium")
        elif kind == "percent":
            text = format_number(value, settings, decimals=decimals) + "%"
            negative = value < 0
        elif kind in ("number", "money"):
            text = format_number(value, settings, decimals=decimals)
            negative = value < 0
        else:
            text = format_number(value, settings)
        hit = self._formatted[key] = (text, negative)
        return hit

    def story(self) -> list[Flowable]:
        story: list[Flowable] = []
        s = self.scale
        for section in self.report.sections:
            if section.title:
                story.append(CondPageBreak(40 * mm * s))
                story.append(_TextFlowable(self.setter, section.title, _Style(s * 13.5, bold=True),
                                           space_before=6, space_after=4))
            for block in section.blocks:
                if isinstance(block, Paragraph):
                    story.extend(self._paragraph(block))
                elif isinstance(block, Table):
                    if block.columns:
                        story.append(_TableFlowable(self, block))
                elif isinstance(block, KeyFigures):
                    story.extend(self._key_figures(block))
                elif isinstance(block, Chart):
                    story.append(_ChartFlowable(self, block, min(75 * mm * s, self.frame_height * 0.6)))
                elif isinstance(block, Signatures):
                    story.append(_SignaturesFlowable(self, block))
                elif isinstance(block, PageBreak):
                    story.append(RLPageBreak())
                elif isinstance(block, RichText):
                    if block.blocks:
                        story.append(_RichTextFlowable(self.setter, block, _Style(s * 10), space_before=2,
                                                       space_after=5, settings=self.settings))
                else:  # pragma: no cover - the model's Block union is closed
                    raise TypeError(f"unknown report block {type(block).__name__}")
        if self.report.signatures is not None:
            story.append(_SignaturesFlowable(self, self.report.signatures))
        if not story:
            story.append(Spacer(1, 1))
        return story

    def _key_figures(self, block: KeyFigures) -> list[Flowable]:
        s = self.scale
        wide = self.frame_width > 600
        if block.large:
            columns = 2 if wide else 1
        else:
            columns = max(1, min(len(block.figures), 4 if wide else 3))
        story: list[Flowable] = [CondPageBreak(30 * mm * s)]
        if block.title:
            story.append(_TextFlowable(self.setter, block.title,
                                       _Style(s * (20 if block.large else 11), bold=True),
                                       space_before=6, space_after=4))
        for i in range(0, len(block.figures), columns):
            story.append(_KeyFigureRow(self, block.figures[i:i + columns], columns, block.large))
        return story

    def _paragraph(self, block: Paragraph) -> list[Flowable]:
        s = self.scale
        styles: dict[str, tuple[_Style, float, float]] = {
            "body": (_Style(s * 10), 2, 5),
            "note": (_Style(s * 8, color=GREY), 1, 4),
            "heading": (_Style(s * 12, bold=True), 8, 3),
            "large": (_Style(s * 26, bold=True), 6, 10),  # the notice board, read from afar
        }
        style, before, after = styles.get(block.style, styles["body"])
        paragraph = _TextFlowable(self.setter, block.text, style, space_before=before,
                                  space_after=after)
        if block.style == "heading":
            # Not alone at the foot of a page.
            return [CondPageBreak(30 * mm * s), paragraph]
        return [paragraph]

    def build(self, target: str | BinaryIO) -> int:
        report = self.report
        g = self.geometry
        letterhead = report.letterhead
        author = (letterhead.name_km if report.language == "km" else letterhead.name_en) \
            or letterhead.name_en or letterhead.name_km
        title = f"{report.title} — {report.period}" if report.period else report.title
        doc = BaseDocTemplate(
            target, pagesize=(g.width, g.height), title=title, author=author,
            subject=report.subject or report.title, creator=CREATOR, lang=report.language,
            leftMargin=g.margin, rightMargin=g.margin, topMargin=g.top + g.header,
            bottomMargin=g.bottom + g.footer,
        )
        x, y, w, h = g.frame
        frame = Frame(x, y, w, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
                      id="body")
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], pagesize=(g.width, g.height))])
        furniture = _Furniture(self)
        doc.build(self.story(),
                  canvasmaker=functools.partial(_PagedCanvas, furniture=furniture))
        self.progress.step(self._work, self._work)
        return furniture.pages
