"""What the Excel imports and templates of every area share.

The cash book (:mod:`cbodesk.services.cashbook_io`) and the member register
(:mod:`cbodesk.services.members_io`) each write a template in English or
Khmer (a "Read me", sheets with bold column names, a sheet "Lists" behind the
drop-downs) and read it back the same way: a sheet found by its name in
either language, its columns by their names or aliases, every problem
collected with its sheet, row and column (STYLE.md §2) and reported at once.
This module holds that machinery; the areas hold their columns, words and
checks.

openpyxl is imported inside the functions that need it: it costs start-up
time (NOTES.md).
"""

from __future__ import annotations

import io
import re
import warnings
import zipfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Protocol

from cbodesk.domain.errors import CONTEXT, UserError
from cbodesk.domain.formatting import DateError, LocaleSettings, parse_date
from cbodesk.i18n import N_, Translate, untranslated

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

ENGLISH = LocaleSettings("en")

# The messages every import may give; each is marked for the translators where it is written.
NOT_EXCEL = N_("errors", "{name} is not an Excel workbook. Open it in Excel or LibreOffice, save it as "
                         "“Excel workbook (.xlsx)”, and import that file.")
NO_FILE = N_("errors", "There is no file at {path}. It may have been moved, renamed or deleted.")
MISSING_COLUMN = N_("errors", "The column “{column}” is missing. The first row must hold the column "
                              "names of the template.")
UNKNOWN_COLUMN = N_("errors", "“{column}” is not a column of the template. Give it the template's "
                              "name, or delete the column.")
TWICE_COLUMN = N_("errors", "The column “{column}” is there twice. Keep one of them.")
BAD_DATE_CELL = N_("errors", "This cell does not hold a date. Write it as 2026-03-14 or 14/03/2026.")
FORMULA_WITHOUT_VALUE = N_("errors", "This cell holds a formula whose result was never saved. Open the "
                                     "file in Excel or LibreOffice, save it, and import it again.")

# How one problem reads, with and without a row or column.
AT_CELL = N_("errors", "{sheet}, row {row}, {column}: {problem}")
AT_ROW = N_("errors", "{sheet}, row {row}: {problem}")
AT_SHEET = N_("errors", "{sheet}: {problem}")
HEAD = N_("errors", "Nothing was imported. Correct these problems in the file, then import it again:")
MORE = N_("errors", "… and {count} more.")

MAX_LISTED = 200

# How many rows of a template's sheets get drop-downs and formats.
TEMPLATE_ROWS = 5000

CHOOSE_FROM_LIST = {"en": "Choose from the list (sheet “Lists”).", "km": "ជ្រើសពីបញ្ជី។"}


# =============================================================================
# The layout: sheets and columns in English and Khmer
# =============================================================================


@dataclass(frozen=True)
class Sheet:
    key: str
    en: str
    km: str

    def name(self, language: str) -> str:
        return self.km if language == "km" else self.en


class Column(Protocol):
    """One column of a template's sheet, as the reading and the writing need it."""

    @property
    def key(self) -> str: ...
    @property
    def en(self) -> str: ...
    @property
    def km(self) -> str: ...
    @property
    def width(self) -> int: ...
    @property
    def aliases(self) -> tuple[str, ...]: ...
    @property
    def required(self) -> bool: ...


def plain_key(text: str) -> str:
    """How names are compared: case, spacing and the kind of dash do not matter."""
    text = re.sub("[\u2010-\u2015\u2212]", "-", text)
    return " ".join(text.split()).casefold()


# =============================================================================
# Problems
# =============================================================================


@dataclass(frozen=True)
class ImportProblem:
    """One thing wrong in the file: where (sheet, row, column) and what to do."""

    sheet: str  # as the file names it; "" for the file as a whole
    row: int | None  # the spreadsheet's row number (the header is row 1)
    column: str  # as the file's header names it; "" for the whole row
    message: str  # English source, marked N_("errors", …)
    params: dict[str, Any] = field(default_factory=dict)

    def problem_text(self, translate: Translate = untranslated) -> str:
        template = translate(CONTEXT, self.message)
        try:
            return template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.message.format(**self.params)

    def text(self, translate: Translate = untranslated) -> str:
        problem = self.problem_text(translate)
        if not self.sheet:
            return problem
        if self.row is None:
            return translate(CONTEXT, AT_SHEET).format(sheet=self.sheet, problem=problem)
        if not self.column:
            return translate(CONTEXT, AT_ROW).format(sheet=self.sheet, row=self.row, problem=problem)
        return translate(CONTEXT, AT_CELL).format(sheet=self.sheet, row=self.row, column=self.column,
                                                  problem=problem)

    def _identity(self) -> tuple[Any, ...]:
        return (self.sheet, self.row, self.column, self.message,
                tuple(sorted((k, str(v)) for k, v in self.params.items())))


class ImportProblems(UserError):
    """The file has problems; nothing was imported. ``problems`` lists every one, in file order."""

    def __init__(self, problems: list[ImportProblem]) -> None:
        self.problems = list(problems)
        super().__init__(HEAD)

    def text(self, translate: Translate = untranslated) -> str:
        lines = [translate(CONTEXT, HEAD)]
        lines += ["• " + p.text(translate) for p in self.problems[:MAX_LISTED]]
        if len(self.problems) > MAX_LISTED:
            lines.append(translate(CONTEXT, MORE).format(count=len(self.problems) - MAX_LISTED))
        return "\n".join(lines)


def not_excel(name: str) -> ImportProblems:
    return ImportProblems([ImportProblem("", None, "", NOT_EXCEL, {"name": name})])


class Problems:
    """Collects problems, each once, in the order found."""

    def __init__(self) -> None:
        self.items: list[ImportProblem] = []
        self._seen: set[tuple[Any, ...]] = set()

    def add(self, problem: ImportProblem) -> None:
        if problem._identity() not in self._seen:
            self._seen.add(problem._identity())
            self.items.append(problem)

    def __bool__(self) -> bool:
        return bool(self.items)

    def sorted(self, headers: Mapping[str, str] | None = None) -> list[ImportProblem]:
        """In the order of the sheets, by row, and within a row in the order of *headers*."""
        sheets = {"": 0}
        for p in self.items:
            sheets.setdefault(p.sheet, len(sheets))
        columns = {text: i for i, text in enumerate((headers or {}).values())}
        return sorted(self.items, key=lambda p: (sheets[p.sheet], p.row or 0, columns.get(p.column, -1)))


class CellProblem(Exception):
    def __init__(self, message: str, **params: Any) -> None:
        super().__init__(message)
        self.message = message
        self.params = params


# =============================================================================
# Reading
# =============================================================================


@dataclass
class Row:
    number: int
    cells: dict[str, Any]  # column key -> value (None when empty)


@dataclass
class SheetData:
    title: str
    headers: dict[str, str]  # column key -> header text as in the file
    rows: list[Row]


def is_empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def load_workbook(content: bytes, name: str, *, read_only: bool = False) -> Workbook:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        with warnings.catch_warnings():
            # "Data Validation extension is not supported" and the like: the
            # values are read all the same.
            warnings.simplefilter("ignore")
            return openpyxl.load_workbook(io.BytesIO(content), read_only=read_only, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError,
            EOFError) as exc:
        raise not_excel(name) from exc


def find_sheet(book: Workbook, sheet: Sheet, key: Callable[[str], str] = plain_key) -> Worksheet | None:
    wanted = {key(sheet.en), key(sheet.km)}
    return next((ws for ws in book.worksheets if key(ws.title) in wanted), None)


def read_sheet(ws: Worksheet, columns: Sequence[Column], problems: Problems, *,
               key: Callable[[str], str] = plain_key,
               either: Mapping[str, str] | None = None) -> SheetData | None:
    """The sheet's header of each column found and its non-empty rows; None if the header is wrong.

    A required column may be missing when the column *either* names for it is there.
    """
    def header_key(text: str) -> str:
        return key(text).rstrip("*").strip()

    rows = ws.iter_rows(values_only=True)
    header = next(rows, ())
    known: dict[str, Column] = {}
    for column in columns:
        for name in (column.en, column.km, *column.aliases):
            known.setdefault(header_key(name), column)
    positions: dict[str, int] = {}
    headers: dict[str, str] = {}
    broken = False
    for index, value in enumerate(header or ()):
        if is_empty(value):
            continue
        text = str(value).strip()
        found = known.get(header_key(text))
        if found is None:
            problems.add(ImportProblem(ws.title, 1, text, UNKNOWN_COLUMN, {"column": text}))
            broken = True
        elif found.key in positions:
            problems.add(ImportProblem(ws.title, 1, text, TWICE_COLUMN, {"column": text}))
            broken = True
        else:
            positions[found.key] = index
            headers[found.key] = text
    for column in columns:
        if column.key not in positions and column.required:
            other = (either or {}).get(column.key)
            if other is not None and other in positions:
                continue
            problems.add(ImportProblem(ws.title, 1, "", MISSING_COLUMN, {"column": column.en}))
            broken = True
    if broken:
        return None
    data: list[Row] = []
    for number, values in enumerate(rows, start=2):
        cells = {k: (values[index] if index < len(values) else None) for k, index in positions.items()}
        if all(is_empty(v) for v in cells.values()):
            continue  # an empty row, also in the middle: skipped
        data.append(Row(number, cells))
    for column in columns:
        headers.setdefault(column.key, column.en)
    return SheetData(ws.title, headers, data)


def cell_date(value: Any) -> date:
    """A date from a cell: a date Excel stored, its serial day number, or text as a person types it."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        raise CellProblem(BAD_DATE_CELL)
    if isinstance(value, (int, float)):
        # A date in a cell formatted as a number: Excel's serial day number.
        from openpyxl.utils.datetime import from_excel

        if not 1 <= value < 2958466:
            raise CellProblem(BAD_DATE_CELL)
        day = from_excel(value)
        return day.date() if isinstance(day, datetime) else cell_date(day)
    text = str(value).strip()
    if text.startswith("="):
        raise CellProblem(FORMULA_WITHOUT_VALUE)
    try:
        return parse_date(text, ENGLISH)
    except DateError as exc:
        raise CellProblem(exc.message, **exc.params) from None


# =============================================================================
# Writing a template
# =============================================================================


def write_read_me(ws: Worksheet, title: str, paragraphs: Iterable[tuple[str, str]]) -> None:
    """The sheet "Read me": (style, text) paragraphs, style "title", "heading" or "" for a paragraph."""
    from openpyxl.styles import Alignment, Font

    ws.title = title
    ws.column_dimensions["A"].width = 110
    for style, text in paragraphs:
        if style == "heading":
            ws.append([])
        ws.append([text])
        cell = ws.cell(row=ws.max_row, column=1)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        cell.font = Font(bold=bool(style), size=14 if style == "title" else 12 if style else 11)


HEADER_FILL = "DDE7F0"


def write_headers(ws: Worksheet, columns: Sequence[Column], language: str) -> None:
    """The first row: the column names, bold on a tint, the columns as wide as they need; frozen."""
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor=HEADER_FILL)
    km = language == "km"
    ws.append([(c.km if km else c.en) for c in columns])
    for index, column in enumerate(columns, start=1):
        cell = ws.cell(row=1, column=index)
        cell.font = bold
        cell.fill = fill
        ws.column_dimensions[get_column_letter(index)].width = column.width + (6 if km else 0)
    ws.freeze_panes = "A2"


def write_lists(ws: Worksheet, headers: Sequence[str], lists: Sequence[Sequence[str]],
                widths: Callable[[int], int], *, fill: bool = False) -> list[str | None]:
    """The sheet "Lists", one list a column; each column's range for a drop-down (None when empty)."""
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    quoted = "'" + ws.title.replace("'", "''") + "'"
    ws.append(list(headers))
    ranges: list[str | None] = []
    for index, values in enumerate(lists, start=1):
        letter = get_column_letter(index)
        for row, value in enumerate(values, start=2):
            ws.cell(row=row, column=index, value=value)
        ranges.append(f"{quoted}!${letter}$2:${letter}${len(values) + 1}" if values else None)
        ws.cell(row=1, column=index).font = Font(bold=True)
        if fill:
            ws.cell(row=1, column=index).fill = PatternFill("solid", fgColor=HEADER_FILL)
        ws.column_dimensions[letter].width = widths(index)
    ws.freeze_panes = "A2"
    return ranges


def column_letter(columns: Sequence[Column], key: str) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter([c.key for c in columns].index(key) + 1)


def add_drop_down(ws: Worksheet, columns: Sequence[Column], key: str, source: str | None, *,
                  strict: bool, language: str) -> None:
    """A drop-down from *source* (a range of the sheet "Lists") in the column *key*, if there is a list."""
    from openpyxl.worksheet.datavalidation import DataValidation

    if source is None:
        return
    letter = column_letter(columns, key)
    rule = DataValidation(type="list", formula1=source, allow_blank=True, showErrorMessage=True,
                          errorStyle="stop" if strict else "warning")
    rule.error = CHOOSE_FROM_LIST["km" if language == "km" else "en"]
    ws.add_data_validation(rule)
    rule.add(f"{letter}2:{letter}{TEMPLATE_ROWS + 1}")
