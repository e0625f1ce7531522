"""The minutes' rich-text editor: typing with the toolbar and the keys, the Markdown it
stores (the same after a round trip), and what is kept of text pasted from a word
processor, a web page or plain text."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QFontInfo, QGuiApplication, QTextFormat
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from cbodesk.gui.i18n import KHMER_FAMILY
from cbodesk.gui.richtext import RichTextEditor, blocks_from_html, blocks_from_text, clean_html

TypeText = Callable[[QWidget, str], None]
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier

# The stored form: Qt's CommonMark, what the editor writes.
MINUTES_MARKDOWN = """The committee met in **Koh Trong** village. The chair *opened* the meeting.

Points raised:

- the well in the east part is dry
- the fee for **2027**
  - members: 5,000 riel a month
  - committee members: the same
- the savings box

1.  Sok Dara reads last month's minutes.
2.  The treasurer shows the cash book:
    1.  receipts
    2.  payments
3.  Questions.

ក្រុមប្រឹក្សា **សម្រេច** ចិត្ត។"""


@pytest.fixture
def editor(qtbot: QtBot) -> Iterator[RichTextEditor]:
    window = QWidget()
    layout = QVBoxLayout(window)
    before = QLineEdit(window)
    before.setObjectName("before")
    widget = RichTextEditor(window)
    after = QLineEdit(window)
    after.setObjectName("after")
    layout.addWidget(before)
    layout.addWidget(widget)
    layout.addWidget(after)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    widget.edit.setFocus()
    yield widget


def key(widget: QWidget, code: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    from PySide6.QtTest import QTest

    QTest.keyClick(widget, code, modifiers)


def paste(editor: RichTextEditor, *, html: str | None = None, text: str | None = None) -> None:
    data = QMimeData()
    if html is not None:
        data.setHtml(html)
    if text is not None:
        data.setText(text)
    assert editor.edit.canInsertFromMimeData(data)
    editor.edit.insertFromMimeData(data)


def assert_only_bold_and_italic(editor: RichTextEditor) -> None:
    """No font, size, colour, link or picture came in with what was pasted."""
    kept = {QTextFormat.Property.FontWeight, QTextFormat.Property.FontItalic, QTextFormat.Property.ObjectIndex}
    block = editor.edit.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            char_format = it.fragment().charFormat()
            assert not char_format.isImageFormat()
            assert set(char_format.properties()) <= kept, (it.fragment().text(), char_format.properties())
            it += 1
        block = block.next()


# --- Markdown -----------------------------------------------------------------------------


def test_markdown_saved_loaded_and_saved_again_is_the_same(editor: RichTextEditor) -> None:
    editor.set_markdown(MINUTES_MARKDOWN)
    assert editor.markdown() == MINUTES_MARKDOWN
    again = RichTextEditor()
    again.set_markdown(editor.markdown())
    assert again.markdown() == MINUTES_MARKDOWN
    assert not editor.edit.document().isUndoAvailable()  # loading is not an edit to undo


def test_markdown_written_by_hand_becomes_the_stored_form_once(editor: RichTextEditor) -> None:
    # "*" bullets, one space after "1." and blank lines at the end, as a person or the command line writes.
    editor.set_markdown("Opening.\n\n* water\n  * the well\n\n1. one\n2. two\n\n\n")
    stored = editor.markdown()
    assert stored == "Opening.\n\n- water\n  - the well\n\n1.  one\n2.  two"
    editor.set_markdown(stored)
    assert editor.markdown() == stored


def test_text_that_looks_like_markdown_stays_text(editor: RichTextEditor, type_text: TypeText) -> None:
    type_text(editor.edit, "1. Use * and _ for 2*3 # not a heading")
    stored = editor.markdown()
    again = RichTextEditor()
    again.set_markdown(stored)
    assert again.edit.toPlainText() == "1. Use * and _ for 2*3 # not a heading"
    assert again.edit.textCursor().currentList() is None


def test_the_editor_has_a_font_for_khmer(editor: RichTextEditor) -> None:
    assert KHMER_FAMILY in editor.edit.font().families()
    assert KHMER_FAMILY in editor.edit.document().defaultFont().families()
    assert QFontInfo(editor.edit.font()).exactMatch() or editor.edit.font().families()[-1] == KHMER_FAMILY


# --- typing ---------------------------------------------------------------------------------


def test_typing_bold_and_nested_lists_with_keys_and_toolbar(editor: RichTextEditor, type_text: TypeText) -> None:
    edit = editor.edit
    type_text(edit, "The ")
    key(edit, Qt.Key.Key_B, CTRL)
    assert editor.bold_action.isChecked()
    type_text(edit, "well")
    key(edit, Qt.Key.Key_B, CTRL)
    type_text(edit, " is ")
    editor.italic_action.trigger()  # the toolbar button
    type_text(edit, "dry")
    editor.italic_action.trigger()
    type_text(edit, ".")
    key(edit, Qt.Key.Key_Return)
    key(edit, Qt.Key.Key_8, CTRL | SHIFT)
    assert editor.bullets_action.isChecked()
    type_text(edit, "dig deeper")
    key(edit, Qt.Key.Key_Return)
    type_text(edit, "ask the commune")
    key(edit, Qt.Key.Key_Return)
    key(edit, Qt.Key.Key_Tab)  # under "ask the commune"
    type_text(edit, "letter to the chief")
    key(edit, Qt.Key.Key_Return)
    type_text(edit, "meeting")
    key(edit, Qt.Key.Key_Return)
    key(edit, Qt.Key.Key_Backtab)
    type_text(edit, "share the cost")
    key(edit, Qt.Key.Key_Return)
    key(edit, Qt.Key.Key_Return)  # Enter on an empty item ends the list
    assert not editor.bullets_action.isChecked()
    editor.numbers_action.trigger()
    type_text(edit, "Dara")
    key(edit, Qt.Key.Key_Return)
    editor.indent_action.trigger()
    type_text(edit, "by Friday")
    key(edit, Qt.Key.Key_Return)
    key(edit, Qt.Key.Key_BracketLeft, CTRL)  # out again
    type_text(edit, "Sokha")
    assert editor.markdown() == ("The **well** is *dry*.\n\n"
                                 "- dig deeper\n- ask the commune\n  - letter to the chief\n  - meeting\n"
                                 "- share the cost\n\n"
                                 "1.  Dara\n    1.  by Friday\n2.  Sokha")


def test_list_buttons_switch_off_and_change_kind(editor: RichTextEditor, type_text: TypeText) -> None:
    edit = editor.edit
    type_text(edit, "item")
    editor.bullets_action.trigger()
    assert editor.markdown() == "- item"
    editor.numbers_action.trigger()  # the list becomes numbered
    assert editor.markdown() == "1.  item"
    editor.numbers_action.trigger()  # and a paragraph again
    assert editor.markdown() == "item"
    assert edit.textCursor().currentList() is None


def test_outdenting_the_middle_of_a_sub_list_numbers_the_rest_anew(editor: RichTextEditor) -> None:
    editor.set_markdown("1.  top\n    1.  a\n    2.  b\n    3.  c")
    edit = editor.edit
    cursor = edit.textCursor()
    cursor.setPosition(edit.document().findBlockByNumber(2).position())  # "b"
    edit.setTextCursor(cursor)
    assert editor.edit.change_level(-1)
    assert editor.markdown() == "1.  top\n    1.  a\n2.  b\n    1.  c"


def test_tab_outside_a_list_moves_to_the_next_field(editor: RichTextEditor, type_text: TypeText) -> None:
    type_text(editor.edit, "A paragraph")
    key(editor.edit, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused is not None and focused.objectName() == "after"
    assert editor.markdown() == "A paragraph"


def test_tooltips_name_the_shortcuts(editor: RichTextEditor) -> None:
    assert editor.bold_action.toolTip() == "Bold (Ctrl+B)"
    assert editor.italic_action.toolTip() == "Italic (Ctrl+I)"
    assert editor.bullets_action.toolTip() == "Bulleted list (Ctrl+Shift+8)"
    assert editor.numbers_action.toolTip() == "Numbered list (Ctrl+Shift+7)"
    assert "Ctrl+]" in editor.indent_action.toolTip() and "Tab" in editor.indent_action.toolTip()
    assert "Ctrl+[" in editor.outdent_action.toolTip()


def test_read_only_hides_the_toolbar_and_ignores_pastes(editor: RichTextEditor) -> None:
    editor.set_markdown("Approved text.")
    editor.setReadOnly(True)
    assert editor.toolbar.isHidden()
    paste(editor, text="more\nlines")
    editor.edit.toggle_list(False)
    assert editor.markdown() == "Approved text."


# --- pasting --------------------------------------------------------------------------------

# LibreOffice Writer 7 copies paragraphs with fonts and sizes, and nests a sub-list as a <ul>
# directly inside the <ul>.
LIBREOFFICE_HTML = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">
<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"/>
<title></title><meta name="generator" content="LibreOffice 7.4.7.2 (Linux)"/>
<style type="text/css">@page { size: 21cm 29.7cm; margin: 2cm } p { line-height: 115%; margin-bottom: 0.25cm; background: transparent }</style>
</head><body lang="en-GB" link="#000080" vlink="#800000" dir="ltr">
<p style="line-height: 100%; margin-bottom: 0cm"><font face="Liberation Serif, serif"><font size="3" style="font-size: 12pt">The
committee <b>agreed</b> to repair the <i>water pump</i>.</font></font></p>
<p style="line-height: 100%; margin-bottom: 0cm"><font color="#c9211e"><font face="Liberation Serif, serif"><span style="background: #ffff00">Steps:</span></font></font></p>
<ul>
\t<li><p style="line-height: 100%; margin-bottom: 0cm"><font face="Liberation Serif, serif">buy the parts</font></p></li>
\t<ul>
\t\t<li><p style="line-height: 100%; margin-bottom: 0cm"><font face="Liberation Serif, serif">pipe, <b>3 metres</b></font></p></li>
\t\t<li><p style="line-height: 100%; margin-bottom: 0cm"><font face="Liberation Serif, serif">seal</font></p></li>
\t</ul>
\t<li><p style="line-height: 100%; margin-bottom: 0cm"><font face="Liberation Serif, serif">ask Mr Vanna to fit it</font></p></li>
</ul>
<ol>
\t<li><p style="line-height: 100%; margin-bottom: 0cm"><font face="Liberation Serif, serif">first</font></p></li>
\t<li><p style="line-height: 100%; margin-bottom: 0cm"><font face="Liberation Serif, serif">second</font></p></li>
</ol>
<p style="line-height: 100%; margin-bottom: 0cm"><img src="file:///tmp/lu1234.tmp/photo.png" name="Image1" align="left" width="120" height="80" border="0"/><br/></p>
</body></html>"""

# Word 2016 copies its lists as paragraphs with a typed marker inside conditional comments.
WORD_HTML = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15">
<style><!-- /* Style Definitions */ p.MsoNormal {mso-style-parent:""; margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}
p.MsoListParagraphCxSpFirst {mso-style-priority:34; margin-left:36.0pt;} --></style>
<!--[if gte mso 10]><style>table.MsoNormalTable {mso-style-name:"Table Normal";}</style><![endif]-->
</head><body lang=EN-US style='tab-interval:36.0pt'>
<!--StartFragment-->
<p class=MsoNormal><span lang=EN-US style='font-size:12.0pt;font-family:"Times New Roman",serif;color:#1F3864'>Results of the
<b style='mso-bidi-font-weight:normal'>general assembly</b> held on 14 March:<o:p></o:p></span></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='font-family:Symbol;mso-fareast-font-family:Symbol'><span style='mso-list:Ignore'>·<span
style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span
lang=EN-US>48 members came<o:p></o:p></span></p>
<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;mso-add-space:auto;text-indent:-18.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span
style='font-family:"Courier New"'><span style='mso-list:Ignore'>o<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]><span
lang=EN-US>30 women<o:p></o:p></span></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]><span
lang=EN-US>the budget was <i>approved</i><o:p></o:p></span></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span
lang=EN-US><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span
lang=EN-US>Elect the new committee<o:p></o:p></span></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span
lang=EN-US><span style='mso-list:Ignore'>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span
lang=EN-US>Next meeting in June<o:p></o:p></span></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>
 <tr><td width=301 valign=top style='width:225.4pt'><p class=MsoNormal><b>Name</b></p></td>
  <td width=301 valign=top><p class=MsoNormal><b>Role</b></p></td></tr>
 <tr><td><p class=MsoNormal>Sok Dara</p></td><td><p class=MsoNormal>Chair</p></td></tr>
</table>
<!--EndFragment-->
</body></html>"""

# A web page (a news site or the guideline's online platform) as a browser copies it.
WEB_HTML = """<meta charset='utf-8'><div class="article-body" style="color: rgb(33, 37, 41); font-family: -apple-system, &quot;Segoe UI&quot;, Roboto; font-size: 16px;">
<h2 style="font-size: 1.5rem;">Organizing a meeting</h2>
<p style="margin: 0 0 1rem;">Send the <a href="https://example.org/notice" target="_blank"><strong>notice</strong></a> a week before.
   Ask&nbsp;members to <span style="font-weight: 700;">bring</span> their <span style="font-style: italic">cards</span>.</p>
<ul class="checklist"><li>Agenda<ul><li>objectives</li><li>items with a presenter</li></ul></li><li>Attendance list</li></ul>
<figure><img src="https://example.org/meeting.jpg" alt="A meeting"><figcaption>Members in <em>Koh Trong</em></figcaption></figure>
<script>window.dataLayer = [];</script>
</div>"""


def test_libreoffice_paste_keeps_paragraphs_bold_and_nested_lists(editor: RichTextEditor) -> None:
    paste(editor, html=LIBREOFFICE_HTML, text="plain fallback")
    assert editor.markdown() == ("The committee **agreed** to repair the *water pump*.\n\n"
                                 "Steps:\n\n"
                                 "- buy the parts\n  - pipe, **3 metres**\n  - seal\n- ask Mr Vanna to fit it\n\n"
                                 "1.  first\n2.  second")
    assert_only_bold_and_italic(editor)


def test_word_paste_turns_its_fake_lists_into_lists(editor: RichTextEditor) -> None:
    paste(editor, html=WORD_HTML)
    assert editor.markdown() == ("Results of the **general assembly** held on 14 March:\n\n"
                                 "- 48 members came\n  - 30 women\n- the budget was *approved*\n\n"
                                 "1.  Elect the new committee\n2.  Next meeting in June\n\n"
                                 "**Name** – **Role**\n\nSok Dara – Chair")
    assert_only_bold_and_italic(editor)


def test_web_page_paste_keeps_the_text_of_links_and_drops_the_rest(editor: RichTextEditor) -> None:
    paste(editor, html=WEB_HTML)
    assert editor.markdown() == ("**Organizing a meeting**\n\n"
                                 "Send the **notice** a week before. Ask members to **bring** their *cards*.\n\n"
                                 "- Agenda\n  - objectives\n  - items with a presenter\n- Attendance list\n\n"
                                 "Members in *Koh Trong*")
    assert "example.org" not in editor.markdown()
    assert "dataLayer" not in editor.edit.toPlainText()
    assert_only_bold_and_italic(editor)


def test_google_docs_normal_weight_wrapper_is_not_bold() -> None:
    html = ('<b style="font-weight:normal;" id="docs-internal-guid-1a2b"><p dir="ltr"><span style="font-size:11pt;'
            'font-family:Arial;font-weight:400">plain and </span><span style="font-weight:700">bold</span></p></b>')
    blocks = blocks_from_html(html)
    assert [b.runs for b in blocks] == [[("plain and ", False, False), ("bold", True, False)]]


def test_qt_own_html_lists_keep_their_levels() -> None:
    # What the editor itself puts on the clipboard: sibling lists with -qt-list-indent.
    html = ('<ul style="margin-top: 0px; -qt-list-indent: 1;"><li style=" margin-top:12px;">top</li></ul>'
            '<ul style="-qt-list-indent: 2;"><li>below</li></ul>')
    assert [(b.level, b.text) for b in blocks_from_html(html)] == [(1, "top"), (2, "below")]
    assert clean_html(html) == ('<ul style="list-style-type: disc"><li>top<ul style="list-style-type: disc">'
                                '<li>below</li></ul></li></ul>')


def test_pasting_inside_a_paragraph_keeps_it_one_paragraph(editor: RichTextEditor, type_text: TypeText) -> None:
    type_text(editor.edit, "We met in  today.")
    cursor = editor.edit.textCursor()
    cursor.setPosition(len("We met in "))
    editor.edit.setTextCursor(cursor)
    paste(editor, html='<span style="font-family:Arial;color:red;font-size:20pt"><b>Koh Trong</b></span>')
    assert editor.markdown() == "We met in **Koh Trong** today."


def test_plain_text_paste_becomes_paragraphs_and_lists(editor: RichTextEditor) -> None:
    paste(editor, text="Decisions\r\n\r\n• build the fence\n\t• by June\n2. ask the NGO\nThank you")
    assert editor.markdown() == "Decisions\n\n- build the fence\n  - by June\n\n1.  ask the NGO\n\nThank you"


def test_one_line_of_plain_text_goes_in_as_typed(editor: RichTextEditor) -> None:
    paste(editor, text="- not a list, just a dash")
    assert editor.edit.toPlainText() == "- not a list, just a dash"


def test_text_blocks_from_lines() -> None:
    blocks = blocks_from_text("  \n1) one\n   - one a\nplain")
    assert [(b.level, b.ordered, b.text) for b in blocks] == [(1, True, "one"), (2, False, "one a"),
                                                              (0, False, "plain")]


def test_an_image_alone_is_not_taken(editor: RichTextEditor) -> None:
    data = QMimeData()
    data.setImageData(QGuiApplication.palette().window().color())
    assert not editor.edit.canInsertFromMimeData(data)
