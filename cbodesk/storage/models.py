"""The peewee models of a CBO database (schema version 3).

Money is never stored here as a float or a DECIMAL (REAL on SQLite): amounts are
integer minor units. Dates are ISO text on SQLite and DATE on PostgreSQL, which
peewee hides.

The models are bound once, to :data:`database_proxy`, which points each thread
at the database it is working on (``Cbo.reading()``/``Cbo.atomic()`` set it).
peewee's own ``bind_ctx`` rebinds the models for the whole process, so a
background job (a backup) and the window would swap databases under each other.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from typing import Any

import peewee as pw


class ThreadDatabaseProxy(pw.DatabaseProxy):
    """A database proxy whose target is chosen per thread, for the time of a ``using`` block."""

    __slots__ = ("_local",)

    def __init__(self) -> None:
        object.__setattr__(self, "_local", threading.local())
        super().__init__()

    def __setattr__(self, attr: str, value: Any) -> None:
        # Proxy.__setattr__ accepts only the names in the most derived __slots__.
        object.__setattr__(self, attr, value)

    @property
    def obj(self) -> Any:
        stack = getattr(self._local, "stack", None)
        return stack[-1] if stack else None

    @obj.setter
    def obj(self, value: Any) -> None:
        # DatabaseProxy.__init__ and initialize() assign obj: the current thread's default.
        stack = self._local.__dict__.setdefault("stack", [])
        if stack:
            stack[-1] = value
        elif value is not None:
            stack.append(value)

    @contextlib.contextmanager
    def using(self, database: pw.Database) -> Iterator[None]:
        stack = self._local.__dict__.setdefault("stack", [])
        stack.append(database)
        try:
            yield
        finally:
            stack.pop()


database_proxy = ThreadDatabaseProxy()


class BaseModel(pw.Model):
    class Meta:
        database = database_proxy
        legacy_table_names = False


class Meta(BaseModel):
    """Key/value facts about the file itself: schema version, CBO id."""

    key = pw.CharField(primary_key=True, max_length=64)
    value = pw.TextField()


class Profile(BaseModel):
    """The organisation profile (guideline chapter 1). Always exactly one row, id 1."""

    id = pw.AutoField()
    name_km = pw.TextField(default="")
    name_en = pw.TextField(default="")
    acronym = pw.CharField(max_length=32, default="")
    logo_png = pw.BlobField(null=True)
    sector = pw.CharField(max_length=32, default="other")
    province = pw.CharField(max_length=8, default="")
    district = pw.TextField(default="")
    commune = pw.TextField(default="")
    village = pw.TextField(default="")
    registration_authority = pw.CharField(max_length=32, default="none")
    registration_number = pw.TextField(default="")
    registration_date = pw.DateField(null=True)
    founding_date = pw.DateField(null=True)
    fiscal_year_start_month = pw.SmallIntegerField(default=1)
    uses_khr = pw.BooleanField(default=True)
    uses_usd = pw.BooleanField(default=True)
    phone = pw.TextField(default="")
    email = pw.TextField(default="")
    # Counts saves, so that two computers on one shared database notice each other.
    row_version = pw.IntegerField(default=1)
    updated_at = pw.DateTimeField(null=True)
    updated_by = pw.TextField(default="")


class User(BaseModel):
    """A person who works in the app. Roles are a comma-separated list of role codes."""

    id = pw.AutoField()
    username = pw.CharField(max_length=64, unique=True)
    full_name = pw.TextField()
    roles = pw.TextField(default="administrator")
    password_hash = pw.TextField(null=True)
    active = pw.BooleanField(default=True)
    created_at = pw.DateTimeField()


class AuditEntry(BaseModel):
    """One change: who, when, what, before and after (JSON). Append-only."""

    id = pw.BigAutoField()
    at = pw.DateTimeField(index=True)
    username = pw.TextField()
    action = pw.CharField(max_length=64)
    area = pw.CharField(max_length=32)
    record = pw.TextField(default="")
    before = pw.TextField(null=True)
    after = pw.TextField(null=True)


# --- The member register (schema version 3) --------------------------------------


class Counter(BaseModel):
    """The last number given out of a series that never reuses a number (member numbers)."""

    name = pw.CharField(primary_key=True, max_length=32)
    last = pw.BigIntegerField(default=0)


class Village(BaseModel):
    """A village members live in, with its commune; renamed or retired, never deleted once used."""

    id = pw.AutoField()
    name_km = pw.TextField(default="")
    name_en = pw.TextField(default="")
    commune_km = pw.TextField(default="")
    commune_en = pw.TextField(default="")
    retired = pw.BooleanField(default=False)
    sort_order = pw.IntegerField(default=100)


class Member(BaseModel):
    """A member of the CBO. Never deleted: a member who leaves keeps the number and the history.

    ``status`` and ``status_since`` repeat the newest :class:`MemberStatus` row so
    that the register filters on them through an index. ``search_key`` and
    ``sort_latin`` are kept by the service from the names (domain/members.py).
    """

    id = pw.AutoField()
    number = pw.IntegerField(unique=True)  # given by the app from Counter "member", never reused
    name_km = pw.TextField(default="")
    name_latin = pw.TextField(default="")
    sex = pw.CharField(max_length=1)  # F | M
    birth_date = pw.DateField(null=True)
    birth_year = pw.IntegerField(null=True)  # also set when the date is known
    village = pw.ForeignKeyField(Village, on_delete="RESTRICT", index=False)
    phone = pw.TextField(default="")
    id_card = pw.TextField(default="")
    idpoor = pw.CharField(max_length=16, default="")
    household_head = pw.BooleanField(null=True)
    joined_on = pw.DateField()
    notes = pw.TextField(default="")
    status = pw.CharField(max_length=12, default="active")
    status_since = pw.DateField()
    search_key = pw.TextField()
    sort_latin = pw.TextField()
    row_version = pw.IntegerField(default=1)
    created_at = pw.DateTimeField()
    created_by = pw.TextField()
    updated_at = pw.DateTimeField(null=True)
    updated_by = pw.TextField(default="")

    village_id: int

    class Meta:
        # The register's page reads windows of ids from these alone (services/members.py):
        # each sortable column with the number that breaks ties, then the columns the page
        # filters on, so that neither sorting nor filtering reads a member's row.
        indexes = (
            (("number", "status", "village", "sex"), False),
            (("sort_latin", "number", "status", "village", "sex"), False),
            (("name_km", "number", "status", "village", "sex"), False),
            (("village", "number", "status", "sex"), False),
            (("status", "number", "village", "sex"), False),
            (("joined_on", "number", "status", "village", "sex"), False),
            (("birth_year", "number", "status", "village", "sex"), False),
            (("sex", "number", "status", "village"), False),
            # A search scans this (smaller than the table) for the words typed.
            (("search_key", "number", "status", "village", "sex"), False),
        )


class MemberPhoto(BaseModel):
    """A member's photo, apart from the register's rows so that lists stay light."""

    member = pw.ForeignKeyField(Member, primary_key=True, on_delete="RESTRICT")
    media_type = pw.CharField(max_length=32, default="image/jpeg")
    data = pw.BlobField()


class MemberStatus(BaseModel):
    """A change of a member's status (active, inactive, left, deceased) from a day on. Append-only."""

    id = pw.AutoField()
    member = pw.ForeignKeyField(Member, backref="statuses", on_delete="RESTRICT", index=False)
    status = pw.CharField(max_length=12)
    since = pw.DateField()
    reason = pw.TextField(default="")
    recorded_by = pw.TextField()
    recorded_at = pw.DateTimeField()

    member_id: int

    class Meta:
        indexes = ((("member", "since", "id"), False),)


class CommitteeTerm(BaseModel):
    """A member holding a committee position from one day to another (end None: still holds it)."""

    id = pw.AutoField()
    position = pw.CharField(max_length=24)
    title = pw.TextField(default="")
    member = pw.ForeignKeyField(Member, backref="terms", on_delete="RESTRICT")
    started_on = pw.DateField()
    ended_on = pw.DateField(null=True)
    end_reason = pw.TextField(default="")
    note = pw.TextField(default="")
    created_at = pw.DateTimeField()
    created_by = pw.TextField()

    member_id: int

    class Meta:
        indexes = ((("position", "started_on"), False),)


class FeeRate(BaseModel):
    """The membership fee from a day on: an amount per month, quarter or year, in one currency."""

    id = pw.AutoField()
    amount_minor = pw.BigIntegerField()
    currency = pw.CharField(max_length=3)
    period = pw.CharField(max_length=8)  # month | quarter | year
    valid_from = pw.DateField(unique=True)
    note = pw.TextField(default="")
    created_at = pw.DateTimeField()
    created_by = pw.TextField()


# --- The cash book (schema version 2) ------------------------------------------


class Setting(BaseModel):
    """Settings of the CBO itself (not of one computer): the financial policy's limits."""

    key = pw.CharField(primary_key=True, max_length=64)
    value = pw.TextField()


class Account(BaseModel):
    """A cash box, bank account or mobile-money wallet, in one currency."""

    id = pw.AutoField()
    name = pw.TextField()
    kind = pw.CharField(max_length=16)  # cash | bank | mobile
    currency = pw.CharField(max_length=3)  # KHR | USD
    opening_minor = pw.BigIntegerField(default=0)
    opening_date = pw.DateField()
    closed_on = pw.DateField(null=True)
    note = pw.TextField(default="")
    created_at = pw.DateTimeField()


class Category(BaseModel):
    """An income or expense category; renamed or retired, never deleted once used."""

    id = pw.AutoField()
    kind = pw.CharField(max_length=8)  # income | expense
    code = pw.CharField(max_length=32, null=True, unique=True)  # for the default set
    name_en = pw.TextField()
    name_km = pw.TextField(default="")
    retired = pw.BooleanField(default=False)
    sort_order = pw.IntegerField(default=100)


class Fund(BaseModel):
    """Money given for a purpose (a donor's grant), so spending can be reported per fund."""

    id = pw.AutoField()
    name = pw.TextField()
    donor = pw.TextField(default="")
    note = pw.TextField(default="")
    retired = pw.BooleanField(default=False)


class NumberCounter(BaseModel):
    """The last number used per series (R, P, T, C) and fiscal year: numbers without gaps."""

    series = pw.CharField(max_length=2)
    year = pw.IntegerField()
    last = pw.IntegerField(default=0)

    class Meta:
        primary_key = pw.CompositeKey("series", "year")


class Entry(BaseModel):
    """One line of the cash book: money in (+) or out (-) of one account. Never changed.

    A transfer or an exchange is two lines with one number and one ``group_uid``.
    ``row_hash`` chains every line to the one before it (by id), so that a line
    changed, removed or slipped in behind the app's back is found by `verify`.
    """

    id = pw.BigAutoField()
    uid = pw.CharField(max_length=36, unique=True)  # made by the app before saving
    group_uid = pw.CharField(max_length=36, index=True)
    kind = pw.CharField(max_length=16)  # receipt | payment | transfer | exchange | reversal
    number = pw.CharField(max_length=24, index=True)
    fiscal_year = pw.IntegerField()
    date = pw.DateField()
    account = pw.ForeignKeyField(Account, backref="entries", on_delete="RESTRICT")
    amount_minor = pw.BigIntegerField()  # + money in, - money out, in the account's currency
    category = pw.ForeignKeyField(Category, null=True, on_delete="RESTRICT")
    fund = pw.ForeignKeyField(Fund, null=True, on_delete="RESTRICT")
    party = pw.TextField(default="")  # payer or payee
    description = pw.TextField(default="")
    rate = pw.CharField(max_length=32, default="")  # exchange: riel per dollar, as typed
    reverses = pw.ForeignKeyField("self", null=True, on_delete="RESTRICT", backref="reversed_by")
    reason = pw.TextField(default="")  # why a reversal was made
    needs_approval = pw.BooleanField(default=False)
    entered_by = pw.TextField()
    entered_at = pw.DateTimeField()
    attachment_sha256 = pw.CharField(max_length=64, default="")
    prev_hash = pw.CharField(max_length=64)
    row_hash = pw.CharField(max_length=64)
    # The member who paid or was paid (schema 3). Hashed in the chain only when set,
    # so the hashes of entries written before it existed stay valid.
    member = pw.ForeignKeyField(Member, null=True, on_delete="RESTRICT", backref="entries")

    # The foreign keys' raw ids, which peewee adds (declared for type checkers).
    account_id: int
    category_id: int | None
    fund_id: int | None
    reverses_id: int | None
    member_id: int | None

    class Meta:
        indexes = (
            # Balances and running balances are sums over this index alone.
            (("account", "date", "id", "amount_minor"), False),
            (("date", "id"), False),
        )


class Attachment(BaseModel):
    """The scan or photo of a paper receipt, kept inside the CBO so backups carry it."""

    entry = pw.ForeignKeyField(Entry, primary_key=True, on_delete="RESTRICT")
    media_type = pw.CharField(max_length=32, default="image/jpeg")
    data = pw.BlobField()


class Approval(BaseModel):
    """A committee decision on a payment above the financial policy's limit."""

    id = pw.AutoField()
    entry = pw.ForeignKeyField(Entry, unique=True, on_delete="RESTRICT")
    decision = pw.CharField(max_length=8)  # approved | rejected
    decided_by = pw.TextField()
    decided_at = pw.DateTimeField()
    note = pw.TextField(default="")


class MonthClosing(BaseModel):
    """A closed month of one account: the count (or statement) against the book."""

    id = pw.AutoField()
    account = pw.ForeignKeyField(Account, on_delete="RESTRICT")
    year = pw.IntegerField()
    month = pw.IntegerField()
    book_minor = pw.BigIntegerField()
    counted_minor = pw.BigIntegerField()  # cash counted, or the statement balance
    explanation = pw.TextField(default="")
    counted_by = pw.TextField(default="")
    checked_by = pw.TextField(default="")
    closed_by = pw.TextField()
    closed_at = pw.DateTimeField()

    class Meta:
        indexes = ((("account", "year", "month"), True),)


class CashCountLine(BaseModel):
    id = pw.AutoField()
    closing = pw.ForeignKeyField(MonthClosing, backref="lines", on_delete="CASCADE")
    denomination_minor = pw.BigIntegerField()
    count = pw.IntegerField()


class Budget(BaseModel):
    """Planned income or spending per fiscal year, category and (optionally) fund."""

    id = pw.AutoField()
    fiscal_year = pw.IntegerField()
    category = pw.ForeignKeyField(Category, on_delete="RESTRICT")
    fund = pw.ForeignKeyField(Fund, null=True, on_delete="RESTRICT")
    currency = pw.CharField(max_length=3)
    amount_minor = pw.BigIntegerField()

    class Meta:
        indexes = ((("fiscal_year", "category", "fund", "currency"), True),)


CASHBOOK_MODELS: list[type[BaseModel]] = [
    Setting, Account, Category, Fund, NumberCounter, Entry, Attachment, Approval,
    MonthClosing, CashCountLine, Budget,
]

# Created by schema step 3 (before the cash book's tables refer to Member).
MEMBER_MODELS: list[type[BaseModel]] = [Counter, Village, Member, MemberPhoto, MemberStatus,
                                        CommitteeTerm, FeeRate]

MODELS: list[type[BaseModel]] = [Meta, Profile, User, AuditEntry, *MEMBER_MODELS, *CASHBOOK_MODELS]
