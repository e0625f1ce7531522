"""The member register in and out of Excel.

*Import.* A CBO that starts using CBO Desk keeps its register on paper or in a
spreadsheet. :func:`write_import_template` writes a workbook to fill in (the
sheet "Members", the CBO's villages and the words each column takes on the
sheet "Lists", a "Read me" in plain words), in English or Khmer;
:func:`import_members` reads it back. Every row is checked first and every
problem is reported at once with its row and column, as the cash book's import
does (both use :mod:`cbodesk.services.excel_io`, with its problem records and
messages); if there is any, nothing is imported. Otherwise every member is
added in one transaction with one audit entry. Likely duplicates (same name,
year of birth and village, in the register or twice in the file) are problems
too, unless the person says the file holds different people.

*Export.* :func:`export_register` writes the register in the template's
layout, so the file can be read by people, by other programs, and by the
import of another CBO file. Personal details (phone, ID card, IDPoor) are
written only for people whose role lets them see those details.

openpyxl is imported inside the functions that need it: it costs start-up
time (NOTES.md). The import reads the workbook in openpyxl's read-only mode,
which streams the sheet instead of building every cell.
"""

from __future__ import annotations

import hashlib
import os
import re
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from cbodesk.domain import members as dm
from cbodesk.domain.errors import UserError
from cbodesk.domain.formatting import DateError, LocaleSettings
from cbodesk.domain.roles import Actor
from cbodesk.files import written_atomically
from cbodesk.i18n import N_, by_language
from cbodesk.services import members as ms
from cbodesk.services.audit import record_change
from cbodesk.services.excel_io import (
    FORMULA_WITHOUT_VALUE,
    MISSING_COLUMN,
    NO_FILE,
    NOT_EXCEL,
    TWICE_COLUMN,
    UNKNOWN_COLUMN,
    CellProblem,
    ImportProblem,
    ImportProblems,
    Problems,
    Row,
    Sheet,
    SheetData,
    add_drop_down,
    cell_date,
    column_letter,
    find_sheet,
    is_empty,
    load_workbook,
    read_sheet,
    write_headers,
    write_lists,
    write_read_me,
)
from cbodesk.services.rows import tuples as _tuples
from cbodesk.storage.database import Cbo
from cbodesk.storage.models import Member, MemberStatus, Village

# MISSING_COLUMN, NOT_EXCEL, TWICE_COLUMN and UNKNOWN_COLUMN are the messages every Excel
# import shares (services/excel_io.py), importable from here too.
__all__ = [
    "MEMBER_COLUMNS",
    "MISSING_COLUMN",
    "NOT_EXCEL",
    "TWICE_COLUMN",
    "UNKNOWN_COLUMN",
    "ExportResult",
    "ImportResult",
    "export_register",
    "import_members",
    "write_import_template",
]

ENGLISH = LocaleSettings("en")

# =============================================================================
# The workbook's layout, in English and Khmer
# =============================================================================


@dataclass(frozen=True)
class _Column:
    key: str
    en: str
    km: str
    width: int = 16
    aliases: tuple[str, ...] = ()
    required: bool = False  # the column must be there (its cells may still be checked apart)
    personal: bool = False


MEMBERS = Sheet("members", "Members", "សមាជិក")
LISTS = Sheet("lists", "Lists", "បញ្ជី")
READ_ME = Sheet("readme", "Read me", "សូមអាន")

MEMBER_COLUMNS: tuple[_Column, ...] = (
    _Column("number", "Member number", "លេខសមាជិក", 10, ("number", "no", "no.", "#", "លេខ")),
    _Column("name_km", "Name in Khmer", "ឈ្មោះជាអក្សរខ្មែរ", 22, ("khmer name", "ឈ្មោះខ្មែរ", "ឈ្មោះ"),
            required=True),
    _Column("name_latin", "Name in Latin letters", "ឈ្មោះជាអក្សរឡាតាំង", 22,
            ("name", "latin name", "name in english", "english name"), required=True),
    _Column("sex", "Sex", "ភេទ", 8, ("gender",), required=True),
    _Column("birth", "Date or year of birth", "ថ្ងៃខែឆ្នាំកំណើត", 14,
            ("birth", "date of birth", "year of birth", "born", "ឆ្នាំកំណើត")),
    _Column("village", "Village", "ភូមិ", 18, (), required=True),
    _Column("commune", "Commune", "ឃុំ", 16, ("sangkat", "ឃុំ/សង្កាត់", "សង្កាត់")),
    _Column("phone", "Phone", "លេខទូរស័ព្ទ", 14, ("telephone", "phone number", "ទូរស័ព្ទ"), personal=True),
    _Column("id_card", "National ID card", "អត្តសញ្ញាណប័ណ្ណ", 14,
            ("id card", "national id", "id card number", "id"), personal=True),
    _Column("idpoor", "IDPoor", "ប័ណ្ណសមធម៌", 12, ("id poor", "idpoor status", "ប័ណ្ណក្រីក្រ"), personal=True),
    _Column("household_head", "Household head", "មេគ្រួសារ", 10, ("head of household", "head")),
    _Column("joined_on", "Join date", "ថ្ងៃចូលជាសមាជិក", 13, ("joined", "date joined", "joined on"),
            required=True),
    _Column("status", "Status", "ស្ថានភាព", 11, ()),
    _Column("status_date", "Status date", "ថ្ងៃប្ដូរស្ថានភាព", 13, ("since", "date left", "status since")),
    _Column("reason", "Reason", "មូលហេតុ", 22, ("reason for leaving",)),
    _Column("notes", "Notes", "កំណត់សម្គាល់", 30, ("note", "remarks", "comment")),
)
_COLUMN_BY_KEY = {c.key: c for c in MEMBER_COLUMNS}

# What a person may write in the columns with fixed answers (compared by _key).
SEX_WORDS: dict[str, str] = {
    "f": "F", "female": "F", "woman": "F", "w": "F", "ស្រី": "F", "ភេទស្រី": "F", "នារី": "F",
    "m": "M", "male": "M", "man": "M", "ប្រុស": "M", "ភេទប្រុស": "M",
}
STATUS_WORDS: dict[str, str] = {
    "active": "active", "inactive": "inactive", "left": "left", "deceased": "deceased", "dead": "deceased",
    "died": "deceased", "សកម្ម": "active", "អសកម្ម": "inactive", "ចាកចេញ": "left", "បានចាកចេញ": "left",
    "ស្លាប់": "deceased", "ទទួលមរណភាព": "deceased", "បានស្លាប់": "deceased",
}
IDPOOR_WORDS: dict[str, str] = {
    "1": "level1", "level 1": "level1", "level1": "level1", "idpoor 1": "level1", "idpoor level 1": "level1",
    "poor 1": "level1", "កម្រិត 1": "level1", "កម្រិត១": "level1", "ក្រីក្រកម្រិត 1": "level1",
    "ក្រីក្រកម្រិត១": "level1",
    "2": "level2", "level 2": "level2", "level2": "level2", "idpoor 2": "level2", "idpoor level 2": "level2",
    "poor 2": "level2", "កម្រិត 2": "level2", "កម្រិត២": "level2", "ក្រីក្រកម្រិត 2": "level2",
    "ក្រីក្រកម្រិត២": "level2",
    "no": "not_poor", "none": "not_poor", "not poor": "not_poor", "no idpoor card": "not_poor",
    "ទេ": "not_poor", "គ្មាន": "not_poor", "មិនមាន": "not_poor",
}
YES_WORDS = frozenset({"yes", "y", "true", "1", "x", "✓", "បាទ", "ចាស", "មែន", "បាទ/ចាស", "ជាមេគ្រួសារ"})
NO_WORDS = frozenset({"no", "n", "false", "0", "ទេ", "មិនមែន"})

LABELS: dict[str, dict[str, dict[str, str]]] = {
    "en": {
        "sex": {"F": "female", "M": "male"},
        "status": {"active": "active", "inactive": "inactive", "left": "left", "deceased": "deceased"},
        "idpoor": {"level1": "level 1", "level2": "level 2", "not_poor": "no"},
        "yes_no": {"yes": "yes", "no": "no"},
    },
    "km": {
        "sex": {"F": "ស្រី", "M": "ប្រុស"},
        "status": {"active": "សកម្ម", "inactive": "អសកម្ម", "left": "ចាកចេញ", "deceased": "ទទួលមរណភាព"},
        "idpoor": {"level1": "កម្រិត១", "level2": "កម្រិត២", "not_poor": "ទេ"},
        "yes_no": {"yes": "បាទ/ចាស", "no": "ទេ"},
    },
}
LIST_HEADERS = {
    "en": ("Villages", "Commune", "Sex", "Status", "IDPoor", "Household head"),
    "km": ("ភូមិ", "ឃុំ", "ភេទ", "ស្ថានភាព", "ប័ណ្ណសមធម៌", "មេគ្រួសារ"),
}

# --- the messages of an import (each marked for the translators where it is written) ----------

NO_MEMBERS_SHEET = N_("errors", "This workbook has no sheet “Members”. Start from the CBO Desk member "
                                "template, copy your rows into it, and import that.")
NO_ROWS = N_("errors", "The sheet “Members” has no members: fill in one row per member under the "
                       "column names.")
BAD_SEX = N_("errors", "“{text}” is not a sex. Write female or male (F or M).")
EMPTY_SEX = N_("errors", "Write the member's sex: female or male (F or M).")
EMPTY_VILLAGE = N_("errors", "Write the village the member lives in.")
UNKNOWN_VILLAGE = N_("errors", "There is no village “{text}” in this CBO's list. Use a village from the "
                               "sheet “Lists”, or add the village in CBO Desk first.")
UNKNOWN_VILLAGE_IN_COMMUNE = N_("errors", "There is no village “{text}” in the commune “{commune}”. Use a "
                                          "village from the sheet “Lists”.")
AMBIGUOUS_VILLAGE = N_("errors", "There are villages named “{text}” in several communes. Write the "
                                 "commune too.")
RETIRED_VILLAGE = N_("errors", "The village “{text}” is no longer used for new members.")
BAD_BIRTH = N_("errors", "This cell does not hold a date or a year of birth. Write a year (1985) or a "
                         "date (14/03/1985).")
BAD_NUMBER = N_("errors", "A member number is a whole number above zero, for example 42.")
NUMBER_TAKEN = N_("errors", "Member number {number} is given already in this CBO. Leave the cell empty "
                            "for CBO Desk to give the next number.")
NUMBER_TWICE = N_("errors", "Member number {number} is also in row {other_row}. Each member has their own "
                            "number.")
BAD_STATUS = N_("errors", "“{text}” is not a status. Write active, inactive, left or deceased.")
STATUS_NEEDS_DATE = N_("errors", "Write the day the status changed.")
DATE_WITHOUT_STATUS = N_("errors", "Write the status that began on this day, or leave the day empty.")
BAD_IDPOOR = N_("errors", "“{text}” is not an IDPoor status. Write level 1, level 2 or no, or leave it "
                          "empty when not known.")
BAD_YES_NO = N_("errors", "Write yes or no, or leave it empty when not known.")
LIKELY_DUPLICATE = N_("errors", "This looks like member {number}, {name}, who is in the register already "
                                "(same name, year of birth and village). If it is another person, import "
                                "again and choose to import likely duplicates.")
DUPLICATE_IN_FILE = N_("errors", "This looks like the member in row {other_row} (same name, year of birth "
                                 "and village). If it is another person, import again and choose to import "
                                 "likely duplicates.")
NOT_TEXT_CELL = N_("errors", "This cell holds a date or a number where text is expected.")

# Where the core's problem fields stand in the sheet.
_FIELD_COLUMN = {"name_km": "name_km", "name_latin": "name_latin", "sex": "sex", "birth": "birth",
                 "village": "village", "joined_on": "joined_on", "phone": "phone", "id_card": "id_card",
                 "idpoor": "idpoor", "notes": "notes", "status": "status", "on": "status_date",
                 "reason": "reason"}


def _key(text: str) -> str:
    """How words are compared: case, spacing, invisible spaces and the kind of dash do not matter."""
    text = re.sub("[\u2010-\u2015\u2212]", "-", dm.clean_name(text))
    return " ".join(text.split()).casefold()


# =============================================================================
# Import
# =============================================================================


@dataclass(frozen=True)
class ImportResult:
    added: int
    first_number: int | None
    last_number: int | None
    personal_ignored: bool  # the file had personal details this person may not record
    sha256: str


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return dm.clean_name(str(value))


def _name(value: Any) -> str:
    if isinstance(value, (datetime, date, int, float)) and not isinstance(value, bool):
        raise CellProblem(NOT_TEXT_CELL)
    return _text(value)


def _birth(value: Any) -> tuple[date | None, int | None]:
    if isinstance(value, (datetime, date)):
        day = cell_date(value)
        return day, day.year
    if isinstance(value, bool):
        raise CellProblem(BAD_BIRTH)
    if isinstance(value, (int, float)):
        if float(value).is_integer() and 1000 <= value <= 9999:
            return None, int(value)
        raise CellProblem(BAD_BIRTH)
    text = str(value).strip()
    if text.startswith("="):
        raise CellProblem(FORMULA_WITHOUT_VALUE)
    try:
        return dm.read_birth(text, ENGLISH)
    except DateError:
        raise CellProblem(BAD_BIRTH) from None


def _number(value: Any) -> int:
    if isinstance(value, bool):
        raise CellProblem(BAD_NUMBER)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        number = value
    else:
        text = dm.fold(str(value)).lstrip("#")
        if not text.isdigit() or not text.isascii():
            raise CellProblem(BAD_NUMBER)
        number = int(text)
    if not 0 < number < 1_000_000_000:
        raise CellProblem(BAD_NUMBER)
    return number


def _word(value: Any, words: dict[str, str], message: str) -> str:
    text = _text(value)
    found = words.get(_key(text))
    if found is None:
        raise CellProblem(message, text=text)
    return found


def _yes_no(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    key = _key(_text(value))
    if key in YES_WORDS:
        return True
    if key in NO_WORDS:
        return False
    raise CellProblem(BAD_YES_NO)


def _read(book: Any, problems: Problems) -> SheetData | None:
    """The sheet "Members": the header of each column found, and its non-empty rows."""
    ws = find_sheet(book, MEMBERS, _key)
    if ws is None:
        raise ImportProblems([ImportProblem("", None, "", NO_MEMBERS_SHEET)])
    # One name column is enough.
    return read_sheet(ws, MEMBER_COLUMNS, problems, key=_key,
                      either={"name_km": "name_latin", "name_latin": "name_km"})


@dataclass
class _Checked:
    row: int
    line: ms.RegisterLine


class _Villages:
    """The CBO's villages, found by name (Khmer or English) and commune."""

    def __init__(self, views: Iterable[ms.VillageView]) -> None:
        self.by_name: dict[str, list[ms.VillageView]] = {}
        for v in views:
            for name in {_key(v.name_km), _key(v.name_en)} - {""}:
                self.by_name.setdefault(name, []).append(v)

    def find(self, name: str, commune: str) -> ms.VillageView:
        candidates = self.by_name.get(_key(name), [])
        if commune:
            candidates = [v for v in candidates if _key(commune) in {_key(v.commune_km), _key(v.commune_en)}]
            if not candidates and self.by_name.get(_key(name)):
                raise CellProblem(UNKNOWN_VILLAGE_IN_COMMUNE, text=name, commune=commune)
        if not candidates:
            raise CellProblem(UNKNOWN_VILLAGE, text=name)
        if len(candidates) > 1:
            active = [v for v in candidates if not v.retired]
            if len(active) != 1:
                raise CellProblem(AMBIGUOUS_VILLAGE, text=name)
            candidates = active
        if candidates[0].retired:
            raise CellProblem(RETIRED_VILLAGE, text=name)
        return candidates[0]


def import_members(cbo: Cbo, actor: Actor, path: str | os.PathLike[str], *,
                   allow_duplicates: bool = False, today: date | None = None,
                   progress: Callable[[int, int], None] | None = None) -> ImportResult:
    """Import members from a workbook made from the template: all of them, or none.

    Raises :class:`~cbodesk.services.excel_io.ImportProblems` listing every
    problem with its row and column, with nothing imported. *progress* (done,
    total) is called while checking; raising from it (a cancellation) stops
    the import with nothing imported.
    """
    actor.require("members.edit")
    today = today or date.today()
    source = Path(path)
    try:
        content = source.read_bytes()
    except FileNotFoundError:
        raise UserError(NO_FILE, path=str(source)) from None
    except (IsADirectoryError, PermissionError):
        raise ImportProblems([ImportProblem("", None, "", NOT_EXCEL, {"name": source.name})]) from None
    sha256 = hashlib.sha256(content).hexdigest()
    problems = Problems()
    book = load_workbook(content, source.name, read_only=True)
    try:
        read = _read(book, problems)
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError, EOFError) as exc:
        # A workbook whose sheet cannot be read, though its table of contents could.
        raise ImportProblems([ImportProblem("", None, "", NOT_EXCEL, {"name": source.name})]) from exc
    finally:
        book.close()
    if read is None:
        raise ImportProblems(problems.sorted())
    title, headers, rows = read.title, read.headers, read.rows
    if not rows:
        raise ImportProblems([ImportProblem(title, None, "", NO_ROWS)])
    personal = actor.may("members.personal")
    personal_ignored = False

    with cbo.atomic(exclusive=True):
        village_list = _Villages(ms.villages(cbo, include_retired=True))
        checked: list[_Checked] = []
        numbers_in_file: dict[int, int] = {}
        for done, row in enumerate(rows, start=1):
            line, ignored = _check_row(title, headers, row, village_list, numbers_in_file, problems, today,
                                       personal)
            personal_ignored = personal_ignored or ignored
            if line is not None:
                checked.append(_Checked(row.number, line))
            if progress is not None and (done % 250 == 0 or done == len(rows)):
                progress(done, len(rows))
        if numbers_in_file:
            taken = _taken_numbers(sorted(numbers_in_file))
            for number in sorted(taken):
                problems.add(ImportProblem(title, numbers_in_file[number], headers["number"], NUMBER_TAKEN,
                                           {"number": number}))
        if not allow_duplicates:
            _find_duplicates(title, checked, problems)
        if problems:
            raise ImportProblems(problems.sorted({c.key: headers[c.key] for c in MEMBER_COLUMNS}))
        ids = ms.insert_members(cbo, actor, [c.line for c in checked])
        numbers = [n for (n,) in _tuples(Member.select(Member.number).where(Member.id.in_(ids[:1] + ids[-1:]))
                                         .order_by(Member.id))] if ids else []
        record_change(actor, "members.import", "members", source.name, None,
                      {"sha256": sha256, "members": len(ids), "allow_duplicates": allow_duplicates,
                       "first": numbers[0] if numbers else None, "last": numbers[-1] if numbers else None})
    return ImportResult(len(ids), numbers[0] if numbers else None, numbers[-1] if numbers else None,
                        personal_ignored, sha256)


def _check_row(title: str, headers: dict[str, str], row: Row, village_list: _Villages,
               numbers_in_file: dict[int, int], problems: Problems, today: date,
               personal: bool) -> tuple[ms.RegisterLine | None, bool]:
    c = row.cells
    before = len(problems.items)

    def problem(key: str, message: str, **params: Any) -> None:
        problems.add(ImportProblem(title, row.number, headers.get(key, ""), message, params))

    def cell(key: str, read: Callable[[Any], Any], default: Any = None) -> Any:
        value = c.get(key)
        if is_empty(value):
            return default
        try:
            return read(value)
        except CellProblem as exc:
            problem(key, exc.message, **exc.params)
            return default

    number = cell("number", _number)
    if number is not None:
        other = numbers_in_file.setdefault(number, row.number)
        if other != row.number:
            problem("number", NUMBER_TWICE, number=number, other_row=other)
    name_km = cell("name_km", _name, "")
    name_latin = cell("name_latin", _name, "")
    sex = cell("sex", lambda v: _word(v, SEX_WORDS, BAD_SEX))
    if sex is None and is_empty(c.get("sex")):
        problem("sex", EMPTY_SEX)
    birth_date, birth_year = cell("birth", _birth, (None, None))
    village_id = None
    if is_empty(c.get("village")):
        problem("village", EMPTY_VILLAGE)
    else:
        commune = _text(c.get("commune"))
        village_id = cell("village", lambda v: village_list.find(_text(v), commune).id)
    joined_on = cell("joined_on", cell_date)
    ignored = False
    phone = _text(c.get("phone"))
    id_card = _text(c.get("id_card"))
    idpoor = cell("idpoor", lambda v: _word(v, IDPOOR_WORDS, BAD_IDPOOR), "")
    if not personal and (phone or id_card or idpoor):
        ignored = True
        phone = id_card = idpoor = ""
    household_head = cell("household_head", _yes_no)
    notes_value = c.get("notes")
    notes = notes_value.strip() if isinstance(notes_value, str) else _text(notes_value)
    status = cell("status", lambda v: _word(v, STATUS_WORDS, BAD_STATUS))
    status_date = cell("status_date", cell_date)
    reason = _text(c.get("reason"))

    draft = dm.MemberDraft(
        name_km=name_km, name_latin=name_latin, sex=sex or "", birth_date=birth_date, birth_year=birth_year,
        village_id=village_id, joined_on=joined_on, phone=phone, id_card=id_card, idpoor=idpoor,
        household_head=household_head, notes=notes).cleaned()
    reported = {p.column for p in problems.items[before:]}
    for p in draft.problems(today):
        key = _FIELD_COLUMN.get(p.field, "")
        # A cell that could not be read was reported already; the core would only add "missing".
        if key in ("sex", "village", "joined_on", "birth") and headers.get(key, "") in reported:
            continue
        problem(key, p.message, **p.params)
    # An active member is active from the join date: a status date beside "active" changes nothing.
    history: tuple[dm.StatusChange, ...] = ()
    if status is not None and status != "active":
        if status_date is not None:
            history = (dm.StatusChange(status, status_date, reason),)
        elif is_empty(c.get("status_date")):
            problem("status_date", STATUS_NEEDS_DATE)
    elif status is None and is_empty(c.get("status")) and status_date is not None:
        problem("status", DATE_WITHOUT_STATUS)
    line = ms.RegisterLine(draft, number, history)
    if draft.joined_on is not None and history and len(problems.items) == before:
        for p in ms.history_problems(line, today):
            problem(_FIELD_COLUMN.get(p.field, ""), p.message, **p.params)
    if len(problems.items) > before:
        return None, ignored
    return line, ignored


def _taken_numbers(numbers: list[int]) -> set[int]:
    taken: set[int] = set()
    for start in range(0, len(numbers), 500):
        chunk = numbers[start:start + 500]
        taken.update(n for (n,) in _tuples(Member.select(Member.number).where(Member.number.in_(chunk))))
    return taken


def _find_duplicates(title: str, checked: list[_Checked], problems: Problems) -> None:
    """Rows that look like a member of the register, or like another row of the file."""
    villages = sorted({c.line.draft.village_id for c in checked if c.line.draft.village_id is not None})
    # (village, folded name) -> [(birth year, number, name)] of the register's members
    register: dict[tuple[int, str], list[tuple[int | None, int, str]]] = {}
    for start in range(0, len(villages), 500):
        chunk = villages[start:start + 500]
        query = (Member.select(Member.village, Member.search_key, Member.birth_year, Member.number,
                               Member.name_km, Member.name_latin).where(Member.village.in_(chunk)))
        for village_id, key, year, number, km, latin in _tuples(query):
            # The search key holds the names folded already: "number|khmer|latin".
            _number, folded_km, folded_latin = key.split("|", 2)
            for name in (f"km:{folded_km}" if folded_km else "", f"latin:{folded_latin}" if folded_latin else ""):
                if name:
                    register.setdefault((village_id, name), []).append((year, number, latin or km))
    in_file: dict[tuple[int, str], list[tuple[int | None, int]]] = {}
    whole_row = ""
    for c in checked:
        draft = c.line.draft
        assert draft.village_id is not None
        year = draft.birth_year
        names = _name_keys(draft.name_km, draft.name_latin)
        found = None
        for name in names:
            for other_year, number, label in register.get((draft.village_id, name), []):
                if year is None or other_year is None or year == other_year:
                    found = (number, label)
                    break
            if found:
                break
        if found is not None:
            problems.add(ImportProblem(title, c.row, whole_row, LIKELY_DUPLICATE,
                                       {"number": found[0], "name": found[1]}))
            continue
        other_row = None
        for name in names:
            for other_year, row in in_file.get((draft.village_id, name), []):
                if year is None or other_year is None or year == other_year:
                    other_row = row
                    break
            if other_row is not None:
                break
        if other_row is not None:
            problems.add(ImportProblem(title, c.row, whole_row, DUPLICATE_IN_FILE, {"other_row": other_row}))
        for name in names:
            in_file.setdefault((draft.village_id, name), []).append((year, c.row))


def _name_keys(name_km: str, name_latin: str) -> list[str]:
    km, latin = dm.duplicate_key(name_km, name_latin)
    return [k for k in (f"km:{km}" if km else "", f"latin:{latin}" if latin else "") if k]


# =============================================================================
# The template
# =============================================================================

READ_ME_TEXT: dict[str, list[tuple[str, str]]] = {
    # (style, text): "title", "heading" or "" for a paragraph.
    "en": [
        ("title", "The member register for CBO Desk"),
        ("", "Use this workbook to bring a member register kept on paper or in another spreadsheet into "
             "CBO Desk. Fill in the sheet “Members”, save it as an Excel workbook (.xlsx), then import it "
             "in CBO Desk (Members → Import)."),
        ("heading", "Sheet “Members”: one member per row"),
        ("", "Leave the first row (the column names) as it is. Empty rows are skipped."),
        ("", "Member number: leave it empty and CBO Desk gives the next number. Write a number only to "
             "keep the number a member already has on their card; each number is given once."),
        ("", "Name in Khmer and Name in Latin letters: at least one of them, better both."),
        ("", "Sex: female or male (F or M)."),
        ("", "Date or year of birth: a year (1985) or a date (14/03/1985, day first). May be empty."),
        ("", "Village and Commune: a village of the sheet “Lists”. Write the commune too when two "
             "villages have the same name. New villages are added in CBO Desk first."),
        ("", "Phone, National ID card, IDPoor (level 1, level 2 or no): may be empty. Only people whose "
             "role allows it see these details in CBO Desk."),
        ("", "Household head: yes or no, or empty when not known."),
        ("", "Join date: the day the member joined, for example 2019-05-14 or 14/05/2019."),
        ("", "Status, Status date and Reason: leave them empty for an active member. For a member who "
             "left, write left, the day they left and why; for a member who died, deceased and the day; "
             "inactive for a member who takes no part for now."),
        ("", "Notes: anything else."),
        ("heading", "What CBO Desk checks"),
        ("", "Every row is checked before anything is imported. If anything is wrong, CBO Desk lists every "
             "problem with its row and column and imports nothing: correct the file and import it again."),
        ("", "A row with the same name, year of birth and village as a member already in the register, "
             "or as another row, is pointed out as a likely duplicate. If it really is another person, "
             "import again and choose to import likely duplicates."),
    ],
    "km": [
        ("title", "បញ្ជីសមាជិក សម្រាប់ CBO Desk"),
        ("", "ប្រើឯកសារនេះ ដើម្បីបញ្ចូលបញ្ជីសមាជិកដែលកត់ត្រាលើក្រដាស ឬក្នុងតារាងផ្សេងទៀត ទៅក្នុង CBO Desk។ "
             "បំពេញសន្លឹក «សមាជិក» រក្សាទុកជាឯកសារ Excel (.xlsx) រួចនាំចូលក្នុង CBO Desk (សមាជិក → នាំចូល)។"),
        ("heading", "សន្លឹក «សមាជិក»៖ មួយជួរ សម្រាប់សមាជិកម្នាក់"),
        ("", "កុំកែជួរទីមួយ (ឈ្មោះជួរឈរ)។ ជួរទទេនឹងត្រូវរំលង។"),
        ("", "លេខសមាជិក៖ ទុកទទេ ហើយ CBO Desk នឹងផ្ដល់លេខបន្ទាប់។ សរសេរលេខ តែដើម្បីរក្សាលេខដែលសមាជិកមាននៅលើ"
             "ប័ណ្ណរបស់គាត់រួចហើយ។ លេខនីមួយៗផ្ដល់តែម្ដងប៉ុណ្ណោះ។"),
        ("", "ឈ្មោះជាអក្សរខ្មែរ និងឈ្មោះជាអក្សរឡាតាំង៖ យ៉ាងហោចណាស់មួយ ល្អជាងគឺទាំងពីរ។"),
        ("", "ភេទ៖ ស្រី ឬប្រុស (F ឬ M)។"),
        ("", "ថ្ងៃខែឆ្នាំកំណើត៖ ឆ្នាំ (1985) ឬកាលបរិច្ឆេទ (14/03/1985 ថ្ងៃមុន)។ អាចទុកទទេបាន។"),
        ("", "ភូមិ និងឃុំ៖ ភូមិមួយពីសន្លឹក «បញ្ជី»។ សរសេរឃុំផង ពេលភូមិពីរមានឈ្មោះដូចគ្នា។ ភូមិថ្មីត្រូវបន្ថែម"
             "ក្នុង CBO Desk ជាមុនសិន។"),
        ("", "លេខទូរស័ព្ទ អត្តសញ្ញាណប័ណ្ណ ប័ណ្ណសមធម៌ (កម្រិត១ កម្រិត២ ឬទេ)៖ អាចទុកទទេបាន។ មានតែអ្នកដែលតួនាទី"
             "អនុញ្ញាតទេ ទើបឃើញព័ត៌មានទាំងនេះក្នុង CBO Desk។"),
        ("", "មេគ្រួសារ៖ បាទ/ចាស ឬទេ ឬទុកទទេ ពេលមិនដឹង។"),
        ("", "ថ្ងៃចូលជាសមាជិក៖ ថ្ងៃដែលសមាជិកចូល ឧទាហរណ៍ 2019-05-14 ឬ 14/05/2019។"),
        ("", "ស្ថានភាព ថ្ងៃប្ដូរស្ថានភាព និងមូលហេតុ៖ ទុកទទេ សម្រាប់សមាជិកសកម្ម។ សម្រាប់សមាជិកដែលបានចាកចេញ "
             "សរសេរ ចាកចេញ ថ្ងៃដែលគាត់ចាកចេញ និងមូលហេតុ។ សម្រាប់សមាជិកដែលបានទទួលមរណភាព សរសេរ ទទួលមរណភាព "
             "និងថ្ងៃ។ អសកម្ម សម្រាប់សមាជិកដែលមិនចូលរួមសិន។"),
        ("", "កំណត់សម្គាល់៖ អ្វីផ្សេងទៀត។"),
        ("heading", "អ្វីដែល CBO Desk ពិនិត្យ"),
        ("", "គ្រប់ជួរត្រូវបានពិនិត្យ មុនពេលនាំចូលអ្វីមួយ។ បើមានកំហុស CBO Desk បង្ហាញកំហុសទាំងអស់ ជាមួយជួរ "
             "និងជួរឈរ ហើយមិននាំចូលអ្វីទាំងអស់៖ កែឯកសារ រួចនាំចូលម្ដងទៀត។"),
        ("", "ជួរដែលមានឈ្មោះ ឆ្នាំកំណើត និងភូមិ ដូចសមាជិកដែលមានក្នុងបញ្ជីរួចហើយ ឬដូចជួរមួយទៀត ត្រូវបាន"
             "បង្ហាញថាអាចស្ទួន។ បើពិតជាមនុស្សផ្សេង សូមនាំចូលម្ដងទៀត ហើយជ្រើសនាំចូលជួរដែលអាចស្ទួនផង។"),
    ],
}


def write_import_template(path: str | os.PathLike[str], language: str = "en", cbo: Cbo | None = None) -> None:
    """Write the Excel template for :func:`import_members` to *path* (replacing a file there).

    With *cbo*, the sheet "Lists" and the drop-downs hold that CBO's villages.
    """
    import openpyxl

    if language not in LABELS:
        raise ValueError(f"unsupported language {language!r}")
    village_rows = ([(v.name(language), v.commune(language)) for v in ms.villages(cbo)]
                    if cbo is not None else [])
    labels = LABELS[language]

    book = openpyxl.Workbook()
    readme = book.active
    assert readme is not None
    write_read_me(readme, READ_ME.name(language), READ_ME_TEXT[language])
    sheet = book.create_sheet(MEMBERS.name(language))
    write_headers(sheet, MEMBER_COLUMNS, language)
    ranges = write_lists(
        book.create_sheet(LISTS.name(language)), LIST_HEADERS[language],
        [[n for n, _ in village_rows], [c for _, c in village_rows], list(labels["sex"].values()),
         list(labels["status"].values()), list(labels["idpoor"].values()), list(labels["yes_no"].values())],
        lambda index: 24)
    for key, source in zip(("village", "commune", "sex", "status", "idpoor", "household_head"), ranges,
                           strict=True):
        add_drop_down(sheet, MEMBER_COLUMNS, key, source, strict=False, language=language)
    for key in ("joined_on", "status_date"):
        sheet.column_dimensions[column_letter(MEMBER_COLUMNS, key)].number_format = "yyyy-mm-dd"
    for key in ("phone", "id_card", "number"):
        # As text, so that a leading zero (012 345 678) is kept.
        sheet.column_dimensions[column_letter(MEMBER_COLUMNS, key)].number_format = "@"
    book.active = 1
    with written_atomically(path) as temp:
        book.save(temp)


# =============================================================================
# Export
# =============================================================================


@dataclass(frozen=True)
class ExportResult:
    path: Path
    members: int
    personal: bool  # the personal details were written


def export_register(cbo: Cbo, actor: Actor, path: str | os.PathLike[str], language: str = "en", *,
                    progress: Callable[[int, int], None] | None = None) -> ExportResult:
    """Write the whole register, in the template's columns, to an Excel workbook at *path*.

    The file is replaced only once it is complete.
    """
    import openpyxl

    actor.require("members.view")
    if language not in LABELS:
        raise ValueError(f"unsupported language {language!r}")
    personal = actor.may("members.personal")
    columns = [c for c in MEMBER_COLUMNS if personal or not c.personal]
    labels = LABELS[language]
    book = openpyxl.Workbook(write_only=True)
    ws = book.create_sheet(MEMBERS.name(language))
    ws.append([(c.km if language == "km" else c.en) for c in columns])
    written = 0
    with cbo.reading():
        total = Member.select().count()
        reasons: dict[int, str] = {}
        for member_id, reason in _tuples(MemberStatus.select(MemberStatus.member, MemberStatus.reason)
                                         .where(MemberStatus.reason != "").order_by(MemberStatus.id)):
            reasons[member_id] = reason
        query = (Member.select(Member.id, Member.number, Member.name_km, Member.name_latin, Member.sex,
                               Member.birth_date, Member.birth_year, Village.name_km, Village.name_en,
                               Village.commune_km, Village.commune_en, Member.phone, Member.id_card,
                               Member.idpoor, Member.household_head, Member.joined_on, Member.status,
                               Member.status_since, Member.notes)
                 .join(Village, on=(Member.village == Village.id)).order_by(Member.number).tuples())
        for (member_id, number, name_km, name_latin, sex, birth_date, birth_year, v_km, v_en, c_km, c_en,
             phone, id_card, idpoor, head, joined, status, since, notes) in query.iterator():
            values = {
                "number": number, "name_km": name_km, "name_latin": name_latin,
                "sex": labels["sex"].get(sex, sex),
                "birth": birth_date if birth_date is not None else birth_year,
                "village": by_language(language, v_km, v_en),
                "commune": by_language(language, c_km, c_en),
                "phone": phone, "id_card": id_card, "idpoor": labels["idpoor"].get(idpoor, ""),
                "household_head": "" if head is None else labels["yes_no"]["yes" if head else "no"],
                "joined_on": joined,
                "status": "" if status == "active" else labels["status"].get(status, status),
                "status_date": None if status == "active" else since,
                "reason": "" if status == "active" else reasons.get(member_id, ""),
                "notes": notes,
            }
            ws.append([values[c.key] for c in columns])
            written += 1
            if progress is not None and written % 1000 == 0:
                progress(written, total)
    target = Path(path)
    with written_atomically(target) as temp:
        book.save(temp)
    if progress is not None:
        progress(written, written)
    return ExportResult(target, written, personal)

