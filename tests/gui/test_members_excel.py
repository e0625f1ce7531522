"""The register in and out of Excel from the Members page: the template, an import refused with
every bad row listed (and nothing imported), likely duplicates imported anyway, the export."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from members_support import SECRETARY, TREASURER, make_register
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from cbodesk.domain.roles import Actor
from cbodesk.gui.members import excel
from cbodesk.gui.members.page import MembersPage
from cbodesk.services import members as ms
from cbodesk.services import members_io
from cbodesk.storage.database import Cbo, open_cbo


@pytest.fixture
def cbo(tmp_path: Path) -> Iterator[Cbo]:
    path = tmp_path / "register.cbodesk"
    make_register(path)
    with open_cbo(path) as opened:
        yield opened


def show_page(qtbot: QtBot, cbo: Cbo, actor: Actor = SECRETARY) -> MembersPage:
    page = MembersPage(cbo, actor)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    qtbot.waitUntil(lambda: page.model is not None)
    return page


def notice(qtbot: QtBot, page: MembersPage) -> str:
    """The message the page shows once a job is done; closes it."""
    qtbot.waitUntil(lambda: isinstance(page.dialog, QMessageBox), timeout=20_000)
    box = page.dialog
    assert isinstance(box, QMessageBox)
    text = box.text()
    box.close()
    qtbot.waitUntil(lambda: page.dialog is None)
    return text


def fill(template: Path, target: Path, rows: list[dict[str, object]]) -> None:
    """The template with *rows* (by column key) on its sheet "Members"."""
    book = openpyxl.load_workbook(template)
    sheet = book["Members"]
    keys = [c.key for c in members_io.MEMBER_COLUMNS]
    for row in rows:
        sheet.append([row.get(key) for key in keys])
    book.save(target)


def count(cbo: Cbo) -> int:
    return ms.count_members(cbo, SECRETARY, ms.MemberFilter())


def test_template_import_with_problems_then_without(qtbot: QtBot, cbo: Cbo, tmp_path: Path) -> None:
    page = show_page(qtbot, cbo)
    template = tmp_path / "template"  # the ending is added
    excel.save_template(page, str(template))
    assert "The template is saved as" in notice(qtbot, page)
    template = template.with_suffix(".xlsx")
    assert template.exists()

    good = {"name_km": "ម៉ៅ សុភ័ក្ត្រ", "name_latin": "Mao Sopheak", "sex": "female", "birth": 1990,
            "village": "Ou Russei", "joined_on": "2020-01-05"}
    bad = tmp_path / "bad.xlsx"
    fill(template, bad, [good, {**good, "name_latin": "Nget Sreypov", "sex": "X"},
                         {**good, "name_latin": "Phan Sophal", "village": "Nowhere"}])
    excel.import_members(page, str(bad))
    qtbot.waitUntil(lambda: isinstance(page.dialog, excel.ImportProblemsDialog), timeout=20_000)
    problems = page.dialog
    assert isinstance(problems, excel.ImportProblemsDialog)
    assert problems.ui.headLabel.text().startswith("Nothing was imported. Problems found in the file: 2.")
    table = problems.model
    rows = [(table.index(r, 1).data(), table.index(r, 2).data()) for r in range(table.rowCount())]
    assert rows == [("3", "Sex"), ("4", "Village")]
    assert "“X” is not a sex" in table.index(0, 3).data()
    assert not problems.ui.importAnywayButton.isVisible()
    problems.close()
    qtbot.waitUntil(lambda: page.dialog is None)
    assert count(cbo) == 6  # all or nothing

    fixed = tmp_path / "fixed.xlsx"
    fill(template, fixed, [good, {**good, "name_latin": "Nget Sreypov", "name_km": "ង៉ែត ស្រីពៅ"}])
    excel.import_members(page, str(fixed))
    assert notice(qtbot, page).startswith("Members imported: 2. They have the numbers 7 to 8.")
    assert count(cbo) == 8
    assert page.ui.countLabel.text() == "Members: 8"


def test_likely_duplicates_are_imported_only_when_asked(qtbot: QtBot, cbo: Cbo, tmp_path: Path) -> None:
    page = show_page(qtbot, cbo)
    template = tmp_path / "template.xlsx"
    members_io.write_import_template(template, "en", cbo)
    twin = tmp_path / "twin.xlsx"
    fill(template, twin, [{"name_km": "សុខ ដារ៉ា", "name_latin": "Sok Dara", "sex": "M", "birth": 1984,
                           "village": "Koh Trong Leu", "joined_on": "2021-06-01"}])
    excel.import_members(page, str(twin))
    qtbot.waitUntil(lambda: isinstance(page.dialog, excel.ImportProblemsDialog), timeout=20_000)
    problems = page.dialog
    assert isinstance(problems, excel.ImportProblemsDialog)
    assert problems.ui.importAnywayButton.isVisible()
    problems.ui.importAnywayButton.click()
    assert notice(qtbot, page).startswith("Members imported: 1.")
    assert count(cbo) == 7


@pytest.mark.parametrize(("actor", "personal"), [(SECRETARY, True), (TREASURER, False)],
                         ids=["secretary", "treasurer"])
def test_export_the_register(qtbot: QtBot, cbo: Cbo, tmp_path: Path, actor: Actor, personal: bool) -> None:
    page = show_page(qtbot, cbo, actor)
    excel.export_register(page, str(tmp_path / "register"))
    text = notice(qtbot, page)
    assert text.startswith("Members written: 6, to ")
    assert ("left out" not in text) is personal
    book = openpyxl.load_workbook(tmp_path / "register.xlsx", read_only=True)
    rows = list(book["Members"].iter_rows(values_only=True))
    assert len(rows) == 7 and rows[1][2] == "Sok Dara"
    assert ("Phone" in rows[0]) is personal
    book.close()
