"""The member register (guideline chapter 3) and the committee (chapter 1).

The secretary keeps the register: members with their numbers, names in Khmer
script and in Latin letters, village, status history and committee terms. The
treasurer picks members as payers in the cash book and sees who has paid their
membership fee. Every function that writes is one user action: its checks
first (every problem at once), then one transaction with its audit entry. Every
function checks the acting person's role itself. Writes take the database's
write lock from their first statement (``atomic(exclusive=True)``), so two
windows or two computers adding members at once wait their turn instead of
failing half-way.

* Members are never deleted. A member's number comes from a counter (not from
  the highest number in use), so a number is never given out twice.
* The personal details (phone, national ID card, IDPoor status) reach only
  people with the role ``members.personal``; others get None for them, and
  what they save leaves the stored values as they were.
* The register's page asks for a count and windows of rows (``count_members``,
  ``member_rows``), filtered, searched and sorted in SQL through indexes, so a
  register of a hundred thousand members opens as fast as one of a hundred.
  Rows come as tuples, never as model instances (NOTES.md).
"""

from __future__ import annotations

import functools
import hashlib
import operator
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Any

import peewee as pw

from cbodesk.domain import members as dm
from cbodesk.domain import errors
from cbodesk.domain.errors import InvalidInput, Problem, UserError
from cbodesk.domain.money import Currency, Money
from cbodesk.domain.roles import Actor
from cbodesk.i18n import N_, by_language
from cbodesk.services.audit import record_change
from cbodesk.services.rows import as_int as _int
from cbodesk.services.rows import first_locked, last_saved
from cbodesk.services.rows import now as _now
from cbodesk.services.rows import opt_date as _as_date
from cbodesk.services.rows import tuples as _tuples
from cbodesk.storage.database import Cbo
from cbodesk.storage.models import (
    Account,
    Category,
    CommitteeTerm,
    Counter,
    Entry,
    FeeRate,
    Member,
    MemberPhoto,
    MemberStatus,
    Setting,
    Village,
)

AREA = "members"
MEMBER_COUNTER = "member"
FEE_CATEGORY_KEY = "members.fee_category"


def _hidden(value: str) -> str:
    """A personal detail as the audit log keeps it: that it changed, not what it is."""
    return "" if not value else "hidden:" + hashlib.sha256(value.encode()).hexdigest()[:10]


# =============================================================================
# Villages
# =============================================================================


@dataclass(frozen=True)
class VillageView:
    id: int
    name_km: str
    name_en: str
    commune_km: str
    commune_en: str
    retired: bool

    def name(self, language: str) -> str:
        return by_language(language, self.name_km, self.name_en)

    def commune(self, language: str) -> str:
        return by_language(language, self.commune_km, self.commune_en)

    def label(self, language: str) -> str:
        """"Koh Trong Leu (Koh Trong)": the village and its commune, for lists and filters."""
        commune = self.commune(language)
        return f"{self.name(language)} ({commune})" if commune else self.name(language)


_VILLAGE_COLUMNS = (Village.id, Village.name_km, Village.name_en, Village.commune_km, Village.commune_en,
                    Village.retired)


def _village_view(row: Sequence[Any]) -> VillageView:
    return VillageView(row[0], row[1], row[2], row[3], row[4], bool(row[5]))


def villages(cbo: Cbo, *, include_retired: bool = False) -> list[VillageView]:
    """The CBO's villages, in the order the committee gave them, then by name."""
    with cbo.reading():
        query = Village.select(*_VILLAGE_COLUMNS).order_by(Village.sort_order, Village.name_en,
                                                           Village.name_km, Village.id)
        if not include_retired:
            query = query.where(~Village.retired)
        return [_village_view(r) for r in _tuples(query)]


def _village_problems(name_km: str, name_en: str, commune_km: str, commune_en: str,
                      village_id: int | None) -> list[Problem]:
    problems: list[Problem] = []
    if not name_km and not name_en:
        problems.append(Problem("name_km", N_("errors", "Give the village a name in Khmer, in English, or both.")))
    if name_km and not dm.is_khmer(name_km):
        problems.append(Problem("name_km", N_("errors", "Write this name in Khmer script.")))
    if problems:
        return problems
    others = _tuples(Village.select(*_VILLAGE_COLUMNS))
    for row in others:
        other = _village_view(row)
        if other.id == village_id:
            continue
        if _same((name_km, name_en), (other.name_km, other.name_en)) and _same(
                (commune_km, commune_en), (other.commune_km, other.commune_en)):
            problems.append(Problem("name_km", N_("errors", "This village is in the list already.")))
            break
    return problems


def _same(names: tuple[str, str], others: tuple[str, str]) -> bool:
    """Whether two places named in Khmer and/or English are the same: a name in the same
    script agrees (case and spacing aside), or neither has a name at all."""
    pairs = [(dm.fold(a), dm.fold(b)) for a, b in zip(names, others) if a and b]
    if pairs:
        return any(a == b for a, b in pairs)
    return not any(names) and not any(others)


def add_village(cbo: Cbo, actor: Actor, name_km: str, name_en: str, commune_km: str = "",
                commune_en: str = "") -> VillageView:
    actor.require("members.edit")
    km, en, commune_k, commune_e = (dm.clean_name(v) for v in (name_km, name_en, commune_km, commune_en))
    with cbo.atomic(exclusive=True):
        problems = _village_problems(km, en, commune_k, commune_e, None)
        if problems:
            raise InvalidInput(problems)
        order = _int(Village.select(pw.fn.MAX(Village.sort_order)).scalar()) + 10
        row = Village.create(name_km=km, name_en=en, commune_km=commune_k, commune_en=commune_e,
                             sort_order=order)
        record_change(actor, "village.add", AREA, f"village {row.id}", None,
                      {"name_km": km, "name_en": en, "commune_km": commune_k, "commune_en": commune_e})
    return VillageView(row.id, km, en, commune_k, commune_e, False)


def update_village(cbo: Cbo, actor: Actor, village_id: int, name_km: str, name_en: str,
                   commune_km: str = "", commune_en: str = "") -> VillageView:
    """Correct or rename a village; its members stay in it."""
    actor.require("members.edit")
    km, en, commune_k, commune_e = (dm.clean_name(v) for v in (name_km, name_en, commune_km, commune_en))
    with cbo.atomic(exclusive=True):
        row = Village.get_or_none(Village.id == village_id)
        if row is None:
            raise UserError(N_("errors", "This village is not in the list any more."))
        problems = _village_problems(km, en, commune_k, commune_e, village_id)
        if problems:
            raise InvalidInput(problems)
        keys = ("name_km", "name_en", "commune_km", "commune_en")
        before = {k: getattr(row, k) for k in keys}
        after = dict(zip(keys, (km, en, commune_k, commune_e)))
        Village.update(**after).where(Village.id == village_id).execute()
        record_change(actor, "village.update", AREA, f"village {village_id}", before, after)
    return VillageView(village_id, km, en, commune_k, commune_e, bool(row.retired))


def retire_village(cbo: Cbo, actor: Actor, village_id: int, retired: bool = True) -> None:
    """Take a village out of the choices for new members (its members keep it)."""
    actor.require("members.edit")
    with cbo.atomic(exclusive=True):
        Village.update(retired=retired).where(Village.id == village_id).execute()
        record_change(actor, "village.retire" if retired else "village.restore", AREA,
                      f"village {village_id}", None, {"retired": retired})


# =============================================================================
# Reading the register
# =============================================================================


@dataclass(frozen=True, slots=True)
class MemberRow:
    """One line of the register table, ready to show."""

    id: int
    number: int
    name_km: str
    name_latin: str
    sex: str
    birth_date: date | None
    birth_year: int | None
    age: int | None  # on the day the rows were read
    village_id: int
    village_km: str
    village_en: str
    status: str
    status_since: date
    joined_on: date
    household_head: bool | None
    positions: tuple[str, ...]  # committee positions held that day
    phone: str | None  # None: hidden from this person

    def name(self, language: str) -> str:
        return by_language(language, self.name_km, self.name_latin)

    def village(self, language: str) -> str:
        return by_language(language, self.village_km, self.village_en)


@dataclass(frozen=True)
class MemberFilter:
    """Which members the register lists.

    *search*: words in the Khmer or Latin name, or the member number (every
    word must match; Latin case, accents and spaces do not matter). *statuses*:
    empty for every status. *committee*: only members holding a committee
    position today.
    """

    search: str = ""
    village_id: int | None = None
    statuses: frozenset[str] = frozenset()
    sex: str | None = None
    committee: bool = False


CURRENT = frozenset({"active", "inactive"})  # a filter for members who have not left

# The register's sortable columns.
SORTS = ("number", "name_km", "name_latin", "sex", "age", "village", "status", "joined_on")


def _current_terms(day: date) -> pw.Expression:
    return (CommitteeTerm.started_on <= day) & (CommitteeTerm.ended_on.is_null()
                                                 | (CommitteeTerm.ended_on >= day))


def _contains(term: str, postgres: bool) -> pw.Expression:
    """*term* is in the member's search key. The key is folded already (lower case), so a
    plain substring test does: faster than LIKE, which folds case and handles escapes."""
    if postgres:
        return pw.fn.strpos(Member.search_key, term) > 0
    return pw.fn.instr(Member.search_key, term) > 0


def _conditions(f: MemberFilter, today: date, postgres: bool, *, walk: bool = False) -> list[pw.Expression]:
    """The filter as SQL conditions.

    *walk*: for a window's ids on SQLite, the filter's columns are wrapped in a
    unary plus, so that SQLite walks the sort's index (which holds them, see
    models.Member) instead of searching the filter's index and sorting what it
    finds. Without statistics (a CBO's file never has them) SQLite takes the
    latter, which for "every current member" sorts nearly the whole register.
    """
    def column(node: Any) -> Any:
        return pw.NodeList((pw.SQL("+"), node), glue="") if walk and not postgres else node

    found: list[pw.Expression] = []
    for term in dm.search_terms(f.search):
        condition = _contains(term, postgres)
        if term.isdigit() and len(term) <= 9:
            condition = condition | (column(Member.number) == int(term))
        found.append(condition)
    if f.village_id is not None:
        found.append(column(Member.village) == f.village_id)
    if f.statuses:
        found.append(column(Member.status).in_(sorted(f.statuses)))
    if f.sex is not None:
        found.append(column(Member.sex) == f.sex)
    if f.committee:
        found.append(Member.id.in_(CommitteeTerm.select(CommitteeTerm.member).where(_current_terms(today))))
    return found


def _where(query: Any, conditions: Sequence[pw.Expression]) -> Any:
    return query.where(functools.reduce(operator.and_, conditions)) if conditions else query


_SORT_COLUMNS: dict[str, Any] = {
    "number": None, "name_km": Member.name_km, "name_latin": Member.sort_latin, "sex": Member.sex,
    "status": Member.status, "joined_on": Member.joined_on,
    # The youngest first: the latest year of birth; an unknown year counts as the smallest.
    "age": Member.birth_year,
}


def _order(sort: str, descending: bool, postgres: bool, *, walk_index: bool = True) -> list[Any]:
    """The ORDER BY of a sort: its column, then the number, both the same way, so that SQLite
    reads both from one index (models.Member's indexes) without sorting.

    *walk_index* False wraps the columns in a unary plus, which keeps SQLite from walking
    the sort's index: for a search that matches few members, scanning for the matches and
    sorting them is quicker than walking the index past every member who does not match.
    """
    if sort not in SORTS or sort == "village":
        raise ValueError(f"no plain ORDER BY for sort {sort!r}")
    column = _SORT_COLUMNS[sort]
    columns = [Member.number] if column is None else [column, Member.number]
    if sort == "age":
        descending = not descending
    result = []
    for node in columns:
        if not walk_index:
            node = pw.NodeList((pw.SQL("+"), node), glue="")
        if node is Member.birth_year and postgres:
            # NULL is the smallest value, as in SQLite.
            result.append(node.desc(nulls="LAST") if descending else node.asc(nulls="FIRST"))
        else:
            result.append(node.desc() if descending else node.asc())
    return result


def count_members(cbo: Cbo, actor: Actor, f: MemberFilter = MemberFilter(), *,
                  today: date | None = None) -> int:
    """How many members the filter lists."""
    actor.require("members.view")
    with cbo.reading():
        return _count(f, today or date.today(), cbo.is_postgres)


def _count(f: MemberFilter, today: date, postgres: bool) -> int:
    query = _where(Member.select(pw.fn.COUNT(pw.SQL("*"))), _conditions(f, today, postgres))
    return _int(query.scalar())


_ROW_COLUMNS = (Member.id, Member.number, Member.name_km, Member.name_latin, Member.sex, Member.birth_date,
                Member.birth_year, Member.village, Village.name_km, Village.name_en, Member.status,
                Member.status_since, Member.joined_on, Member.household_head, Member.phone)


def member_rows(cbo: Cbo, actor: Actor, f: MemberFilter, offset: int, limit: int, *,
                sort: str = "number", descending: bool = False, language: str = "en",
                total: int | None = None, today: date | None = None) -> list[MemberRow]:
    """Rows *offset* … *offset + limit - 1* of the filter's list, in the order of *sort*
    (one of :data:`SORTS`; the member number breaks ties, so windows fit together).

    *total*: the filter's count, if known (from :func:`count_members`): it saves a query
    and lets a window near the end be read from the end.

    The window's ids come from an index alone (no member row is read to skip the rows
    before it); only its own rows are then read in full.
    """
    actor.require("members.view")
    today = today or date.today()
    personal = actor.may("members.personal")
    with cbo.reading():
        ids = _window_ids(f, offset, limit, sort, descending, language, total, today, cbo.is_postgres)
        return _rows_of(ids, today, personal)


def _window_ids(f: MemberFilter, offset: int, limit: int, sort: str, descending: bool, language: str,
                total: int | None, today: date, postgres: bool) -> list[int]:
    offset, limit = max(offset, 0), max(limit, 0)
    if limit == 0:
        return []
    if sort == "village":
        return _village_window(_conditions(f, today, postgres), offset, limit, descending, language)
    conditions = _conditions(f, today, postgres, walk=True)
    searching = bool(dm.search_terms(f.search))
    if total is None and (searching or offset > 1000):
        total = _count(f, today, postgres)
    if total is not None:
        limit = min(limit, max(total - offset, 0))
        if limit == 0:
            return []
    keys = _where(Member.select(Member.id), conditions)
    if searching and not postgres and total is not None and offset + limit > total // 2:
        # Few members match, or the window is far down the matches: find them all and sort.
        query = keys.order_by(*_order(sort, descending, postgres, walk_index=False))
        return [i for (i,) in _tuples(query.limit(limit).offset(offset))]
    if total is not None and offset + limit / 2 > total / 2:
        # Nearer the end: read backwards from it, past fewer members.
        query = (keys.order_by(*_order(sort, not descending, postgres))
                 .limit(limit).offset(max(total - offset - limit, 0)))
        return [i for (i,) in _tuples(query)][::-1]
    query = keys.order_by(*_order(sort, descending, postgres)).limit(limit).offset(offset)
    return [i for (i,) in _tuples(query)]


def _village_order(language: str) -> list[int]:
    """Village ids in the order the register sorts them: the CBO's order, then by name."""
    views = [_village_view(r) for r in _tuples(Village.select(*_VILLAGE_COLUMNS))]
    order = {v.id: i for i, v in enumerate(sorted(views, key=lambda v: v.id))}
    sort_order = dict(_tuples(Village.select(Village.id, Village.sort_order)))
    return [v.id for v in sorted(views, key=lambda v: (sort_order.get(v.id, 0), v.name(language), order[v.id]))]


def _village_window(conditions: list[pw.Expression], offset: int, limit: int, descending: bool,
                    language: str) -> list[int]:
    """A window sorted by village, then number: the count of each village (one grouped query
    over the village index), then the part of each village the window covers, read from
    that index."""
    counts = dict(_tuples(_where(Member.select(Member.village, pw.fn.COUNT(pw.SQL("*"))), conditions)
                          .group_by(Member.village)))
    villages = _village_order(language)
    if descending:
        villages.reverse()
    found: list[int] = []
    position = 0
    for village_id in villages:
        count = _int(counts.get(village_id, 0))
        if position + count <= offset:
            position += count
            continue
        skip = max(offset - position, 0)
        wanted = min(limit - len(found), count - skip)
        number = Member.number.desc() if descending else Member.number.asc()
        query = (_where(Member.select(Member.id), [*conditions, Member.village == village_id])
                 .order_by(number).limit(wanted).offset(skip))
        found += [i for (i,) in _tuples(query)]
        position += count
        if len(found) >= limit:
            break
    return found


def _rows_of(ids: list[int], today: date, personal: bool) -> list[MemberRow]:
    if not ids:
        return []
    query = (Member.select(*_ROW_COLUMNS).join(Village, on=(Member.village == Village.id))
             .where(Member.id.in_(ids)))
    by_id = {row[0]: row for row in _tuples(query)}
    return _rows([by_id[i] for i in ids if i in by_id], today, personal)


def read_register(cbo: Cbo, f: MemberFilter = MemberFilter(statuses=frozenset({"active", "inactive"})), *,
                  today: date | None = None) -> list[MemberRow]:
    """Every member the filter lists, by number, without personal details and without a
    role check: for reports (members' lists leave the personal details out)."""
    today = today or date.today()
    with cbo.reading():
        query = (Member.select(*_ROW_COLUMNS).join(Village, on=(Member.village == Village.id))
                 .order_by(Member.number))
        return _rows(_tuples(_where(query, _conditions(f, today, cbo.is_postgres))), today, False)


def _rows(rows: list[tuple[Any, ...]], today: date, personal: bool) -> list[MemberRow]:
    positions = _positions_of([r[0] for r in rows], today)
    result = []
    for (member_id, number, name_km, name_latin, sex, birth_date, birth_year, village_id, village_km,
         village_en, status, since, joined_on, household_head, phone) in rows:
        birth_date = _as_date(birth_date)
        result.append(MemberRow(
            member_id, number, name_km, name_latin, sex, birth_date, birth_year,
            dm.age_on(today, birth_date, birth_year), village_id, village_km, village_en, status,
            _as_date(since) or today, _as_date(joined_on) or today,
            None if household_head is None else bool(household_head),
            tuple(positions.get(member_id, ())), phone if personal else None))
    return result


def _positions_of(member_ids: list[int], day: date) -> dict[int, list[str]]:
    found: dict[int, list[str]] = defaultdict(list)
    if not member_ids:
        return found
    query = CommitteeTerm.select(CommitteeTerm.member, CommitteeTerm.position).where(_current_terms(day))
    if len(member_ids) <= 500:  # a page of the table; a whole register reads the few current terms
        query = query.where(CommitteeTerm.member.in_(member_ids))
    wanted = set(member_ids)
    for member_id, position in _tuples(query):
        if member_id in wanted:
            found[member_id].append(position)
    for held in found.values():
        held.sort(key=lambda p: dm.POSITION_ORDER.get(p, 99))
    return found


def member_position(cbo: Cbo, actor: Actor, f: MemberFilter, member_id: int, *, sort: str = "number",
                    descending: bool = False, language: str = "en", today: date | None = None) -> int | None:
    """Where *member_id* stands in the filter's list (None when the filter leaves it out):
    to show a member just added or edited."""
    actor.require("members.view")
    today = today or date.today()
    with cbo.reading():
        total = _count(f, today, cbo.is_postgres)
        ids = _window_ids(f, 0, total, sort, descending, language, total, today, cbo.is_postgres)
    try:
        return ids.index(member_id)
    except ValueError:
        return None


# --- one member --------------------------------------------------------------------


@dataclass(frozen=True)
class StatusView:
    id: int
    status: str
    since: date
    reason: str
    recorded_by: str
    recorded_at: datetime


@dataclass(frozen=True)
class TermView:
    id: int
    position: str
    title: str
    member_id: int
    number: int
    name_km: str
    name_latin: str
    sex: str
    started_on: date
    ended_on: date | None
    end_reason: str
    note: str

    def holds_on(self, day: date) -> bool:
        return self.started_on <= day and (self.ended_on is None or self.ended_on >= day)

    def name(self, language: str) -> str:
        return by_language(language, self.name_km, self.name_latin)


@dataclass(frozen=True)
class MemberView:
    """One member with everything the member dialog shows."""

    id: int
    number: int
    name_km: str
    name_latin: str
    sex: str
    birth_date: date | None
    birth_year: int | None
    village: VillageView
    joined_on: date
    phone: str | None  # None: hidden from this person
    id_card: str | None
    idpoor: str | None
    household_head: bool | None
    notes: str
    status: str
    status_since: date
    statuses: tuple[StatusView, ...]  # oldest first; the first is joining
    terms: tuple[TermView, ...]  # newest first
    has_photo: bool
    row_version: int
    created_at: datetime
    created_by: str
    updated_at: datetime | None
    updated_by: str

    @property
    def personal_hidden(self) -> bool:
        return self.phone is None

    def draft(self) -> dm.MemberDraft:
        """The member as the dialog edits it."""
        return dm.MemberDraft(
            name_km=self.name_km, name_latin=self.name_latin, sex=self.sex, birth_date=self.birth_date,
            birth_year=self.birth_year, village_id=self.village.id, joined_on=self.joined_on,
            phone=self.phone, id_card=self.id_card, idpoor=self.idpoor,
            household_head=self.household_head, notes=self.notes)

    def name(self, language: str) -> str:
        return by_language(language, self.name_km, self.name_latin)


def get_member(cbo: Cbo, actor: Actor, member_id: int) -> MemberView:
    actor.require("members.view")
    with cbo.reading():
        return _member_view(member_id, actor.may("members.personal"))


class MemberNotFound(UserError):
    def __init__(self) -> None:
        super().__init__(N_("errors", "This member is not in the register."))


def _member_view(member_id: int, personal: bool) -> MemberView:
    row = Member.get_or_none(Member.id == member_id)
    if row is None:
        raise MemberNotFound()
    village = _village_view(_tuples(Village.select(*_VILLAGE_COLUMNS).where(Village.id == row.village_id))[0])
    statuses = tuple(
        StatusView(i, s, _as_date(since) or row.joined_on, reason, by, at)
        for i, s, since, reason, by, at in _tuples(
            MemberStatus.select(MemberStatus.id, MemberStatus.status, MemberStatus.since, MemberStatus.reason,
                                MemberStatus.recorded_by, MemberStatus.recorded_at)
            .where(MemberStatus.member == member_id).order_by(MemberStatus.since, MemberStatus.id)))
    terms = tuple(_terms(CommitteeTerm.member == member_id, newest_first=True))
    has_photo = MemberPhoto.select().where(MemberPhoto.member == member_id).exists()
    return MemberView(
        id=row.id, number=row.number, name_km=row.name_km, name_latin=row.name_latin, sex=row.sex,
        birth_date=row.birth_date, birth_year=row.birth_year, village=village, joined_on=row.joined_on,
        phone=row.phone if personal else None, id_card=row.id_card if personal else None,
        idpoor=row.idpoor if personal else None,
        household_head=None if row.household_head is None else bool(row.household_head), notes=row.notes,
        status=row.status, status_since=row.status_since, statuses=statuses, terms=terms,
        has_photo=has_photo, row_version=row.row_version, created_at=row.created_at,
        created_by=row.created_by, updated_at=row.updated_at, updated_by=row.updated_by)


# --- the cash book's member picker -------------------------------------------------------


@dataclass(frozen=True)
class MemberChoice:
    """A member as a picker offers them: number, names, village, status."""

    id: int
    number: int
    name_km: str
    name_latin: str
    village_km: str
    village_en: str
    status: str

    def name(self, language: str) -> str:
        return by_language(language, self.name_km, self.name_latin)

    def label(self, language: str = "en") -> str:
        """"42 · សុខ ដារ៉ា · Sok Dara": every name, so a member is found by either."""
        first, second = ((self.name_km, self.name_latin) if language == "km"
                         else (self.name_latin, self.name_km))
        return " · ".join(part for part in (str(self.number), first, second) if part)


_CHOICE_COLUMNS = (Member.id, Member.number, Member.name_km, Member.name_latin, Village.name_km,
                   Village.name_en, Member.status)


def member_choices(cbo: Cbo, actor: Actor, search: str = "", *, limit: int = 30,
                   include_gone: bool = False) -> list[MemberChoice]:
    """Members for a picker (the cash book's payer or payee, a committee position): those
    matching *search* by name or number, by number. Members who left or died only with
    *include_gone* (a fee paid late by a family)."""
    if not (actor.may("members.view") or actor.may("cashbook.record")):
        actor.require("members.view")
    f = MemberFilter(search=search, statuses=frozenset() if include_gone else CURRENT)
    with cbo.reading():
        query = (Member.select(*_CHOICE_COLUMNS).join(Village, on=(Member.village == Village.id))
                 .order_by(Member.number).limit(limit))
        return [MemberChoice(*row) for row in _tuples(_where(query, _conditions(f, date.today(),
                                                                              cbo.is_postgres)))]


def member_choice(cbo: Cbo, actor: Actor, member_id: int) -> MemberChoice | None:
    """One member as the picker shows them (an entry's member, shown again)."""
    if not (actor.may("members.view") or actor.may("cashbook.record")):
        actor.require("members.view")
    with cbo.reading():
        found = _tuples(Member.select(*_CHOICE_COLUMNS).join(Village, on=(Member.village == Village.id))
                        .where(Member.id == member_id))
    return MemberChoice(*found[0]) if found else None


# =============================================================================
# Adding and editing members
# =============================================================================


class LikelyDuplicate(UserError):
    """A member with the same name, year of birth and village is in the register already.

    The dialog shows ``members`` and asks whether this is another person; if
    so, it saves again with ``allow_duplicate=True``.
    """

    def __init__(self, members: list[MemberRow]) -> None:
        self.members = members
        first = members[0]
        super().__init__(N_("errors", "Member {number}, {name}, has the same name, year of birth and "
                                      "village. Is this the same person? If it is another person, save "
                                      "again to add them."),
                         number=first.number, name=first.name_latin or first.name_km)


class ChangedMeanwhile(errors.ChangedMeanwhile):
    def __init__(self, who: str, when: datetime | None) -> None:
        super().__init__(N_("errors", "{who} changed this member after you opened them. Your changes "
                                      "were not saved; open the member again to see theirs, then make "
                                      "your changes again."), who=who, when=when)


def _checked(draft: dm.MemberDraft, today: date, *, current_village: int | None = None) -> dm.MemberDraft:
    """The cleaned draft, or InvalidInput with every problem (call inside a transaction)."""
    draft = draft.cleaned()
    problems = draft.problems(today)
    if draft.village_id is not None:
        village = Village.get_or_none(Village.id == draft.village_id)
        if village is None or (village.retired and village.id != current_village):
            problems.append(Problem("village", N_("errors", "Choose the village from the list.")))
    if problems:
        raise InvalidInput(problems)
    return draft


def _duplicates(draft: dm.MemberDraft, exclude_id: int | None, today: date,
                personal: bool) -> list[MemberRow]:
    """Members with the same name (Khmer or Latin), year of birth (when both known) and village."""
    km, latin = dm.duplicate_key(draft.name_km, draft.name_latin)
    names = []
    if km:
        names.append(Member.search_key.contains(f"|{km}|"))
    if latin:
        names.append(Member.search_key.endswith(f"|{latin}"))
    if not names or draft.village_id is None:
        return []
    conditions = [Member.village == draft.village_id, functools.reduce(operator.or_, names)]
    year = dm.birth_year_of(draft.birth_date, draft.birth_year)
    if year is not None:
        conditions.append(Member.birth_year.is_null() | (Member.birth_year == year))
    if exclude_id is not None:
        conditions.append(Member.id != exclude_id)
    query = (Member.select(*_ROW_COLUMNS).join(Village, on=(Member.village == Village.id))
             .order_by(Member.number).limit(10))
    return _rows(_tuples(_where(query, conditions)), today, personal)


def likely_duplicates(cbo: Cbo, actor: Actor, draft: dm.MemberDraft, *, exclude_id: int | None = None,
                      today: date | None = None) -> list[MemberRow]:
    """Members who may be the person of *draft* (for the dialog to point out while typing)."""
    actor.require("members.view")
    with cbo.reading():
        return _duplicates(draft.cleaned(), exclude_id, today or date.today(), actor.may("members.personal"))


def _next_numbers(count: int, at_least: int = 0) -> int:
    """Give out *count* member numbers; returns the first. Numbers are never given twice:
    the counter only goes up, also when members were imported with their own numbers."""
    if at_least:
        (Counter.insert(name=MEMBER_COUNTER, last=at_least)
         .on_conflict(conflict_target=[Counter.name],
                      update={Counter.last: pw.Case(None, [(Counter.last < at_least, at_least)], Counter.last)})
         .execute())
    if count:
        (Counter.insert(name=MEMBER_COUNTER, last=count)
         .on_conflict(conflict_target=[Counter.name], update={Counter.last: Counter.last + count})
         .execute())
    last = _int(Counter.select(Counter.last).where(Counter.name == MEMBER_COUNTER).scalar())
    return last - count + 1


def last_member_number(cbo: Cbo) -> int:
    """The last member number given out (0 before the first member)."""
    with cbo.reading():
        return _int(Counter.select(Counter.last).where(Counter.name == MEMBER_COUNTER).scalar())


def _audit_record(number: int, draft: dm.MemberDraft) -> dict[str, Any]:
    return {
        "number": number, "name_km": draft.name_km, "name_latin": draft.name_latin, "sex": draft.sex,
        "birth_date": draft.birth_date, "birth_year": draft.birth_year, "village": draft.village_id,
        "joined_on": draft.joined_on, "household_head": draft.household_head, "notes": draft.notes,
        "phone": _hidden(draft.phone or ""), "id_card": _hidden(draft.id_card or ""),
        "idpoor": _hidden(draft.idpoor or ""),
    }


def _member_values(draft: dm.MemberDraft, number: int) -> dict[str, Any]:
    return {
        "name_km": draft.name_km, "name_latin": draft.name_latin, "sex": draft.sex,
        "birth_date": draft.birth_date, "birth_year": draft.birth_year, "village": draft.village_id,
        "joined_on": draft.joined_on, "household_head": draft.household_head, "notes": draft.notes,
        "search_key": dm.search_key(number, draft.name_km, draft.name_latin),
        "sort_latin": dm.sort_key_latin(draft.name_latin),
    }


def add_member(cbo: Cbo, actor: Actor, draft: dm.MemberDraft, *, allow_duplicate: bool = False,
               today: date | None = None, photo: Photo | None = None) -> MemberView:
    """Add a member to the register, active from the day they joined, with the next number
    (and *photo*, in the same transaction).

    Raises :class:`LikelyDuplicate` when the register holds someone with the same
    name, year of birth and village, unless *allow_duplicate*.
    """
    actor.require("members.edit")
    today = today or date.today()
    personal = actor.may("members.personal")
    if not personal:
        draft = replace(draft, phone="", id_card="", idpoor="")
    if photo is not None and photo.problems():
        raise InvalidInput(photo.problems())
    with cbo.atomic(exclusive=True):
        draft = _checked(draft, today)
        if not allow_duplicate:
            found = _duplicates(draft, None, today, personal)
            if found:
                raise LikelyDuplicate(found)
        number = _next_numbers(1)
        assert draft.joined_on is not None
        now = _now()
        row = Member.create(
            number=number, phone=draft.phone or "", id_card=draft.id_card or "", idpoor=draft.idpoor or "",
            status="active", status_since=draft.joined_on, created_at=now, created_by=actor.full_name,
            **_member_values(draft, number))
        MemberStatus.create(member=row.id, status="active", since=draft.joined_on, reason="",
                            recorded_by=actor.full_name, recorded_at=now)
        record_change(actor, "member.add", AREA, f"member {number}", None, _audit_record(number, draft))
        if photo is not None:
            _store_photo(actor, row.id, number, photo)
        return _member_view(row.id, personal)


def update_member(cbo: Cbo, actor: Actor, member_id: int, draft: dm.MemberDraft, *, row_version: int,
                  allow_duplicate: bool = False, today: date | None = None,
                  photo: Photo | None = None) -> MemberView:
    """Save the member dialog. *row_version* is the version the dialog was opened with: if
    somebody saved the member in between, nothing is overwritten.

    Personal details left None in *draft* (hidden from this person) keep their stored values.
    """
    actor.require("members.edit")
    today = today or date.today()
    personal = actor.may("members.personal")
    if photo is not None and photo.problems():
        raise InvalidInput(photo.problems())
    with cbo.atomic(exclusive=True):
        row = first_locked(cbo, Member.select().where(Member.id == member_id))
        if row is None:
            raise MemberNotFound()
        if row.row_version != row_version:
            raise ChangedMeanwhile(*last_saved(row))
        if not personal or draft.phone is None:
            draft = replace(draft, phone=row.phone)
        if not personal or draft.id_card is None:
            draft = replace(draft, id_card=row.id_card)
        if not personal or draft.idpoor is None:
            draft = replace(draft, idpoor=row.idpoor)
        draft = _checked(draft, today, current_village=row.village_id)
        assert draft.joined_on is not None
        problems = []
        first_change = _as_date(MemberStatus.select(pw.fn.MIN(MemberStatus.since))
                                .where((MemberStatus.member == member_id) & (MemberStatus.status != "active")
                                       ).scalar())
        if first_change is not None and draft.joined_on > first_change:
            problems.append(Problem("joined_on", N_("errors", "The member's status changed on {day}: the "
                                                              "join date cannot be later."),
                                    {"day": first_change.isoformat()}))
        first_term = _as_date(CommitteeTerm.select(pw.fn.MIN(CommitteeTerm.started_on))
                              .where(CommitteeTerm.member == member_id).scalar())
        if first_term is not None and draft.joined_on > first_term:
            problems.append(Problem("joined_on", N_("errors", "The member was on the committee from {day}: "
                                                              "the join date cannot be later."),
                                    {"day": first_term.isoformat()}))
        if problems:
            raise InvalidInput(problems)
        if not allow_duplicate and _changed_identity(row, draft):
            found = _duplicates(draft, member_id, today, personal)
            if found:
                raise LikelyDuplicate(found)
        before = _audit_record(row.number, _draft_of(row))
        values = _member_values(draft, row.number)
        values.update(phone=draft.phone or "", id_card=draft.id_card or "", idpoor=draft.idpoor or "",
                      row_version=row.row_version + 1, updated_at=_now(), updated_by=actor.full_name)
        # The joining row of the status history moves with the join date.
        joining = (MemberStatus.select(MemberStatus.id).where(MemberStatus.member == member_id)
                   .order_by(MemberStatus.since, MemberStatus.id).limit(1).scalar())
        if joining is not None:
            MemberStatus.update(since=draft.joined_on).where(MemberStatus.id == joining).execute()
        if row.status == "active" and _as_date(row.status_since) == row.joined_on and joining is not None \
                and _count_statuses(member_id) == 1:
            values["status_since"] = draft.joined_on
        Member.update(**values).where(Member.id == member_id).execute()
        record_change(actor, "member.update", AREA, f"member {row.number}", before,
                      _audit_record(row.number, draft))
        if photo is not None:
            _store_photo(actor, member_id, row.number, photo)
        return _member_view(member_id, personal)


def _count_statuses(member_id: int) -> int:
    return MemberStatus.select().where(MemberStatus.member == member_id).count()


def _changed_identity(row: Member, draft: dm.MemberDraft) -> bool:
    return (dm.duplicate_key(row.name_km, row.name_latin) != dm.duplicate_key(draft.name_km, draft.name_latin)
            or row.birth_year != draft.birth_year or row.village_id != draft.village_id)


def _draft_of(row: Member) -> dm.MemberDraft:
    return dm.MemberDraft(
        name_km=row.name_km, name_latin=row.name_latin, sex=row.sex, birth_date=row.birth_date,
        birth_year=row.birth_year, village_id=row.village_id, joined_on=row.joined_on, phone=row.phone,
        id_card=row.id_card, idpoor=row.idpoor, household_head=row.household_head, notes=row.notes)


def change_status(cbo: Cbo, actor: Actor, member_id: int, change: dm.StatusChange, *,
                  today: date | None = None) -> MemberView:
    """Record a change of status (inactive, left, deceased, active again) from a day on.

    Committee terms still open end that day when the member leaves or dies.
    """
    actor.require("members.edit")
    today = today or date.today()
    change = replace(change, reason=change.reason.strip())
    with cbo.atomic(exclusive=True):
        row = first_locked(cbo, Member.select().where(Member.id == member_id))
        if row is None:
            raise MemberNotFound()
        problems = dm.status_problems(change, row.status, _as_date(row.status_since) or row.joined_on,
                                      row.joined_on, today)
        if problems:
            raise InvalidInput(problems)
        now = _now()
        MemberStatus.create(member=member_id, status=change.status, since=change.on, reason=change.reason,
                            recorded_by=actor.full_name, recorded_at=now)
        Member.update(status=change.status, status_since=change.on, row_version=Member.row_version + 1,
                      updated_at=now, updated_by=actor.full_name).where(Member.id == member_id).execute()
        ended: list[int] = []
        if change.status in dm.GONE:
            open_terms = _tuples(CommitteeTerm.select(CommitteeTerm.id, CommitteeTerm.started_on)
                                 .where((CommitteeTerm.member == member_id)
                                        & (CommitteeTerm.ended_on.is_null() | (CommitteeTerm.ended_on > change.on))))
            for term_id, started in open_terms:
                end = max(change.on, _as_date(started) or change.on)
                (CommitteeTerm.update(ended_on=end, end_reason=change.reason or change.status)
                 .where(CommitteeTerm.id == term_id).execute())
                ended.append(term_id)
        record_change(actor, "member.status", AREA, f"member {row.number}",
                      {"status": row.status, "since": row.status_since},
                      {"status": change.status, "since": change.on, "reason": change.reason,
                       "terms_ended": ended})
        return _member_view(member_id, actor.may("members.personal"))


@dataclass(frozen=True)
class Photo:
    """A new photo for a member (``data`` None: remove the photo)."""

    data: bytes | None
    media_type: str = "image/jpeg"

    def problems(self) -> list[Problem]:
        if self.data is not None and len(self.data) > dm.MAX_PHOTO_BYTES:
            return [Problem("photo", N_("errors", "The photo is too large; choose a smaller picture."))]
        return []


def _store_photo(actor: Actor, member_id: int, number: int, photo: Photo) -> None:
    """Keep or remove the photo of member *member_id*, with its audit entry (in a transaction)."""
    had = MemberPhoto.select().where(MemberPhoto.member == member_id).exists()
    MemberPhoto.delete().where(MemberPhoto.member == member_id).execute()
    if photo.data is not None:
        MemberPhoto.create(member=member_id, media_type=photo.media_type, data=photo.data)
    record_change(actor, "member.photo", AREA, f"member {number}", {"photo": had},
                  {"photo": photo.data is not None})


def set_photo(cbo: Cbo, actor: Actor, member_id: int, data: bytes | None,
              media_type: str = "image/jpeg") -> None:
    """Keep (or, with None, remove) the member's photo."""
    actor.require("members.edit")
    photo = Photo(data, media_type)
    if photo.problems():
        raise InvalidInput(photo.problems())
    with cbo.atomic(exclusive=True):
        number = Member.select(Member.number).where(Member.id == member_id).scalar()
        if number is None:
            raise MemberNotFound()
        _store_photo(actor, member_id, number, photo)
        (Member.update(row_version=Member.row_version + 1, updated_at=_now(), updated_by=actor.full_name)
         .where(Member.id == member_id).execute())


def member_photo(cbo: Cbo, actor: Actor, member_id: int) -> tuple[str, bytes] | None:
    actor.require("members.view")
    with cbo.reading():
        found = _tuples(MemberPhoto.select(MemberPhoto.media_type, MemberPhoto.data)
                        .where(MemberPhoto.member == member_id))
    return (found[0][0], bytes(found[0][1])) if found else None


# --- many members at once (the import, the demo) -----------------------------------------


@dataclass(frozen=True)
class RegisterLine:
    """A member to add with others: checked draft, own number (or None: the next), later statuses."""

    draft: dm.MemberDraft
    number: int | None = None
    history: tuple[dm.StatusChange, ...] = ()


def insert_members(cbo: Cbo, actor: Actor, lines: Sequence[RegisterLine], *,
                   now: datetime | None = None) -> list[int]:
    """Write checked lines into the register; returns their member ids, in order.

    Call inside a transaction, after every check (the import's and the
    demo's): numbers given are taken as they are, the others come from the
    counter, which is first raised above every number given. The rows go in
    with one prepared ``executemany`` per table: peewee's ``insert_many`` spends
    more time writing the SQL of five thousand rows than the database spends
    storing them.
    """
    now = now or _now()
    postgres = cbo.is_postgres

    def day(value: date | None) -> Any:
        return value if postgres or value is None else value.isoformat()

    moment = now if postgres else str(now)
    own = [line.number for line in lines if line.number is not None]
    blanks = sum(1 for line in lines if line.number is None)
    first = _next_numbers(blanks, max(own, default=0))
    numbers: list[int] = []
    for line in lines:
        if line.number is None:
            numbers.append(first)
            first += 1
        else:
            numbers.append(line.number)
    rows = []
    for line, number in zip(lines, numbers):
        draft = line.draft
        assert draft.joined_on is not None
        last = line.history[-1] if line.history else None
        values = _member_values(draft, number)
        rows.append((
            number, values["name_km"], values["name_latin"], values["sex"], day(draft.birth_date),
            draft.birth_year, draft.village_id, draft.phone or "", draft.id_card or "", draft.idpoor or "",
            draft.household_head, day(draft.joined_on), draft.notes, last.status if last else "active",
            day(last.on if last else draft.joined_on), values["search_key"], values["sort_latin"], 1, moment,
            actor.full_name, ""))
    _execute_many(cbo, Member, _MEMBER_INSERT, rows)
    ids: dict[int, int] = {}
    for start in range(0, len(numbers), 500):
        chunk = numbers[start:start + 500]
        ids.update(_tuples(Member.select(Member.number, Member.id).where(Member.number.in_(chunk))))
    statuses = []
    for line, number in zip(lines, numbers):
        statuses.append((ids[number], "active", day(line.draft.joined_on), "", actor.full_name, moment))
        statuses += [(ids[number], c.status, day(c.on), c.reason, actor.full_name, moment) for c in line.history]
    _execute_many(cbo, MemberStatus, _STATUS_INSERT, statuses)
    return [ids[n] for n in numbers]


_MEMBER_INSERT = ("number", "name_km", "name_latin", "sex", "birth_date", "birth_year", "village", "phone",
                  "id_card", "idpoor", "household_head", "joined_on", "notes", "status", "status_since",
                  "search_key", "sort_latin", "row_version", "created_at", "created_by", "updated_by")
_STATUS_INSERT = ("member", "status", "since", "reason", "recorded_by", "recorded_at")


def _execute_many(cbo: Cbo, model: type[pw.Model], fields: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
    if not rows:
        return
    columns = ", ".join(f'"{model._meta.fields[name].column_name}"' for name in fields)
    marks = ", ".join([cbo.db.param] * len(fields))
    sql = f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES ({marks})'
    cbo.db.cursor().executemany(sql, rows)


def history_problems(line: RegisterLine, today: date) -> list[Problem]:
    """What is wrong with the statuses given for a member added with others."""
    problems: list[Problem] = []
    assert line.draft.joined_on is not None
    status, since = "active", line.draft.joined_on
    for change in line.history:
        problems += dm.status_problems(change, status, since, line.draft.joined_on, today)
        status, since = change.status, change.on
    return problems


def add_members(cbo: Cbo, actor: Actor, lines: Sequence[RegisterLine], *, allow_duplicates: bool = False,
                today: date | None = None, action: str = "members.add", record: str = "") -> list[int]:
    """Add several members in one action (all or none). A problem of line *i* is reported with
    the field ``"{i}.{field}"``; likely duplicates raise :class:`LikelyDuplicate`."""
    actor.require("members.edit")
    today = today or date.today()
    if not actor.may("members.personal"):
        lines = [replace(line, draft=replace(line.draft, phone="", id_card="", idpoor="")) for line in lines]
    with cbo.atomic(exclusive=True):
        problems: list[Problem] = []
        checked = []
        for index, line in enumerate(lines):
            try:
                draft = _checked(line.draft, today)
            except InvalidInput as exc:
                problems += [replace(p, field=f"{index}.{p.field}") for p in exc.problems]
                continue
            line = replace(line, draft=draft)
            problems += [replace(p, field=f"{index}.{p.field}") for p in history_problems(line, today)]
            if line.number is not None and (line.number <= 0 or Member.select().where(
                    Member.number == line.number).exists()):
                problems.append(Problem(f"{index}.number", N_("errors", "Member number {number} is "
                                                                        "given already."),
                                        {"number": line.number}))
            checked.append(line)
        if problems:
            raise InvalidInput(problems)
        if not allow_duplicates:
            for line in checked:
                found = _duplicates(line.draft, None, today, False)
                if found:
                    raise LikelyDuplicate(found)
        ids = insert_members(cbo, actor, checked)
        record_change(actor, action, AREA, record or f"{len(ids)} members", None,
                      {"members": len(ids), "first": ids[0] if ids else None})
        return ids


# =============================================================================
# The committee
# =============================================================================


_TERM_COLUMNS = (CommitteeTerm.id, CommitteeTerm.position, CommitteeTerm.title, CommitteeTerm.member,
                 Member.number, Member.name_km, Member.name_latin, Member.sex, CommitteeTerm.started_on,
                 CommitteeTerm.ended_on, CommitteeTerm.end_reason, CommitteeTerm.note)


def _terms(condition: pw.Expression | None, *, newest_first: bool = False) -> list[TermView]:
    query = CommitteeTerm.select(*_TERM_COLUMNS).join(Member, on=(CommitteeTerm.member == Member.id))
    if condition is not None:
        query = query.where(condition)
    found = [TermView(i, pos, title, member_id, number, km, latin, sex, _as_date(start) or date.min,
                      _as_date(end), reason, note)
             for i, pos, title, member_id, number, km, latin, sex, start, end, reason, note in _tuples(query)]
    if newest_first:
        found.sort(key=lambda t: (t.started_on, t.id), reverse=True)
    else:
        found.sort(key=lambda t: (dm.POSITION_ORDER.get(t.position, 99), t.title, t.started_on, t.number))
    return found


def committee_on(cbo: Cbo, actor: Actor, day: date | None = None) -> list[TermView]:
    """The committee on *day* (today): who holds which position, in the by-law's order."""
    actor.require("members.view")
    return read_committee(cbo, day)


def committee_terms(cbo: Cbo, actor: Actor) -> list[TermView]:
    """Every term of every position, the committee's history: by position, oldest first."""
    actor.require("members.view")
    return read_committee_history(cbo)


def read_committee(cbo: Cbo, day: date | None = None) -> list[TermView]:
    """:func:`committee_on` without a role check, for reports."""
    with cbo.reading():
        return _terms(_current_terms(day or date.today()))


def read_committee_history(cbo: Cbo) -> list[TermView]:
    """:func:`committee_terms` without a role check, for reports."""
    with cbo.reading():
        return _terms(None)


def _term_problems(draft: dm.TermDraft, today: date, term_id: int | None,
                   replace_current: bool) -> tuple[list[Problem], list[int]]:
    """Problems of a term, and the terms to end first (a single position handed over)."""
    problems = dm.term_problems(draft, today)
    to_end: list[int] = []
    if problems:
        return problems, to_end
    assert draft.member_id is not None and draft.started_on is not None
    member = Member.get_or_none(Member.id == draft.member_id)
    if member is None:
        return [Problem("member", N_("errors", "Choose the member from the list."))], to_end
    if draft.started_on < member.joined_on:
        problems.append(Problem("started_on", N_("errors", "The member joined on {day}: a term cannot start "
                                                           "before."), {"day": member.joined_on.isoformat()}))
    changes = [(s, _as_date(d) or member.joined_on) for s, d in _tuples(
        MemberStatus.select(MemberStatus.status, MemberStatus.since)
        .where(MemberStatus.member == member.id).order_by(MemberStatus.since, MemberStatus.id))]
    if dm.status_on(changes, draft.started_on) in dm.GONE:
        problems.append(Problem("member", N_("errors", "This member had left the CBO (or died) by that day.")))
    end = draft.ended_on
    for period in dm.status_periods(changes):
        if period.status in dm.GONE and (end is None or end > period.start) and period.start > draft.started_on:
            problems.append(Problem("ended_on", N_("errors", "The member left the CBO (or died) on {day}: the "
                                                             "term ends that day at the latest."),
                                    {"day": period.start.isoformat()}))
            break
    others = [t for t in _terms(CommitteeTerm.position == draft.position) if t.id != term_id]
    position = dm.POSITION_BY_CODE[draft.position]
    for other in others:
        if not dm.overlaps(draft.started_on, end, other.started_on, other.ended_on):
            continue
        if other.member_id == draft.member_id and (draft.position != "other" or other.title == draft.title):
            problems.append(Problem("member", N_("errors", "This member holds this position already from {day}."),
                                    {"day": other.started_on.isoformat()}))
        elif position.single:
            if (replace_current and other.ended_on is None and other.started_on < draft.started_on):
                to_end.append(other.id)
            else:
                problems.append(Problem("position", N_("errors", "{name} holds this position from {day}. End "
                                                                 "that term first, or hand the position over."),
                                        {"name": other.name_latin or other.name_km,
                                         "day": other.started_on.isoformat()}))
    return problems, to_end


def start_term(cbo: Cbo, actor: Actor, draft: dm.TermDraft, *, replace_current: bool = False,
               today: date | None = None) -> TermView:
    """A member takes a committee position. With *replace_current*, the current holder of a
    one-person position (the chair) hands it over: their term ends the day before."""
    actor.require("members.edit")
    today = today or date.today()
    draft = replace(draft, title=" ".join(draft.title.split()), note=draft.note.strip())
    with cbo.atomic(exclusive=True):
        problems, to_end = _term_problems(draft, today, None, replace_current)
        if problems:
            raise InvalidInput(problems)
        assert draft.started_on is not None
        for term_id in to_end:
            (CommitteeTerm.update(ended_on=draft.started_on - timedelta(days=1), end_reason="handed over")
             .where(CommitteeTerm.id == term_id).execute())
        row = CommitteeTerm.create(position=draft.position, title=draft.title, member=draft.member_id,
                                   started_on=draft.started_on, ended_on=draft.ended_on, note=draft.note,
                                   created_at=_now(), created_by=actor.full_name)
        record_change(actor, "committee.start", AREA, f"term {row.id}", None,
                      {"position": draft.position, "title": draft.title, "member": draft.member_id,
                       "started_on": draft.started_on, "ended_on": draft.ended_on, "note": draft.note,
                       "ended_terms": to_end})
        return _terms(CommitteeTerm.id == row.id)[0]


def end_term(cbo: Cbo, actor: Actor, term_id: int, ended_on: date, reason: str = "", *,
             today: date | None = None) -> TermView:
    """A term ends (the end of the mandate, a resignation)."""
    actor.require("members.edit")
    today = today or date.today()
    with cbo.atomic(exclusive=True):
        found = _terms(CommitteeTerm.id == term_id)
        if not found:
            raise UserError(N_("errors", "This committee term is not recorded."))
        term = found[0]
        problems = []
        if term.ended_on is not None:
            problems.append(Problem("ended_on", N_("errors", "This term has ended already.")))
        elif ended_on < term.started_on:
            problems.append(Problem("ended_on", N_("errors", "A term cannot end before it starts.")))
        elif ended_on > today + timedelta(days=366 * 5):
            problems.append(Problem("ended_on", N_("errors", "This date is too far ahead. Check the year.")))
        if problems:
            raise InvalidInput(problems)
        (CommitteeTerm.update(ended_on=ended_on, end_reason=" ".join(reason.split()))
         .where(CommitteeTerm.id == term_id).execute())
        record_change(actor, "committee.end", AREA, f"term {term_id}", {"ended_on": None},
                      {"ended_on": ended_on, "reason": reason.strip()})
        return _terms(CommitteeTerm.id == term_id)[0]


def update_term(cbo: Cbo, actor: Actor, term_id: int, draft: dm.TermDraft, *,
                today: date | None = None) -> TermView:
    """Correct a term recorded wrongly (dates, title, note; the position and member too)."""
    actor.require("members.edit")
    today = today or date.today()
    draft = replace(draft, title=" ".join(draft.title.split()), note=draft.note.strip())
    with cbo.atomic(exclusive=True):
        found = _terms(CommitteeTerm.id == term_id)
        if not found:
            raise UserError(N_("errors", "This committee term is not recorded."))
        before = found[0]
        problems, _ = _term_problems(draft, today, term_id, False)
        if problems:
            raise InvalidInput(problems)
        (CommitteeTerm.update(position=draft.position, title=draft.title, member=draft.member_id,
                              started_on=draft.started_on, ended_on=draft.ended_on, note=draft.note)
         .where(CommitteeTerm.id == term_id).execute())
        record_change(actor, "committee.update", AREA, f"term {term_id}",
                      {"position": before.position, "title": before.title, "member": before.member_id,
                       "started_on": before.started_on, "ended_on": before.ended_on, "note": before.note},
                      {"position": draft.position, "title": draft.title, "member": draft.member_id,
                       "started_on": draft.started_on, "ended_on": draft.ended_on, "note": draft.note})
        return _terms(CommitteeTerm.id == term_id)[0]


# =============================================================================
# Membership fees and contributions
# =============================================================================


def _rate_view(row: Sequence[Any]) -> dm.FeeRate:
    rate_id, minor, code, period, valid_from, note = row
    return dm.FeeRate(rate_id, Money.from_minor(int(minor), Currency[code]), period,
                      _as_date(valid_from) or date.min, note)


def _rates() -> list[dm.FeeRate]:
    query = (FeeRate.select(FeeRate.id, FeeRate.amount_minor, FeeRate.currency, FeeRate.period,
                            FeeRate.valid_from, FeeRate.note).order_by(FeeRate.valid_from))
    return [_rate_view(r) for r in _tuples(query)]


def fee_rates(cbo: Cbo) -> list[dm.FeeRate]:
    """The membership fees, oldest first; each applies until the next one."""
    with cbo.reading():
        return _rates()


def set_fee_rate(cbo: Cbo, actor: Actor, amount: Money, period: str, valid_from: date | None,
                 note: str = "") -> dm.FeeRate:
    """The membership fee from *valid_from* on (a fee from the same day is corrected)."""
    actor.require("members.fees")
    problems = dm.fee_rate_problems(amount, period, valid_from)
    if problems:
        raise InvalidInput(problems)
    assert valid_from is not None
    note = note.strip()
    with cbo.atomic(exclusive=True):
        existing = FeeRate.get_or_none(FeeRate.valid_from == valid_from)
        values = {"amount_minor": amount.to_minor(), "currency": amount.currency.code, "period": period,
                  "note": note}
        if existing is None:
            row = FeeRate.create(valid_from=valid_from, created_at=_now(), created_by=actor.full_name, **values)
            rate_id, before = row.id, None
        else:
            rate_id = existing.id
            before = {"amount": str(Money.from_minor(existing.amount_minor, Currency[existing.currency])),
                      "period": existing.period, "note": existing.note}
            FeeRate.update(**values).where(FeeRate.id == rate_id).execute()
        record_change(actor, "fee.set", AREA, f"fee from {valid_from.isoformat()}", before,
                      {"amount": str(amount), "period": period, "note": note})
        return next(r for r in _rates() if r.id == rate_id)


def remove_fee_rate(cbo: Cbo, actor: Actor, rate_id: int) -> None:
    """Take back a fee set by mistake (the one before it applies again)."""
    actor.require("members.fees")
    with cbo.atomic(exclusive=True):
        row = FeeRate.get_or_none(FeeRate.id == rate_id)
        if row is None:
            return
        FeeRate.delete().where(FeeRate.id == rate_id).execute()
        record_change(actor, "fee.remove", AREA, f"fee from {_as_date(row.valid_from)}",
                      {"amount": str(Money.from_minor(row.amount_minor, Currency[row.currency])),
                       "period": row.period}, None)


def _fee_category() -> int | None:
    setting = Setting.get_or_none(Setting.key == FEE_CATEGORY_KEY)
    if setting is not None:
        return int(setting.value)
    found = Category.select(Category.id).where(Category.code == "fees").scalar()
    return int(found) if found is not None else None


def fee_category_id(cbo: Cbo) -> int | None:
    """The cash-book category whose receipts from members are their membership fees."""
    with cbo.reading():
        return _fee_category()


def set_fee_category(cbo: Cbo, actor: Actor, category_id: int) -> None:
    actor.require("members.fees")
    with cbo.atomic(exclusive=True):
        category = Category.get_or_none(Category.id == category_id)
        if category is None or category.kind != "income":
            raise InvalidInput([Problem("category", N_("errors", "Choose an income category."))])
        before = _fee_category()
        Setting.insert(key=FEE_CATEGORY_KEY, value=str(category_id)).on_conflict(
            conflict_target=[Setting.key], update={Setting.value: str(category_id)}).execute()
        record_change(actor, "fee.category", AREA, FEE_CATEGORY_KEY, {"category": before},
                      {"category": category_id})


def _money_of(minor: dict[Currency, int]) -> dict[Currency, Money]:
    return {c: Money.from_minor(m, c) for c, m in sorted(minor.items(), key=lambda i: i[0].code)}


@dataclass(frozen=True)
class Contribution:
    """A member's membership fees: due, paid and still owed (negative: paid ahead), per currency."""

    member_id: int
    number: int
    name_km: str
    name_latin: str
    sex: str
    village_km: str
    village_en: str
    status: str
    due: dict[Currency, Money]
    paid: dict[Currency, Money]
    owed: dict[Currency, Money]
    paid_in_period: dict[Currency, Money] = field(default_factory=dict)
    due_in_period: dict[Currency, Money] = field(default_factory=dict)

    @property
    def owes(self) -> bool:
        return any(m.amount > 0 for m in self.owed.values())

    def name(self, language: str) -> str:
        return by_language(language, self.name_km, self.name_latin)


@dataclass(frozen=True)
class Contributions:
    until: date
    since: date | None
    rates: tuple[dm.FeeRate, ...]
    members: tuple[Contribution, ...]
    category_id: int | None

    def totals(self, which: str) -> dict[Currency, Money]:
        """The sum of one column ("due", "paid", "owed", "due_in_period", "paid_in_period")."""
        minor: dict[Currency, int] = defaultdict(int)
        for c in self.members:
            for currency, money in getattr(c, which).items():
                minor[currency] += money.to_minor()
        return _money_of(minor)

    @property
    def owing(self) -> list[Contribution]:
        return [c for c in self.members if c.owes]


def _fee_sums(category_id: int | None, until: date, since: date | None,
              member_id: int | None = None) -> dict[int, dict[Currency, int]]:
    """Fees received per member and currency (reversals count against them), in SQL."""
    found: dict[int, dict[Currency, int]] = defaultdict(dict)
    if category_id is None:
        return found
    conditions = [Entry.member.is_null(False), Entry.category == category_id, Entry.date <= until]
    if since is not None:
        conditions.append(Entry.date >= since)
    if member_id is not None:
        conditions.append(Entry.member == member_id)
    query = (Entry.select(Entry.member, Account.currency, pw.fn.SUM(Entry.amount_minor))
             .join(Account, on=(Entry.account == Account.id))
             .where(functools.reduce(operator.and_, conditions)).group_by(Entry.member, Account.currency))
    for member, code, total in _tuples(query):
        found[member][Currency[code]] = _int(total)
    return found


def contributions(cbo: Cbo, actor: Actor, *, until: date | None = None, since: date | None = None,
                  statuses: frozenset[str] = frozenset()) -> Contributions:
    """Who has paid their membership fees and who owes how much, on *until* (today):
    see :func:`read_contributions`."""
    actor.require("members.view")
    return read_contributions(cbo, until=until, since=since, statuses=statuses)


def read_contributions(cbo: Cbo, *, until: date | None = None, since: date | None = None,
                       statuses: frozenset[str] = frozenset()) -> Contributions:
    """Who has paid their membership fees and who owes how much, on *until* (today).

    Due: every fee period charged while the member was active, from the first
    fee on (:func:`cbodesk.domain.members.dues`). Paid: the receipts of the
    fee category linked to the member from the first fee on, reversals counted
    against them. With *since*, also what was due and paid from that day (a
    year's report). No role check: for reports, whose kind's permission the
    registry checks.
    """
    until = until or date.today()
    with cbo.reading():
        rates = _rates()
        category_id = _fee_category()
        paid_all = _fee_sums(category_id, until, rates[0].valid_from if rates else None)
        paid_period = _fee_sums(category_id, until, since) if since is not None else {}
        changes: dict[int, list[tuple[str, date]]] = defaultdict(list)
        query = (MemberStatus.select(MemberStatus.member, MemberStatus.status, MemberStatus.since)
                 .where(MemberStatus.since <= until)
                 .order_by(MemberStatus.member, MemberStatus.since, MemberStatus.id))
        for member_id, status, day in _tuples(query):
            changes[member_id].append((status, _as_date(day) or until))
        people = (Member.select(Member.id, Member.number, Member.name_km, Member.name_latin, Member.sex,
                                Village.name_km, Village.name_en, Member.status)
                  .join(Village, on=(Member.village == Village.id))
                  .where(Member.joined_on <= until).order_by(Member.number))
        if statuses:
            people = people.where(Member.status.in_(sorted(statuses)))
        found = []
        for member_id, number, km, latin, sex, v_km, v_en, status in _tuples(people):
            history = changes.get(member_id, [])
            active = dm.active_periods(history)
            due = dm.dues(rates, active, until)
            paid = paid_all.get(member_id, {})
            owed = {c: due.get(c, 0) - paid.get(c, 0) for c in set(due) | set(paid)}
            extra: dict[str, Any] = {}
            if since is not None:
                extra["due_in_period"] = _money_of(dm.dues(rates, active, until, since))
                extra["paid_in_period"] = _money_of(paid_period.get(member_id, {}))
            found.append(Contribution(member_id, number, km, latin, sex, v_km, v_en,
                                      dm.status_on(history, until) or status, _money_of(due),
                                      _money_of(paid), _money_of(owed), **extra))
    return Contributions(until, since, tuple(rates), tuple(found), category_id)


# --- a member's statement -----------------------------------------------------------------


@dataclass(frozen=True)
class StatementLine:
    entry_id: int
    number: str
    date: date
    kind: str  # receipt | payment | reversal
    account_name: str
    amount: Money  # + money the CBO received from the member, - money paid to them
    category_en: str
    category_km: str
    description: str
    is_fee: bool
    reason: str  # of a reversal

    @property
    def from_member(self) -> bool:
        """Whether the amount stands under "from the member" (else "to the member"): a
        correction stands where the entry it corrects stands, with the opposite sign."""
        positive = self.amount.amount > 0
        return not positive if self.kind == "reversal" else positive

    def category(self, language: str) -> str:
        return by_language(language, self.category_km, self.category_en)


@dataclass(frozen=True)
class MemberStatement:
    member: MemberChoice
    sex: str
    joined_on: date
    status: str
    date_from: date | None
    date_to: date
    lines: tuple[StatementLine, ...]
    received: dict[Currency, Money]  # from the member, in the period (corrections netted out)
    paid_out: dict[Currency, Money]  # to the member, in the period (corrections netted out)
    fees_due: dict[Currency, Money]  # up to date_to, since the first fee
    fees_paid: dict[Currency, Money]
    fees_owed: dict[Currency, Money]


def member_statement(cbo: Cbo, actor: Actor, member_id: int, *, date_from: date | None = None,
                     date_to: date | None = None) -> MemberStatement:
    """Every cash-book entry linked to the member (in the period), and their fees to date."""
    actor.require("members.view")
    return read_statement(cbo, member_id, date_from=date_from, date_to=date_to)


def members_with_entries(cbo: Cbo, date_from: date | None, date_to: date) -> list[int]:
    """The members linked to cash-book entries in the period, by number (for reports)."""
    conditions = [Entry.member.is_null(False), Entry.date <= date_to]
    if date_from is not None:
        conditions.append(Entry.date >= date_from)
    with cbo.reading():
        query = (Member.select(Member.id).where(Member.id.in_(
            Entry.select(Entry.member).where(functools.reduce(operator.and_, conditions))))
            .order_by(Member.number))
        return [i for (i,) in _tuples(query)]


def read_statement(cbo: Cbo, member_id: int, *, date_from: date | None = None,
                   date_to: date | None = None) -> MemberStatement:
    """A member's statement (see :func:`member_statement`), without a role check, for reports."""
    date_to = date_to or date.today()
    with cbo.reading():
        found = _tuples(Member.select(*_CHOICE_COLUMNS, Member.sex, Member.joined_on)
                        .join(Village, on=(Member.village == Village.id)).where(Member.id == member_id))
        if not found:
            raise MemberNotFound()
        *choice, sex, joined_on = found[0]
        category_id = _fee_category()
        conditions = [Entry.member == member_id, Entry.date <= date_to]
        if date_from is not None:
            conditions.append(Entry.date >= date_from)
        query = (Entry.select(Entry.id, Entry.number, Entry.date, Entry.kind, Account.name, Account.currency,
                              Entry.amount_minor, Entry.category, Category.name_en, Category.name_km,
                              Entry.description, Entry.reason)
                 .join(Account, on=(Entry.account == Account.id))
                 .switch(Entry).join(Category, pw.JOIN.LEFT_OUTER, on=(Entry.category == Category.id))
                 .where(functools.reduce(operator.and_, conditions)).order_by(Entry.date, Entry.id))
        lines = []
        received: dict[Currency, int] = defaultdict(int)
        paid_out: dict[Currency, int] = defaultdict(int)
        for (entry_id, number, day, kind, account, code, minor, cat_id, cat_en, cat_km, text,
             reason) in _tuples(query):
            currency = Currency[code]
            line = StatementLine(entry_id, number, _as_date(day) or date_to, kind, account,
                                 Money.from_minor(int(minor), currency), cat_en or "", cat_km or "",
                                 text, cat_id is not None and cat_id == category_id, reason)
            lines.append(line)
            if line.from_member:
                received[currency] += int(minor)
            else:
                paid_out[currency] -= int(minor)
        changes = [(s, _as_date(d) or date_to) for s, d in _tuples(
            MemberStatus.select(MemberStatus.status, MemberStatus.since)
            .where((MemberStatus.member == member_id) & (MemberStatus.since <= date_to))
            .order_by(MemberStatus.since, MemberStatus.id))]
        rates = _rates()
        due = dm.dues(rates, dm.active_periods(changes), date_to)
        paid = _fee_sums(category_id, date_to, rates[0].valid_from if rates else None,
                         member_id).get(member_id, {})
        owed = {c: due.get(c, 0) - paid.get(c, 0) for c in set(due) | set(paid)}
    return MemberStatement(
        MemberChoice(*choice), sex, _as_date(joined_on) or date_to, dm.status_on(changes, date_to) or "",
        date_from, date_to, tuple(lines), _money_of(received), _money_of(paid_out), _money_of(due),
        _money_of(paid), _money_of(owed))


# =============================================================================
# Statistics (the report and the dashboard)
# =============================================================================


@dataclass(frozen=True)
class Breakdown:
    """Members counted by one property, women and men apart: (label key, women, men)."""

    rows: tuple[tuple[str, int, int], ...]

    @property
    def women(self) -> int:
        return sum(r[1] for r in self.rows)

    @property
    def men(self) -> int:
        return sum(r[2] for r in self.rows)


@dataclass(frozen=True)
class MemberStatistics:
    on: date
    by_status: Breakdown  # every member who had joined by then
    by_age: Breakdown  # members (active and inactive) on that day; keys are AGE_GROUPS indexes or ""
    by_village: Breakdown  # keys are village ids
    by_year_joined: Breakdown  # keys are years
    villages: dict[int, VillageView]


def member_statistics(cbo: Cbo, actor: Actor, on: date | None = None) -> MemberStatistics:
    """The membership in figures on *on* (today): see :func:`read_statistics`."""
    actor.require("members.view")
    return read_statistics(cbo, on)


def read_statistics(cbo: Cbo, on: date | None = None) -> MemberStatistics:
    """The membership in figures on *on* (today), counted in SQL: by status, age group,
    village and year joined, women and men apart. No role check, for reports."""
    on = on or date.today()
    female = pw.fn.SUM(pw.Case(None, [(Member.sex == "F", 1)], 0))
    male = pw.fn.SUM(pw.Case(None, [(Member.sex == "M", 1)], 0))
    with cbo.reading():
        if on >= date.today():
            # Today: the register's own current status (kept with every change).
            status_rows = _tuples(Member.select(Member.status, female, male).group_by(Member.status))
            current: pw.Expression = Member.status.in_(sorted(CURRENT))
        else:
            # The status on a past day is that of the member's newest change up to it: the
            # highest id, as changes are recorded in the order they happened.
            newest = (MemberStatus.select(pw.fn.MAX(MemberStatus.id))
                      .where(MemberStatus.since <= on).group_by(MemberStatus.member))
            status_rows = _tuples(
                MemberStatus.select(MemberStatus.status, female, male)
                .join(Member, on=(MemberStatus.member == Member.id))
                .where(MemberStatus.id.in_(newest)).group_by(MemberStatus.status))
            current = Member.id.in_(MemberStatus.select(MemberStatus.member).where(
                MemberStatus.id.in_(newest) & MemberStatus.status.in_(sorted(CURRENT))))
        age_rows = _tuples(Member.select(Member.birth_year, female, male).where(current)
                           .group_by(Member.birth_year))
        village_rows = _tuples(Member.select(Member.village, female, male).where(current)
                               .group_by(Member.village))
        # Literals, not parameters: PostgreSQL matches the GROUP BY to the column by its text.
        joined_year = pw.fn.SUBSTR(pw.Cast(Member.joined_on, "TEXT"), pw.SQL("1"), pw.SQL("4"))
        joined_rows = _tuples(Member.select(joined_year, female, male)
                              .where(Member.joined_on <= on).group_by(joined_year))
        village_views = {v.id: v for v in (_village_view(r) for r in _tuples(Village.select(*_VILLAGE_COLUMNS)))}
    statuses = {s: (_int(f), _int(m)) for s, f, m in status_rows}
    ages: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for birth_year, f, m in age_rows:
        group = dm.age_group(None if birth_year is None else on.year - int(birth_year))
        key = "" if group is None else str(group)
        ages[key][0] += _int(f)
        ages[key][1] += _int(m)
    age_keys = [str(i) for i in range(len(dm.AGE_GROUPS))] + [""]
    village_order = list(village_views)
    by_village = sorted(((str(v), _int(f), _int(m)) for v, f, m in village_rows),
                        key=lambda r: village_order.index(int(r[0])) if int(r[0]) in village_order else 0)
    return MemberStatistics(
        on,
        Breakdown(tuple((s, *statuses.get(s, (0, 0))) for s in dm.STATUSES)),
        Breakdown(tuple((k, ages[k][0], ages[k][1]) for k in age_keys if k in ages or k != "")),
        Breakdown(tuple(by_village)),
        Breakdown(tuple(sorted((str(y), _int(f), _int(m)) for y, f, m in joined_rows))),
        village_views)

