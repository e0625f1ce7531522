"""Khmer in PDFs: clusters, line-break opportunities, script runs, and the
three corrections to reportlab (cbodesk.reports.khmer).

Each correction has a test that fails without it, and a test that shows the
fault is real in the reportlab we pin (so a release that fixes it is noticed
and the correction can go).
"""

from __future__ import annotations

import io
import re
import tomllib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cbodesk.reports import khmer
from cbodesk.reports.khmer import BOLD, COENG, REGULAR, ZWSP

REPO = Path(__file__).resolve().parents[2]

# Real words: a stack of two subscripts and a vowel, coeng + ro (drawn before
# its base), nikahit, a vowel below a subscript.
WOMEN = "ស្ត្រី"
COMMUNITY_FARM = "សហគមន៍កសិកម្ម"
INCOME_AND_EXPENSE = "ប្រាក់ចំណូល និង ចំណាយ"
BOARD = "ក្រុមប្រឹក្សាភិបាល"
MIXED = "សរុប Total 1,234,567៛"
WORDS = [WOMEN, COMMUNITY_FARM, INCOME_AND_EXPENSE, BOARD, "ញ្ញូ", "ព្យុះ", "ស្ត្រូ", "ឱ្យ", "ក៏"]


@pytest.fixture(scope="module", autouse=True)
def ready() -> None:
    khmer.install_corrections()
    khmer.register_fonts()


# --- clusters and breaks ---------------------------------------------------------------


def test_clusters_of_real_words() -> None:
    assert khmer.clusters(WOMEN) == [WOMEN]
    assert khmer.clusters("កសិកម្ម") == ["ក", "សិ", "ក", "ម្ម"]
    assert khmer.clusters(BOARD) == ["ក្រុ", "ម", "ប្រឹ", "ក្សា", "ភិ", "បា", "ល"]
    assert khmer.clusters("សហគមន៍") == ["ស", "ហ", "គ", "ម", "ន៍"]
    assert khmer.clusters("ឱ្យ") == ["ឱ្យ"]
    for word in WORDS:
        assert "".join(khmer.clusters(word)) == word


def cluster_starts(text: str) -> set[int]:
    starts, at = set(), 0
    for unit in khmer.clusters(text):
        starts.add(at)
        at += len(unit)
    return starts


@pytest.mark.parametrize("word", WORDS)
def test_breaks_fall_between_clusters_only(word: str) -> None:
    breaks = khmer.break_opportunities(word)
    assert set(breaks) <= cluster_starts(word)
    for i in breaks:
        assert word[i - 1] != COENG
        assert not ("\u17b4" <= word[i] <= "\u17d3")


def test_breaks_between_every_cluster_and_after_spaces() -> None:
    assert khmer.break_opportunities("កសិកម្ម") == [1, 3, 4]
    assert khmer.break_opportunities(WOMEN) == []  # one cluster: unbreakable
    text = INCOME_AND_EXPENSE
    breaks = khmer.break_opportunities(text)
    assert text.index("និង") in breaks and text.index("ចំណាយ") in breaks  # after the spaces
    assert not any(text[i] == " " for i in breaks)  # never before a space


def test_breaks_between_khmer_and_latin_not_inside_numbers() -> None:
    text = "សរុបTotal 1,234,567៛ ២០២៦ឆ្នាំ"
    breaks = khmer.break_opportunities(text)
    assert text.index("Total") in breaks
    assert text.index("1,234") in breaks
    number = range(text.index("1,234") + 1, text.index("៛") + 1)
    assert not set(breaks) & set(number)  # not inside 1,234,567៛ nor before the ៛
    assert text.index("ឆ្នាំ") in breaks and text.index("០២៦") not in breaks


def test_words_marked_with_zero_width_spaces_break_only_there() -> None:
    text = f"ក្រុម{ZWSP}ប្រឹក្សា{ZWSP}ភិបាល"
    assert khmer.break_opportunities(text, inside_words=False) == [6, 15]


KHMER_PIECES = st.sampled_from(["ក", "ស", "ត", "រ", "ម", "ឱ", COENG, "ា", "ិ", "ី", "ុ", "ូ", "េ", "ំ",
                                "់", "៍", "ៈ", " ", ZWSP, "\u200c", "១", "a", "7", ",", "។", "៛"])


@given(st.lists(KHMER_PIECES, max_size=30).map("".join))
def test_no_break_before_a_mark_or_after_coeng(text: str) -> None:
    for i in khmer.break_opportunities(text):
        assert 0 < i < len(text)
        assert text[i - 1] != COENG and text[i - 1] not in "\u200c\u200d"
        assert not ("\u17b4" <= text[i] <= "\u17d3") and text[i] not in "\u200c\u200d"
    for i in khmer.grapheme_boundaries(text):
        assert i in cluster_starts(text)


# --- script runs -----------------------------------------------------------------------


def test_font_runs_switch_per_script() -> None:
    assert khmer.font_runs(MIXED, REGULAR) == [
        (REGULAR.khmer, "សរុប"), (REGULAR.latin, " Total 1,234,567"), (REGULAR.khmer, "៛")]
    # Khmer digits with their separators stay in one Khmer run; spaces between
    # Khmer words too.
    assert khmer.font_runs("១,២៣៤.៥០៛", BOLD) == [(BOLD.khmer, "១,២៣៤.៥០៛")]
    assert khmer.font_runs(INCOME_AND_EXPENSE, REGULAR) == [(REGULAR.khmer, INCOME_AND_EXPENSE)]
    assert khmer.font_runs("Total", REGULAR) == [(REGULAR.latin, "Total")]
    assert khmer.font_runs("", REGULAR) == []


@pytest.mark.parametrize("text", WORDS + [MIXED, "14 មីនា 2025", "១៤/០៣/២០២៥", "-$12.50", "(ក) – 5%"])
def test_every_character_has_a_glyph_in_its_font(text: str) -> None:
    """No boxes: each run's font has every character of the run."""
    from reportlab.pdfbase import pdfmetrics

    for font, run in khmer.font_runs(text, REGULAR):
        cmap = pdfmetrics.getFont(font).face.charToGlyph
        assert all(ord(ch) in cmap for ch in run), (font, run)


# --- the corrections -----------------------------------------------------------------


def test_corrections_checked_against_the_pinned_reportlab() -> None:
    import reportlab

    assert reportlab.Version == khmer.CORRECTED_REPORTLAB
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert f"reportlab=={khmer.CORRECTED_REPORTLAB}" in project["dependencies"]


def test_corrections_are_installed_once() -> None:
    from reportlab.pdfgen import canvas, textobject

    khmer.install_corrections()  # again: nothing changes
    assert getattr(textobject.PDFTextObject.setRise, khmer.CORRECTION_MARK)
    assert getattr(canvas.bidiShapedText, khmer.CORRECTION_MARK)
    assert textobject.bidiShapedText is canvas.bidiShapedText


_TOKEN = re.compile(rb"\((?:\\[0-7]{1,3}|\\.|[^\\)])*\)|\[|\]|-?[0-9]*\.?[0-9]+|[A-Za-z*']+|/[^\s]+")


def _string_length(literal: bytes) -> int:
    return len(re.findall(rb"\\[0-7]{1,3}|\\.|.", literal[1:-1], re.DOTALL))


def shown_glyphs(code: str) -> list[float]:
    """The text rise in force for each glyph a text-object's code shows."""
    rises: list[float] = []
    rise = 0.0
    operands: list[bytes] = []
    in_array = False
    array: list[bytes] = []
    for token in _TOKEN.findall(code.encode("latin-1")):
        if token == b"[":
            in_array, array = True, []
        elif token == b"]":
            in_array = False
        elif in_array:
            array.append(token)
        elif token == b"Ts":
            rise = float(operands[-1])
        elif token == b"Tj":
            rises += [rise] * _string_length(operands[-1])
        elif token == b"TJ":
            rises += [rise] * sum(_string_length(t) for t in array if t.startswith(b"("))
        if token[:1] in b"(-.0123456789" and not in_array:
            operands.append(token)
    return rises


def draw_shaped(text: str, size: float = 20) -> tuple[str, list[float]]:
    """(the text object's code, the rise each glyph should have)."""
    from reportlab.pdfbase.ttfonts import ShapedStr, shapeStr
    from reportlab.pdfgen.canvas import Canvas

    shaped = shapeStr(text, REGULAR.khmer, size)
    assert isinstance(shaped, ShapedStr)
    canv = Canvas(io.BytesIO())
    obj = canv.beginText(50, 700)
    obj.setFont(REGULAR.khmer, size)
    obj.textOut(shaped)
    expected = [size * data.y_offset / 1000 for data in shaped.__shapeData__]
    return obj.getCode(), expected


# "ញ្ញូ ក": the vowel uu sits lower than the subscript nya before it; the
# space and ka after it belong on the baseline.
RISE_TEXT = "ញ្ញូ ក"


def test_correction_1_glyphs_after_a_lowered_vowel_return_to_the_baseline() -> None:
    code, expected = draw_shaped(RISE_TEXT)
    drawn = shown_glyphs(code)
    assert drawn == pytest.approx(expected, abs=0.01)
    assert drawn[-1] == 0  # the ka
    assert re.findall(r"(-?[0-9.]+) Ts", code)[-1] == "0"  # and the next text starts at 0


def test_correction_1_fault_is_real_in_pinned_reportlab(monkeypatch: pytest.MonkeyPatch) -> None:
    from reportlab.pdfgen.textobject import PDFTextObject

    monkeypatch.setattr(PDFTextObject, "setRise", khmer.ORIGINALS["setRise"])
    code, _ = draw_shaped(RISE_TEXT)
    drawn = shown_glyphs(code)
    assert drawn[-1] < -1  # reportlab 5.1.0 leaves the ka sunk under the line


def _drawn_glyph_count(draw: Any) -> int:
    from reportlab.pdfgen.canvas import Canvas

    canv = Canvas(io.BytesIO())
    draw(canv)
    return len(shown_glyphs(" ".join(c for c in canv._code if "BT" in c)))


def _draw_string(canv: Any) -> None:
    canv.setFont(REGULAR.khmer, 12)
    canv.drawString(10, 10, WOMEN, shaping=True)


def _draw_table_cell(canv: Any) -> None:
    from reportlab.platypus import Table

    table = Table([[WOMEN]], style=[("FONT", (0, 0), (-1, -1), REGULAR.khmer, 12),
                                    ("SHAPING", (0, 0), (-1, -1), 1)])
    table.wrapOn(canv, 200, 100)
    table.drawOn(canv, 10, 100)


def _shaped_glyphs(text: str) -> int:
    from reportlab.pdfbase.ttfonts import shapeStr

    return len(shapeStr(text, REGULAR.khmer, 12).__shapeData__)


@pytest.mark.parametrize("draw", [_draw_string, _draw_table_cell], ids=["drawString", "table cell"])
def test_correction_2_drawstring_and_plain_table_cells_are_shaped(draw: Any) -> None:
    # ស្ត្រី: six characters, four glyphs once shaped (ro before sa, a subscript ta, ii).
    assert _shaped_glyphs(WOMEN) == 4
    assert _drawn_glyph_count(draw) == 4


@pytest.mark.parametrize("draw", [_draw_string, _draw_table_cell], ids=["drawString", "table cell"])
def test_correction_2_fault_is_real_in_pinned_reportlab(draw: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from reportlab.pdfgen import canvas, textobject

    for module in (canvas, textobject):
        monkeypatch.setattr(module, "bidiShapedText", khmer.ORIGINALS["bidiShapedText"])
    assert _drawn_glyph_count(draw) == len(WOMEN)  # one glyph per character: unshaped


def test_correction_2_measures_shaped_text() -> None:
    from reportlab.pdfgen import textobject

    text, width = textobject.bidiShapedText(WOMEN, None, fontName=REGULAR.khmer, fontSize=10,
                                            shaping=True)
    advances = sum(d.x_advance for d in text.__shapeData__) * 10 / 1000
    assert width == pytest.approx(advances)


def test_correction_3_shaping_asks_for_no_discretionary_ligatures(monkeypatch: pytest.MonkeyPatch) -> None:
    import uharfbuzz
    from reportlab.pdfbase.ttfonts import shapeStr

    asked: list[dict[str, Any]] = []
    real_shape = uharfbuzz.shape

    def shape(font: Any, buffer: Any, features: Any = None, *args: Any) -> Any:
        asked.append(dict(features or {}))
        return real_shape(font, buffer, features, *args)

    monkeypatch.setattr(uharfbuzz, "shape", shape)
    shapeStr("first staff", REGULAR.latin, 10)
    shapeStr(WOMEN, REGULAR.khmer, 10)
    assert asked and all(features.get("dlig") is False for features in asked)
    assert khmer.ORIGINALS["dlig"] is True  # reportlab 5.1.0 asks for them


DEJAVU = [Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
          Path("/usr/share/fonts/dejavu/DejaVuSans.ttf")]


def test_correction_3_no_st_ligature_in_latin_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """DejaVu Sans (a common system font) has a discretionary "st" ligature (U+FB06)."""
    from reportlab.pdfbase import pdfmetrics, ttfonts
    from reportlab.pdfbase.ttfonts import TTFont, shapeStr

    font = next((p for p in DEJAVU if p.exists()), None)
    if font is None:
        pytest.skip("DejaVu Sans is not installed")
    if "CBODeskTest-DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("CBODeskTest-DejaVu", str(font)))
    assert "\ufb06" not in shapeStr("first staff", "CBODeskTest-DejaVu", 10)
    features = ttfonts.shapeFragWord.__defaults__[0]
    monkeypatch.setitem(features, "dlig", True)
    assert "\ufb06" in shapeStr("first staff", "CBODeskTest-DejaVu", 10)  # what the fault does
