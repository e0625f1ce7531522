"""Meetings and minutes as plain values (guideline chapter 2 and its Annex 2, Organizing Meeting).

A meeting as the secretary types it (:class:`MeetingDraft`, with its guests, agenda
items, group work, decisions and action items), its checks (every problem at once),
the fixed lists (kinds, presence, minutes and action statuses), the quorum rule of
the by-law and how often the committee must meet, and the views the services
return. No database here: :mod:`cbodesk.services.meetings` stores and reads these.

Rich text (agenda results, group answers, the conclusion, the closing remark) is
Markdown, kept as given. Objectives are one per line.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from fractions import Fraction

from cbodesk.domain.errors import Problem
from cbodesk.i18n import N_, by_language

Day = date  # for annotations in classes that have a field named "date"

CONTEXT = "meetings"

# --- fixed lists -------------------------------------------------------------

KINDS: dict[str, str] = {
    "general_assembly": N_("meetings", "General assembly"),
    "committee": N_("meetings", "Committee meeting"),
    "regular": N_("meetings", "Regular member meeting"),
    "extraordinary": N_("meetings", "Extraordinary meeting"),
    "networking": N_("meetings", "Networking or partner event"),
}

PRESENCE: dict[str, str] = {
    "present": N_("meetings", "Present"),
    "absent": N_("meetings", "Absent"),
    "excused": N_("meetings", "Excused"),
}

# The minutes: written (draft), approved at a later meeting, then locked for good.
MINUTES_STATUSES: dict[str, str] = {
    "draft": N_("meetings", "Draft"),
    "approved": N_("meetings", "Approved"),
    "locked": N_("meetings", "Locked"),
}

ACTION_STATUSES: dict[str, str] = {
    "open": N_("meetings", "Open"),
    "done": N_("meetings", "Done"),
    "dropped": N_("meetings", "Dropped"),
}

# How often the by-law says the committee meets.
COMMITTEE_EVERY: dict[str, str] = {
    "monthly": N_("meetings", "Every month"),
    "quarterly": N_("meetings", "Every quarter"),
    "none": N_("meetings", "No rule"),
}

# The languages minutes are written in (their printed labels follow it).
LANGUAGES: dict[str, str] = {
    "km": N_("meetings", "Khmer"),
    "en": N_("meetings", "English"),
}

# Settings (the Setting table) and their defaults.
QUORUM_KEY = "meetings.quorum"
COMMITTEE_EVERY_KEY = "meetings.committee_every"
DEFAULT_QUORUM = "1/2"  # more than half of the active members
DEFAULT_COMMITTEE_EVERY = "monthly"

MAX_TITLE = 300
MAX_NAME = 200
MAX_TEXT = 100_000  # one Markdown field
MAX_ANNEX_BYTES = 20 * 1024 * 1024
MAX_ANNEX_MB = MAX_ANNEX_BYTES // (1024 * 1024)
MAX_COUNT = 100_000  # guests of one category, votes

_TIME = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


# --- the quorum rule -----------------------------------------------------------


@dataclass(frozen=True)
class QuorumRule:
    """How many active members must be present for a general assembly to decide.

    *share* of the active members; *more_than*: strictly more than that share
    ("more than half"), else at least that share ("at least 60 %").
    Written as ``1/2`` or ``>1/2`` (more than), ``>=2/3`` (at least), ``60%``
    (at least) or ``>50%`` (more than).
    """

    share: Fraction
    more_than: bool

    def required(self, active_members: int) -> int:
        """The fewest members present that make the quorum (0 when nobody is a member)."""
        if active_members <= 0:
            return 0
        exact = self.share * active_members
        if self.more_than:
            return min(active_members, math.floor(exact) + 1)
        return max(1, math.ceil(exact)) if self.share > 0 else 0

    def text(self) -> str:
        """The rule as stored (and as :func:`parse_quorum` reads it back)."""
        prefix = ">" if self.more_than else ">="
        if self.share.denominator in (1, 2, 3, 4, 5) or self.share * 100 != int(self.share * 100):
            return f"{prefix}{self.share.numerator}/{self.share.denominator}"
        return f"{prefix}{int(self.share * 100)}%"


class QuorumRuleError(ValueError):
    pass


def parse_quorum(text: str) -> QuorumRule:
    """Read a quorum rule: ``1/2`` (more than half), ``>=2/3``, ``60%`` (at least 60 %),
    ``>50%``. Raises :class:`QuorumRuleError`."""
    raw = text.strip().replace(" ", "").replace("％", "%")
    more_than: bool | None = None
    if raw.startswith(">="):
        more_than, raw = False, raw[2:]
    elif raw.startswith(">"):
        more_than, raw = True, raw[1:]
    try:
        if raw.endswith("%"):
            share = Fraction(raw[:-1]) / 100
            more_than = False if more_than is None else more_than
        elif "/" in raw:
            top, bottom = raw.split("/", 1)
            share = Fraction(int(top), int(bottom))
            more_than = True if more_than is None else more_than
        else:
            raise QuorumRuleError(text)
    except (ValueError, ZeroDivisionError) as error:
        raise QuorumRuleError(text) from error
    if share <= 0 or share > 1:
        raise QuorumRuleError(text)
    return QuorumRule(share, more_than)


def quorum_problems(text: str) -> list[Problem]:
    try:
        parse_quorum(text)
    except QuorumRuleError:
        return [Problem("quorum", N_("errors", "Write the quorum as a share of the active members, "
                                               "for example 1/2 (more than half), >=2/3 (at least two "
                                               "thirds) or 60% (at least 60 per cent)."))]
    return []


@dataclass(frozen=True)
class QuorumResult:
    """Whether a general assembly had its quorum: the rule, the active members on the
    meeting's day, how many had to be there and how many were."""

    rule: QuorumRule
    active_members: int
    required: int
    present: int
    applies: bool  # only a general assembly needs a quorum

    @property
    def met(self) -> bool:
        return self.present >= self.required


def check_quorum(rule: QuorumRule, active_members: int, present: int, *, applies: bool = True) -> QuorumResult:
    return QuorumResult(rule, active_members, rule.required(active_members), present, applies)


# --- a meeting as typed ----------------------------------------------------------


@dataclass(frozen=True)
class AttendanceDraft:
    member_id: int
    presence: str  # present | absent | excused


@dataclass(frozen=True)
class GuestsDraft:
    """Outside participants of one category (CBOs, local NGOs, government, the network...).
    *total* is at least *female* + *male*: the sex of some may not be known."""

    category: str
    female: int = 0
    male: int = 0
    total: int = 0


@dataclass(frozen=True)
class AgendaItemDraft:
    title: str
    presenter: str = ""
    result: str = ""  # Markdown


@dataclass(frozen=True)
class GroupWorkDraft:
    name: str
    question: str = ""
    answer: str = ""  # Markdown


@dataclass(frozen=True)
class DecisionDraft:
    text: str
    votes_for: int | None = None  # None: decided without a count (consensus)
    votes_against: int | None = None
    votes_abstain: int | None = None


@dataclass(frozen=True)
class ActionItemDraft:
    """What, who, by when. *id*: the stored action this line edits (None: a new one);
    an action keeps the meeting at which it was reviewed while its line stays."""

    what: str
    who: str = ""
    member_id: int | None = None
    due_on: date | None = None
    status: str = "open"
    done_on: date | None = None
    note: str = ""
    id: int | None = None


@dataclass(frozen=True)
class MeetingDraft:
    """A whole meeting as the minutes dialog holds it; saved whole (the lists replace the stored ones)."""

    kind: str
    title: str
    date: Day | None
    start_time: str = ""  # HH:MM
    end_time: str = ""
    place: str = ""
    facilitator: str = ""
    mc: str = ""
    minutes_taker: str = ""
    chair: str = ""
    objectives: str = ""  # one per line
    conclusion: str = ""  # Markdown
    closing_remark: str = ""  # Markdown
    closing_by: str = ""
    language: str = "km"
    attendance: tuple[AttendanceDraft, ...] = ()
    guests: tuple[GuestsDraft, ...] = ()
    agenda: tuple[AgendaItemDraft, ...] = ()
    groups: tuple[GroupWorkDraft, ...] = ()
    decisions: tuple[DecisionDraft, ...] = ()
    actions: tuple[ActionItemDraft, ...] = ()

    def cleaned(self) -> MeetingDraft:
        """Single-line fields trimmed; Markdown kept as typed except for trailing blank space;
        empty lines of the lists (nothing typed at all) dropped."""
        return replace(
            self,
            kind=self.kind.strip(), title=_line(self.title), start_time=self.start_time.strip(),
            end_time=self.end_time.strip(), place=_line(self.place), facilitator=_line(self.facilitator),
            mc=_line(self.mc), minutes_taker=_line(self.minutes_taker), chair=_line(self.chair),
            objectives="\n".join(o for o in (_line(x) for x in self.objectives.splitlines()) if o),
            conclusion=self.conclusion.rstrip(), closing_remark=self.closing_remark.rstrip(),
            closing_by=_line(self.closing_by), language=self.language.strip(),
            guests=tuple(replace(g, category=_line(g.category)) for g in self.guests
                         if _line(g.category) or g.female or g.male or g.total),
            agenda=tuple(replace(a, title=_line(a.title), presenter=_line(a.presenter), result=a.result.rstrip())
                         for a in self.agenda if _line(a.title) or _line(a.presenter) or a.result.strip()),
            groups=tuple(replace(g, name=_line(g.name), question=g.question.rstrip(), answer=g.answer.rstrip())
                         for g in self.groups if _line(g.name) or g.question.strip() or g.answer.strip()),
            decisions=tuple(replace(d, text=d.text.strip()) for d in self.decisions
                            if d.text.strip() or d.votes_for is not None or d.votes_against is not None
                            or d.votes_abstain is not None),
            actions=tuple(replace(a, what=a.what.strip(), who=_line(a.who), note=a.note.strip())
                          for a in self.actions if a.what.strip() or _line(a.who) or a.due_on is not None),
        )

    @property
    def objective_list(self) -> list[str]:
        return [o.strip() for o in self.objectives.splitlines() if o.strip()]

    def problems(self, today: Day) -> list[Problem]:
        """Everything wrong with the draft (call on a cleaned draft), all at once."""
        p: list[Problem] = []
        if self.kind not in KINDS:
            p.append(Problem("kind", N_("errors", "Choose the kind of meeting.")))
        if not self.title:
            p.append(Problem("title", N_("errors", "Give the meeting a title.")))
        elif len(self.title) > MAX_TITLE:
            p.append(Problem("title", N_("errors", "Shorten the title to {n} characters or fewer."),
                             {"n": MAX_TITLE}))
        if self.date is None:
            p.append(Problem("date", N_("errors", "Give the date of the meeting.")))
        elif self.date.year < 1990 or self.date.year > today.year + 5:
            p.append(Problem("date", N_("errors", "Check the date of the meeting: {day} is too far "
                                                  "from today."), {"day": self.date.isoformat()}))
        times_ok = True
        for name, value in (("start_time", self.start_time), ("end_time", self.end_time)):
            if value and not _TIME.match(value):
                times_ok = False
                p.append(Problem(name, N_("errors", "Write the time as hours and minutes, for "
                                                    "example 08:30 or 14:00.")))
        if times_ok and self.start_time and self.end_time and self.end_time <= self.start_time:
            p.append(Problem("end_time", N_("errors", "The meeting must end after it starts.")))
        if self.language not in LANGUAGES:
            p.append(Problem("language", N_("errors", "Choose the language of the minutes.")))
        for name, value in (("place", self.place), ("facilitator", self.facilitator), ("mc", self.mc),
                            ("minutes_taker", self.minutes_taker), ("chair", self.chair),
                            ("closing_by", self.closing_by)):
            if len(value) > MAX_NAME:
                p.append(Problem(name, N_("errors", "Shorten this to {n} characters or fewer."),
                                 {"n": MAX_NAME}))
        for name, value in (("objectives", self.objectives), ("conclusion", self.conclusion),
                            ("closing_remark", self.closing_remark)):
            if len(value) > MAX_TEXT:
                p.append(Problem(name, N_("errors", "This text is too long ({n} characters at most)."),
                                 {"n": MAX_TEXT}))
        seen: set[int] = set()
        for i, a in enumerate(self.attendance):
            if a.presence not in PRESENCE:
                p.append(Problem(f"attendance.{i}", N_("errors", "Mark the member present, absent or "
                                                                 "excused.")))
            if a.member_id in seen:
                p.append(Problem(f"attendance.{i}", N_("errors", "A member is on the attendance list "
                                                                 "twice.")))
            seen.add(a.member_id)
        for i, g in enumerate(self.guests):
            p.extend(_guest_problems(i, g))
        for i, item in enumerate(self.agenda):
            if not item.title:
                p.append(Problem(f"agenda.{i}.title", N_("errors", "Give agenda item {n} a title."),
                                 {"n": i + 1}))
            if len(item.result) > MAX_TEXT:
                p.append(Problem(f"agenda.{i}.result", N_("errors", "This text is too long ({n} "
                                                                    "characters at most)."), {"n": MAX_TEXT}))
        for i, group in enumerate(self.groups):
            if not group.name:
                p.append(Problem(f"groups.{i}.name", N_("errors", "Give group {n} a name."), {"n": i + 1}))
        for i, d in enumerate(self.decisions):
            if not d.text:
                p.append(Problem(f"decisions.{i}.text", N_("errors", "Write what decision {n} was."),
                                 {"n": i + 1}))
            for name, votes in (("votes_for", d.votes_for), ("votes_against", d.votes_against),
                                ("votes_abstain", d.votes_abstain)):
                if votes is not None and not 0 <= votes <= MAX_COUNT:
                    p.append(Problem(f"decisions.{i}.{name}", N_("errors", "Votes cannot be fewer than "
                                                                           "0.")))
        for i, action in enumerate(self.actions):
            p.extend(_action_problems(i, action, self.date, today))
        return p


def _line(text: str) -> str:
    return " ".join(text.split())


def _guest_problems(i: int, g: GuestsDraft) -> list[Problem]:
    p: list[Problem] = []
    if not g.category:
        p.append(Problem(f"guests.{i}.category", N_("errors", "Name the category of these participants "
                                                              "(for example local NGOs).")))
    bad = False
    for name, value in (("female", g.female), ("male", g.male), ("total", g.total)):
        if not 0 <= value <= MAX_COUNT:
            bad = True
            p.append(Problem(f"guests.{i}.{name}", N_("errors", "A number of participants cannot be "
                                                                "fewer than 0.")))
    if not bad and g.total < g.female + g.male:
        p.append(Problem(f"guests.{i}.total", N_("errors", "The total ({total}) cannot be smaller than "
                                                           "women and men together ({sum})."),
                         {"total": g.total, "sum": g.female + g.male}))
    return p


def _action_problems(i: int, a: ActionItemDraft, meeting_day: date | None, today: date) -> list[Problem]:
    p: list[Problem] = []
    if not a.what:
        p.append(Problem(f"actions.{i}.what", N_("errors", "Write what action item {n} is."), {"n": i + 1}))
    if a.status not in ACTION_STATUSES:
        p.append(Problem(f"actions.{i}.status", N_("errors", "Choose whether the action is open, done or "
                                                             "dropped.")))
    if a.due_on is not None and meeting_day is not None and a.due_on < meeting_day:
        p.append(Problem(f"actions.{i}.due_on", N_("errors", "An action cannot be due before the meeting "
                                                             "that decided it ({day})."),
                         {"day": meeting_day.isoformat()}))
    p.extend(action_status_problems(a.status, a.done_on, meeting_day, today, f"actions.{i}."))
    return p


def action_status_problems(status: str, done_on: date | None, meeting_day: date | None, today: date,
                           prefix: str = "") -> list[Problem]:
    """The checks of an action's status and the day it was done."""
    p: list[Problem] = []
    if status == "done" and done_on is None:
        p.append(Problem(prefix + "done_on", N_("errors", "Give the day the action was done.")))
    if status != "done" and done_on is not None:
        p.append(Problem(prefix + "done_on", N_("errors", "Only a done action has a day it was done.")))
    if done_on is not None:
        if done_on > today:
            p.append(Problem(prefix + "done_on", N_("errors", "The day the action was done cannot be in the "
                                                              "future.")))
        elif meeting_day is not None and done_on < meeting_day:
            p.append(Problem(prefix + "done_on", N_("errors", "The action cannot be done before the meeting "
                                                              "that decided it ({day})."),
                             {"day": meeting_day.isoformat()}))
    return p


def time_span(start: str, end: str) -> str:
    """"08:00–11:30", or whichever time is known."""
    if start and end:
        return f"{start}–{end}"
    return start or end


# --- what the services return --------------------------------------------------


@dataclass(frozen=True)
class AttendanceCounts:
    """Members by presence and sex, and the outside participants (their total includes
    those whose sex was not noted)."""

    present_female: int = 0
    present_male: int = 0
    absent: int = 0
    excused: int = 0
    guests_female: int = 0
    guests_male: int = 0
    guests_total: int = 0

    @property
    def present(self) -> int:
        return self.present_female + self.present_male

    @property
    def expected(self) -> int:
        """Members on the attendance list."""
        return self.present + self.absent + self.excused

    @property
    def participants(self) -> int:
        """Everyone there: members present and guests."""
        return self.present + self.guests_total

    @property
    def participants_female(self) -> int:
        return self.present_female + self.guests_female

    @property
    def participants_male(self) -> int:
        return self.present_male + self.guests_male


def count_attendance(lines: tuple[AttendanceLine, ...], guests: tuple[GuestsView, ...]) -> AttendanceCounts:
    present = [a for a in lines if a.presence == "present"]
    return AttendanceCounts(
        present_female=sum(1 for a in present if a.sex == "F"),
        present_male=sum(1 for a in present if a.sex != "F"),
        absent=sum(1 for a in lines if a.presence == "absent"),
        excused=sum(1 for a in lines if a.presence == "excused"),
        guests_female=sum(g.female for g in guests), guests_male=sum(g.male for g in guests),
        guests_total=sum(g.total for g in guests))


@dataclass(frozen=True)
class MeetingRow:
    """A line of the meetings page."""

    id: int
    kind: str
    title: str
    date: date
    start_time: str
    end_time: str
    place: str
    language: str
    status: str
    counts: AttendanceCounts
    open_actions: int


@dataclass(frozen=True)
class AttendanceLine:
    member_id: int
    number: int
    name_km: str
    name_latin: str
    sex: str
    presence: str

    def name(self, language: str) -> str:
        return by_language(language, self.name_km, self.name_latin)


@dataclass(frozen=True)
class GuestsView:
    id: int
    category: str
    female: int
    male: int
    total: int


@dataclass(frozen=True)
class AgendaItemView:
    id: int
    title: str
    presenter: str
    result: str


@dataclass(frozen=True)
class GroupWorkView:
    id: int
    name: str
    question: str
    answer: str


@dataclass(frozen=True)
class DecisionView:
    id: int
    text: str
    votes_for: int | None
    votes_against: int | None
    votes_abstain: int | None

    @property
    def counted(self) -> bool:
        return any(v is not None for v in (self.votes_for, self.votes_against, self.votes_abstain))


@dataclass(frozen=True)
class ActionItemView:
    """An action item, with the meeting that decided it (for review lists)."""

    id: int
    meeting_id: int
    meeting_kind: str
    meeting_title: str
    meeting_date: date
    what: str
    who: str
    member_id: int | None
    due_on: date | None
    status: str
    done_on: date | None
    note: str
    reviewed_at_id: int | None

    def overdue(self, today: date) -> bool:
        return self.status == "open" and self.due_on is not None and self.due_on < today

    def as_draft(self) -> ActionItemDraft:
        return ActionItemDraft(self.what, self.who, self.member_id, self.due_on, self.status, self.done_on,
                               self.note, self.id)


@dataclass(frozen=True)
class AnnexInfo:
    """An annex without its bytes (read them with ``annex_data``)."""

    id: int
    meeting_id: int
    title: str
    file_name: str
    media_type: str
    size: int
    sha256: str


@dataclass(frozen=True)
class AmendmentView:
    id: int
    text: str
    made_on: date
    made_by: str
    created_at: datetime


@dataclass(frozen=True)
class MeetingView:
    """One meeting whole, as the minutes dialog and the printed minutes need it."""

    id: int
    kind: str
    title: str
    date: Day
    start_time: str
    end_time: str
    place: str
    facilitator: str
    mc: str
    minutes_taker: str
    chair: str
    objectives: str
    conclusion: str
    closing_remark: str
    closing_by: str
    language: str
    status: str
    approved_on: Day | None
    approved_at_id: int | None
    approved_at_title: str  # "" when approved outside a recorded meeting
    approved_at_date: Day | None
    row_version: int
    created_at: datetime
    created_by: str
    updated_at: datetime | None
    updated_by: str
    attendance: tuple[AttendanceLine, ...]
    guests: tuple[GuestsView, ...]
    agenda: tuple[AgendaItemView, ...]
    groups: tuple[GroupWorkView, ...]
    decisions: tuple[DecisionView, ...]
    actions: tuple[ActionItemView, ...]
    annexes: tuple[AnnexInfo, ...]
    amendments: tuple[AmendmentView, ...]
    counts: AttendanceCounts = field(default_factory=AttendanceCounts)

    @property
    def editable(self) -> bool:
        return self.status == "draft"

    @property
    def objective_list(self) -> list[str]:
        return [o.strip() for o in self.objectives.splitlines() if o.strip()]

    def to_draft(self) -> MeetingDraft:
        """The draft the minutes dialog starts from."""
        return MeetingDraft(
            kind=self.kind, title=self.title, date=self.date, start_time=self.start_time,
            end_time=self.end_time, place=self.place, facilitator=self.facilitator, mc=self.mc,
            minutes_taker=self.minutes_taker, chair=self.chair, objectives=self.objectives,
            conclusion=self.conclusion, closing_remark=self.closing_remark, closing_by=self.closing_by,
            language=self.language,
            attendance=tuple(AttendanceDraft(a.member_id, a.presence) for a in self.attendance),
            guests=tuple(GuestsDraft(g.category, g.female, g.male, g.total) for g in self.guests),
            agenda=tuple(AgendaItemDraft(a.title, a.presenter, a.result) for a in self.agenda),
            groups=tuple(GroupWorkDraft(g.name, g.question, g.answer) for g in self.groups),
            decisions=tuple(DecisionDraft(d.text, d.votes_for, d.votes_against, d.votes_abstain)
                            for d in self.decisions),
            actions=tuple(a.as_draft() for a in self.actions))


@dataclass(frozen=True)
class MeetingSettings:
    quorum: QuorumRule
    committee_every: str  # a key of COMMITTEE_EVERY


@dataclass(frozen=True)
class FrequencyPeriod:
    """A month (or quarter) of a year and the committee meetings held in it."""

    number: int  # 1..12 for a month, 1..4 for a quarter
    first_day: date
    last_day: date
    meetings: int
    due: bool  # the period has ended (or is today's): the rule can be judged

    @property
    def met(self) -> bool:
        return self.meetings > 0


@dataclass(frozen=True)
class CommitteeFrequency:
    """Whether the committee met as often as the by-law says in a year."""

    year: int
    every: str  # monthly | quarterly | none
    periods: tuple[FrequencyPeriod, ...]  # months, or quarters; none when there is no rule

    @property
    def periods_due(self) -> int:
        return sum(1 for p in self.periods if p.due)

    @property
    def periods_met(self) -> int:
        return sum(1 for p in self.periods if p.due and p.met)

    @property
    def met(self) -> bool:
        return self.periods_met == self.periods_due


@dataclass(frozen=True)
class MemberAttendance:
    """One member's attendance over a period: the meetings where they were on the list."""

    member_id: int
    number: int
    name_km: str
    name_latin: str
    sex: str
    expected: int
    present: int
    excused: int
    absent: int

    def name(self, language: str) -> str:
        return by_language(language, self.name_km, self.name_latin)

    @property
    def rate(self) -> Fraction | None:
        """Present / expected; None when the member was expected nowhere."""
        return Fraction(self.present, self.expected) if self.expected else None

    @property
    def rate_percent(self) -> int | None:
        """The rate in whole per cent, halves rounded up."""
        if not self.expected:
            return None
        return math.floor(Fraction(self.present * 100, self.expected) + Fraction(1, 2))
