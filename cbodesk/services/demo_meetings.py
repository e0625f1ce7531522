"""The demo CBO's meetings: a year of minutes of a Kratie community fishery.

The twelve months ending with the demo's last month: a committee meeting nearly
every month (one month was missed, so the frequency check has something to
show), the yearly general assembly in March with most members and a few guests,
two regular member meetings, and a networking forum with other CBOs, NGOs, the
Fisheries Administration and the commune council. Attendance comes from the
demo's register (the members active on the day; the committee for committee
meetings); agenda results are Markdown with bold text and nested bullet and
numbered lists; decisions have votes; action items are reviewed at the next
committee meeting, where most are done, some dropped and some stay open (a few
are overdue). Most minutes are in Khmer, some in English; most are approved at
the next committee meeting, the oldest locked, the newest still drafts; one
committee meeting next month is planned.

Everything is written through :mod:`cbodesk.services.meetings`, as the secretary
and the chair would, so the demo also tests them; the same seed always gives
the same meetings.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from cbodesk.domain import meetings as dmt
from cbodesk.domain.roles import Actor
from cbodesk.services import meetings as mt
from cbodesk.services.demo_cashbook import Person
from cbodesk.services.demo_members import ELECTIONS
from cbodesk.storage.database import Cbo

QUORUM = "1/2"  # more than half of the active members (the demo's by-law)
COMMITTEE_EVERY = "monthly"

PLACES_KM = ("ការិយាល័យសហគមន៍នេសាទកោះត្រង់", "សាលាឆទានវត្តកោះត្រង់", "សាលាឃុំកោះត្រង់")
PLACES_EN = ("Koh Trong community fishery office", "Koh Trong pagoda hall", "Koh Trong commune hall")
POSITIONS_ORDER = ("chair", "vice_chair", "secretary", "treasurer", "member")


@dataclass(frozen=True)
class DemoMeetings:
    meetings: int
    approved: int
    locked: int
    drafts: int
    actions: int
    open_actions: int


@dataclass
class _Plan:
    kind: str
    day: date
    language: str


def _committee_on(people: Sequence[Person], day: date) -> dict[str, list[Person]]:
    """The committee elected at the last general assembly of ELECTIONS up to *day*."""
    seats: tuple[tuple[str, int], ...] = ELECTIONS[0][1]
    for elected, chosen in ELECTIONS:
        if elected <= day:
            seats = chosen
    committee: dict[str, list[Person]] = {}
    for position, index in seats:
        if index < len(people):
            committee.setdefault(position, []).append(people[index])
    return committee


def _name(person: Person | None, language: str) -> str:
    if person is None:
        return ""
    return person.km if language == "km" else person.latin


def _first(committee: dict[str, list[Person]], position: str) -> Person | None:
    found = committee.get(position) or committee.get("member") or []
    return found[0] if found else None


def _schedule(rng: random.Random, until: date) -> list[_Plan]:
    """The year's meetings, in date order."""
    months = []
    year, month = until.year, until.month
    for _ in range(12):
        months.append((year, month))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    months.reverse()
    missed = months[7]  # the committee did not meet that month (the harvest)
    plans: list[_Plan] = []
    for number, (y, m) in enumerate(months):
        if (y, m) != missed:
            plans.append(_Plan("committee", date(y, m, rng.randint(3, 8)), "en" if number % 5 == 4 else "km"))
        if m == 3:
            plans.append(_Plan("general_assembly", date(y, m, rng.randint(14, 21)), "km"))
    y, m = months[4]
    plans.append(_Plan("regular", date(y, m, rng.randint(18, 26)), "km"))
    y, m = months[9]
    plans.append(_Plan("regular", date(y, m, rng.randint(18, 26)), "en"))
    y, m = months[6]
    plans.append(_Plan("networking", date(y, m, rng.randint(12, 16)), "en"))
    return sorted(plans, key=lambda p: p.day)


def _month_km(day: date) -> str:
    names = ("មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា", "កក្កដា", "សីហា", "កញ្ញា", "តុលា",
             "វិច្ឆិកា", "ធ្នូ")
    return f"{names[day.month - 1]} {day.year}"


def _title(plan: _Plan) -> str:
    day = plan.day
    if plan.language == "km":
        return {
            "committee": f"កិច្ចប្រជុំគណៈកម្មាធិការប្រចាំខែ {_month_km(day)}",
            "general_assembly": f"មហាសន្និបាតប្រចាំឆ្នាំ {day.year}",
            "regular": f"កិច្ចប្រជុំសមាជិកប្រចាំត្រីមាស {_month_km(day)}",
            "networking": f"វេទិកាបណ្ដាញសហគមន៍នេសាទ {day.year}",
        }[plan.kind]
    return {
        "committee": f"Committee meeting, {day:%B %Y}",
        "general_assembly": f"Annual general assembly {day.year}",
        "regular": f"Quarterly member meeting, {day:%B %Y}",
        "networking": f"Kratie community fisheries networking forum {day.year}",
    }[plan.kind]


def _finance(rng: random.Random, language: str) -> str:
    received = rng.randrange(600, 2400) * 1000
    fees = rng.randrange(20, 80)
    spent = rng.randrange(200, received // 1000) * 1000
    if language == "km":
        return (f"ហេរញ្ញិកបានបង្ហាញ **របាយការណ៍ចំណូលចំណាយ** ប្រចាំខែ។\n\n"
                f"- ចំណូលសរុប៖ **{received:,} រៀល**\n"
                f"  - ភាគទានសមាជិក {fees} នាក់\n"
                f"  - ការលក់ត្រីពីស្រះសហគមន៍\n"
                f"- ចំណាយសរុប៖ {spent:,} រៀល\n"
                f"  - ប្រេងសាំងសម្រាប់ការល្បាត\n\n"
                f"ការងារបន្ត៖\n\n"
                f"1. ពិនិត្យរបាយការណ៍ធនាគារ\n"
                f"2. រាប់សាច់ប្រាក់ក្នុងទូដោយមនុស្សពីរនាក់\n")
    return (f"The treasurer presented the **income and expenditure** of the month.\n\n"
            f"- Received: **{received:,} riel**\n"
            f"  - membership fees from {fees} members\n"
            f"  - fish sold from the community pond\n"
            f"- Spent: {spent:,} riel\n"
            f"  - fuel for the patrols\n\n"
            f"Next steps:\n\n"
            f"1. Check the bank statement\n"
            f"2. Count the cash box, two people together\n")


def _patrols(rng: random.Random, language: str) -> str:
    trips, nets = rng.randint(6, 14), rng.randint(1, 9)
    if language == "km":
        return (f"ក្រុមល្បាតបានចុះល្បាតដែនទឹក **{trips} ដង** ក្នុងខែនេះ។\n\n"
                f"- រកឃើញឧបករណ៍នេសាទខុសច្បាប់៖\n"
                f"  - មងរំលោភ {nets} ខ្សែ\n"
                f"  - ឧបករណ៍ឆក់ត្រី 1 គ្រឿង\n"
                f"- បានរាយការណ៍ទៅ **រដ្ឋបាលជលផល**\n")
    return (f"The patrol team went out **{trips} times** this month.\n\n"
            f"- Illegal gear found:\n"
            f"  - {nets} oversized nets\n"
            f"  - 1 electric fishing device\n"
            f"- Reported to the **Fisheries Administration**\n")


AGENDA_KM = (
    ("ការអនុម័តកំណត់ហេតុប្រជុំលើកមុន", "secretary", None),
    ("របាយការណ៍ហិរញ្ញវត្ថុប្រចាំខែ", "treasurer", _finance),
    ("ការល្បាតដែនទឹកនិងតំបន់អភិរក្ស", "vice_chair", _patrols),
)
AGENDA_EN = (
    ("Approval of the minutes of the last meeting", "secretary", None),
    ("Financial report of the month", "treasurer", _finance),
    ("Patrols of the fishing area and the conservation zone", "vice_chair", _patrols),
)
DECISIONS_KM = (
    "យល់ព្រមទិញម៉ាស៊ីនទូកល្បាតថ្មីមួយគ្រឿង",
    "បង្កើនការល្បាតដល់ 3 ដងក្នុងមួយសប្តាហ៍ក្នុងរដូវពងកូន",
    "អនុម័តរបាយការណ៍ហិរញ្ញវត្ថុប្រចាំខែ",
    "ជួសជុលស្លាកសញ្ញាព្រំដែនតំបន់អភិរក្ស",
)
DECISIONS_EN = (
    "Buy a new engine for the patrol boat",
    "Patrol three times a week during the spawning season",
    "Approve the financial report of the month",
    "Repair the boundary signs of the conservation zone",
)
ACTIONS_KM = (
    "ស្នើសុំតម្លៃម៉ាស៊ីនទូកពីហាងបី",
    "ជួសជុលស្លាកសញ្ញាព្រំដែនតំបន់អភិរក្ស",
    "ប្រមូលភាគទានសមាជិកភូមិអូរឫស្សី",
    "រៀបចំរបាយការណ៍ប្រចាំឆ្នាំផ្ញើទៅរដ្ឋបាលជលផល",
    "ជូនដំណឹងសមាជិកអំពីកិច្ចប្រជុំលើកក្រោយ",
    "ទិញប្រេងសាំងសម្រាប់ការល្បាត",
)
ACTIONS_EN = (
    "Ask three shops for the price of a boat engine",
    "Repair the boundary signs of the conservation zone",
    "Collect the membership fees in Ou Russei",
    "Prepare the yearly report for the Fisheries Administration",
    "Tell the members about the next meeting",
    "Buy fuel for the patrols",
)


def _texts(language: str) -> dict[str, str]:
    if language == "km":
        return {
            "objectives": "ពិនិត្យលទ្ធផលការងារប្រចាំខែ\nពិភាក្សាផែនការខែក្រោយ\nតាមដានការងារដែលបានសម្រេចលើកមុន",
            "conclusion": "**កិច្ចប្រជុំបានសម្រេចលទ្ធផលល្អ។** គណៈកម្មាធិការនឹង៖\n\n"
                          "- អនុវត្តការសម្រេចចិត្តខាងលើ\n- រាយការណ៍វឌ្ឍនភាពនៅកិច្ចប្រជុំលើកក្រោយ\n",
            "closing": "សូមអរគុណដល់សមាជិកទាំងអស់ដែលបានចូលរួម និងបានផ្ដល់យោបល់ល្អៗ។",
        }
    return {
        "objectives": "Review the month's work\nDiscuss the plan for next month\nFollow up the actions of the "
                      "last meeting",
        "conclusion": "**The meeting reached its objectives.** The committee will:\n\n"
                      "- carry out the decisions above\n- report on progress at the next meeting\n",
        "closing": "Thank you to everyone who came and shared their ideas.",
    }


GUESTS_NETWORK = (
    ("Community fisheries of Kratie and Stung Treng", 9, 14),
    ("Local NGOs", 3, 4),
    ("Fisheries Administration cantonment", 1, 3),
    ("Commune councils", 2, 3),
    ("The CBO network (CCC)", 1, 1),
)
GUESTS_ASSEMBLY = (
    ("ក្រុមប្រឹក្សាឃុំកោះត្រង់", 1, 1),
    ("រដ្ឋបាលជលផល", 0, 2),
)


def _attendance(rng: random.Random, people: Sequence[Person], plan: _Plan,
                committee: dict[str, list[Person]]) -> tuple[dmt.AttendanceDraft, ...]:
    if plan.kind in ("committee", "networking"):
        invited = [p for position in POSITIONS_ORDER for p in committee.get(position, [])]
        odds = (0.85, 0.1)
    else:
        invited = [p for p in people if p.member_id is not None and p.is_member_on(plan.day)]
        odds = (0.72, 0.1) if plan.kind == "general_assembly" else (0.55, 0.12)
    lines = []
    seen: set[int] = set()
    for person in invited:
        if person.member_id is None or person.member_id in seen:
            continue
        seen.add(person.member_id)
        roll = rng.random()
        presence = "present" if roll < odds[0] else "excused" if roll < odds[0] + odds[1] else "absent"
        lines.append(dmt.AttendanceDraft(person.member_id, presence))
    return tuple(lines)


def _draft(rng: random.Random, people: Sequence[Person], plan: _Plan, until: date) -> dmt.MeetingDraft:
    km = plan.language == "km"
    committee = _committee_on(people, plan.day)
    names = {position: _name(_first(committee, position), plan.language) for position in POSITIONS_ORDER}
    attendance = _attendance(rng, people, plan, committee)
    present = sum(1 for a in attendance if a.presence == "present")
    texts = _texts(plan.language)
    agenda_source = AGENDA_KM if km else AGENDA_EN
    agenda = []
    for title, presenter, writer in agenda_source:
        result = writer(rng, plan.language) if writer is not None else (
            "កំណត់ហេតុត្រូវបាន **អនុម័ត** ដោយគ្មានការកែប្រែ។" if km else
            "The minutes were **approved** without changes.")
        agenda.append(dmt.AgendaItemDraft(title, names.get(presenter, ""), result))
    decisions_source = DECISIONS_KM if km else DECISIONS_EN
    decisions = []
    for text in rng.sample(decisions_source, rng.randint(1, 2)):
        if rng.random() < 0.3:
            decisions.append(dmt.DecisionDraft(text))  # by consensus
        else:
            against = rng.randint(0, max(0, present // 5))
            abstain = rng.randint(0, 1)
            decisions.append(dmt.DecisionDraft(text, max(0, present - against - abstain), against, abstain))
    actions_source = ACTIONS_KM if km else ACTIONS_EN
    committee_people = [p for position in POSITIONS_ORDER for p in committee.get(position, [])]
    actions = []
    for what in rng.sample(actions_source, rng.randint(1, 3)):
        who = rng.choice(committee_people) if committee_people else None
        actions.append(dmt.ActionItemDraft(what, _name(who, plan.language), who.member_id if who else None,
                                           plan.day + timedelta(days=rng.randint(10, 35))))
    guests: tuple[dmt.GuestsDraft, ...] = ()
    groups: tuple[dmt.GroupWorkDraft, ...] = ()
    if plan.kind == "networking":
        guests = tuple(dmt.GuestsDraft(category, f, m, f + m + rng.randint(0, 1))
                       for category, f, m in GUESTS_NETWORK)
        groups = (
            dmt.GroupWorkDraft("Group 1: patrols", "How do CBOs pay for their patrols?",
                               "- **Membership fees** and fish sales\n- Small grants from NGOs\n"
                               "  - fuel only\n  - never salaries\n"),
            dmt.GroupWorkDraft("Group 2: the commune", "How to get the patrols into the commune investment plan?",
                               "1. Meet the commune council in **August**\n2. Bring the patrol records\n"
                               "3. Ask for fuel and a boat\n"),
        )
    elif plan.kind == "general_assembly":
        guests = tuple(dmt.GuestsDraft(category, f, m, f + m) for category, f, m in GUESTS_ASSEMBLY)
        groups = (
            dmt.GroupWorkDraft("ក្រុមទី 1", "តើសហគមន៍គួរធ្វើអ្វីខ្លះនៅឆ្នាំក្រោយ?",
                               "- ពង្រឹងការល្បាត\n  - ពេលយប់\n  - រដូវពងកូន\n- បង្កើនភាគទានសមាជិក\n"),
        )
    return dmt.MeetingDraft(
        kind=plan.kind, title=_title(plan), date=plan.day, start_time="08:00",
        end_time="11:30" if plan.kind == "committee" else "16:00",
        place=(PLACES_KM if km else PLACES_EN)[0 if plan.kind == "committee" else 1 + (plan.kind == "networking")],
        facilitator=names["chair"], mc=names["vice_chair"], minutes_taker=names["secretary"],
        chair=names["chair"], objectives=texts["objectives"], conclusion=texts["conclusion"],
        closing_remark=texts["closing"], closing_by=names["chair"], language=plan.language,
        attendance=attendance, guests=guests, agenda=tuple(agenda), groups=groups, decisions=tuple(decisions),
        actions=tuple(actions))


def write_meetings(cbo: Cbo, secretary: Actor, chair: Actor, people: Sequence[Person], *, seed: int,
                   until: date) -> DemoMeetings:
    """Write the year of meetings ending with the month of *until* (and one planned after it)."""
    rng = random.Random(f"meetings/{seed}")
    mt.set_meeting_settings(cbo, chair, QUORUM, COMMITTEE_EVERY)
    plans = [p for p in _schedule(rng, until) if p.day <= until]
    pending: list[dmt.MeetingView] = []  # minutes waiting for approval
    written: list[dmt.MeetingView] = []
    approved = 0
    for plan in plans:
        view = mt.create_meeting(cbo, secretary, _draft(rng, people, plan, until), today=until)
        written.append(view)
        if plan.kind == "networking":
            concept = (b"Concept note\n\nKratie community fisheries networking forum\n"
                       b"Objectives: share patrol experience; plan requests to the commune councils.\n")
            mt.add_annex(cbo, secretary, view.id, "Concept note", "concept-note.txt", concept, "text/plain")
        if plan.kind != "committee":
            pending.append(view)
            continue
        # The committee reviews the open actions of its earlier meetings...
        for action in mt.actions_for_review(cbo, secretary, view.id):
            roll = rng.random()
            if roll < 0.6:
                span = max(1, (plan.day - action.meeting_date).days)
                done = action.meeting_date + timedelta(days=rng.randint(1, span))
                mt.update_action(cbo, secretary, action.id, "done", done_on=done, reviewed_at=view.id, today=until)
            elif roll < 0.7:
                note = "លែងត្រូវការ" if plan.language == "km" else "No longer needed"
                mt.update_action(cbo, secretary, action.id, "dropped", note=note, reviewed_at=view.id, today=until)
            else:
                mt.update_action(cbo, secretary, action.id, "open", reviewed_at=view.id, today=until)
        # ...and approves the minutes written since it last met.
        for earlier in pending:
            approved_view = mt.approve_minutes(cbo, chair, earlier.id, approved_on=plan.day, approved_at=view.id,
                                               row_version=earlier.row_version, today=until)
            approved += 1
            if earlier.date < until - timedelta(days=210):
                mt.lock_minutes(cbo, chair, earlier.id, row_version=approved_view.row_version)
        pending = [view]
    # A correction to approved minutes.
    amended = next((v for v in written if v.kind == "general_assembly"), None)
    if amended is not None and mt.get_meeting(cbo, secretary, amended.id).status != "draft":
        mt.add_amendment(cbo, secretary, amended.id,
                         "ចំនួនសមាជិកដែលបានចូលរួមត្រូវកែតម្រូវ៖ សមាជិក 2 នាក់បានមកដល់ក្រោយពេលរាប់។",
                         made_on=min(until, amended.date + timedelta(days=40)), today=until)
    # The next committee meeting, planned: its agenda only.
    following = until + timedelta(days=rng.randint(5, 9))
    committee = _committee_on(people, following)
    mt.create_meeting(cbo, secretary, dmt.MeetingDraft(
        kind="committee", title=_title(_Plan("committee", following, "km")), date=following, start_time="08:00",
        end_time="11:30", place=PLACES_KM[0], facilitator=_name(_first(committee, "chair"), "km"),
        minutes_taker=_name(_first(committee, "secretary"), "km"), language="km",
        agenda=tuple(dmt.AgendaItemDraft(title, _name(_first(committee, presenter), "km"))
                     for title, presenter, _writer in AGENDA_KM)), today=until)
    rows = mt.list_meetings(cbo, secretary)
    return DemoMeetings(
        meetings=len(rows), approved=approved, locked=sum(1 for r in rows if r.status == "locked"),
        drafts=sum(1 for r in rows if r.status == "draft"),
        actions=sum(len(v.actions) for v in written), open_actions=sum(r.open_actions for r in rows))
