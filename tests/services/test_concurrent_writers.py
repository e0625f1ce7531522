"""Two computers on one CBO at the same moment, each with its own connection.

- Both save the same member (or the profile) opened at the same version: one save wins, the other
  is refused with ChangedMeanwhile naming the winner, and nothing of the loser is written.
- Both record receipts and edit members at once: the receipt numbers are unique and gapless, the
  cash book's chain and the audit log's chain (written by both) verify.

(The cash book alone under two processes is in test_cashbook_concurrency.py.)
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from functools import partial
from typing import Any

import pytest

from cbodesk.domain import cashbook as cb
from cbodesk.domain import members as dm
from cbodesk.domain.money import Currency, Money
from cbodesk.domain.profile import OrganisationProfile
from cbodesk.domain.roles import Actor
from cbodesk.services import cashbook
from cbodesk.services import members as ms
from cbodesk.services import profile as profile_service
from cbodesk.services.audit import check_log
from cbodesk.services.setup import new_cbo
from cbodesk.storage.database import Cbo, open_cbo
from cbodesk.storage.models import AuditEntry, Entry

PROFILE = OrganisationProfile(name_km="សហគមន៍កសិកម្ម", name_en="Two Computers CBO", sector="agriculture",
                              province="10")
SECRETARY = Actor("chan.sophea", "Chan Sophea", frozenset({"secretary", "treasurer"}))
ASSISTANT = Actor("keo.dara", "Keo Dara", frozenset({"secretary", "treasurer"}))
ROUNDS = 10
RECEIPTS = 60
pytestmark = pytest.mark.usefixtures("models_on_the_proxy")  # tests/conftest.py


def two_computers(location: str) -> tuple[Cbo, Cbo]:
    """The CBO opened twice, as on two computers (a file: the second without the app's lock)."""
    return open_cbo(location), open_cbo(location, lock=False)


def at_once(work: list[Callable[[], Any]]) -> list[Any]:
    """Run each of *work* in its own thread, all starting together; results or exceptions."""
    start = threading.Barrier(len(work))
    results: list[Any] = [None] * len(work)

    def run(index: int) -> None:
        start.wait(timeout=30)
        try:
            results[index] = work[index]()
        except Exception as error:  # noqa: BLE001 - handed back to the test's thread
            results[index] = error

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(work))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return results


def test_two_saves_of_one_member_one_wins(cbo_location: str) -> None:
    cbo, admin = new_cbo(cbo_location, PROFILE, "Sok Dara")
    village = ms.add_village(cbo, admin, "ភូមិថ្មី", "Phum Thmey")
    member = ms.add_member(cbo, admin, dm.MemberDraft(name_km="សុខ ចាន់", name_latin="Sok Chan", sex="M",
                                                     birth_year=1980, village_id=village.id,
                                                     joined_on=date(2020, 1, 5)))
    cbo.close()
    here, there = two_computers(cbo_location)
    try:
        for round_ in range(ROUNDS):
            # Both open the member dialog on the same version…
            opened_here = ms.get_member(here, SECRETARY, member.id)
            opened_there = ms.get_member(there, ASSISTANT, member.id)
            assert opened_here.row_version == opened_there.row_version
            # …and both press Save at the same moment.
            mine = replace(opened_here.draft(), notes=f"here {round_}")
            theirs = replace(opened_there.draft(), phone=f"0{round_}2 345 678")
            results = at_once([
                partial(ms.update_member, here, SECRETARY, member.id, mine, row_version=opened_here.row_version),
                partial(ms.update_member, there, ASSISTANT, member.id, theirs,
                        row_version=opened_there.row_version),
            ])
            won = [r for r in results if isinstance(r, ms.MemberView)]
            lost = [r for r in results if isinstance(r, ms.ChangedMeanwhile)]
            assert len(won) == 1 and len(lost) == 1, results
            winner = won[0].updated_by
            assert lost[0].params["who"] == winner
            assert winner in lost[0].text()
            now = ms.get_member(here, SECRETARY, member.id)
            assert now.row_version == opened_here.row_version + 1
            # Only the winner's change is there.
            if winner == SECRETARY.full_name:
                assert now.notes == f"here {round_}" and now.phone == opened_here.phone
            else:
                assert now.phone == f"0{round_}2 345 678" and now.notes == opened_here.notes
        with here.reading():
            updates = AuditEntry.select().where(AuditEntry.action == "member.update").count()
        assert updates == ROUNDS
        assert check_log(here).ok
    finally:
        here.close()
        there.close()


@pytest.mark.postgres
def test_two_saves_of_the_profile_one_wins(pg_url: str) -> None:
    # (PostgreSQL only: on one SQLite file the second writer of save_profile, which does not take
    # the write lock first, gets "database is locked"; two apps on one file are refused anyway.)
    cbo, _admin = new_cbo(pg_url, PROFILE, "Sok Dara")
    cbo.close()
    here, there = two_computers(pg_url)
    admin_here = Actor("sok.dara", "Sok Dara", frozenset({"administrator"}))
    admin_there = Actor("chan.sophea", "Chan Sophea", frozenset({"administrator"}))
    try:
        opened = profile_service.load_profile(here)
        results = at_once([
            lambda: profile_service.save_profile(here, admin_here, replace(opened, phone="012 111 111")),
            lambda: profile_service.save_profile(there, admin_there, replace(opened, email="cbo@example.org")),
        ])
        won = [r for r in results if isinstance(r, OrganisationProfile)]
        lost = [r for r in results if isinstance(r, profile_service.ChangedMeanwhile)]
        assert len(won) == 1 and len(lost) == 1, results
        saved = profile_service.load_profile(there)
        assert (saved.phone, saved.email) in {("012 111 111", ""), ("", "cbo@example.org")}
    finally:
        here.close()
        there.close()


def test_two_treasurers_and_secretaries_at_work(cbo_location: str) -> None:
    """Receipts and member edits from both computers at once: numbers 1..N, both chains verify."""
    cbo, admin = new_cbo(cbo_location, PROFILE, "Sok Dara")
    village = ms.add_village(cbo, admin, "ភូមិថ្មី", "Phum Thmey")
    people = [ms.add_member(cbo, admin, dm.MemberDraft(name_km=f"សមាជិក {i}", name_latin=f"Member {i}",
                                                      sex="F", birth_year=1970 + i, village_id=village.id,
                                                      joined_on=date(2020, 1, 5))) for i in range(2)]
    cbo.close()
    here, there = two_computers(cbo_location)

    def work(computer: Cbo, actor: Actor, member: ms.MemberView) -> list[str]:
        cash = next(a.id for a in cashbook.accounts(computer) if a.currency is Currency.KHR)
        fees = next(c.id for c in cashbook.categories(computer) if c.code == "fees")
        numbers = []
        for i in range(RECEIPTS):
            view = cashbook.record_entry(computer, actor, cb.EntryDraft(
                "receipt", date.today(), cash, Money(1000 + i, Currency.KHR), fees, party=actor.full_name,
                description=f"{actor.full_name} {i}", uid=cashbook.new_uid()))
            numbers.append(view.number)
            if i % 10 == 0:
                current = ms.get_member(computer, actor, member.id)
                ms.update_member(computer, actor, member.id, replace(current.draft(), notes=f"visit {i}"),
                                 row_version=current.row_version)
        return numbers

    try:
        results = at_once([lambda: work(here, SECRETARY, people[0]), lambda: work(there, ASSISTANT, people[1])])
        assert all(isinstance(r, list) for r in results), results
        year = date.today().year
        numbers = sorted(results[0] + results[1])
        assert numbers == [f"R-{year}-{n:04d}" for n in range(1, 2 * RECEIPTS + 1)]
        with here.reading():
            assert Entry.select().count() == 2 * RECEIPTS
        book = cashbook.verify_book(here)
        assert book.ok and book.entries == 2 * RECEIPTS, book
        audit = check_log(there)
        assert audit.ok, audit
        assert audit.entries > 2 * RECEIPTS
    finally:
        here.close()
        there.close()
