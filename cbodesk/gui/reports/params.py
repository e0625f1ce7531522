"""What a report asks for before it is made: only the fields its kind needs.

The panel shows the chosen report's title and description, then the fields
its :class:`~cbodesk.reports.registry.ReportKind` ``needs`` (a period with
quick choices, a date, an account, a fund, a fiscal year, a closed month, an
entry, an exchange rate) and always the language and the Khmer-digits option.
:meth:`ReportParamsPanel.params` checks them all at once and marks every field
that is wrong, in plain words.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QLabel, QLayout, QLineEdit, QWidget

from cbodesk.domain.roles import Actor
from cbodesk.gui.cashbook.fields import (
    MUTED_COLOUR,
    PROBLEM_COLOUR,
    PROBLEM_STYLE,
    account_label,
    from_qdate,
    setup_date_edit,
    to_qdate,
)
from cbodesk.gui.forms.ui_reports_params import Ui_ReportParamsPanel
from cbodesk.gui.i18n import LANGUAGE_NAMES, Retranslating, tr_core
from cbodesk.gui.widgets import choose, fill_combo
from cbodesk.storage.database import Cbo

if TYPE_CHECKING:
    from cbodesk.domain.formatting import LocaleSettings
    from cbodesk.reports.registry import ReportKind, ReportParams

log = logging.getLogger(__name__)

PERIODS = ("this_month", "last_month", "this_quarter", "last_quarter", "this_year", "last_year", "custom")
RECENT_ENTRIES = 200  # receipts and payments offered for a voucher, newest first
VOUCHER_KINDS = ("receipt", "payment")


def _month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


def _month_first(index: int) -> date:
    return date(index // 12, index % 12 + 1, 1)


def period_dates(period: str, today: date, fiscal_start: int) -> tuple[date, date] | None:
    """First and last day of a quick choice; None for dates chosen by hand.

    Quarters are quarters of the fiscal year (a year starting in July has July
    to September as its first)."""
    if period in ("this_quarter", "last_quarter"):
        month = _month_index(today)
        first = month - (month - (fiscal_start - 1)) % 3
        if period == "last_quarter":
            first -= 3
        return _month_first(first), _month_first(first + 3) - timedelta(days=1)
    from cbodesk.gui.cashbook.page import period_dates as book_periods

    return book_periods(period, today, fiscal_start)


@dataclass(frozen=True)
class Choices:
    """What the fields offer, read from the CBO's book when the page shows."""

    accounts: list[tuple[int, str]]
    funds: list[tuple[int, str]]
    fiscal_start: int
    fiscal_years: list[int]  # newest first
    current_fiscal_year: int
    closings: list[tuple[int, str]]  # newest first
    entries: list[tuple[int, str, str, str]]  # id, number, kind, label; newest first
    rate: tuple[Decimal, date] | None


def read_choices(cbo: Cbo, locale: LocaleSettings) -> Choices:
    from cbodesk.domain.cashbook import fiscal_year_of
    from cbodesk.domain.formatting import format_date, format_money
    from cbodesk.services import budget, cashbook, cashbook_list, reporting

    accounts = cashbook.accounts(cbo)
    account_items = []
    for account in accounts:
        label = account_label(account)
        if account.closed_on is not None:
            label = QCoreApplication.translate("ReportParamsPanel", "%s (closed)") % label
        account_items.append((account.id, label))
    funds = [(f.id, f"{f.name} ({f.donor})" if f.donor else f.name) for f in cashbook.funds(cbo)]
    start = budget.fiscal_year_start_month(cbo)
    current = budget.current_fiscal_year(cbo)
    first = min((fiscal_year_of(a.opening_date, start) for a in accounts), default=current)
    years = list(range(current, min(first, current - 1) - 1, -1))
    from cbodesk.services.plans_reporting import plan_years

    # A plan may be made ahead, for next year, before any money of that year is in the book.
    years = sorted(set(years) | set(plan_years(cbo)), reverse=True)
    closings = reporting.closing_choices(cbo, locale.language)
    f = cashbook_list.EntryFilter()
    count = cashbook_list.count_entries(cbo, f)
    rows = cashbook_list.entry_rows(cbo, f, max(0, count - RECENT_ENTRIES), RECENT_ENTRIES)
    entries = [(r.id, r.number, r.kind,
                " · ".join(filter(None, [r.number, format_date(r.date, locale, "short"),
                                         format_money(abs(r.amount), locale), r.party])))
               for r in reversed(rows) if r.kind in VOUCHER_KINDS]
    return Choices(account_items, funds, start, years, current, closings, entries, reporting.latest_rate(cbo))


class ReportParamsPanel(Retranslating, QWidget):
    """The choices of one report, and its Show button."""

    show_requested = Signal()

    def __init__(self, cbo: Cbo, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cbo = cbo
        self.actor = actor
        self.ui = Ui_ReportParamsPanel()
        self.ui.setupUi(self)
        self.kind: ReportKind | None = None
        self.choices: Choices | None = None
        self.formats: LocaleSettings | None = None
        self._setting_dates = False
        self._period_set = False
        self._language_chosen: str | None = None  # what the person chose by hand, kept across reports
        self._rate_text = ""  # the latest rate as prefilled; a typed rate has no known date
        self.members: list[tuple[int, str]] | None = None  # read when a report asks for a member
        self.meetings: list[tuple[int, str]] | None = None  # read when a report asks for a meeting
        ui = self.ui
        # The meeting (the minutes, an attendance list) and the kind of meetings (participation):
        # rows added to the form's layout here, above the language.
        self.meetingCombo = QComboBox(self)
        self.meetingCombo.setObjectName("meetingCombo")
        self.meetingKindCombo = QComboBox(self)
        self.meetingKindCombo.setObjectName("meetingKindCombo")
        self.meetingLabel = QLabel(self)
        self.meetingLabel.setBuddy(self.meetingCombo)
        self.meetingKindLabel = QLabel(self)
        self.meetingKindLabel.setBuddy(self.meetingKindCombo)
        # PySide6's stubs say getWidgetPosition returns object: it is (row, role).
        language_row: int = ui.formLayout.getWidgetPosition(ui.languageCombo)[0]  # type: ignore[index]
        ui.formLayout.insertRow(language_row, self.meetingKindLabel, self.meetingKindCombo)
        ui.formLayout.insertRow(language_row, self.meetingLabel, self.meetingCombo)
        # The activity (the M&E form, the indicators …): a row under the fiscal year, added here.
        self.activityCombo = QComboBox(self)
        self.activityCombo.setObjectName("activityCombo")
        self.activityLabel = QLabel(self)
        self.activityLabel.setBuddy(self.activityCombo)
        year_row: int = ui.formLayout.getWidgetPosition(ui.yearCombo)[0]  # type: ignore[index]
        ui.formLayout.insertRow(year_row + 1, self.activityLabel, self.activityCombo)
        self._name_activity_row()
        ui.yearCombo.currentIndexChanged.connect(self._fill_activities)
        title_font = ui.chosenTitleLabel.font()
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        ui.chosenTitleLabel.setFont(title_font)
        ui.problemsLabel.setStyleSheet(f"color: {PROBLEM_COLOUR}; font-weight: bold;")
        ui.problemsLabel.setVisible(False)
        ui.rateNoteLabel.setStyleSheet(f"color: {MUTED_COLOUR};")
        show_font = ui.showButton.font()
        show_font.setBold(True)
        show_font.setPointSizeF(show_font.pointSizeF() * 1.15)
        ui.showButton.setFont(show_font)
        ui.showButton.setMinimumHeight(int(ui.showButton.fontMetrics().height() * 2.2))
        ui.showButton.setMinimumWidth(ui.showButton.fontMetrics().horizontalAdvance("M") * 12)
        today = date.today()
        for edit in (ui.fromDate, ui.toDate, ui.onDate):
            setup_date_edit(edit, today)
        ui.periodCombo.currentIndexChanged.connect(self._period_chosen)
        ui.fromDate.dateChanged.connect(self._dates_edited)
        ui.toDate.dateChanged.connect(self._dates_edited)
        ui.languageCombo.activated.connect(self._language_activated)
        ui.languageCombo.currentIndexChanged.connect(self._language_changed)
        ui.showButton.clicked.connect(self.show_requested)
        ui.rateEdit.returnPressed.connect(self.show_requested)
        self._entry_edit().returnPressed.connect(self.show_requested)
        self._marked: list[QWidget] = []
        self._fill_fixed()
        self._entry_edit().setPlaceholderText(self.tr("for example R-%d-0012") % today.year)
        self.set_kind(None)

    def _entry_edit(self) -> QLineEdit:
        edit = self.ui.entryCombo.lineEdit()
        assert edit is not None  # the form makes the combo editable
        return edit

    # -- choices -----------------------------------------------------------------------

    def load(self, locale: LocaleSettings) -> None:
        """Read what the fields offer (accounts, funds, years, closed months, entries, rate)."""
        self.formats = locale
        self.choices = read_choices(self.cbo, locale)
        self.members = None
        self.meetings = None
        self._fill_choices()
        if self.kind is not None and "member_opt" in self.kind.needs:
            self._fill_members()
        if self.kind is not None and "meeting" in self.kind.needs:
            self._fill_meetings()
        self._fill_activities()
        if self.ui.periodCombo.currentData() != "custom":
            self._set_period_dates()

    def _fill_fixed(self) -> None:
        labels = {
            "this_month": self.tr("This month"),
            "last_month": self.tr("Last month"),
            "this_quarter": self.tr("This quarter"),
            "last_quarter": self.tr("Last quarter"),
            "this_year": self.tr("This fiscal year"),
            "last_year": self.tr("Last fiscal year"),
            "custom": self.tr("Dates chosen below"),
        }
        self.ui.periodCombo.blockSignals(True)
        fill_combo(self.ui.periodCombo, [(code, labels[code]) for code in PERIODS])
        if self.ui.periodCombo.currentData() == PERIODS[0] and not self._period_set:
            choose(self.ui.periodCombo, "last_month")  # a committee reports on the month just ended
            self._period_set = True
        self.ui.periodCombo.blockSignals(False)
        fill_combo(self.ui.languageCombo, [("en", "English"), ("km", LANGUAGE_NAMES["km"].split(" ")[0])])
        from cbodesk.domain.meetings import CONTEXT as MEETINGS
        from cbodesk.domain.meetings import KINDS

        self.meetingLabel.setText(self.tr("&Meeting:"))
        self.meetingKindLabel.setText(self.tr("&Kind of meeting:"))
        fill_combo(self.meetingKindCombo, [(None, self.tr("Every kind of meeting")),
                                           *((code, tr_core(MEETINGS, label)) for code, label in KINDS.items())])

    def _fill_choices(self) -> None:
        choices, ui, kind = self.choices, self.ui, self.kind
        if choices is None:
            return
        needs = kind.needs if kind is not None else frozenset()
        accounts: list[tuple[object, str]] = list(choices.accounts)
        if "account_opt" in needs:
            accounts.insert(0, (None, self.tr("All accounts")))
        fill_combo(ui.accountCombo, accounts)
        funds: list[tuple[object, str]] = list(choices.funds)
        if "fund" not in needs:
            funds.insert(0, (None, self.tr("All funds")))
        fill_combo(ui.fundCombo, funds)
        had_year = ui.yearCombo.count() > 0
        fill_combo(ui.yearCombo, [(year, self._year_label(year)) for year in choices.fiscal_years])
        if not had_year:
            choose(ui.yearCombo, choices.current_fiscal_year)
        fill_combo(ui.closingCombo, list(choices.closings))
        typed = ui.entryCombo.currentText()
        fill_combo(ui.entryCombo, [(entry_id, label) for entry_id, _n, _k, label in choices.entries])
        if typed and ui.entryCombo.findText(typed) < 0:  # a number typed by hand stays
            ui.entryCombo.setEditText(typed)
        self._prefill_rate()

    def _fill_members(self) -> None:
        """Members, read when a report first asks for one (hundreds of names; a completer
        finds one by any part of the name or its number)."""
        if self.members is None:
            from cbodesk.services import members

            rows = members.member_rows(self.cbo, self.actor, members.MemberFilter(), 0, 100_000)
            self.members = [(m.id, f"{m.number}. {m.name_km} – {m.name_latin}" if m.name_latin and m.name_km
                             else f"{m.number}. {m.name_km or m.name_latin}") for m in rows]
        combo = self.ui.memberCombo
        typed = combo.currentText() if combo.currentIndex() > 0 else ""
        fill_combo(combo, [(None, self.tr("All members with entries in the period")), *self.members])
        completer = combo.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        if typed:
            combo.setEditText(typed)

    def _fill_meetings(self) -> None:
        """The meetings, newest first ("14 Mar 2026 — Committee meeting"), read when a report
        first asks for one."""
        if self.meetings is None:
            from cbodesk.domain.formatting import LocaleSettings, format_date
            from cbodesk.services.meetings_reporting import meeting_choices

            formats = self.formats or LocaleSettings()
            self.meetings = [(m.id, f"{format_date(m.date, formats, 'medium')} — {m.title}")
                             for m in meeting_choices(self.cbo)]
        chosen = self.meetingCombo.currentData()
        fill_combo(self.meetingCombo, list(self.meetings))
        if chosen is not None:
            choose(self.meetingCombo, chosen)

    def choose_meeting(self, meeting_id: int) -> None:
        """Preselect *meeting_id* (the meetings page prints the minutes of the meeting it shows)."""
        self._fill_meetings()
        choose(self.meetingCombo, meeting_id)

    def _name_activity_row(self) -> None:
        self.activityLabel.setText(self.tr("Acti&vity:"))

    def _fill_activities(self) -> None:
        """The activities of the chosen year's plan ("1.1 — General assembly") after "All
        activities", when the report asks for one."""
        if self.kind is None or "activity_opt" not in self.kind.needs:
            return
        from cbodesk.services.plans_reporting import activity_choices

        year = self.ui.yearCombo.currentData()
        items: list[tuple[object, str]] = [(None, self.tr("All activities"))]
        if year is not None:
            items += [(a.id, a.label) for a in activity_choices(self.cbo, year)]
        fill_combo(self.activityCombo, items)

    def _year_label(self, year: int) -> str:
        assert self.choices is not None and self.formats is not None
        start = self.choices.fiscal_start
        if start == 1:
            return str(year)
        from cbodesk.domain.formatting import format_month

        last = _month_first(year * 12 + start - 1 + 11)
        return f"{format_month(year, start, self.formats)} – {format_month(last.year, last.month, self.formats)}"

    def _prefill_rate(self) -> None:
        ui, choices = self.ui, self.choices
        if choices is None or choices.rate is None or self.formats is None:
            ui.rateNoteLabel.setText(self.tr("No exchange has been recorded yet: type the rate, or leave it empty."))
            return
        from cbodesk.domain.formatting import format_date, format_number

        rate, day = choices.rate
        text = format_number(rate, self.formats)
        if not ui.rateEdit.text().strip() or ui.rateEdit.text() == self._rate_text:
            ui.rateEdit.setText(text)
        self._rate_text = text
        ui.rateNoteLabel.setText(self.tr("The rate of the last exchange, on %s. Leave it empty to keep riel "
                                         "and dollars apart.") % format_date(day, self.formats, "medium"))

    # -- the chosen report -------------------------------------------------------------

    def set_kind(self, kind: ReportKind | None) -> None:
        """Show the fields *kind* needs (nothing but a hint when None)."""
        self.kind = kind
        ui, form = self.ui, self.ui.formLayout
        needs = kind.needs if kind is not None else frozenset()
        rows: list[tuple[QWidget | QLayout, bool]] = [
            (ui.periodCombo, "period" in needs),
            (ui.datesLayout, "period" in needs),
            (ui.onDate, "on" in needs),
            (ui.accountCombo, bool(needs & {"account", "account_opt"})),
            (ui.fundCombo, bool(needs & {"fund", "fund_opt"})),
            (ui.yearCombo, "fiscal_year" in needs),
            (self.activityCombo, "activity_opt" in needs),
            (ui.closingCombo, "closing" in needs),
            (ui.entryCombo, "entry" in needs),
            (ui.memberCombo, "member_opt" in needs),
            (self.meetingCombo, "meeting" in needs),
            (self.meetingKindCombo, "meeting_kind_opt" in needs),
            (ui.rateLayout, "rate" in needs),
            # The minutes and the attendance list are printed in the language of the minutes.
            (ui.languageCombo, kind is not None and "meeting" not in needs),
            (ui.khmerDigitsCheck, kind is not None),
        ]
        for field, visible in rows:
            if isinstance(field, QWidget):
                form.setRowVisible(field, visible)
            else:
                form.setRowVisible(field, visible)
        ui.showButton.setVisible(kind is not None)
        self._mark([])
        if kind is None:
            ui.chosenTitleLabel.setVisible(False)
            return
        ui.chosenTitleLabel.setVisible(True)
        self._fill_choices()
        if "member_opt" in needs:
            self._fill_members()
        if "meeting" in needs:
            self._fill_meetings()
        self._fill_activities()
        language = kind.default_language or self._language_chosen or self._app_language()
        choose(ui.languageCombo, language)
        self._show_kind_texts()

    def _show_kind_texts(self) -> None:
        if self.kind is None:
            self.ui.chosenDescriptionLabel.setText(self.tr("Choose a report in the list."))
            return
        self.ui.chosenTitleLabel.setText(tr_core("reports", self.kind.title))
        self.ui.chosenDescriptionLabel.setText(tr_core("reports", self.kind.description))

    def _app_language(self) -> str:
        return self.formats.language if self.formats is not None else "en"

    def _language_activated(self) -> None:
        self._language_chosen = self.ui.languageCombo.currentData()

    def _language_changed(self) -> None:
        km = self.ui.languageCombo.currentData() == "km"
        check = self.ui.khmerDigitsCheck
        check.setChecked(km and self.formats is not None and self.formats.khmer_digits)

    # -- the period -------------------------------------------------------------------

    def _period_chosen(self) -> None:
        self._set_period_dates()

    def _set_period_dates(self) -> None:
        fiscal_start = self.choices.fiscal_start if self.choices is not None else 1
        dates = period_dates(self.ui.periodCombo.currentData(), date.today(), fiscal_start)
        if dates is None:
            return
        self._setting_dates = True
        self.ui.fromDate.setDate(to_qdate(dates[0]))
        self.ui.toDate.setDate(to_qdate(dates[1]))
        self._setting_dates = False

    def _dates_edited(self) -> None:
        if not self._setting_dates:
            self.ui.periodCombo.blockSignals(True)
            choose(self.ui.periodCombo, "custom")
            self.ui.periodCombo.blockSignals(False)

    def choose_period(self, code: str) -> None:
        choose(self.ui.periodCombo, code)

    # -- reading and checking ------------------------------------------------------------

    def params(self) -> ReportParams | None:
        """The choices made, or None after marking every field that is wrong."""
        from cbodesk.reports.registry import ReportParams

        kind, ui = self.kind, self.ui
        if kind is None:
            return None
        needs = kind.needs
        problems: list[tuple[QWidget | None, str]] = []
        language = ui.languageCombo.currentData() or "en"
        values: dict[str, object] = {"language": language, "khmer_digits": ui.khmerDigitsCheck.isChecked()}
        if "period" in needs:
            first, last = from_qdate(ui.fromDate.date()), from_qdate(ui.toDate.date())
            if last < first:
                problems.append((ui.fromDate, self.tr("The period ends before it starts: check the two dates.")))
                problems.append((ui.toDate, ""))
            values.update(date_from=first, date_to=last)
        if "on" in needs:
            values["on"] = from_qdate(ui.onDate.date())
        if needs & {"account", "account_opt"}:
            account = ui.accountCombo.currentData()
            if account is None and "account" in needs:
                problems.append((ui.accountCombo, self.tr(
                    "This report needs an account, and there is none yet. Add one in the cash book "
                    "(More → Accounts).")))
            values["account_id"] = account
        if needs & {"fund", "fund_opt"}:
            fund = ui.fundCombo.currentData()
            if fund is None and "fund" in needs:
                problems.append((ui.fundCombo, self.tr(
                    "This report needs a fund, and there is none yet. Add one in the cash book (More → Funds).")))
            values["fund_id"] = fund
        if "fiscal_year" in needs:
            values["fiscal_year"] = ui.yearCombo.currentData()
        if "closing" in needs:
            closing = ui.closingCombo.currentData()
            if closing is None:
                problems.append((ui.closingCombo, self.tr(
                    "No month has been closed yet. Close a month first, with its cash count "
                    "(Cash book → More → Close a month).")))
            values["closing_id"] = closing
        if "entry" in needs:
            entry_id, problem = self._entry()
            if problem:
                problems.append((ui.entryCombo, problem))
            values["entry_id"] = entry_id
        if "member_opt" in needs:
            member_id, problem = self._member()
            if problem:
                problems.append((ui.memberCombo, problem))
            values["member_id"] = member_id
        if "meeting" in needs:
            meeting = self.meetingCombo.currentData()
            if meeting is None:
                problems.append((self.meetingCombo, self.tr(
                    "No meeting has been recorded yet. Record one on the Meetings page first.")))
            values["meeting_id"] = meeting
        if "meeting_kind_opt" in needs:
            values["meeting_kind"] = self.meetingKindCombo.currentData()
        if "activity_opt" in needs:
            values["activity_id"] = self.activityCombo.currentData()
        if "rate" in needs:
            rate, problem = self._rate()
            if problem:
                problems.append((ui.rateEdit, problem))
            elif rate is not None:
                values["rate"] = rate
                known = self.choices.rate if self.choices is not None else None
                same = known is not None and ui.rateEdit.text().strip() == self._rate_text
                values["rate_date"] = known[1] if same and known is not None else date.today()
        self._mark(problems)
        if problems:
            return None
        return ReportParams(**values)  # type: ignore[arg-type]

    def _entry(self) -> tuple[int | None, str]:
        """The entry chosen or typed, or why there is none."""
        from cbodesk.domain.formatting import from_khmer_digits

        combo = self.ui.entryCombo
        text = combo.currentText().strip()
        if not text:
            return None, self.tr("Choose a receipt or a payment, or type its number.")
        index = combo.findText(text)
        if index >= 0:
            return combo.itemData(index), ""
        number = from_khmer_digits(text.split("·")[0].strip()).upper()
        entries = self.choices.entries if self.choices is not None else []
        for entry_id, entry_number, _kind, _label in entries:
            if entry_number.upper() == number:
                return entry_id, ""
        from cbodesk.services.cashbook_list import EntryFilter, entry_rows

        found = [r for r in entry_rows(self.cbo, EntryFilter(search=number), 0, 50) if r.number.upper() == number]
        if not found:
            return None, self.tr("There is no entry numbered “%s” in the cash book.") % text
        if found[0].kind not in VOUCHER_KINDS:
            return None, self.tr("“%s” is not a receipt or a payment: vouchers are printed for those only.") % text
        return found[0].id, ""

    def _member(self) -> tuple[int | None, str]:
        """The member chosen or typed (None: every member), or why there is none."""
        combo = self.ui.memberCombo
        text = combo.currentText().strip()
        index = combo.findText(text) if text else 0
        if index >= 0:
            return combo.itemData(index), ""
        matches = [i for i in range(1, combo.count()) if text.casefold() in combo.itemText(i).casefold()]
        if len(matches) == 1:
            return combo.itemData(matches[0]), ""
        return None, self.tr("Choose a member in the list (type part of the name to find it), or all members.")

    def _rate(self) -> tuple[Decimal | None, str]:
        from cbodesk.domain.formatting import from_khmer_digits

        text = from_khmer_digits(self.ui.rateEdit.text()).replace(",", "").replace(" ", "").strip()
        if not text:
            return None, ""
        try:
            rate = Decimal(text)
        except InvalidOperation:
            rate = Decimal(0)
        if not rate.is_finite() or rate <= 0:
            return None, self.tr("Type the exchange rate as riel for one dollar, for example 4,100, "
                                 "or leave it empty.")
        return rate, ""

    def _mark(self, problems: list[tuple[QWidget | None, str]]) -> None:
        for widget in self._marked:
            widget.setStyleSheet("")
        self._marked = [w for w, _text in problems if w is not None]
        for widget in self._marked:
            widget.setStyleSheet(PROBLEM_STYLE)
        texts = [text for _w, text in problems if text]
        self.ui.problemsLabel.setText("\n".join(texts))
        self.ui.problemsLabel.setVisible(bool(texts))
        if self._marked:
            self._marked[0].setFocus()

    def problems_text(self) -> str:
        return self.ui.problemsLabel.text() if self.ui.problemsLabel.isVisible() else ""

    # -- language ----------------------------------------------------------------------

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._fill_fixed()
        self._fill_choices()
        if self.members is not None:
            self._fill_members()
        if self.meetings is not None:
            self.meetings = None  # dates in the new language
            self._fill_meetings()
        self._name_activity_row()
        self._fill_activities()
        self._show_kind_texts()
        self._entry_edit().setPlaceholderText(self.tr("for example R-%d-0012") % date.today().year)

    def set_locale(self, locale: LocaleSettings) -> None:
        """The person's language or digits changed: dates and amounts in the lists follow."""
        if locale != self.formats:
            self.load(locale)

