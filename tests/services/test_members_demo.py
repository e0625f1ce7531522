"""The demo CBO's member register: a few hundred members, about half women, several villages,
a committee history and fees in the cash book linked to members; the same with the cash
book written through the services or in bulk."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from cbodesk.services import cashbook
from cbodesk.services import members as ms
from cbodesk.services.demo import DemoOptions, write_demo
from cbodesk.services.users import default_actor
from cbodesk.storage.database import Cbo, open_cbo
from cbodesk.storage.models import Entry, Member

UNTIL = date(2025, 6, 30)
SMALL = DemoOptions(seed=11, entries=400, years=2, until=UNTIL)


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.cbodesk"
    write_demo(path, SMALL).close()
    return path


@pytest.fixture
def demo(demo_path: Path) -> Iterator[Cbo]:
    with open_cbo(demo_path) as cbo:
        yield cbo


def links(cbo: Cbo) -> list[tuple[Any, ...]]:
    with cbo.reading():
        return list(Entry.select(Entry.number, Entry.member, Entry.party).order_by(Entry.id).tuples())


def test_a_realistic_register(demo: Cbo) -> None:
    admin = default_actor(demo)
    members = ms.member_rows(demo, admin, ms.MemberFilter(), 0, 1000, today=UNTIL)
    assert len(members) == 300
    women = sum(1 for m in members if m.sex == "F")
    assert 120 <= women <= 180
    assert len({m.village_id for m in members}) == 5
    assert [m.number for m in members] == list(range(1, 301))
    # Numbers in the order members joined; the founders first.
    assert [m.joined_on for m in members] == sorted(m.joined_on for m in members)
    statuses = {s for m in members for s in [m.status]}
    assert statuses == {"active", "inactive", "left", "deceased"}
    assert sum(1 for m in members if m.status in ms.CURRENT) > 250
    # Khmer search finds the chair.
    [chair] = ms.member_rows(demo, admin, ms.MemberFilter(search="សុខ ដារ៉ា"), 0, 10, today=UNTIL)
    assert chair.name_latin == "Sok Dara" and chair.positions == ("chair",)


def test_a_committee_history(demo: Cbo) -> None:
    admin = default_actor(demo)
    today = ms.committee_on(demo, admin, UNTIL)
    assert [(t.position, t.name_latin) for t in today][:4] == [
        ("chair", "Sok Dara"), ("vice_chair", "Long Samnang"), ("secretary", "Heng Sokhly"),
        ("treasurer", "Chan Sophea")]
    terms = ms.committee_terms(demo, admin)
    assert len(terms) == 21
    assert len({t.started_on for t in terms}) == 3
    assert sum(1 for t in today if t.sex == "F") >= 3


def test_fees_are_linked_to_members(demo: Cbo) -> None:
    admin = default_actor(demo)
    assert cashbook.verify_book(demo).ok
    linked = [row for row in links(demo) if row[1] is not None]
    assert len(linked) > 100
    with demo.reading():
        names = {i: (km, latin) for i, km, latin in Member.select(Member.id, Member.name_km,
                                                                   Member.name_latin).tuples()}
    assert all(party in names[member] for _, member, party in linked)
    contributions = ms.contributions(demo, admin, until=UNTIL)
    assert contributions.rates and contributions.rates[0].valid_from.month == 1
    assert any(not c.owes for c in contributions.members if c.status == "active")
    assert contributions.owing
    # A member who left pays no fee after leaving: fees are paid only by members of the day.
    with demo.reading():
        fees = list(Entry.select(Entry.member, Entry.date).where(Entry.member.is_null(False)).tuples())
    for member_id, day in fees:
        statement = ms.member_statement(demo, admin, member_id, date_to=UNTIL)
        assert statement.joined_on <= day


def test_bulk_book_links_the_same_members(demo_path: Path, tmp_path: Path) -> None:
    bulk = DemoOptions(seed=SMALL.seed, entries=SMALL.entries, years=SMALL.years, until=UNTIL, bulk=True)
    with open_cbo(demo_path) as services, write_demo(tmp_path / "bulk.cbodesk", bulk) as direct:
        assert links(direct) == links(services)
        assert cashbook.verify_book(direct).ok


def test_no_register(tmp_path: Path) -> None:
    with write_demo(tmp_path / "none.cbodesk", DemoOptions(entries=40, members=0)) as cbo:
        assert ms.count_members(cbo, default_actor(cbo)) == 0
        assert all(row[1] is None for row in links(cbo))
