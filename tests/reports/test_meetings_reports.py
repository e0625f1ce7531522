"""The meeting reports against meetings recorded in the database, on SQLite and PostgreSQL:
the minutes (English and Khmer, rich text, PDF), the attendance list, participation over a
period (PDF and Excel read back) and open action items.

The CBO (four members) and its meetings in 2026:

    1 Sok Chan     M   chair
    2 Chan Sophea  F
    3 Heng Sokhly  F   minutes taker
    4 Kim Vanna    M

    10 Jan  committee         Sok Chan present, Chan Sophea present, Heng Sokhly present, Kim Vanna absent
    14 Feb  general assembly  all present but Kim Vanna (excused); 3 local NGOs (2 F, 1 M), 2 government
                              (sex not noted); minutes in English with nested lists, approved 14 Mar
    14 Mar  committee         Sok Chan present, Chan Sophea absent, Heng Sokhly present, Kim Vanna present;
                              minutes in Khmer (draft)
    (2025)  a committee meeting outside the period
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pypdf import PdfReader

from cbodesk.domain import members as dm
from cbodesk.domain.errors import InvalidInput
from cbodesk.domain.profile import OrganisationProfile
from cbodesk.domain.roles import Actor, NotAllowed
from cbodesk.i18n import catalogue
from cbodesk.reports import registry
from cbodesk.reports.model import Paragraph, Report, RichList, RichText, Row, Signatures, Table
from cbodesk.reports.pdf import render_pdf
from cbodesk.reports.registry import ReportParams
from cbodesk.reports.xlsx import render_xlsx
from cbodesk.services import members as ms
from cbodesk.services.setup import new_cbo
from cbodesk.storage.database import Cbo
from cbodesk.storage.models import (
    ActionItem,
    AgendaItem,
    Decision,
    GroupWork,
    Meeting,
    MeetingAnnex,
    MeetingAttendance,
    MeetingGuests,
    MinutesAmendment,
)

PROFILE = OrganisationProfile(name_km="សហគមន៍នេសាទកោះត្រង់", name_en="Koh Trong Fishery", sector="fishery",
                              province="10", commune="Koh Trong")
SECRETARY = Actor("heng.sokhly", "Heng Sokhly", frozenset({"secretary"}))
VIEWER = Actor("srey.pov", "Srey Pov", frozenset({"viewer"}))
TODAY = date.today()

RESULT_EN = """The treasurer presented the **income and expenditure** of 2025.

1. Membership fees: *most members* paid on time.
2. The well:
   - repaired in **March**
   - cost shared by the villages
     1. Koh Trong Leu
     2. Koh Trong Kraom
3. Savings group

The members **approved** the report."""

CONCLUSION_EN = """The assembly agreed on the plan for 2026.

- The committee writes to the commune council.
- The treasurer prints the summary for the notice board."""

RESULT_KM = """ហេរញ្ញិកបានបង្ហាញ **ចំណូល និងចំណាយ** ប្រចាំឆ្នាំ២០២៥ ដល់សមាជិកទាំងអស់ ហើយសមាជិកបានសួរសំណួរជាច្រើនអំពីការចំណាយលើការជួសជុលអណ្តូង។

១. ថ្លៃសមាជិកភាព
   - សមាជិក *ភាគច្រើន* បានបង់ទាន់ពេល
   - ស្ត្រីចូលរួមច្រើន
២. អណ្តូងទឹក

- ក្រុមប្រឹក្សាឃុំ និងអង្គការក្រៅរដ្ឋាភិបាលក្នុងស្រុក
  - ព្រះរាជាណាចក្រកម្ពុជា ជាតិ សាសនា ព្រះមហាក្សត្រ"""


@dataclass
class Book:
    cbo: Cbo
    members: list[int]
    assembly: int
    committee_km: int
    committee_jan: int


def _meeting(cbo: Cbo, **fields: Any) -> int:
    meeting = Meeting.create(created_at=datetime(2026, 1, 1, 9, 0), created_by="Heng Sokhly", **fields)
    return int(meeting.id)


def _attend(meeting: int, members: list[int], presence: str) -> None:
    for member, mark in zip(members, presence, strict=True):
        MeetingAttendance.create(meeting=meeting, member=member,
                                 presence={"P": "present", "A": "absent", "E": "excused"}[mark])


def record_meetings(cbo: Cbo, admin: Actor) -> Book:
    """The CBO's members and meetings (see the module's docstring)."""
    upper = ms.add_village(cbo, admin, "កោះត្រង់លើ", "Koh Trong Leu", "កោះត្រង់", "Koh Trong")
    people = [("សុខ ចាន់", "Sok Chan", "M"), ("ចាន់ សុភា", "Chan Sophea", "F"), ("ហេង សុខលី", "Heng Sokhly", "F"),
              ("គឹម វណ្ណា", "Kim Vanna", "M")]
    ids = [ms.add_member(cbo, SECRETARY, dm.MemberDraft(name_km=km, name_latin=latin, sex=sex, birth_year=1980,
                                                        village_id=upper.id, joined_on=date(2020, 1, 1)),
                         today=TODAY).id for km, latin, sex in people]
    with cbo.atomic():
        old = _meeting(cbo, kind="committee", title="Committee meeting of December", date=date(2025, 12, 5),
                       language="en")
        _attend(old, ids, "PPPP")
        jan = _meeting(cbo, kind="committee", title="Committee meeting of January", date=date(2026, 1, 10),
                       language="en", chair="Sok Chan", minutes_taker="Heng Sokhly")
        _attend(jan, ids, "PPPA")
        ActionItem.create(meeting=jan, position=0, what="Ask the commune for a meeting room", who="Sok Chan",
                          due_on=date(2026, 1, 31))
        ActionItem.create(meeting=jan, position=1, what="Buy a register book", who="Heng Sokhly",
                          due_on=date(2026, 1, 20), status="done", done_on=date(2026, 1, 18))
        ActionItem.create(meeting=jan, position=2, what="Print the member list", who="Heng Sokhly",
                          due_on=TODAY + timedelta(days=30))
        assembly = _meeting(
            cbo, kind="general_assembly", title="Annual general assembly 2026", date=date(2026, 2, 14),
            start_time="08:00", end_time="11:30", place="Koh Trong pagoda", facilitator="Chan Sophea",
            mc="Kim Vanna", minutes_taker="Heng Sokhly", chair="Sok Chan",
            objectives="Review the year 2025\nApprove the plan for 2026\n\nElect the auditor",
            conclusion=CONCLUSION_EN, closing_remark="Thank you all for *coming*.", closing_by="Sok Chan",
            language="en", status="approved", approved_on=date(2026, 3, 14))
        _attend(assembly, ids, "PPPE")
        MeetingGuests.create(meeting=assembly, position=0, category="Local NGOs", female=2, male=1, total=3)
        MeetingGuests.create(meeting=assembly, position=1, category="Government", total=2)
        AgendaItem.create(meeting=assembly, position=0, title="Financial report 2025", presenter="Chan Sophea",
                          result=RESULT_EN)
        AgendaItem.create(meeting=assembly, position=1, title="Plan for 2026", presenter="Sok Chan",
                          result="Adopted *as presented*.")
        GroupWork.create(meeting=assembly, position=0, name="Group 1: women", question="What should the CBO "
                         "do first?", answer="- Repair the **well**\n- Start a savings group")
        Decision.create(meeting=assembly, position=0, text="The plan for 2026 is approved.", votes_for=3,
                        votes_against=0, votes_abstain=0)
        Decision.create(meeting=assembly, position=1, text="Keep the fee at 5,000 riel a month.")
        ActionItem.create(meeting=assembly, position=0, what="Send the minutes to the commune", who="Heng Sokhly",
                          due_on=date(2026, 2, 28))
        MeetingAnnex.create(meeting=assembly, position=0, title="Slides of the financial report",
                            file_name="finance.pdf", data=b"%PDF-1.4", sha256="0" * 64)
        committee = _meeting(
            cbo, kind="committee", title="កិច្ចប្រជុំគណៈកម្មាធិការ ខែមីនា", date=date(2026, 3, 14),
            start_time="14:00", end_time="16:00", place="ផ្ទះប្រធាន", facilitator="សុខ ចាន់", mc="ចាន់ សុភា",
            minutes_taker="ហេង សុខលី", chair="សុខ ចាន់",
            objectives="ពិនិត្យរបាយការណ៍ហិរញ្ញវត្ថុ\nរៀបចំផែនការខែមេសា", conclusion=RESULT_KM,
            closing_remark="សូមអរគុណ", closing_by="សុខ ចាន់", language="km")
        _attend(committee, ids, "PAPP")
        AgendaItem.create(meeting=committee, position=0, title="របាយការណ៍ហិរញ្ញវត្ថុ", presenter="ចាន់ សុភា",
                          result=RESULT_KM)
        Meeting.update(approved_at=committee).where(Meeting.id == assembly).execute()
        MinutesAmendment.create(meeting=assembly, text="The auditor's name is **Kim Vanna**.",
                                made_on=date(2026, 3, 20), made_by="Heng Sokhly", created_at=datetime(2026, 3, 20))
    return Book(cbo, ids, assembly, committee, jan)


@pytest.fixture
def book(cbo_location: str) -> Iterator[Book]:
    cbo, admin = new_cbo(cbo_location, PROFILE, "Sok Chan")
    with cbo:
        yield record_meetings(cbo, admin)


def build(book: Book, code: str, params: ReportParams, actor: Actor = SECRETARY) -> Report:
    return registry.build(book.cbo, actor, code, params)


def cells(row: Row | Any) -> tuple[Any, ...]:
    return tuple(row.cells) if isinstance(row, Row) else tuple(row)


def rich_blocks(report: Report) -> list[RichText]:
    return [b for s in report.sections for b in s.blocks if isinstance(b, RichText)]


def paragraphs(report: Report) -> list[str]:
    return [b.text for s in report.sections for b in s.blocks if isinstance(b, Paragraph)]


# --- the kinds --------------------------------------------------------------------------


def test_the_meeting_kinds_are_registered() -> None:
    kinds = {k.code: k for k in registry.kinds()}
    assert {"minutes", "attendance_list", "participation", "actions"} <= set(kinds)
    assert all(kinds[c].chapter == 2 for c in ("minutes", "attendance_list", "participation", "actions"))
    assert kinds["minutes"].needs == frozenset({"meeting"})
    assert kinds["participation"].needs == frozenset({"period", "meeting_kind_opt"})
    assert kinds["minutes"].action == "meetings.view"


# --- the minutes ---------------------------------------------------------------------------


def test_minutes_in_english(book: Book, tmp_path: Path) -> None:
    report = build(book, "minutes", ReportParams(language="km", meeting_id=book.assembly))
    assert report.language == "en"  # the minutes' language, not the one asked for
    assert report.title == "Minutes of the meeting" and report.period == "14 February 2026"
    titles = [s.title for s in report.sections if s.title]
    assert titles == ["1. Objectives", "2. Results of the meeting", "3. Group work", "4. Decisions",
                      "5. Action items", "6. Conclusion and ways forward", "7. Closing remark", "Amendments"]
    title, header = report.sections[0].blocks[:2]
    assert title == Paragraph("Annual general assembly 2026", "heading")
    assert isinstance(header, Table) and header.columns[1].title == "General assembly"
    facts = {cells(r)[0]: cells(r)[1] for r in header.rows}
    assert facts["Facilitated by"] == "Chan Sophea" and facts["MC"] == "Kim Vanna"
    assert facts["Date and time"] == "14 February 2026, 08:00–11:30"
    assert facts["Location"] == "Koh Trong pagoda"
    assert facts["Participated by"].split("\n") == [
        "Members: 3 (women 2, men 1)", "Local NGOs: 3 (women 2, men 1)", "Government: 2",
        "Total: 8 (women 4)"]
    # Objectives numbered (the blank line is not an objective), results as rich text with nested lists.
    objectives = rich_blocks(report)[0].blocks[0]
    assert isinstance(objectives, RichList) and objectives.ordered and len(objectives.items) == 3
    assert "2.1 Financial report 2025" in paragraphs(report)
    financial = next(r for r in rich_blocks(report) if r.lines()[0][1].startswith("The treasurer"))
    assert (3, "1. Koh Trong Leu") in financial.lines()
    decisions = next(t for t in report.tables() if t.columns[1].title == "Decision")
    assert [cells(r) for r in decisions.rows] == [(1, "The plan for 2026 is approved.", 3, 0, 0),
                                                  (2, "Keep the fee at 5,000 riel a month.\nDecided by consensus, without a count.",
                                                   None, None, None)]
    assert any("Approved on 14 Mar 2026 at the meeting “កិច្ចប្រជុំគណៈកម្មាធិការ ខែមីនា (14 Mar 2026)”." == p
               for p in paragraphs(report))
    assert "Annexes" in paragraphs(report)
    [signatures] = [b for s in report.sections for b in s.blocks if isinstance(b, Signatures)]
    assert [(s.role, s.name) for s in signatures.signatures] == [("Minutes taker", "Heng Sokhly"),
                                                                ("Chair", "Sok Chan")]
    out = tmp_path / "minutes.pdf"
    pages = render_pdf(report, out)
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert pages == len(PdfReader(out).pages) >= 1
    for words in ("Objectives", "Results of the meeting", "Koh Trong Kraom", "income and expenditure",
                  "Slides of the financial report", "Minutes taker", "Kim Vanna"):
        assert words in " ".join(text.split()), words
    render_xlsx(report, tmp_path / "minutes.xlsx")
    cover = openpyxl.load_workbook(tmp_path / "minutes.xlsx").worksheets[0]
    written = [c.value for row in cover.iter_rows() for c in row if c.value]
    assert "1. Koh Trong Leu" in written and "◦ repaired in March" in written


def test_minutes_in_khmer_and_a_draft(book: Book, tmp_path: Path) -> None:
    report = build(book, "minutes", ReportParams(language="en", meeting_id=book.committee_km))
    assert report.language == "km"
    khmer = catalogue("km")
    assert khmer("reports", "Draft minutes — not yet approved.") in paragraphs(report)
    assert report.sections[1].title == "1. " + khmer("reports", "Objectives")
    header = report.tables()[0]
    assert header.columns[1].title == khmer("meetings", "Committee meeting")
    assert [cells(r)[1] for r in header.rows][:3] == ["សុខ ចាន់", "ចាន់ សុភា", "ហេង សុខលី"]
    assert not any(s.title.endswith("Group work") for s in report.sections)  # none recorded
    out = tmp_path / "minutes-km.pdf"
    assert render_pdf(report, out) >= 1


def test_minutes_of_a_long_meeting_flow_over_pages(book: Book, tmp_path: Path) -> None:
    with book.cbo.atomic():
        AgendaItem.update(result="\n\n".join([RESULT_EN] * 12)).where(AgendaItem.meeting == book.assembly).execute()
    report = build(book, "minutes", ReportParams(meeting_id=book.assembly))
    assert render_pdf(report, tmp_path / "long.pdf") >= 4


def test_minutes_need_a_meeting(book: Book) -> None:
    with pytest.raises(InvalidInput) as caught:
        build(book, "minutes", ReportParams())
    assert caught.value.problems[0].field == "meeting_id"
    with pytest.raises(InvalidInput):
        build(book, "minutes", ReportParams(meeting_id=10_000))
    with pytest.raises(NotAllowed):
        build(book, "minutes", ReportParams(meeting_id=book.assembly), actor=VIEWER)


# --- the attendance list -------------------------------------------------------------------


def test_attendance_list(book: Book, tmp_path: Path) -> None:
    report = build(book, "attendance_list", ReportParams(meeting_id=book.assembly))
    members, totals, guests = report.tables()
    assert [cells(r) for r in members.rows] == [
        (1, 1, "Sok Chan", "សុខ ចាន់", "Male", "Koh Trong Leu", "Present", None),
        (2, 2, "Chan Sophea", "ចាន់ សុភា", "Female", "Koh Trong Leu", "Present", None),
        (3, 3, "Heng Sokhly", "ហេង សុខលី", "Female", "Koh Trong Leu", "Present", None),
        (4, 4, "Kim Vanna", "គឹម វណ្ណា", "Male", "Koh Trong Leu", "Excused", None)]
    assert [cells(r) for r in totals.rows] == [("Present", 2, 1, 3), ("Absent", 0, 0, 0), ("Excused", 0, 1, 1)]
    assert totals.totals == ("On the list", 2, 2, 4)
    assert guests.totals == ("Total", 2, 1, 5)
    khmer = build(book, "attendance_list", ReportParams(meeting_id=book.committee_km))
    assert cells(khmer.tables()[0].rows[0])[2:4] == ("សុខ ចាន់", "Sok Chan")
    assert render_pdf(khmer, tmp_path / "attendance.pdf") == 1


# --- participation ---------------------------------------------------------------------------


def test_participation_pdf_and_excel(book: Book, tmp_path: Path) -> None:
    params = ReportParams(date_from=date(2026, 1, 1), date_to=date(2026, 12, 31))
    report = build(book, "participation", params, actor=VIEWER)
    table = next(t for t in report.tables() if t.sheet_name == "Participation")
    rows = [cells(r) for r in table.rows]
    assert rows == [
        (1, "Sok Chan", "Male", 3, 3, 0, 0, Decimal("100.0")),
        (2, "Chan Sophea", "Female", 3, 2, 0, 1, Decimal("66.7")),
        (3, "Heng Sokhly", "Female", 3, 3, 0, 0, Decimal("100.0")),
        (4, "Kim Vanna", "Male", 3, 1, 1, 1, Decimal("33.3"))]
    assert table.totals == ("Total", None, None, 12, 9, 1, 2, Decimal("75.0"))
    by_sex = next(t for t in report.tables() if t.title == "By sex")
    assert [cells(r) for r in by_sex.rows] == [("Female", 2, 6, 5, 0, 1, Decimal("83.3")),
                                               ("Male", 2, 6, 4, 1, 1, Decimal("66.7"))]
    assert render_pdf(report, tmp_path / "participation.pdf") == 1
    render_xlsx(report, tmp_path / "participation.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "participation.xlsx")["Participation"]
    values = [[c.value for c in row] for row in sheet.iter_rows(min_row=2, max_row=5)]
    # Excel keeps a percentage as a fraction (shown as 66.7%).
    assert [v[:7] + [round(Decimal(str(v[7])), 3)] for v in values] == [
        [1, "Sok Chan", "Male", 3, 3, 0, 0, Decimal("1.000")],
        [2, "Chan Sophea", "Female", 3, 2, 0, 1, Decimal("0.667")],
        [3, "Heng Sokhly", "Female", 3, 3, 0, 0, Decimal("1.000")],
        [4, "Kim Vanna", "Male", 3, 1, 1, 1, Decimal("0.333")]]
    totals = [c.value for c in sheet[6]]
    assert totals[:7] == ["Total", None, None, "=SUM(D2:D5)", "=SUM(E2:E5)", "=SUM(F2:F5)", "=SUM(G2:G5)"]
    assert round(Decimal(str(totals[7])), 3) == Decimal("0.750")  # 75.0%, as the rows
    # Only committee meetings: January and March.
    committee = build(book, "participation", ReportParams(date_from=date(2026, 1, 1), date_to=date(2026, 12, 31),
                                                          meeting_kind="committee"))
    table = next(t for t in committee.tables() if t.sheet_name == "Participation")
    assert [cells(r)[3:7] for r in table.rows] == [(2, 2, 0, 0), (2, 1, 0, 1), (2, 2, 0, 0), (2, 1, 0, 1)]
    with pytest.raises(InvalidInput):
        build(book, "participation", ReportParams())


# --- action items ------------------------------------------------------------------------------


def test_open_action_items(book: Book) -> None:
    report = build(book, "actions", ReportParams())
    [table] = report.tables()
    rows = [cells(r) for r in table.rows]
    assert [r[0] for r in rows if isinstance(r[0], str)] == ["Overdue", "Open"]
    assert [r[2] for r in rows if not isinstance(r[0], str)] == [
        "Ask the commune for a meeting room", "Send the minutes to the commune", "Print the member list"]
