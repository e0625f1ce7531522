"""The committee's approval of payments above the financial policy's limit.

The financial policy (guideline Annex 3) names amounts above which the
committee must approve a payment, and says a signatory is never the payee. A
payment recorded above the limit is marked ``needs_approval`` in the book (and
in its hash); a committee member who neither entered it nor received it then
approves or rejects it, once. The book stays append-only: a rejected payment is
corrected by the treasurer with a reversal, and until then it is listed by
:func:`rejected_unreversed`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import peewee as pw

from cbodesk.domain.errors import InvalidInput, Problem, UserError
from cbodesk.domain.money import Currency, Money
from cbodesk.domain.roles import Actor
from cbodesk.i18n import N_
from cbodesk.services import cashbook
from cbodesk.services.audit import record_change
from cbodesk.services.rows import now as _now
from cbodesk.storage.database import Cbo
from cbodesk.storage.models import Account, Approval, Entry

DECISIONS = {
    "approved": N_("cashbook", "Approved"),
    "rejected": N_("cashbook", "Rejected"),
}


@dataclass(frozen=True)
class PaymentView:
    """A payment as the committee sees it when deciding."""

    id: int
    number: str
    date: date
    account_id: int
    account_name: str
    amount: Money  # positive: the money paid out
    party: str  # the payee
    description: str
    entered_by: str


@dataclass(frozen=True)
class Decision:
    entry_id: int
    decision: str  # approved | rejected
    decided_by: str
    decided_at: datetime
    note: str


@dataclass(frozen=True)
class RejectedPayment:
    payment: PaymentView
    decision: Decision


def same_person(a: str, b: str) -> bool:
    """Whether two names as typed name one person: case and spacing do not count."""
    a, b = " ".join(a.split()).casefold(), " ".join(b.split()).casefold()
    return bool(a) and a == b


def conflicts(actor: Actor, payment: PaymentView) -> list[Problem]:
    """Why *actor* may not decide on *payment* (the four-eyes rule); empty if they may."""
    found: list[Problem] = []
    if same_person(actor.full_name, payment.entered_by):
        found.append(Problem("entry", N_(
            "errors", "You entered this payment yourself: another committee member must decide on it.")))
    if same_person(actor.full_name, payment.party):
        found.append(Problem("entry", N_(
            "errors", "This payment was made to you: another committee member must decide on it.")))
    return found


# --- reading (models bound) --------------------------------------------------------


def _payments_query() -> pw.ModelSelect[Entry]:
    return (Entry.select(Entry, Account.name, Account.currency).join(Account)
            .where((Entry.kind == "payment") & Entry.needs_approval))


def _not_reversed() -> pw.Expression:
    reversed_ids = Entry.select(Entry.reverses).where(Entry.reverses.is_null(False))
    return Entry.id.not_in(reversed_ids)


def _payment_view(row: Entry) -> PaymentView:
    currency = Currency[row.account.currency]
    return PaymentView(id=row.id, number=row.number, date=row.date, account_id=row.account_id,
                       account_name=row.account.name, amount=-Money.from_minor(int(row.amount_minor), currency),
                       party=row.party, description=row.description, entered_by=row.entered_by)


def _entry_id(row: Approval) -> int:
    """The payment an approval is about, without loading it (the raw foreign key)."""
    return int(row.__data__["entry"])


def _decision(row: Approval) -> Decision:
    return Decision(_entry_id(row), row.decision, row.decided_by, row.decided_at, row.note)


# --- the service -----------------------------------------------------------------


def approval_limits(cbo: Cbo) -> dict[Currency, Money]:
    """Payments above these amounts need the committee's approval."""
    return {currency: cashbook.approval_limit(cbo, currency) for currency in Currency}


def pending_payments(cbo: Cbo) -> list[PaymentView]:
    """Payments above the limit that nobody decided on yet and that were not reversed, oldest first."""
    with cbo.reading():
        query = (_payments_query()
                 .switch(Entry).join(Approval, pw.JOIN.LEFT_OUTER, on=(Approval.entry == Entry.id))
                 .where(Approval.id.is_null() & _not_reversed())
                 .order_by(Entry.date, Entry.id))
        return [_payment_view(row) for row in query]


def rejected_unreversed(cbo: Cbo) -> list[RejectedPayment]:
    """Rejected payments the treasurer has not reversed yet: they are still in the book."""
    with cbo.reading():
        query = (_payments_query()
                 .switch(Entry).join(Approval, on=(Approval.entry == Entry.id))
                 .where((Approval.decision == "rejected") & _not_reversed())
                 .order_by(Entry.date, Entry.id))
        rows = list(query)
        decisions = {_entry_id(a): _decision(a)
                     for a in Approval.select().where(Approval.entry.in_([r.id for r in rows]))}
        return [RejectedPayment(_payment_view(row), decisions[row.id]) for row in rows]


def decision_of(cbo: Cbo, entry_id: int) -> Decision | None:
    """The committee's decision on a payment, if any."""
    with cbo.reading():
        row = Approval.get_or_none(Approval.entry == entry_id)
        return _decision(row) if row is not None else None


def decide(cbo: Cbo, actor: Actor, entry_id: int, decision: str, note: str = "") -> Decision:
    """Approve or reject a payment above the limit: once, by someone who neither entered nor received it.

    The book is not changed: a rejected payment is for the treasurer to reverse.
    """
    actor.require("cashbook.approve")
    note = note.strip()
    with cbo.atomic(exclusive=True):
        row = _payments_query().switch(Entry).where(Entry.id == entry_id).first()
        if row is None:
            if Entry.get_or_none((Entry.id == entry_id) & (Entry.kind == "payment")) is not None:
                raise UserError(N_("errors", "This payment is within the limit of the financial policy: "
                                             "it needs no approval."))
            raise UserError(N_("errors", "This payment does not exist."))
        payment = _payment_view(row)
        problems: list[Problem] = []
        if decision not in DECISIONS:
            problems.append(Problem("decision", N_("errors", "Choose to approve or to reject the payment.")))
        earlier = Approval.get_or_none(Approval.entry == entry_id)
        if earlier is not None:
            problems.append(Problem("entry", N_("errors", "{who} has decided on this payment already."),
                                    {"who": earlier.decided_by}))
        if Entry.select().where(Entry.reverses == entry_id).exists():
            problems.append(Problem("entry", N_(
                "errors", "This payment was reversed: there is nothing left to decide.")))
        problems += conflicts(actor, payment)
        if decision == "rejected" and not note:
            problems.append(Problem("note", N_(
                "errors", "Write why the payment is rejected, so the treasurer knows what to correct.")))
        if problems:
            raise InvalidInput(problems)
        approval = Approval.create(entry=entry_id, decision=decision, decided_by=actor.full_name,
                                   decided_at=_now(), note=note)
        record_change(actor, "payment.approve" if decision == "approved" else "payment.reject", "cashbook",
                      payment.number, None,
                      {"decision": decision, "note": note, "amount": str(payment.amount),
                       "payee": payment.party})
        return _decision(approval)


def set_policy(cbo: Cbo, actor: Actor, limits: dict[Currency, Money]) -> None:
    """Set the approval limits of the financial policy, every currency in one action."""
    actor.require("cashbook.policy")
    problems: list[Problem] = []
    for currency, limit in limits.items():
        if limit.currency is not currency:
            problems.append(Problem(f"limit_{currency.code}", N_("errors", "Type the limit in {currency}."),
                                    {"currency": currency.code}))
        elif limit.amount < 0:
            problems.append(Problem(f"limit_{currency.code}", N_("errors", "The limit cannot be less than zero.")))
    if problems:
        raise InvalidInput(problems)
    with cbo.atomic():
        for limit in limits.values():
            cashbook.set_approval_limit(cbo, actor, limit)
