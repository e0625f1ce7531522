"""The minutes' Markdown as report blocks: paragraphs with bold and italic, nested lists.

The secretary writes agenda results, group answers, the conclusion and the
closing remark as rich text, stored as Markdown (CommonMark, as Qt's editor
writes it). :func:`rich_text` reads it with markdown-it-py into the small
:class:`~cbodesk.reports.model.RichText` model both renderers draw.

Only what the minutes' editor makes is kept: paragraphs, **bold**, *italic*,
bullet and numbered lists (nested, numbered from their start), line breaks.
Anything else a pasted text may bring degrades to plain paragraphs: a heading
becomes a bold paragraph, a block of code or a table its text line by line, a
quote its paragraphs, a link its words, an image its description; inline code
its text; raw HTML its text without the tags. Nothing is lost that a reader
of the paper minutes would need, and nothing is drawn that the renderers do
not know.

Nothing here imports Qt.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Sequence
from typing import Any

from cbodesk.domain.formatting import from_khmer_digits
from cbodesk.reports.model import RichBlock, RichList, RichParagraph, RichText, TextRun

__all__ = ["plain_text", "rich_text"]

_TAG = re.compile(r"<[^>]*>")
_KHMER_ITEM = re.compile(r"^( {0,12})([\u17e0-\u17e9]{1,9})([.)])(?=[ \t]|$)", re.MULTILINE)
_TABLE_RULE = re.compile(r"^\s*\|?[\s:|-]*-[\s:|-]*$")


@functools.lru_cache(maxsize=1)
def _parser() -> Any:
    from markdown_it import MarkdownIt

    # CommonMark as written: no tables, no strikethrough, raw HTML read as text blocks.
    return MarkdownIt("commonmark")


def rich_text(markdown: str) -> RichText:
    """*markdown* as rich-text blocks (empty text: no blocks)."""
    if not markdown.strip():
        return RichText(())
    # "១. …" starts a numbered item as "1. …" does (CommonMark knows only ASCII digits).
    markdown = _KHMER_ITEM.sub(lambda m: m.group(1) + from_khmer_digits(m.group(2)) + m.group(3), markdown)
    tokens = _parser().parse(markdown)
    blocks, _ = _blocks(tokens, 0, None)
    return RichText(tuple(blocks))


def plain_text(markdown: str) -> str:
    """*markdown* as plain lines: lists with their bullets and numbers, indented."""
    return "\n".join("    " * max(depth - 1, 0) + line for depth, line in rich_text(markdown).lines())


def _blocks(tokens: Sequence[Any], i: int, closing: str | None) -> tuple[list[RichBlock], int]:
    """The blocks from token *i* up to the token of type *closing* (or the end); returns
    them and the index after the closing token."""
    found: list[RichBlock] = []
    while i < len(tokens):
        token = tokens[i]
        kind = token.type
        if closing is not None and kind == closing:
            return found, i + 1
        if kind == "paragraph_open":
            inline = tokens[i + 1]
            lines = inline.content.split("\n")
            # A table pasted as Markdown (not CommonMark): its rows stay lines, its rule goes.
            table = len(lines) > 1 and all(line.lstrip().startswith("|") for line in lines)
            children: list[Any] = []
            for child in inline.children or []:
                if table and child.type == "text" and _TABLE_RULE.match(child.content):
                    continue
                if table and child.type == "softbreak" and (not children or children[-1].type == "softbreak"):
                    continue
                children.append(child)
            runs = _runs(children, line_breaks=table)
            if runs:
                found.append(RichParagraph(runs))
            i += 3  # paragraph_open, inline, paragraph_close
        elif kind == "heading_open":
            runs = _runs(tokens[i + 1].children or [], bold=True)
            if runs:
                found.append(RichParagraph(runs))
            i += 3
        elif kind in ("bullet_list_open", "ordered_list_open"):
            ordered = kind == "ordered_list_open"
            start = 1
            if ordered:
                try:
                    start = int(token.attrGet("start") or 1)
                except (TypeError, ValueError):
                    start = 1
            items: list[tuple[RichBlock, ...]] = []
            i += 1
            end = kind.replace("_open", "_close")
            while i < len(tokens) and tokens[i].type != end:
                if tokens[i].type == "list_item_open":
                    item, i = _blocks(tokens, i + 1, "list_item_close")
                    items.append(tuple(item))
                else:
                    i += 1
            found.append(RichList(ordered, tuple(items), start))
            i += 1
        elif kind in ("code_block", "fence", "html_block"):
            text = token.content
            if kind == "html_block":
                text = html.unescape(_TAG.sub("", text))
            lines = [line.rstrip() for line in text.strip("\n").split("\n")]
            text = "\n".join(lines).strip()
            if text:
                found.append(RichParagraph((TextRun(text),)))
            i += 1
        else:
            # blockquote_open/close, hr, list items out of place: their content, if any,
            # is read as it comes.
            i += 1
    return found, i


def _runs(children: Sequence[Any], bold: bool = False, line_breaks: bool = False) -> tuple[TextRun, ...]:
    """The inline tokens of a paragraph as runs, neighbours of one style joined."""
    runs: list[TextRun] = []
    strong = 1 if bold else 0
    emphasis = 0

    def add(text: str) -> None:
        if not text:
            return
        style = (strong > 0, emphasis > 0)
        if runs and (runs[-1].bold, runs[-1].italic) == style:
            runs[-1] = TextRun(runs[-1].text + text, *style)
        else:
            runs.append(TextRun(text, *style))

    for child in children:
        kind = child.type
        if kind in ("text", "code_inline"):
            add(child.content)
        elif kind == "softbreak":
            # The writer wrapped a long line: the paragraph goes on (a table's rows stay lines).
            add("\n" if line_breaks else " ")
        elif kind == "hardbreak":
            add("\n")
        elif kind == "strong_open":
            strong += 1
        elif kind == "strong_close":
            strong -= 1
        elif kind == "em_open":
            emphasis += 1
        elif kind == "em_close":
            emphasis -= 1
        elif kind == "image":
            add(child.content or "".join(c.content for c in child.children or []))
        elif kind == "html_inline" and child.content.lower().startswith("<br"):
            add("\n")
        # link_open/link_close: the link's words are text tokens between them.
    # No paragraph begins or ends with a line break or spaces.
    while runs and not runs[-1].text.strip():
        runs.pop()
    while runs and not runs[0].text.strip():
        runs.pop(0)
    if runs:
        runs[0] = TextRun(runs[0].text.lstrip(), runs[0].bold, runs[0].italic)
        runs[-1] = TextRun(runs[-1].text.rstrip(), runs[-1].bold, runs[-1].italic)
    return tuple(runs)
