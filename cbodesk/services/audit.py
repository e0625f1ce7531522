"""The audit log: writing one entry per change inside the change's own transaction,
and reading it (the audit page, its Excel export, and checking its chain).

Reading needs ``audit.view``. The log can hold hundreds of thousands of entries:
the page reads a count and windows of rows, newest first, filtered in SQL.
"""

from __future__ import annotations

import dataclasses
import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from typing import TYPE_CHECKING, Any

import peewee as pw

from cbodesk.domain.audit import GENESIS, AuditContent, audit_hash
from cbodesk.domain.roles import Actor
from cbodesk.i18n import N_, Translate, untranslated
from cbodesk.services.rows import as_datetime, now
from cbodesk.services.rows import tuples as _tuples
from cbodesk.storage.models import AuditEntry, database_proxy

if TYPE_CHECKING:
    from cbodesk.storage.database import Cbo


AUDIT_LOCK_KEY = 0x43424F41  # PostgreSQL advisory lock of the audit log's end (any constant)


def _plain(value: Any) -> Any:
    """*value* as JSON can hold it: dates as ISO text, dataclasses (drafts) as dicts, and so
    inside lists, tuples and dicts; bytes only by their size."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return value


def as_json(record: dict[str, Any] | None) -> str | None:
    if record is None:
        return None
    return json.dumps({k: _plain(v) for k, v in record.items()}, ensure_ascii=False, sort_keys=True)


def record_change(actor: Actor, action: str, area: str, record: str,
                  before: dict[str, Any] | None, after: dict[str, Any] | None) -> None:
    """Add an audit entry. Call inside the transaction that makes the change."""
    if before is not None and after is not None:
        # Keep only what changed, so the log reads as "what was done".
        changed = {k for k in after if before.get(k) != after.get(k)}
        before = {k: before.get(k) for k in changed}
        after = {k: after[k] for k in changed}
    content = AuditContent(
        at=now(),
        username=actor.username,
        action=action,
        area=area,
        record=record,
        before=as_json(before),
        after=as_json(after),
    )
    append(content)


def append(content: AuditContent) -> None:
    """Add *content* at the end of the chain. Call inside a transaction.

    On PostgreSQL two computers may write at once: a transaction-level advisory
    lock makes them take turns at the end of the chain (SQLite writers already do).
    """
    db = database_proxy.obj
    if isinstance(db, pw.PostgresqlDatabase):
        db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (AUDIT_LOCK_KEY,))
    last = AuditEntry.select(AuditEntry.row_hash).order_by(AuditEntry.id.desc()).first()
    prev_hash = last.row_hash if last is not None and last.row_hash else GENESIS
    AuditEntry.create(**dataclasses.asdict(content), prev_hash=prev_hash,
                      row_hash=audit_hash(prev_hash, content))


def last_change(area: str, record: str) -> tuple[str, datetime] | None:
    """Who last changed *record* of *area* (the user name the log keeps) and when; None when the
    log has nothing on it. Call inside a transaction."""
    found = (AuditEntry.select(AuditEntry.username, AuditEntry.at)
             .where((AuditEntry.area == area) & (AuditEntry.record == record))
             .order_by(AuditEntry.id.desc()).tuples().first())
    return None if found is None else (str(found[0]), as_datetime(found[1]))


# =============================================================================
# Reading the log (audit.view): the audit page and its Excel export
# =============================================================================

AREA_LABELS: dict[str, str] = {
    "profile": N_("audit", "Organisation profile"),
    "members": N_("audit", "Members"),
    "cashbook": N_("audit", "Cash book"),
    "meetings": N_("audit", "Meetings"),
    "plans": N_("audit", "Activity plans"),
    "users": N_("audit", "Users"),
}
# Added to the log's name of the person when nobody logged in (services.users acts so).
LOGIN_OFF_MARK = " (login off)"
TERMINAL_MARK = " (terminal)"
MARKS = (LOGIN_OFF_MARK, TERMINAL_MARK)
_MARKS = MARKS


def _base_name(username: str) -> tuple[str, str]:
    """("sok.dara", " (login off)") from "sok.dara (login off)"; the mark is "" when none."""
    for mark in MARKS:
        if username.endswith(mark):
            return username[: -len(mark)], mark
    return username, ""


def account_name(username: str) -> str:
    """The user's login name, without the audit log's "(login off)" or "(terminal)" mark."""
    return _base_name(username)[0]


@dataclass(frozen=True)
class AuditFilter:
    """Which entries to list: all of them when every field is empty."""

    username: str = ""  # a login name: their entries with login on and off
    area: str = ""
    date_from: date | None = None  # local days, both included
    date_to: date | None = None
    text: str = ""  # in the action, the record or the before and after values


@dataclass(frozen=True)
class Change:
    """One field of an entry: "roles: treasurer → treasurer,secretary"."""

    field: str
    before: str | None  # None: the field was not there before (something added)
    after: str | None  # None: not there after (something removed)

    def text(self) -> str:
        if self.before is None:
            return f"{self.field}: {self.after}"
        return f"{self.field}: {self.before} → {'—' if self.after is None else self.after}"


def _shown(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def _loaded(text: str | None) -> dict[str, Any] | None:
    if text is None:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return {"": text}
    return value if isinstance(value, dict) else {"": value}


def changes_of(before: str | None, after: str | None) -> list[Change]:
    """The fields an entry's before and after (JSON) name, readable, in the order of the names."""
    old, new = _loaded(before), _loaded(after)
    keys = sorted(set(old or {}) | set(new or {}))
    result = []
    for key in keys:
        in_old = old is not None and key in old
        in_new = new is not None and key in new
        result.append(Change(key, _shown(old[key]) if in_old and old is not None else None,
                             _shown(new[key]) if in_new and new is not None else None))
    return result


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime  # UTC, as stored
    username: str  # the login name, without the "(login off)" mark
    mark: str  # "", LOGIN_OFF_MARK or TERMINAL_MARK
    action: str
    area: str
    record: str
    before: str | None
    after: str | None

    @property
    def login_off(self) -> bool:
        return self.mark == LOGIN_OFF_MARK

    @property
    def local_at(self) -> datetime:
        """When, in this computer's time zone (naive)."""
        return self.at.replace(tzinfo=timezone.utc).astimezone().replace(tzinfo=None)

    def changes(self) -> list[Change]:
        return changes_of(self.before, self.after)

    def changes_text(self) -> str:
        return "; ".join(c.text() for c in self.changes())


_ROW_COLUMNS = (AuditEntry.id, AuditEntry.at, AuditEntry.username, AuditEntry.action, AuditEntry.area,
                AuditEntry.record, AuditEntry.before, AuditEntry.after)


def _row(values: Sequence[Any]) -> AuditRow:
    name, mark = _base_name(values[2])
    return AuditRow(values[0], as_datetime(values[1]), name, mark, values[3], values[4], values[5] or "",
                    values[6], values[7])


def _utc_start(day: date) -> datetime:
    """The first moment of the local *day*, in UTC (naive), as ``at`` is stored."""
    return datetime.combine(day, time.min).astimezone().astimezone(timezone.utc).replace(tzinfo=None)


def _conditions(f: AuditFilter) -> list[Any]:
    conditions: list[Any] = []
    if f.username:
        name = _base_name(f.username.strip())[0]
        conditions.append(AuditEntry.username.in_([name, *(name + mark for mark in _MARKS)]))
    if f.area:
        conditions.append(AuditEntry.area == f.area)
    if f.date_from is not None:
        conditions.append(AuditEntry.at >= _utc_start(f.date_from))
    if f.date_to is not None:
        conditions.append(AuditEntry.at < _utc_start(f.date_to + timedelta(days=1)))
    for word in f.text.split():
        pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        # ** is LIKE on SQLite (case-insensitive for Latin letters) and ILIKE on PostgreSQL.
        conditions.append((AuditEntry.action ** pattern) | (AuditEntry.record ** pattern)
                          | (AuditEntry.before ** pattern) | (AuditEntry.after ** pattern)
                          | (AuditEntry.username ** pattern))
    return conditions


def _where(query: Any, conditions: list[Any]) -> Any:
    return query.where(*conditions) if conditions else query


def count_entries(cbo: Cbo, actor: Actor, f: AuditFilter = AuditFilter()) -> int:
    """How many entries *f* lists."""
    actor.require("audit.view")
    with cbo.reading():
        return int(_where(AuditEntry.select(pw.fn.COUNT(pw.SQL("*"))), _conditions(f)).scalar() or 0)


def entry_rows(cbo: Cbo, actor: Actor, f: AuditFilter, offset: int, limit: int, *,
               total: int | None = None) -> list[AuditRow]:
    """Rows *offset* … *offset + limit - 1* of the log, newest first.

    With *total* (from :func:`count_entries`), a window in the older half is read from the
    oldest end, so the last screens of a log of a hundred thousand entries come as fast
    as the first.
    """
    actor.require("audit.view")
    offset, limit = max(offset, 0), max(limit, 0)
    if limit == 0:
        return []
    conditions = _conditions(f)
    with cbo.reading():
        query = _where(AuditEntry.select(*_ROW_COLUMNS), conditions)
        if total is not None and offset > total // 2:
            start = max(total - offset - limit, 0)
            size = max(total - offset - start, 0)
            rows = list(query.order_by(AuditEntry.id).offset(start).limit(size).tuples())
            rows.reverse()
        else:
            rows = list(query.order_by(AuditEntry.id.desc()).offset(offset).limit(limit).tuples())
    return [_row(r) for r in rows]


def get_entry(cbo: Cbo, actor: Actor, entry_id: int) -> AuditRow | None:
    actor.require("audit.view")
    with cbo.reading():
        row = AuditEntry.select(*_ROW_COLUMNS).where(AuditEntry.id == entry_id).tuples().first()
    return _row(row) if row is not None else None


def log_users(cbo: Cbo, actor: Actor) -> list[str]:
    """Every login name that appears in the log or in the users' list, for the filter."""
    actor.require("audit.view")
    from cbodesk.storage.models import User

    with cbo.reading():
        names = {_base_name(r[0])[0] for r in _tuples(AuditEntry.select(AuditEntry.username).distinct())}
        names |= {r[0] for r in _tuples(User.select(User.username))}
    return sorted(names)


def log_areas(cbo: Cbo, actor: Actor) -> list[str]:
    """The areas the log has entries of: the known ones in their order, then any others."""
    actor.require("audit.view")
    with cbo.reading():
        found = {r[0] for r in _tuples(AuditEntry.select(AuditEntry.area).distinct())}
    return [a for a in AREA_LABELS if a in found] + sorted(found - set(AREA_LABELS))


# =============================================================================
# Checking the chain
# =============================================================================


@dataclass(frozen=True)
class AuditCheck:
    """What :func:`check_log` found: ok, or the first entry that does not fit and why."""

    entries: int
    entry_id: int | None = None
    problem: str = ""  # "", "changed", "removed" or "inserted"

    @property
    def ok(self) -> bool:
        return not self.problem

    def text(self, translate: Translate = untranslated) -> str:
        if self.ok:
            return translate("audit", "The audit log is complete and unchanged: {count} entries checked.").format(
                count=self.entries)
        messages = {
            "changed": N_("audit", "Entry {id} of the audit log was changed after it was written."),
            "removed": N_("audit", "Entries of the audit log were removed just before entry {id} (or the "
                                   "entry before it was rewritten)."),
            "inserted": N_("audit", "Entry {id} of the audit log was not written by CBO Desk: it was added "
                                    "directly in the database."),
        }
        return translate("audit", messages[self.problem]).format(id=self.entry_id)


def _content(values: Sequence[Any]) -> AuditContent:
    return AuditContent(at=as_datetime(values[1]).replace(microsecond=0), username=values[2],
                        action=values[3], area=values[4],
                        record=values[5], before=values[6], after=values[7])


def check_log(cbo: Cbo, progress: Callable[[int, int], None] | None = None) -> AuditCheck:
    """Recompute the chain of the whole log, oldest first (as ``cbodesk verify`` does).

    An entry whose own hash no longer fits its content was *changed*; one that was never
    chained (no hashes) or that the next entry skips was *inserted*; an entry whose link
    points at no entry before it follows entries that were *removed*. Removing the newest
    entries leaves no trace in the chain itself.
    """
    with cbo.reading():
        total = AuditEntry.select().count()
        rows = (AuditEntry.select(*_ROW_COLUMNS, AuditEntry.prev_hash, AuditEntry.row_hash)
                .order_by(AuditEntry.id).tuples().iterator())
        prev, before_prev = GENESIS, ""
        previous_id: int | None = None
        # An entry whose own hash does not fit, until the next entry tells why: (its id, its
        # stored hash, whether its link fitted).
        pending: tuple[int, str, bool] | None = None
        count = 0
        for values in rows:
            entry_id, prev_hash, row_hash = values[0], values[8], values[9]
            if pending is not None:
                bad_id, bad_hash, _linked = pending
                # The next entry links to the bad one: it was there, and was changed since;
                # else the next entry links past it: it was slipped in.
                return AuditCheck(total, bad_id, "changed" if prev_hash == bad_hash else "inserted")
            count += 1
            own_ok = bool(row_hash) and row_hash == audit_hash(prev_hash, _content(values))
            link_ok = prev_hash == prev
            if own_ok and link_ok:
                before_prev, prev, previous_id = prev, row_hash, entry_id
                if progress is not None and count % 5000 == 0:
                    progress(count, total)
                continue
            if not row_hash or not prev_hash:
                return AuditCheck(total, entry_id, "inserted")
            if not own_ok:
                pending = (entry_id, row_hash, link_ok)
                continue
            if prev_hash == before_prev and previous_id is not None:
                return AuditCheck(total, previous_id, "inserted")
            return AuditCheck(total, entry_id, "removed")
        if pending is not None:  # the newest entry: changed if it still links in, else slipped in
            return AuditCheck(total, pending[0], "changed" if pending[2] else "inserted")
    return AuditCheck(total)


def verify_log(cbo: Cbo, actor: Actor, progress: Callable[[int, int], None] | None = None) -> AuditCheck:
    """"Check the log" on the audit page."""
    actor.require("audit.view")
    return check_log(cbo, progress)


# =============================================================================
# Export to Excel
# =============================================================================

_EXPORT_HEADERS = (
    N_("audit", "When"), N_("audit", "Who"), N_("audit", "Action"), N_("audit", "Area"),
    N_("audit", "Record"), N_("audit", "What changed"), N_("audit", "Before (as stored)"),
    N_("audit", "After (as stored)"), N_("audit", "Entry"),
)


def export_log(cbo: Cbo, actor: Actor, path: str | os.PathLike[str], f: AuditFilter = AuditFilter(), *,
               language: str = "en", progress: Callable[[int, int], None] | None = None) -> int:
    """Write the entries *f* lists, newest first, to an Excel workbook; the number written.

    The file is replaced only once it is complete.
    """
    import openpyxl
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font

    from cbodesk.i18n import catalogue
    from cbodesk.files import written_atomically

    actor.require("audit.view")
    translate = catalogue(language)
    login_off = translate("audit", "login off")
    terminal = translate("audit", "from the terminal")
    book = openpyxl.Workbook(write_only=True)
    ws = book.create_sheet(translate("audit", "Audit log")[:31])
    for letter, width in zip("ABCDEFGHI", (19, 24, 22, 18, 22, 60, 40, 40, 9)):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for text in _EXPORT_HEADERS:
        cell = WriteOnlyCell(ws, translate("audit", text))
        cell.font = bold
        header.append(cell)
    ws.append(header)
    wrap = Alignment(wrap_text=True, vertical="top")
    written = 0
    with cbo.reading():
        conditions = _conditions(f)
        total = int(_where(AuditEntry.select(pw.fn.COUNT(pw.SQL("*"))), conditions).scalar() or 0)
        query = _where(AuditEntry.select(*_ROW_COLUMNS), conditions).order_by(AuditEntry.id.desc()).tuples()
        for values in query.iterator():
            row = _row(values)
            when = WriteOnlyCell(ws, row.local_at)
            when.number_format = "yyyy-mm-dd hh:mm"
            who = row.username + (f" ({login_off})" if row.mark == LOGIN_OFF_MARK
                                  else f" ({terminal})" if row.mark == TERMINAL_MARK else "")
            area = translate("audit", AREA_LABELS[row.area]) if row.area in AREA_LABELS else row.area
            what = WriteOnlyCell(ws, "\n".join(c.text() for c in row.changes()))
            what.alignment = wrap
            ws.append([when, who, row.action, area, row.record, what, row.before, row.after, row.id])
            written += 1
            if progress is not None and written % 1000 == 0:
                progress(written, total)
    with written_atomically(path) as temp:
        book.save(temp)
    if progress is not None:
        progress(written, written)
    return written
