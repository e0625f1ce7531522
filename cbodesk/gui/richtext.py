"""A small rich-text editor for the minutes: paragraphs, bold, italic, nested bullet and
numbered lists, stored as Markdown.

The secretary writes an agenda item's result, a group's answers or the
conclusion here. A toolbar and shortcuts make text bold or italic, start a list
and move list items in and out (Tab / Shift+Tab, Ctrl+] / Ctrl+[). The text is
read and written as Markdown through Qt's own converter (CommonMark), whose
output is the stored form: loading what was saved and saving it again gives the
same text.

Pasted text keeps only what Markdown can hold. HTML from a word processor
(LibreOffice, Word with its "MsoNormal" paragraphs and its fake lists) or a web
page is read by :func:`blocks_from_html` into paragraphs and list items with
bold and italic runs; fonts, colours, sizes, images and links (their text
stays) are dropped, and a table's rows become paragraphs. Plain text becomes a
paragraph per line, lines starting with "•", "-" or "1." becoming list items.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from html.parser import HTMLParser

from PySide6.QtCore import QMimeData, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPen,
    QPixmap,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
    QTextList,
    QTextListFormat,
)
from PySide6.QtWidgets import QTextEdit, QToolBar, QVBoxLayout, QWidget

from cbodesk.gui.i18n import KHMER_FAMILY, Retranslating

# CommonMark (not GitHub's dialect): no tables, strike-through or task lists, which the
# minutes do not have and the printed minutes would not show.
DIALECT = QTextDocument.MarkdownFeature.MarkdownDialectCommonMark
BULLET = QTextListFormat.Style.ListDisc
NUMBERED = QTextListFormat.Style.ListDecimal
ORDERED_STYLES = frozenset({QTextListFormat.Style.ListDecimal, QTextListFormat.Style.ListLowerAlpha,
                            QTextListFormat.Style.ListUpperAlpha, QTextListFormat.Style.ListLowerRoman,
                            QTextListFormat.Style.ListUpperRoman})
MAX_LEVEL = 6  # list nesting deeper than this is not readable on paper

# Shortcuts, also shown in the buttons' tooltips.
BOLD_KEYS = "Ctrl+B"
ITALIC_KEYS = "Ctrl+I"
BULLET_KEYS = "Ctrl+Shift+8"
NUMBERED_KEYS = "Ctrl+Shift+7"
INDENT_KEYS = "Ctrl+]"
OUTDENT_KEYS = "Ctrl+["


_TOP_BULLET = re.compile(r"^[-*+] ")
_TOP_NUMBER = re.compile(r"^\d{1,9}[.)] ")


def normalise_markdown(text: str) -> str:
    """The stored form of the Markdown Qt writes: a blank line between a bulleted and a
    numbered list that follow each other (Qt writes none, which other readers may take
    for one list), and no blank lines or spaces at the end."""
    lines: list[str] = []
    kind = ""  # the top-level list the lines are in: "bullet", "number", or "" outside lists
    for line in text.rstrip().split("\n"):
        if not line.strip():
            kind = ""
        elif _TOP_BULLET.match(line) or _TOP_NUMBER.match(line):
            found = "bullet" if _TOP_BULLET.match(line) else "number"
            if kind and found != kind:
                lines.append("")
            kind = found
        lines.append(line)
    return "\n".join(lines)


# --- what is pasted -----------------------------------------------------------------------


@dataclass
class PasteBlock:
    """A paragraph (*level* 0) or a list item (*level* 1 = top level) with its runs of text,
    each (text, bold, italic)."""

    level: int = 0
    ordered: bool = False
    runs: list[tuple[str, bool, bool]] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(run[0] for run in self.runs)

    def add(self, text: str, bold: bool, italic: bool) -> None:
        if self.runs and self.runs[-1][1:] == (bold, italic):
            self.runs[-1] = (self.runs[-1][0] + text, bold, italic)
        else:
            self.runs.append((text, bold, italic))

    def tidied(self) -> PasteBlock | None:
        """Spaces collapsed across runs and trimmed; None when nothing but spaces is left."""
        runs: list[tuple[str, bool, bool]] = []
        previous_space = True  # no space at the start
        for text, bold, italic in self.runs:
            text = re.sub(r" {2,}", " ", text)
            if previous_space:
                text = text.lstrip(" ")
            if not text:
                continue
            previous_space = text.endswith(" ")
            # Spaces alone are not worth a bold mark ("** **" in the Markdown).
            runs.append((text, bold and bool(text.strip()), italic and bool(text.strip())))
        while runs:
            last = runs[-1]
            stripped = last[0].rstrip(" ")
            if stripped:
                runs[-1] = (stripped, last[1], last[2])
                break
            runs.pop()
        if not runs:
            return None
        block = PasteBlock(self.level, self.ordered)
        for run in runs:
            block.add(*run)
        return block


_SKIPPED = frozenset({"style", "script", "head", "title", "template", "noscript", "svg", "math", "select",
                      "option", "button", "textarea", "object", "iframe", "xml", "canvas"})
_VOID = frozenset({"br", "img", "hr", "meta", "link", "input", "col", "wbr", "area", "base", "source",
                   "embed", "param", "track"})
_BLOCKS = frozenset({"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "section",
                     "article", "header", "footer", "address", "dt", "dd", "dl", "figure", "figcaption",
                     "caption", "main", "aside", "nav", "center", "hr", "table", "tbody", "thead", "tfoot"})
_BOLD_TAGS = frozenset({"b", "strong", "h1", "h2", "h3", "h4", "h5", "h6", "th"})
_ITALIC_TAGS = frozenset({"i", "em", "cite", "var", "dfn"})
_SPACES = re.compile(r"[ \t\n\r\f\v\xa0]+")
_WORD_LIST_LEVEL = re.compile(r"mso-list\s*:[^;]*level(\d+)", re.IGNORECASE)
_ORDERED_MARKER = re.compile(r"^\s*\(?([0-9]{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,5})[.)]")
_QT_LIST_INDENT = re.compile(r"-qt-list-indent\s*:\s*(\d+)")


def _style_of(attrs: Sequence[tuple[str, str | None]]) -> dict[str, str]:
    """The CSS declarations of a style attribute, names and values lower-cased."""
    style: dict[str, str] = {}
    for name, value in attrs:
        if name == "style" and value:
            for declaration in value.split(";"):
                key, _, val = declaration.partition(":")
                if key.strip():
                    style[key.strip().lower()] = val.strip().lower()
    return style


def _css_bold(style: dict[str, str]) -> bool | None:
    weight = style.get("font-weight")
    if weight is None:
        return None
    if weight in ("bold", "bolder"):
        return True
    if weight.isdigit():
        return int(weight) >= 600
    return False  # normal, lighter (Google Docs wraps everything in <b style="font-weight:normal">)


def _css_italic(style: dict[str, str]) -> bool | None:
    value = style.get("font-style")
    if value is None:
        return None
    return value in ("italic", "oblique")


@dataclass
class _Open:
    tag: str
    bold: bool | None = None
    italic: bool | None = None
    marker: bool = False  # Word's typed list marker ("·", "1."): not text


class _HtmlReader(HTMLParser):
    """Reads pasted HTML into :class:`PasteBlock` s (see the module's docstring)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[PasteBlock] = []
        self.current: PasteBlock | None = None
        self.open: list[_Open] = []
        self.lists: list[tuple[bool, int]] = []  # (ordered, level) of the lists we are in
        self.skipping = 0
        self.table = 0
        self.in_word_marker = False  # between <![if !supportLists]> and <![endif]>
        self.word_marker = ""
        self.cell_started = False

    # -- blocks ---------------------------------------------------------------------------

    def close_block(self) -> None:
        block = self.current
        self.current = None
        if block is None:
            return
        if self.word_marker:
            block.ordered = bool(_ORDERED_MARKER.match(self.word_marker))
            self.word_marker = ""
        tidied = block.tidied()
        if tidied is not None:
            self.blocks.append(tidied)

    def start_block(self, level: int = 0, ordered: bool = False) -> PasteBlock:
        self.close_block()
        self.current = PasteBlock(level, ordered)
        return self.current

    def soft_break(self) -> None:
        """A boundary inside a table row: the cells of a row stay one paragraph."""
        if self.current is not None and self.current.text.strip():
            self.current.add(" – " if self.cell_started else " ", False, False)
        self.cell_started = False

    # -- the parser's callbacks -----------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        tag = tag.lower()
        if tag in _SKIPPED:
            self.skipping += 1
            return
        if self.skipping:
            return
        style = _style_of(attrs)
        if tag == "br":
            if self.table or (self.current is not None and self.current.level):
                self.handle_data(" ")
            else:
                self.close_block()
            return
        if tag in _VOID:
            return
        opened = _Open(tag, _css_bold(style), _css_italic(style))
        if tag in _BOLD_TAGS and opened.bold is None:
            opened.bold = True
        if tag in _ITALIC_TAGS and opened.italic is None:
            opened.italic = True
        if "mso-list" in style and style["mso-list"].startswith("ignore"):
            opened.marker = True
        self.open.append(opened)
        if tag in ("ul", "ol"):
            qt_indent = _QT_LIST_INDENT.search(dict(attrs).get("style") or "")
            level = int(qt_indent.group(1)) if qt_indent else len(self.lists) + 1
            self.lists.append((tag == "ol", level))
            if not self.table:
                self.close_block()
        elif tag == "li":
            if self.table:
                self.soft_break()
            else:
                ordered, level = self.lists[-1] if self.lists else (False, 1)
                self.start_block(level, ordered)
        elif tag == "tr":
            self.close_block()
            self.current = PasteBlock()
            self.cell_started = False
        elif tag in ("td", "th"):
            self.soft_break()
            self.cell_started = True
        elif tag in _BLOCKS:
            if tag == "table":
                self.table += 1
                self.close_block()
                return
            if self.table:
                self.soft_break()
                return
            word_level = _WORD_LIST_LEVEL.search(dict(attrs).get("style") or "")
            if word_level is not None:  # Word's list item: a paragraph with a typed marker
                self.start_block(min(int(word_level.group(1)), MAX_LEVEL), False)
                self.word_marker = ""
            elif self.current is not None and self.current.level and not self.current.text.strip():
                pass  # <li><p>…</p></li> (LibreOffice): the paragraph is the item's text
            else:
                self.start_block()

    def handle_endtag(self, tag: str) -> None:
        tag = tag.lower()
        if tag in _SKIPPED:
            self.skipping = max(0, self.skipping - 1)
            return
        if self.skipping or tag in _VOID:
            return
        for i in range(len(self.open) - 1, -1, -1):
            if self.open[i].tag == tag:
                del self.open[i:]
                break
        else:
            return  # a closing tag that was never opened
        if tag in ("ul", "ol"):
            if self.lists:
                self.lists.pop()
            if not self.table:
                self.close_block()
        elif tag == "li":
            if not self.table:
                self.close_block()
        elif tag == "table":
            self.table = max(0, self.table - 1)
            self.close_block()
        elif tag == "tr" or tag in _BLOCKS and not self.table:
            self.close_block()

    def unknown_decl(self, data: str) -> None:
        # Word writes its list markers inside <![if !supportLists]> … <![endif]>.
        text = data.strip().lower()
        if text.startswith("if") and "supportlists" in text:
            self.in_word_marker = True
        elif text.startswith("endif"):
            self.in_word_marker = False

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        if self.in_word_marker or any(o.marker for o in self.open):
            self.word_marker += data
            return
        text = _SPACES.sub(" ", data)
        if not text.strip() and (self.current is None or not self.current.runs):
            return
        if self.current is None:
            self.current = PasteBlock()
        bold = italic = False
        for opened in self.open:
            if opened.bold is not None:
                bold = opened.bold
            if opened.italic is not None:
                italic = opened.italic
        self.current.add(text, bold, italic)

    def close(self) -> None:
        super().close()
        self.close_block()


def blocks_from_html(text: str) -> list[PasteBlock]:
    """The paragraphs and list items of pasted HTML, with their bold and italic runs."""
    reader = _HtmlReader()
    reader.feed(text)
    reader.close()
    return _levels_fixed(reader.blocks)


_PLAIN_BULLET = re.compile(r"^(\s*)[•·◦▪‣∙\-*+]\s+(.*)$")
_PLAIN_NUMBER = re.compile(r"^(\s*)\(?\d{1,3}[.)]\s+(.*)$")


def blocks_from_text(text: str) -> list[PasteBlock]:
    """Plain text: a paragraph per line, lines starting with a bullet or "1." as list items
    (indented lines one level deeper)."""
    blocks: list[PasteBlock] = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if not line.strip():
            continue
        line = line.replace("\t", "    ")
        for pattern, ordered in ((_PLAIN_BULLET, False), (_PLAIN_NUMBER, True)):
            found = pattern.match(line)
            if found is not None:
                level = 1 + min(len(found.group(1)) // 2, MAX_LEVEL - 1)
                block = PasteBlock(level, ordered, [(_SPACES.sub(" ", found.group(2)), False, False)])
                break
        else:
            block = PasteBlock(0, False, [(_SPACES.sub(" ", line), False, False)])
        tidied = block.tidied()
        if tidied is not None:
            blocks.append(tidied)
    return _levels_fixed(blocks)


def _levels_fixed(blocks: list[PasteBlock]) -> list[PasteBlock]:
    """A list item can be at most one level deeper than the item before it."""
    deepest = 0
    for block in blocks:
        if block.level:
            block.level = max(1, min(block.level, deepest + 1, MAX_LEVEL))
        deepest = block.level
    return blocks


def blocks_to_html(blocks: Sequence[PasteBlock]) -> str:
    """Clean HTML of the blocks (nested lists as nested <ul>/<ol>), which Qt reads exactly."""
    out: list[str] = []
    opened: list[list[object]] = []  # [tag, an item is open]

    def close_top() -> None:
        tag, item_open = opened.pop()
        if item_open:
            out.append("</li>")
        out.append(f"</{tag}>")

    for block in blocks:
        runs = "".join(_run_html(*run) for run in block.runs)
        if not block.level:
            while opened:
                close_top()
            out.append(f"<p>{runs}</p>")
            continue
        tag = "ol" if block.ordered else "ul"
        while len(opened) > block.level:
            close_top()
        if len(opened) == block.level and opened[-1][0] != tag:
            close_top()
        while len(opened) < block.level:
            css = "decimal" if tag == "ol" else "disc"
            out.append(f'<{tag} style="list-style-type: {css}">')
            opened.append([tag, False])
        if opened[-1][1]:
            out.append("</li>")
        out.append(f"<li>{runs}")
        opened[-1][1] = True
    while opened:
        close_top()
    return "".join(out)


def _run_html(text: str, bold: bool, italic: bool) -> str:
    result = html.escape(text, quote=False)
    if italic:
        result = f"<i>{result}</i>"
    if bold:
        result = f"<b>{result}</b>"
    return result


def clean_html(text: str) -> str:
    """Pasted HTML reduced to paragraphs, lists, bold and italic."""
    return blocks_to_html(blocks_from_html(text))


# --- the editor -----------------------------------------------------------------------------


def _is_ordered(text_list: QTextList) -> bool:
    return text_list.format().style() in ORDERED_STYLES


def _level(block: QTextBlock) -> int:
    text_list = block.textList()
    return text_list.format().indent() if text_list is not None else 0


class RichTextEdit(QTextEdit):
    """The text area: Markdown in and out, list nesting, pasting cleaned."""

    lists_changed = Signal()  # lines were put into or out of lists (the cursor may not move)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(True)
        self.setTabChangesFocus(False)
        self._use_khmer_font()

    def _use_khmer_font(self) -> None:
        """The widget's font with the Khmer font behind it, so Khmer text has its glyphs even
        where the system font has none."""
        font = QFont(self.font())
        families = list(font.families()) or [font.family()]
        if KHMER_FAMILY not in families:
            families.append(KHMER_FAMILY)
        font.setFamilies(families)
        self.setFont(font)
        self.document().setDefaultFont(font)

    # -- Markdown -------------------------------------------------------------------------

    def markdown(self) -> str:
        return normalise_markdown(self.document().toMarkdown(DIALECT))

    def set_markdown(self, text: str) -> None:
        document = self.document()
        document.setMarkdown(text, DIALECT)
        # Markdown's "*" and "+" bullets read as circles and squares; one bullet style
        # keeps what is written the same whichever marker the text came with.
        for text_list in self._lists():
            if not _is_ordered(text_list) and text_list.format().style() != BULLET:
                list_format = text_list.format()
                list_format.setStyle(BULLET)
                text_list.setFormat(list_format)
        document.clearUndoRedoStacks()
        document.setModified(False)
        cursor = self.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        self.setTextCursor(cursor)

    def _lists(self) -> Iterator[QTextList]:
        seen: set[int] = set()
        block = self.document().begin()
        while block.isValid():
            text_list = block.textList()
            if text_list is not None and text_list.objectIndex() not in seen:
                seen.add(text_list.objectIndex())
                yield text_list
            block = block.next()

    # -- character formats ----------------------------------------------------------------

    def toggle_bold(self) -> None:
        bold = self.fontWeight() > QFont.Weight.Normal.value
        char_format = QTextCharFormat()
        char_format.setFontWeight(QFont.Weight.Normal if bold else QFont.Weight.Bold)
        self.mergeCurrentCharFormat(char_format)

    def toggle_italic(self) -> None:
        char_format = QTextCharFormat()
        char_format.setFontItalic(not self.fontItalic())
        self.mergeCurrentCharFormat(char_format)

    # -- lists ----------------------------------------------------------------------------

    def selected_blocks(self) -> list[QTextBlock]:
        cursor = self.textCursor()
        document = self.document()
        first = document.findBlock(cursor.selectionStart())
        last = document.findBlock(cursor.selectionEnd())
        if cursor.hasSelection() and last.position() == cursor.selectionEnd() and last != first:
            last = last.previous()  # a selection ending at a line's start does not take that line
        blocks = [first]
        while blocks[-1] != last and blocks[-1].isValid():
            blocks.append(blocks[-1].next())
        return [b for b in blocks if b.isValid()]

    def toggle_list(self, ordered: bool) -> None:
        """Bullets (or numbers) on the chosen lines; off again if they have them; a list of
        the other kind changes kind."""
        if self.isReadOnly():
            return
        blocks = self.selected_blocks()
        current = blocks[0].textList()
        cursor = self.textCursor()
        cursor.beginEditBlock()
        if current is not None and _is_ordered(current) == ordered:
            for block in blocks:
                self._remove_from_list(block)
        elif current is not None:
            list_format = current.format()
            list_format.setStyle(NUMBERED if ordered else BULLET)
            current.setFormat(list_format)
        else:
            list_format = QTextListFormat()
            list_format.setStyle(NUMBERED if ordered else BULLET)
            list_format.setIndent(1)
            before = blocks[0].previous()
            joined = before.textList() if before.isValid() else None
            if joined is not None and _level(before) == 1 and _is_ordered(joined) == ordered:
                for block in blocks:  # the line after a list of the same kind continues it
                    self._set_block_indent(block, 0)
                    joined.add(block)
            else:
                created = cursor.createList(list_format)
                for block in blocks:
                    self._set_block_indent(block, 0)
                    if block.textList() != created:
                        created.add(block)
        cursor.endEditBlock()
        self.lists_changed.emit()
        self.setFocus()

    def change_level(self, delta: int) -> bool:
        """Move the chosen list items one level in (+1) or out (-1); False when no chosen line
        is a list item (Tab then moves to the next field)."""
        if self.isReadOnly():
            return False
        blocks = [b for b in self.selected_blocks() if b.textList() is not None]
        if not blocks:
            return False
        cursor = self.textCursor()
        cursor.beginEditBlock()
        for block in blocks:
            level = _level(block)
            if delta > 0:
                before = block.previous()
                if not before.isValid() or before.textList() is None or level + 1 > _level(before) + 1 \
                        or level >= MAX_LEVEL:
                    continue  # nothing above to nest under
                self._move_to_level(block, level + 1)
            elif level <= 1:
                self._remove_from_list(block)
            else:
                self._move_to_level(block, level - 1)
        cursor.endEditBlock()
        self.lists_changed.emit()
        return True

    def _move_to_level(self, block: QTextBlock, level: int) -> None:
        old = block.textList()
        assert old is not None
        going_out = level < old.format().indent()
        if going_out:
            self._split_after(block, old)
        target: QTextList | None = None
        before = block.previous()
        while before.isValid() and before.textList() is not None:
            before_level = _level(before)
            if before_level == level:
                target = before.textList()
                break
            if before_level < level:
                break
            before = before.previous()
        if target is not None:
            target.add(block)
            return
        list_format = QTextListFormat(old.format())
        list_format.setIndent(level)
        QTextCursor(block).createList(list_format)

    def _split_after(self, block: QTextBlock, text_list: QTextList) -> None:
        """The items of *text_list* after *block* become a list of their own (so that they
        are numbered from 1 where the list is interrupted)."""
        after = [text_list.item(i) for i in range(text_list.count())
                 if text_list.item(i).position() > block.position()]
        if not after:
            return
        created = QTextCursor(after[0]).createList(QTextListFormat(text_list.format()))
        for item in after[1:]:
            created.add(item)

    def _remove_from_list(self, block: QTextBlock) -> None:
        text_list = block.textList()
        if text_list is None:
            return
        self._split_after(block, text_list)
        text_list.remove(block)
        self._set_block_indent(block, 0)

    @staticmethod
    def _set_block_indent(block: QTextBlock, indent: int) -> None:
        block_format = QTextBlockFormat(block.blockFormat())
        block_format.setIndent(indent)
        QTextCursor(block).setBlockFormat(block_format)

    # -- keys -------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        plain = not modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                                 | Qt.KeyboardModifier.MetaModifier)
        if key == Qt.Key.Key_Backtab or (key == Qt.Key.Key_Tab and modifiers & Qt.KeyboardModifier.ShiftModifier):
            if not self.change_level(-1):
                QWidget.focusNextPrevChild(self, False)  # QTextEdit's own keeps the Tab
            return
        if key == Qt.Key.Key_Tab and plain:
            if not self.change_level(+1):
                QWidget.focusNextPrevChild(self, True)
            return
        cursor = self.textCursor()
        block = cursor.block()
        in_list = block.textList() is not None and not self.isReadOnly() and not cursor.hasSelection()
        if in_list and plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and not modifiers & Qt.KeyboardModifier.ShiftModifier and not block.text().strip():
            self.change_level(-1)  # Enter on an empty item ends the list (or its sub-list)
            return
        if in_list and plain and key == Qt.Key.Key_Backspace and cursor.atBlockStart():
            self.change_level(-1)
            return
        super().keyPressEvent(event)

    # -- pasting ----------------------------------------------------------------------------

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasHtml() or source.hasText()

    def insertFromMimeData(self, source: QMimeData) -> None:
        if self.isReadOnly():
            return
        blocks: list[PasteBlock] = []
        if source.hasHtml():
            blocks = blocks_from_html(source.html())
        if not blocks and source.hasText():
            text = source.text()
            if "\n" not in text.strip("\r\n"):
                # One line goes in where the cursor is, as typed.
                self.textCursor().insertText(_SPACES.sub(" ", text.strip("\r\n")), self._plain_format())
                self.ensureCursorVisible()
                return
            blocks = blocks_from_text(text)
        self.insert_blocks(blocks)

    def _plain_format(self) -> QTextCharFormat:
        char_format = QTextCharFormat(self.textCursor().charFormat())
        char_format.clearProperty(QTextCharFormat.Property.AnchorHref)
        char_format.setAnchor(False)
        return char_format

    def insert_blocks(self, blocks: Sequence[PasteBlock]) -> None:
        if not blocks:
            return
        cursor = self.textCursor()
        cursor.beginEditBlock()
        if len(blocks) == 1 and not blocks[0].level:
            base = self._plain_format()
            for text, bold, italic in blocks[0].runs:
                run_format = QTextCharFormat(base)
                run_format.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
                run_format.setFontItalic(italic)
                cursor.insertText(text, run_format)
        else:
            cursor.insertFragment(QTextDocumentFragment.fromHtml(blocks_to_html(blocks)))
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.ensureCursorVisible()


def _icon(kind: str, colour: QColor) -> QIcon:
    """The toolbar's list and indent pictures, drawn (the app ships no icon theme)."""
    size = 20
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(colour)
    pen.setWidthF(1.6)
    painter.setPen(pen)
    rows = (5.0, 10.0, 15.0)
    if kind in ("bullets", "numbers"):
        for number, y in enumerate(rows, 1):
            painter.drawLine(QPointF(8, y), QPointF(18, y))
            if kind == "bullets":
                painter.setBrush(colour)
                painter.drawEllipse(QPointF(3.5, y), 1.6, 1.6)
            else:
                font = QFont()
                font.setPixelSize(6)
                font.setBold(True)
                painter.setFont(font)
                painter.drawText(QRectF(0, y - 4, 7, 8), Qt.AlignmentFlag.AlignCenter, str(number))
    else:
        painter.drawLine(QPointF(9, 5), QPointF(18, 5))
        painter.drawLine(QPointF(9, 10), QPointF(18, 10))
        painter.drawLine(QPointF(9, 15), QPointF(18, 15))
        if kind == "indent":
            painter.drawLine(QPointF(2, 10), QPointF(6.5, 10))
            painter.drawLine(QPointF(4.5, 7.5), QPointF(7, 10))
            painter.drawLine(QPointF(4.5, 12.5), QPointF(7, 10))
        else:
            painter.drawLine(QPointF(2.5, 10), QPointF(7, 10))
            painter.drawLine(QPointF(5, 7.5), QPointF(2.5, 10))
            painter.drawLine(QPointF(5, 12.5), QPointF(2.5, 10))
    painter.end()
    return QIcon(pixmap)


class RichTextEditor(Retranslating, QWidget):
    """The text area with its toolbar; what a form places. ``changed`` on every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = RichTextEdit(self)
        self.toolbar = QToolBar(self)
        self.toolbar.setIconSize(QSize(18, 18))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.edit, 1)
        colour = self.palette().windowText().color()
        self.bold_action = self._action(BOLD_KEYS, self.edit.toggle_bold, checkable=True)
        self.italic_action = self._action(ITALIC_KEYS, self.edit.toggle_italic, checkable=True)
        self.toolbar.addSeparator()
        self.bullets_action = self._action(BULLET_KEYS, lambda: self.edit.toggle_list(False), checkable=True,
                                           icon=_icon("bullets", colour))
        self.numbers_action = self._action(NUMBERED_KEYS, lambda: self.edit.toggle_list(True), checkable=True,
                                           icon=_icon("numbers", colour))
        self.toolbar.addSeparator()
        self.outdent_action = self._action(OUTDENT_KEYS, lambda: self.edit.change_level(-1),
                                           icon=_icon("outdent", colour))
        self.indent_action = self._action(INDENT_KEYS, lambda: self.edit.change_level(+1),
                                          icon=_icon("indent", colour))
        bold_font = QFont(self.font())
        bold_font.setBold(True)
        self.bold_action.setFont(bold_font)
        italic_font = QFont(self.font())
        italic_font.setItalic(True)
        self.italic_action.setFont(italic_font)
        self.edit.textChanged.connect(self.changed)
        self.edit.currentCharFormatChanged.connect(self._show_state)
        self.edit.cursorPositionChanged.connect(self._show_state)
        self.edit.lists_changed.connect(self._show_state)
        self.setFocusProxy(self.edit)
        self.retranslate()
        self._show_state()

    def _action(self, keys: str, slot: object, *, checkable: bool = False, icon: QIcon | None = None) -> QAction:
        action = QAction(self)
        if icon is not None:
            action.setIcon(icon)
        action.setCheckable(checkable)
        action.setShortcut(QKeySequence(keys))
        # Only the editor with the focus answers: a dialog has several.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        self.toolbar.addAction(action)
        return action

    def retranslate(self) -> None:
        for action, text, symbol in (
                (self.bold_action, self.tr("Bold"), self.tr("B", "the Bold button")),
                (self.italic_action, self.tr("Italic"), self.tr("I", "the Italic button")),
                (self.bullets_action, self.tr("Bulleted list"), ""),
                (self.numbers_action, self.tr("Numbered list"), ""),
                (self.outdent_action, self.tr("Move the list item out (Shift+Tab)"), ""),
                (self.indent_action, self.tr("Move the list item in, under the one above (Tab)"), "")):
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if symbol:
                action.setText(symbol)
            else:
                action.setText(text)
            action.setToolTip(f"{text} ({shortcut})")
        self.bold_action.setIconText(self.tr("B", "the Bold button"))
        self.italic_action.setIconText(self.tr("I", "the Italic button"))

    def _show_state(self) -> None:
        edit = self.edit
        self.bold_action.setChecked(edit.fontWeight() > QFont.Weight.Normal.value)
        self.italic_action.setChecked(edit.fontItalic())
        text_list = edit.textCursor().currentList()
        self.bullets_action.setChecked(text_list is not None and not _is_ordered(text_list))
        self.numbers_action.setChecked(text_list is not None and _is_ordered(text_list))

    # -- what forms use ---------------------------------------------------------------------

    def markdown(self) -> str:
        return self.edit.markdown()

    def set_markdown(self, text: str) -> None:
        self.edit.blockSignals(True)
        try:
            self.edit.set_markdown(text)
        finally:
            self.edit.blockSignals(False)
        self._show_state()

    def setReadOnly(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        self.toolbar.setVisible(not read_only)

    def isReadOnly(self) -> bool:
        return self.edit.isReadOnly()

    def setPlaceholderText(self, text: str) -> None:
        self.edit.setPlaceholderText(text)
