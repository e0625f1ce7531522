"""The minutes' Markdown read into rich-text blocks: paragraphs, bold and italic, nested
bullet and numbered lists with their start numbers, and everything else degraded to plain
paragraphs; and the plain lines Excel gets."""

from __future__ import annotations

from cbodesk.reports.markdown import plain_text, rich_text
from cbodesk.reports.model import RichList, RichParagraph, RichText, TextRun


def para(*runs: TextRun | str) -> RichParagraph:
    return RichParagraph(tuple(TextRun(r) if isinstance(r, str) else r for r in runs))


def test_paragraphs_with_bold_and_italic() -> None:
    text = rich_text("The committee **agreed** to *repair the well*\nbefore the rains.\n\n"
                     "A ***very*** short second one.")
    assert text == RichText((
        para("The committee ", TextRun("agreed", bold=True), " to ", TextRun("repair the well", italic=True),
             " before the rains."),  # a wrapped line goes on
        para("A ", TextRun("very", bold=True, italic=True), " short second one."),
    ))


def test_empty_text_has_no_blocks() -> None:
    assert rich_text("") == RichText(())
    assert rich_text("  \n\n ") == RichText(())


def test_nested_lists_and_start_numbers() -> None:
    text = rich_text("3. third\n4. fourth\n   - sub **one**\n   - sub two\n     1. deep\n\n"
                     "   Second paragraph of the fourth.\n")
    [numbered] = text.blocks
    assert isinstance(numbered, RichList) and numbered.ordered and numbered.start == 3
    first, second = numbered.items
    assert first == (para("third"),)
    assert second[0] == para("fourth")
    bullets = second[1]
    assert isinstance(bullets, RichList) and not bullets.ordered
    assert bullets.items[0] == (para("sub ", TextRun("one", bold=True)),)
    deep = bullets.items[1][1]
    assert isinstance(deep, RichList) and deep.ordered and deep.start == 1
    assert deep.items == ((para("deep"),),)
    assert second[2] == para("Second paragraph of the fourth.")
    assert text.lines() == [(1, "3. third"), (1, "4. fourth"), (2, "◦ sub one"), (2, "◦ sub two"),
                            (3, "1. deep"), (1, "Second paragraph of the fourth.")]


def test_bullets_by_depth_in_plain_text() -> None:
    assert plain_text("- a\n  - b\n    - c\n      - d\n- e") == (
        "• a\n    ◦ b\n        ▪ c\n            • d\n• e")


def test_line_breaks_stay() -> None:
    assert rich_text("first line  \nsecond line\\\nthird") == RichText((
        para("first line\nsecond line\nthird"),))
    assert rich_text("one<br>two").blocks == (para("one\ntwo"),)


def test_other_markdown_degrades_to_plain_paragraphs() -> None:
    text = rich_text("# Heading *one*\n\n> quoted **words**\n\n```\ncode  kept\n  indented\n```\n\n"
                     "See [the plan](https://example.org) ![a photo](p.png) and `code`.\n\n---\n\n"
                     "<div><b>raw</b> html</div>\n\n| a | b |\n|---|---|\n| 1 | 2 |\n")
    assert text == RichText((
        para(TextRun("Heading ", bold=True), TextRun("one", bold=True, italic=True)),
        para("quoted ", TextRun("words", bold=True)),
        para("code  kept\n  indented"),
        para("See the plan a photo and code."),
        para("raw html"),
        para("| a | b |\n| 1 | 2 |"),
    ))
    assert all(isinstance(b, RichParagraph) for b in text.blocks)


def test_what_qt_writes() -> None:
    # QTextDocument.toMarkdown: "- " bullets indented by two, numbered items "1.  ", blank lines.
    text = rich_text("Result:\n\n- Point one\n  - Point one a\n- Point two\n\n1.  First\n2.  Second\n")
    assert text.lines() == [(0, "Result:"), (1, "• Point one"), (2, "◦ Point one a"), (1, "• Point two"),
                            (1, "1. First"), (1, "2. Second")]
