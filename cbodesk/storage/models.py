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
    # Schema 4: a password set by an administrator is changed at the next login.
    must_change_password = pw.BooleanField(default=False)
    last_login_at = pw.DateTimeField(null=True)
    row_version = pw.IntegerField(default=1)


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
    # Schema 4: each entry's hash covers its content and the hash of the entry before it
    # (domain/audit.py), so a row changed or removed behind the app's back is found.
    prev_hash = pw.CharField(max_length=64, default="")
    row_hash = pw.CharField(max_length=64, default="")

    class Meta:
        # The audit page filters by person or by area, newest first.
        indexes = ((("username", "id"), False), (("area", "id"), False))


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


# --- Activity plans and M&E (schema version 4; guideline chapters 6 and 7, Annex 6) ----------
# (Here, before the cash book's entries, which can be linked to an activity.)


class Goal(BaseModel):
    """A goal of the CBO's strategy (the vision and mission are settings)."""

    id = pw.AutoField()
    code = pw.CharField(max_length=16, default="")
    text_km = pw.TextField(default="")
    text_en = pw.TextField(default="")
    retired = pw.BooleanField(default=False)
    sort_order = pw.IntegerField(default=100)


class Plan(BaseModel):
    """The activity plan of one fiscal year."""

    id = pw.AutoField()
    fiscal_year = pw.IntegerField(unique=True)
    title = pw.TextField(default="")
    note = pw.TextField(default="")
    created_at = pw.DateTimeField()
    created_by = pw.TextField()


class Activity(BaseModel):
    """A planned activity. Months are first days of months; budget in minor units of *currency*."""

    id = pw.AutoField()
    plan = pw.ForeignKeyField(Plan, backref="activities", on_delete="RESTRICT")
    code = pw.CharField(max_length=16)
    title = pw.TextField()
    chapter = pw.SmallIntegerField(null=True)  # the guideline chapter it serves, 1..8
    goal = pw.ForeignKeyField(Goal, null=True, on_delete="RESTRICT")
    objective = pw.TextField(default="")
    responsible = pw.ForeignKeyField(Member, null=True, on_delete="RESTRICT", backref="+")
    monitor = pw.ForeignKeyField(Member, null=True, on_delete="RESTRICT", backref="+")
    start_month = pw.DateField()
    end_month = pw.DateField()
    place = pw.TextField(default="")
    inputs = pw.TextField(default="")
    budget_minor = pw.BigIntegerField(default=0)
    currency = pw.CharField(max_length=3, default="KHR")
    fund = pw.ForeignKeyField(Fund, null=True, on_delete="RESTRICT")
    status = pw.CharField(max_length=10, default="planned")  # planned | ongoing | done | postponed | cancelled
    status_reason = pw.TextField(default="")
    results = pw.TextField(default="")  # the review at the end
    difficulties = pw.TextField(default="")
    lessons = pw.TextField(default="")
    recommendations = pw.TextField(default="")
    sort_order = pw.IntegerField(default=100)
    row_version = pw.IntegerField(default=1)
    created_at = pw.DateTimeField()
    created_by = pw.TextField()
    updated_at = pw.DateTimeField(null=True)
    updated_by = pw.TextField(default="")

    plan_id: int
    goal_id: int | None
    responsible_id: int | None
    monitor_id: int | None
    fund_id: int | None

    class Meta:
        indexes = ((("plan", "code"), True),)


class Indicator(BaseModel):
    """What an activity measures. Values are hundredths (integer), so 12.5 is stored as 1250."""

    id = pw.AutoField()
    activity = pw.ForeignKeyField(Activity, backref="indicators", on_delete="RESTRICT")
    position = pw.IntegerField(default=0)
    name = pw.TextField()
    unit = pw.TextField(default="")
    baseline_x100 = pw.BigIntegerField(default=0)
    target_x100 = pw.BigIntegerField(default=0)
    frequency = pw.CharField(max_length=10, default="once")  # once | monthly | quarterly | yearly
    by_sex = pw.BooleanField(default=False)  # it counts people: values are kept for women and men

    activity_id: int


class MonitoringRecord(BaseModel):
    """A monitoring visit or report on an activity."""

    id = pw.AutoField()
    activity = pw.ForeignKeyField(Activity, backref="records", on_delete="RESTRICT")
    date = pw.DateField()
    participants_female = pw.IntegerField(default=0)
    participants_male = pw.IntegerField(default=0)
    progress = pw.TextField(default="")
    quality = pw.TextField(default="")  # quality and problems
    monitored_by = pw.TextField(default="")
    row_version = pw.IntegerField(default=1)
    created_at = pw.DateTimeField()
    created_by = pw.TextField()

    activity_id: int

    class Meta:
        indexes = ((("activity", "date"), False),)


class IndicatorValue(BaseModel):
    """The value of an indicator seen at a monitoring record (hundredths; by sex where counted)."""

    id = pw.AutoField()
    record = pw.ForeignKeyField(MonitoringRecord, backref="values", on_delete="CASCADE")
    indicator = pw.ForeignKeyField(Indicator, backref="values", on_delete="RESTRICT")
    value_x100 = pw.BigIntegerField()
    female_x100 = pw.BigIntegerField(null=True)
    male_x100 = pw.BigIntegerField(null=True)

    record_id: int
    indicator_id: int

    class Meta:
        indexes = ((("record", "indicator"), True),)


class MonitoringEvidence(BaseModel):
    """A photo or file kept as evidence of a monitoring record."""

    id = pw.AutoField()
    record = pw.ForeignKeyField(MonitoringRecord, backref="evidence", on_delete="CASCADE")
    title = pw.TextField(default="")
    file_name = pw.TextField()
    media_type = pw.CharField(max_length=100, default="application/octet-stream")
    data = pw.BlobField()
    sha256 = pw.CharField(max_length=64)

    record_id: int


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
    # The planned activity the money was for (schema 4); hashed only when set, like the member.
    activity = pw.ForeignKeyField(Activity, null=True, on_delete="RESTRICT", backref="entries", index=False)

    # The foreign keys' raw ids, which peewee adds (declared for type checkers).
    account_id: int
    category_id: int | None
    fund_id: int | None
    reverses_id: int | None
    member_id: int | None
    activity_id: int | None

    class Meta:
        indexes = (
            # Balances and running balances are sums over this index alone.
            (("account", "date", "id", "amount_minor"), False),
            (("date", "id"), False),
            # An activity's actual cost and the months it had spending are read from this alone.
            (("activity", "date", "kind", "account", "amount_minor", "reverses"), False),
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


# --- Meetings and minutes (schema version 4; guideline chapter 2, Annex 2) -----------------


class Meeting(BaseModel):
    """A meeting and its minutes. Draft minutes are edited; approved ones only get amendments.

    Rich text (agenda results, group answers, conclusion, closing remark) is Markdown.
    ``objectives`` is one objective per line. Names of the facilitator, MC, minutes
    taker and closing speaker are as the secretary typed them (members or guests).
    """

    id = pw.AutoField()
    kind = pw.CharField(max_length=24)  # general_assembly | committee | regular | extraordinary | networking
    title = pw.TextField()
    date = pw.DateField()
    start_time = pw.CharField(max_length=5, default="")  # HH:MM
    end_time = pw.CharField(max_length=5, default="")
    place = pw.TextField(default="")
    facilitator = pw.TextField(default="")
    mc = pw.TextField(default="")
    minutes_taker = pw.TextField(default="")
    chair = pw.TextField(default="")  # signs the minutes with the minutes taker
    objectives = pw.TextField(default="")
    conclusion = pw.TextField(default="")
    closing_remark = pw.TextField(default="")
    closing_by = pw.TextField(default="")
    language = pw.CharField(max_length=2, default="km")  # the language the minutes are written in
    status = pw.CharField(max_length=10, default="draft")  # draft | approved | locked
    approved_on = pw.DateField(null=True)
    approved_at = pw.ForeignKeyField("self", null=True, on_delete="RESTRICT", backref="approved_minutes")
    row_version = pw.IntegerField(default=1)
    created_at = pw.DateTimeField()
    created_by = pw.TextField()
    updated_at = pw.DateTimeField(null=True)
    updated_by = pw.TextField(default="")

    approved_at_id: int | None

    class Meta:
        indexes = ((("kind", "date"), False), (("date", "id"), False))


class MeetingAttendance(BaseModel):
    """A member's presence at a meeting: present | absent | excused."""

    id = pw.AutoField()
    meeting = pw.ForeignKeyField(Meeting, backref="attendance", on_delete="CASCADE", index=False)
    member = pw.ForeignKeyField(Member, backref="attendance", on_delete="RESTRICT")
    presence = pw.CharField(max_length=8)

    meeting_id: int
    member_id: int

    class Meta:
        indexes = ((("meeting", "member"), True),)


class MeetingGuests(BaseModel):
    """Outside participants of one category (CBOs, local NGOs, government, the network...)."""

    id = pw.AutoField()
    meeting = pw.ForeignKeyField(Meeting, backref="guests", on_delete="CASCADE")
    position = pw.IntegerField(default=0)
    category = pw.TextField()
    female = pw.IntegerField(default=0)
    male = pw.IntegerField(default=0)
    total = pw.IntegerField(default=0)  # at least female + male (sex not always known)

    meeting_id: int


class AgendaItem(BaseModel):
    id = pw.AutoField()
    meeting = pw.ForeignKeyField(Meeting, backref="agenda", on_delete="CASCADE")
    position = pw.IntegerField(default=0)
    title = pw.TextField()
    presenter = pw.TextField(default="")
    result = pw.TextField(default="")  # Markdown

    meeting_id: int


class GroupWork(BaseModel):
    """A group, the question(s) it was given and its answer (Markdown)."""

    id = pw.AutoField()
    meeting = pw.ForeignKeyField(Meeting, backref="groups", on_delete="CASCADE")
    position = pw.IntegerField(default=0)
    name = pw.TextField()
    question = pw.TextField(default="")
    answer = pw.TextField(default="")

    meeting_id: int


class Decision(BaseModel):
    id = pw.AutoField()
    meeting = pw.ForeignKeyField(Meeting, backref="decisions", on_delete="CASCADE")
    position = pw.IntegerField(default=0)
    text = pw.TextField()
    votes_for = pw.IntegerField(null=True)  # None: decided without a count (consensus)
    votes_against = pw.IntegerField(null=True)
    votes_abstain = pw.IntegerField(null=True)

    meeting_id: int


class ActionItem(BaseModel):
    """Something a meeting asked someone to do by a day; reviewed at the next meeting of its kind."""

    id = pw.AutoField()
    meeting = pw.ForeignKeyField(Meeting, backref="actions", on_delete="CASCADE")
    position = pw.IntegerField(default=0)
    what = pw.TextField()
    who = pw.TextField(default="")
    member = pw.ForeignKeyField(Member, null=True, on_delete="RESTRICT")
    due_on = pw.DateField(null=True)
    status = pw.CharField(max_length=10, default="open")  # open | done | dropped
    done_on = pw.DateField(null=True)
    note = pw.TextField(default="")
    reviewed_at = pw.ForeignKeyField(Meeting, null=True, on_delete="SET NULL", backref="reviewed_actions")

    meeting_id: int
    member_id: int | None
    reviewed_at_id: int | None

    class Meta:
        indexes = ((("status", "due_on"), False),)


class MeetingAnnex(BaseModel):
    """A titled file attached to the minutes (slides, concept note, photos)."""

    id = pw.AutoField()
    meeting = pw.ForeignKeyField(Meeting, backref="annexes", on_delete="CASCADE")
    position = pw.IntegerField(default=0)
    title = pw.TextField()
    file_name = pw.TextField()
    media_type = pw.CharField(max_length=100, default="application/octet-stream")
    data = pw.BlobField()
    sha256 = pw.CharField(max_length=64)

    meeting_id: int


class MinutesAmendment(BaseModel):
    """A correction to approved minutes: added, never edited. Append-only."""

    id = pw.AutoField()
    meeting = pw.ForeignKeyField(Meeting, backref="amendments", on_delete="RESTRICT")
    text = pw.TextField()
    made_on = pw.DateField()
    made_by = pw.TextField()
    created_at = pw.DateTimeField()

    meeting_id: int


CASHBOOK_MODELS: list[type[BaseModel]] = [
    Setting, Account, Category, Fund, NumberCounter, Entry, Attachment, Approval,
    MonthClosing, CashCountLine, Budget,
]

# Created by schema step 3 (before the cash book's tables refer to Member).
MEMBER_MODELS: list[type[BaseModel]] = [Counter, Village, Member, MemberPhoto, MemberStatus,
                                        CommitteeTerm, FeeRate]

# Created by schema step 4.
MEETING_MODELS: list[type[BaseModel]] = [Meeting, MeetingAttendance, MeetingGuests, AgendaItem, GroupWork,
                                         Decision, ActionItem, MeetingAnnex, MinutesAmendment]
PLAN_MODELS: list[type[BaseModel]] = [Goal, Plan, Activity, Indicator, MonitoringRecord, IndicatorValue,
                                      MonitoringEvidence]

MODELS: list[type[BaseModel]] = [Meta, Profile, User, AuditEntry, *MEMBER_MODELS, *CASHBOOK_MODELS,
                                 *MEETING_MODELS, *PLAN_MODELS]
