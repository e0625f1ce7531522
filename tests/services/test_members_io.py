"""The member register in and out of Excel, on SQLite and PostgreSQL.

Workbooks are filled the way a secretary fills the template: openpyxl writes
into the template CBO Desk made, cell by cell, then the file is imported. A
broken file must name the row and column of every problem and leave the
register exactly as it was.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from cbodesk.domain import roles
from cbodesk.domain.errors import UserCancelled, UserError
from cbodesk.domain.profile import OrganisationProfile
from cbodesk.domain.roles import Actor, NotAllowed
from cbodesk.services import members as ms
from cbodesk.services import members_io as mio
from cbodesk.services.cashbook_io import ImportProblems
from cbodesk.services.setup import new_cbo
from cbodesk.storage.database import Cbo
from cbodesk.storage.models import AuditEntry, MemberStatus

PROFILE = OrganisationProfile(name_km="សហគមន៍នេសាទ", name_en="Test Fishery", sector="fishery", province="10")
TODAY = date(2026, 6, 15)
SECRETARY = Actor("secretary", "The Secretary", frozenset({"secretary"}))
TREASURER = Actor("treasurer", "The Treasurer", frozenset({"treasurer"}))
HEADERS = [c.en for c in mio.MEMBER_COLUMNS]
Row = Sequence[Any] | None  # None: an empty row


@dataclass
class Setup:
    cbo: Cbo
    admin: Actor
    tmp: Path

    def count(self) -> int:
        return ms.count_members(self.cbo, SECRETARY)

    def workbook(self, rows: Sequence[Row], *, language: str = "en", name: str = "members.xlsx") -> Path:
        path = self.tmp / name
        mio.write_import_template(path, language, self.cbo)
        book = openpyxl.load_workbook(path)
        ws = book[mio.MEMBERS.name(language)]
        for number, row in enumerate(rows, start=2):
            for column, value in enumerate(row or (), start=1):
                ws.cell(row=number, column=column, value=value)
        book.save(path)
        return path

    def importing(self, path: Path, actor: Actor = SECRETARY, **options: Any) -> mio.ImportResult:
        return mio.import_members(self.cbo, actor, path, today=TODAY, **options)


@pytest.fixture
def setup(cbo_location: str, tmp_path: Path) -> Iterator[Setup]:
    cbo, admin = new_cbo(cbo_location, PROFILE, "Sok Dara")
    try:
        ms.add_village(cbo, admin, "កោះត្រង់លើ", "Koh Trong Leu", "កោះត្រង់", "Koh Trong")
        ms.add_village(cbo, admin, "ភូមិថ្មី", "Phum Thmei", "កោះត្រង់", "Koh Trong")
        ms.add_village(cbo, admin, "ភូមិថ្មី", "Phum Thmei", "អូរឫស្សី", "Ou Russei")
        yield Setup(cbo, admin, tmp_path)
    finally:
        cbo.close()


def member(number: int | None = None, km: str = "សុខ ដារ៉ា", latin: str = "Sok Dara", sex: Any = "male",
           birth: Any = 1980, village: Any = "Koh Trong Leu", commune: Any = None, phone: Any = None,
           id_card: Any = None, idpoor: Any = None, head: Any = None, joined: Any = "2019-05-14",
           status: Any = None, since: Any = None, reason: Any = None, notes: Any = None) -> list[Any]:
    return [number, km, latin, sex, birth, village, commune, phone, id_card, idpoor, head, joined, status, since,
            reason, notes]


NOT_KHMER = "Write this name in Khmer script. Put the name in Latin letters in its own field."
NOT_LATIN = "Write this name in Latin letters, for example Sok Dara. Put the Khmer name in its own field."


def problems_of(caught: pytest.ExceptionInfo[ImportProblems]) -> list[tuple[int | None, str, str]]:
    return [(p.row, p.column, p.message) for p in caught.value.problems]


# --- the template -------------------------------------------------------------------------------


def test_template_has_sheets_columns_lists_and_drop_downs(setup: Setup) -> None:
    path = setup.tmp / "template.xlsx"
    mio.write_import_template(path, "en", setup.cbo)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Read me", "Members", "Lists"]
    assert [c.value for c in book["Members"][1]] == HEADERS
    lists = book["Lists"]
    assert [c.value for c in lists["A"]][:4] == ["Villages", "Koh Trong Leu", "Phum Thmei", "Phum Thmei"]
    assert [c.value for c in lists["B"]][1:4] == ["Koh Trong", "Koh Trong", "Ou Russei"]
    ranges = {str(dv.sqref) for dv in book["Members"].data_validations.dataValidation}
    assert {"D2:D5001", "F2:F5001", "M2:M5001"} <= ranges  # sex, village, status
    khmer = setup.tmp / "template-km.xlsx"
    mio.write_import_template(khmer, "km", setup.cbo)
    book = openpyxl.load_workbook(khmer)
    assert book.sheetnames == ["សូមអាន", "សមាជិក", "បញ្ជី"]
    assert [c.value for c in book["សមាជិក"][1]] == [c.km for c in mio.MEMBER_COLUMNS]
    assert [c.value for c in book["បញ្ជី"]["A"]][1] == "កោះត្រង់លើ"


# --- good files -------------------------------------------------------------------------------------


def test_import_a_register(setup: Setup) -> None:
    rows: list[Row] = [
        member(phone="012345678", id_card="010203040", idpoor="level 1", head="yes", notes="Founding member"),
        None,  # an empty row in the middle is skipped
        member(km="ចាន់ សុភា", latin="Chan Sophea", sex="ស្រី", birth="14/03/1990", village="ភូមិថ្មី",
               commune="អូរឫស្សី", joined=datetime(2020, 1, 1), status="left", since="2024-01-01",
               reason="Moved to Phnom Penh", head="no"),
        member(km="", latin="Kim Vanna", sex="M", birth=None, village="phum thmei", commune="Koh Trong",
               joined="01/02/2021", status="ទទួលមរណភាព", since=date(2025, 8, 2)),
    ]
    result = setup.importing(setup.workbook(rows))
    assert (result.added, result.first_number, result.last_number) == (3, 1, 3)
    [sok, chan, kim] = ms.member_rows(setup.cbo, SECRETARY, ms.MemberFilter(), 0, 10)
    seen = ms.get_member(setup.cbo, SECRETARY, sok.id)
    assert (seen.phone, seen.id_card, seen.idpoor, seen.household_head, seen.notes) == (
        "012345678", "010203040", "level1", True, "Founding member")
    assert (chan.sex, chan.birth_date, chan.status, chan.status_since) == ("F", date(1990, 3, 14), "left",
                                                                           date(2024, 1, 1))
    assert ms.get_member(setup.cbo, SECRETARY, chan.id).village.commune_en == "Ou Russei"
    assert [(s.status, s.since, s.reason) for s in ms.get_member(setup.cbo, SECRETARY, chan.id).statuses] == [
        ("active", date(2020, 1, 1), ""), ("left", date(2024, 1, 1), "Moved to Phnom Penh")]
    assert (kim.name_km, kim.status, kim.village_en, kim.birth_year) == ("", "deceased", "Phum Thmei", None)
    with setup.cbo.reading():
        [entry] = [e for e in AuditEntry.select() if e.action == "members.import"]
    assert '"members": 3' in entry.after
    # One audit entry for the whole import.
    with setup.cbo.reading():
        assert AuditEntry.select().where(AuditEntry.action == "member.add").count() == 0


def test_import_in_khmer_with_own_numbers(setup: Setup) -> None:
    rows: list[Row] = [member(number=7), member(number=None, km="ចាន់ សុភា", latin="Chan Sophea", sex="F"),
                       member(number=3, km="ហេង សុខលី", latin="Heng Sokhly", sex="f")]
    result = setup.importing(setup.workbook(rows, language="km"))
    assert result.added == 3
    numbers = {r.name_latin: r.number for r in ms.member_rows(setup.cbo, SECRETARY, ms.MemberFilter(), 0, 10)}
    # Numbers given are kept; the counter goes above the highest; 4, 5 and 6 are never given.
    assert numbers == {"Sok Dara": 7, "Chan Sophea": 8, "Heng Sokhly": 3}
    assert ms.last_member_number(setup.cbo) == 8


def test_personal_details_are_not_imported_by_someone_who_may_not_see_them(
        setup: Setup, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(roles.PERMISSIONS, "members.personal", frozenset({"administrator"}))
    result = setup.importing(setup.workbook([member(phone="012345678", id_card="010203040", idpoor="1")]))
    assert result.personal_ignored
    [row] = ms.member_rows(setup.cbo, setup.admin, ms.MemberFilter(), 0, 10)
    seen = ms.get_member(setup.cbo, setup.admin, row.id)
    assert (seen.phone, seen.id_card, seen.idpoor) == ("", "", "")


# --- broken files --------------------------------------------------------------------------------------


def test_wrong_columns(setup: Setup) -> None:
    path = setup.tmp / "columns.xlsx"
    book = openpyxl.Workbook()
    ws = book.active
    assert ws is not None
    ws.title = "Members"
    ws.append(["Name in Latin letters", "Sex", "Sex", "Shoe size", "Join date"])
    ws.append(["Sok Dara", "M", "M", 42, "2020-01-01"])
    book.save(path)
    with pytest.raises(ImportProblems) as caught:
        setup.importing(path)
    assert problems_of(caught) == [
        (1, "Sex", mio.TWICE_COLUMN), (1, "Shoe size", mio.UNKNOWN_COLUMN), (1, "", mio.MISSING_COLUMN)]
    assert "Village" in caught.value.text()
    assert setup.count() == 0


def test_bad_cells_all_reported_with_rows_and_nothing_imported(setup: Setup) -> None:
    rows: list[Row] = [
        member(),  # good
        member(km="Sok", latin="សុខ", sex="x", birth="1985-13-01", village="Nowhere", joined="31/02/2020",
               idpoor="rich", head="maybe", number="abc"),
        member(km="ចាន់ សុភា", latin="Chan Sophea", sex=None, village=None, joined=None),
        member(km="គឹម វណ្ណា", latin="Kim Vanna", village="Phum Thmei"),  # two villages of that name
        member(km="ឡុង សំណាង", latin="Long Samnang", joined="2019-05-14", status="left", since=None),
        member(km="ស្រី ពៅ", latin="Srey Pov", sex="F", joined="2027-01-01"),
        member(km="ហេង សុខលី", latin="Heng Sokhly", sex="F", status="moon", since="2020-01-01"),
        member(km="កែវ ដារ៉ា", latin="Keo Dara", joined="2019-05-14", status="left", since="2018-01-01",
               reason="x"),
    ]
    with pytest.raises(ImportProblems) as caught:
        setup.importing(setup.workbook(rows))
    found = problems_of(caught)
    row3 = [(c, m) for r, c, m in found if r == 3]
    assert row3 == [("Member number", mio.BAD_NUMBER),
                    ("Name in Khmer", NOT_KHMER), ("Name in Latin letters", NOT_LATIN),
                    ("Sex", mio.BAD_SEX), ("Date or year of birth", mio.BAD_BIRTH),
                    ("Village", mio.UNKNOWN_VILLAGE), ("IDPoor", mio.BAD_IDPOOR),
                    ("Household head", mio.BAD_YES_NO),
                    ("Join date", "“{text}” is not a day of the calendar. Check the day and the month.")]
    assert [(c, m) for r, c, m in found if r == 4] == [("Sex", mio.EMPTY_SEX), ("Village", mio.EMPTY_VILLAGE),
                                                       ("Join date", "Write the date the member joined.")]
    assert [(c, m) for r, c, m in found if r == 5] == [("Village", mio.AMBIGUOUS_VILLAGE)]
    assert [(c, m) for r, c, m in found if r == 6] == [("Status date", mio.STATUS_NEEDS_DATE)]
    assert [c for r, c, m in found if r == 7] == ["Join date"]
    assert [(c, m) for r, c, m in found if r == 8] == [("Status", mio.BAD_STATUS)]
    assert [c for r, c, m in found if r == 9] == ["Status date"]
    assert 2 not in [r for r, _, _ in found]
    text = caught.value.text()
    assert text.startswith("Nothing was imported.")
    assert "Members, row 3, Village: There is no village “Nowhere”" in text
    assert setup.count() == 0 and ms.last_member_number(setup.cbo) == 0


def test_not_excel_files(setup: Setup) -> None:
    text = setup.tmp / "members.xlsx"
    text.write_text("Sok Dara;M;1980")
    with pytest.raises(ImportProblems) as caught:
        setup.importing(text)
    assert problems_of(caught) == [(None, "", mio.NOT_EXCEL)]
    assert "members.xlsx is not an Excel workbook" in caught.value.text()
    broken_zip = setup.tmp / "broken.xlsx"
    broken_zip.write_bytes(b"PK\x03\x04" + b"\0" * 100)
    with pytest.raises(ImportProblems):
        setup.importing(broken_zip)
    with pytest.raises(ImportProblems):
        setup.importing(setup.tmp)  # a folder
    with pytest.raises(UserError) as missing:
        setup.importing(setup.tmp / "gone.xlsx")
    assert "There is no file" in missing.value.text()
    other = setup.tmp / "other.xlsx"
    openpyxl.Workbook().save(other)
    with pytest.raises(ImportProblems) as no_sheet:
        setup.importing(other)
    assert problems_of(no_sheet) == [(None, "", mio.NO_MEMBERS_SHEET)]
    empty = setup.workbook([None, None])
    with pytest.raises(ImportProblems) as no_rows:
        setup.importing(empty)
    assert problems_of(no_rows) == [(None, "", mio.NO_ROWS)]
    assert setup.count() == 0


def test_likely_duplicates_and_numbers(setup: Setup) -> None:
    setup.importing(setup.workbook([member(number=5)], name="first.xlsx"))
    rows: list[Row] = [member(), member(km="ចាន់ សុភា", latin="Chan Sophea", sex="F"),
                       member(km="ចាន់សុភា", latin="chan sophea", sex="F", birth=None),
                       member(number=5, km="ហេង សុខលី", latin="Heng Sokhly", sex="F"),
                       member(number=9, km="គឹម វណ្ណា", latin="Kim Vanna"),
                       member(number=9, km="ស្រី ពៅ", latin="Srey Pov", sex="F")]
    path = setup.workbook(rows, name="second.xlsx")
    with pytest.raises(ImportProblems) as caught:
        setup.importing(path)
    assert problems_of(caught) == [
        (2, "", mio.LIKELY_DUPLICATE), (4, "", mio.DUPLICATE_IN_FILE), (5, "Member number", mio.NUMBER_TAKEN),
        (7, "Member number", mio.NUMBER_TWICE)]
    assert caught.value.problems[0].params == {"number": 5, "name": "Sok Dara"}
    assert setup.count() == 1
    # Different people after all: numbers must still be fixed, duplicates may be imported.
    rows[3] = member(number=None, km="ហេង សុខលី", latin="Heng Sokhly", sex="F")
    rows[5] = member(number=10, km="ស្រី ពៅ", latin="Srey Pov", sex="F")
    result = setup.importing(setup.workbook(rows, name="third.xlsx"), allow_duplicates=True)
    assert result.added == 6 and setup.count() == 7


def test_a_cancelled_import_imports_nothing(setup: Setup) -> None:
    rows: list[Row] = [member(km=f"សុខ ដារ៉ា {i}", latin=f"Sok Dara {i}") for i in range(600)]
    path = setup.workbook(rows)

    def cancel(done: int, total: int) -> None:
        if done >= 500:
            raise UserCancelled()

    with pytest.raises(UserCancelled):
        setup.importing(path, progress=cancel)
    assert setup.count() == 0
    with pytest.raises(NotAllowed):
        setup.importing(path, actor=TREASURER)


# --- export --------------------------------------------------------------------------------------------


def test_export_and_import_again_into_another_cbo(setup: Setup, tmp_path: Path) -> None:
    rows: list[Row] = [
        member(phone="012345678", id_card="010203040", idpoor="level 2", head="yes", notes="Founding member"),
        member(km="ចាន់ សុភា", latin="Chan Sophea", sex="F", birth="14/03/1990", village="Phum Thmei",
               commune="Ou Russei", status="left", since="2024-01-01", reason="Moved"),
    ]
    setup.importing(setup.workbook(rows))
    out = tmp_path / "register.xlsx"
    written = mio.export_register(setup.cbo, SECRETARY, out, "en")
    assert (written.members, written.personal) == (2, True)
    sheet = openpyxl.load_workbook(out)["Members"]
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0] == HEADERS
    assert values[1][:4] == [1, "សុខ ដារ៉ា", "Sok Dara", "male"]
    assert values[1][7:11] == ["012345678", "010203040", "level 2", "yes"]
    assert values[2][12:15] == ["left", datetime(2024, 1, 1), "Moved"]
    # The treasurer's export leaves the personal details out.
    hidden = mio.export_register(setup.cbo, TREASURER, tmp_path / "treasurer.xlsx", "km")
    assert not hidden.personal
    headers = [c.value for c in next(openpyxl.load_workbook(hidden.path)["សមាជិក"].iter_rows())]
    assert "លេខទូរស័ព្ទ" not in headers and "ឈ្មោះជាអក្សរខ្មែរ" in headers
    # The exported file is a valid import for another CBO with the same villages.
    other, admin = new_cbo(tmp_path / "other.cbodesk", PROFILE, "Admin")
    with other:
        ms.add_village(other, admin, "កោះត្រង់លើ", "Koh Trong Leu", "កោះត្រង់", "Koh Trong")
        ms.add_village(other, admin, "ភូមិថ្មី", "Phum Thmei", "អូរឫស្សី", "Ou Russei")
        assert mio.import_members(other, SECRETARY, out, today=TODAY).added == 2
        again = [(r.number, r.name_km, r.status, r.village_en) for r in
                 ms.member_rows(other, SECRETARY, ms.MemberFilter(), 0, 10)]
        original = [(r.number, r.name_km, r.status, r.village_en) for r in
                    ms.member_rows(setup.cbo, SECRETARY, ms.MemberFilter(), 0, 10)]
        assert again == original
        with other.reading():
            assert MemberStatus.select().count() == 3
