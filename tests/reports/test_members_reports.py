"""The member reports against the register and the cash book they are made from, on SQLite and
PostgreSQL: member list, membership statistics, committee list, contributions and a member's
statement; none of them prints a member's phone, ID card or IDPoor status.

The register (two villages, fee 5,000៛ a month from 1 Jan 2026):

    1 Sok Chan      M  1960  Koh Trong Leu    chair since 2023, pays 15,000៛ (Feb)
    2 Chan Sophea   F  1990  Koh Trong Leu    treasurer since 2023, pays 40,000៛ (Mar), reversed, then 5,000៛
    3 Heng Sokhly   F  2005  Koh Trong Kraom  joined 2024
    4 Kim Vanna     M  1975  Koh Trong Kraom  left on 1 Jan 2025 (chair 2020-2023)
    5 Srey Pov      F  (no year)  Koh Trong Leu  inactive since 1 Feb 2026
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from cbodesk.domain import cashbook as cb
from cbodesk.domain import members as dm
from cbodesk.domain.errors import InvalidInput
from cbodesk.domain.money import Currency, Money
from cbodesk.domain.profile import OrganisationProfile
from cbodesk.domain.roles import Actor, NotAllowed
from cbodesk.reports import registry
from cbodesk.reports.model import KeyFigures, Paragraph, Report, Row, Table
from cbodesk.reports.registry import ReportParams
from cbodesk.services import cashbook
from cbodesk.services import members as ms
from cbodesk.services.setup import new_cbo
from cbodesk.storage.database import Cbo

KHR = Currency.KHR
PROFILE = OrganisationProfile(name_km="សហគមន៍នេសាទកោះត្រង់", name_en="Koh Trong Fishery", sector="fishery",
                              province="10", commune="Koh Trong")
TODAY = date.today()
SECRETARY = Actor("heng.sokhly", "Heng Sokhly", frozenset({"secretary"}))
TREASURER = Actor("chan.sophea", "Chan Sophea", frozenset({"treasurer"}))
VIEWER = Actor("srey.pov", "Srey Pov", frozenset({"viewer"}))
PHONES = ("012 345 678", "097 111 222")
ID_CARDS = ("010203040", "020304050")
YEAR = ReportParams(date_from=date(2026, 1, 1), date_to=date(2026, 5, 31))


@dataclass
class Register:
    cbo: Cbo
    ids: list[int]


@pytest.fixture
def register(cbo_location: str) -> Iterator[Register]:
    cbo, admin = new_cbo(cbo_location, PROFILE, "Sok Chan")
    with cbo:
        upper = ms.add_village(cbo, admin, "កោះត្រង់លើ", "Koh Trong Leu", "កោះត្រង់", "Koh Trong")
        lower = ms.add_village(cbo, admin, "កោះត្រង់ក្រោម", "Koh Trong Kraom", "កោះត្រង់", "Koh Trong")
        people = [("សុខ ចាន់", "Sok Chan", "M", 1960, upper, date(2009, 3, 2), PHONES[0], ID_CARDS[0]),
                  ("ចាន់ សុភា", "Chan Sophea", "F", 1990, upper, date(2012, 5, 1), PHONES[1], ID_CARDS[1]),
                  ("ហេង សុខលី", "Heng Sokhly", "F", 2005, lower, date(2024, 2, 1), "", ""),
                  ("គឹម វណ្ណា", "Kim Vanna", "M", 1975, lower, date(2009, 3, 2), "", ""),
                  ("ស្រី ពៅ", "Srey Pov", "F", None, upper, date(2015, 1, 1), "", "")]
        ids = [ms.add_member(cbo, SECRETARY, dm.MemberDraft(
            name_km=km, name_latin=latin, sex=sex, birth_year=year, village_id=village.id, joined_on=joined,
            phone=phone, id_card=card, idpoor="level1"), today=TODAY).id
            for km, latin, sex, year, village, joined, phone, card in people]
        ms.start_term(cbo, SECRETARY, dm.TermDraft("chair", ids[3], date(2020, 3, 1), date(2023, 2, 28)))
        ms.start_term(cbo, SECRETARY, dm.TermDraft("chair", ids[0], date(2023, 3, 1)))
        ms.start_term(cbo, SECRETARY, dm.TermDraft("treasurer", ids[1], date(2023, 3, 1)))
        ms.change_status(cbo, SECRETARY, ids[3], dm.StatusChange("left", date(2025, 1, 1), "Moved"))
        ms.change_status(cbo, SECRETARY, ids[4], dm.StatusChange("inactive", date(2026, 2, 1)))
        ms.set_fee_rate(cbo, TREASURER, Money("5000", KHR), "month", date(2026, 1, 1))
        box = cashbook.add_account(cbo, admin, "Cash box", "cash", KHR, Money("0", KHR), date(2025, 1, 1)).id
        fees = next(c.id for c in cashbook.categories(cbo) if c.code == "fees")

        def pay(member: int, amount: str, day: date) -> cashbook.EntryView:
            return cashbook.record_entry(cbo, TREASURER, cb.EntryDraft(
                "receipt", day, box, Money(amount, KHR), fees, member_id=member, description="Fee"))

        pay(ids[0], "15000", date(2026, 2, 10))
        wrong = pay(ids[1], "40000", date(2026, 3, 1))
        cashbook.reverse_entry(cbo, TREASURER, wrong.id, "Recorded twice", day=date(2026, 3, 2))
        pay(ids[1], "5000", date(2026, 3, 2))
        yield Register(cbo, ids)


NO_CHOICES = ReportParams()


def build(reg: Register, code: str, params: ReportParams = NO_CHOICES, actor: Actor = SECRETARY) -> Report:
    report = registry.build(reg.cbo, actor, code, params)
    check_report(report)
    return report


def cells(row: Row | Sequence[Any]) -> tuple[Any, ...]:
    return tuple(row.cells) if isinstance(row, Row) else tuple(row)


def every_text(report: Report) -> str:
    found: list[str] = [report.title, report.period]
    for section in report.sections:
        found.append(section.title)
        for block in section.blocks:
            if isinstance(block, Paragraph):
                found.append(block.text)
            elif isinstance(block, Table):
                found += [str(c) for row in block.rows for c in cells(row)]
            elif isinstance(block, KeyFigures):
                found += [f"{f.label} {f.value}" for f in block.figures]
    return "\n".join(found)


def check_report(report: Report) -> None:
    """What holds for every member report: no personal details, well-formed tables, the letterhead."""
    text = every_text(report)
    for secret in (*PHONES, *ID_CARDS, "level1", "IDPoor level 1"):
        assert secret not in text, (report.kind, secret)
    assert report.letterhead.name_en == "Koh Trong Fishery"
    assert not report.fingerprint and report.signatures is None
    for t in report.tables():
        for row in t.rows:
            assert len(cells(row)) == len(t.columns)
            for column, cell in zip(t.columns, cells(row), strict=True):
                if column.kind == "money":
                    assert cell is None or (isinstance(cell, Money) and cell.currency is column.currency)
        if t.totals is not None:
            for i, column in enumerate(t.columns):
                if column.summed:
                    values = [cells(r)[i] for r in t.rows if cells(r)[i] is not None]
                    if column.kind == "money":
                        total: Any = Money.zero(column.currency or KHR)
                        for v in values:
                            total = total + v
                    else:
                        total = sum(values)
                    assert t.totals[i] == total, (t.title, column.title)


def table(report: Report, title: str) -> Table:
    found = [t for t in report.tables() if t.title == title]
    assert len(found) == 1, [t.title for t in report.tables()]
    return found[0]


def figures(report: Report) -> dict[str, Any]:
    return {f.label: f.value for s in report.sections for b in s.blocks if isinstance(b, KeyFigures)
            for f in b.figures}


# --- the kinds ----------------------------------------------------------------------------------


def test_the_kinds_are_registered() -> None:
    kinds = {k.code: k for k in registry.kinds()}
    assert {"member_list", "member_stats", "committee_list", "contributions", "member_statement"} <= set(kinds)
    assert kinds["member_list"].chapter == 3 and kinds["committee_list"].chapter == 1
    assert kinds["member_statement"].needs == frozenset({"period", "member_opt"})
    assert kinds["contributions"].action == "members.view"


def test_member_list(register: Register) -> None:
    report = build(register, "member_list", actor=VIEWER)  # every member may see the list
    [members] = report.tables()
    assert [cells(r)[:4] for r in members.rows] == [
        (1, "Sok Chan", "សុខ ចាន់", "Male"), (2, "Chan Sophea", "ចាន់ សុភា", "Female"),
        (3, "Heng Sokhly", "ហេង សុខលី", "Female"), (5, "Srey Pov", "ស្រី ពៅ", "Female")]
    assert [cells(r)[7:] for r in members.rows] == [("Active", "Chair"), ("Active", "Treasurer"), ("Active", ""),
                                                    ("Inactive", "")]
    assert cells(members.rows[3])[4] is None  # age not known
    assert figures(report)["Members"] == 4 and figures(report)["Women"] == 3
    khmer = build(register, "member_list", ReportParams(language="km"))
    assert cells(khmer.tables()[0].rows[0])[1:3] == ("សុខ ចាន់", "Sok Chan")


def test_member_statistics(register: Register) -> None:
    report = build(register, "member_stats", ReportParams(on=TODAY))
    stats = ms.member_statistics(register.cbo, SECRETARY, TODAY)
    by_village = table(report, "By village")
    assert [cells(r) for r in by_village.rows] == [("Koh Trong Leu (Koh Trong)", 2, 1, 3),
                                                   ("Koh Trong Kraom (Koh Trong)", 1, 0, 1)]
    assert by_village.totals == ("Total", stats.by_village.women, stats.by_village.men, 4)
    status = {cells(r)[0]: cells(r)[1:] for r in table(report, "By status (everyone who has joined)").rows}
    assert status == {"Active": (2, 1, 3), "Inactive": (1, 0, 1), "Left": (0, 1, 1), "Deceased": (0, 0, 0)}
    ages = {cells(r)[0]: cells(r)[3] for r in table(report, "By age group").rows}
    assert ages["Age not known"] == 1 and sum(ages.values()) == 4
    joined = table(report, "By year joined (everyone who has joined)")
    assert joined.totals is not None and joined.totals[3] == 5
    with pytest.raises(InvalidInput):
        build(register, "member_stats")  # the day is needed


def test_committee_list(register: Register) -> None:
    report = build(register, "committee_list", actor=VIEWER)
    today = table(report, "The committee today")
    assert [cells(r)[:3] for r in today.rows] == [("Chair", "Sok Chan · សុខ ចាន់", 1),
                                                  ("Treasurer", "Chan Sophea · ចាន់ សុភា", 2)]
    history = table(report, "Every term since the first committee")
    assert [(cells(r)[0], cells(r)[1], cells(r)[3], cells(r)[4]) for r in history.rows] == [
        ("Chair", None, None, None), ("", "Kim Vanna · គឹម វណ្ណា", date(2020, 3, 1), date(2023, 2, 28)),
        ("", "Sok Chan · សុខ ចាន់", date(2023, 3, 1), None),
        ("Treasurer", None, None, None), ("", "Chan Sophea · ចាន់ សុភា", date(2023, 3, 1), None)]
    assert figures(report)["Women"] == 1


def test_contributions(register: Register) -> None:
    report = build(register, "contributions", YEAR, actor=TREASURER)
    [t] = report.tables()
    assert [cells(r) for r in t.rows] == [
        (1, "Sok Chan", "Koh Trong Leu", "Active", Money("25000", KHR), Money("15000", KHR), Money("10000", KHR)),
        (2, "Chan Sophea", "Koh Trong Leu", "Active", Money("25000", KHR), Money("5000", KHR),
         Money("20000", KHR)),
        (3, "Heng Sokhly", "Koh Trong Kraom", "Active", Money("25000", KHR), Money("0", KHR), Money("25000", KHR)),
        (5, "Srey Pov", "Koh Trong Leu", "Inactive", Money("5000", KHR), Money("0", KHR), Money("5000", KHR))]
    assert figures(report)["Members who owe"] == 4
    assert "5,000៛ per month from 1 Jan 2026" in every_text(report)
    with pytest.raises(NotAllowed):
        build(register, "contributions", YEAR, actor=VIEWER)


def test_member_statement(register: Register) -> None:
    one = build(register, "member_statement",
                ReportParams(date_from=date(2026, 1, 1), date_to=date(2026, 5, 31), member_id=register.ids[1]),
                actor=TREASURER)
    assert one.title == "Statement of member 2: Chan Sophea"
    [t] = one.tables()
    assert [(cells(r)[2], cells(r)[5], cells(r)[6]) for r in t.rows] == [
        ("Received", Money("40000", KHR), None), ("Correction", Money("-40000", KHR), None),
        ("Received", Money("5000", KHR), None)]
    assert t.totals is not None and t.totals[5] == Money("5000", KHR)
    assert figures(one)["Fees still owed"] == Money("20000", KHR)
    # Without a member: every member with entries in the period, one after the other.
    every = build(register, "member_statement", YEAR, actor=TREASURER)
    assert len(every.sections) == 2 and len(every.tables()) == 2
    with pytest.raises(InvalidInput):
        build(register, "member_statement", ReportParams(date_from=date(2026, 1, 1), date_to=date(2026, 5, 31),
                                                         member_id=999), actor=TREASURER)


@pytest.mark.parametrize("language", ["en", "km"])
def test_every_member_report_renders(register: Register, tmp_path: Path, language: str) -> None:
    from cbodesk.reports.pdf import render_pdf
    from cbodesk.reports.xlsx import render_xlsx

    params = ReportParams(language=language, date_from=YEAR.date_from, date_to=YEAR.date_to, on=TODAY)
    for code in ("member_list", "member_stats", "committee_list", "contributions", "member_statement"):
        report = build(register, code, params)
        assert render_pdf(report, tmp_path / f"{code}.pdf") > 0
        render_xlsx(report, tmp_path / f"{code}.xlsx")
        book = openpyxl.load_workbook(tmp_path / f"{code}.xlsx")
        written = " ".join(str(c) for ws in book.worksheets for row in ws.iter_rows(values_only=True)
                           for c in row if c is not None)
        for secret in (*PHONES, *ID_CARDS):
            assert secret not in written
