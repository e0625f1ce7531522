"""Printing Khmer with reportlab: fonts, script runs, line breaks, corrections.

The PDF renderer (:mod:`cbodesk.reports.pdf`) draws every piece of text
through this module:

* **Fonts.** :func:`register_fonts` registers the shipped Noto Sans (Latin)
  and Noto Sans Khmer faces with reportlab once per process. Noto Sans Khmer
  has no Latin letters and no ASCII digits (NOTES.md, "Khmer text"), so mixed
  text such as ``សរុប Total 1,234,567៛`` is drawn as runs, each in the font of
  its script: :func:`font_runs`.
* **Line breaks.** reportlab breaks lines only at spaces, and Khmer writes the
  words of a phrase without spaces. :func:`break_opportunities` gives the
  places a line may end: after spaces, between Khmer orthographic clusters
  (:func:`clusters`), where Khmer meets another script. A break never falls
  before a combining mark nor after a COENG, so a consonant never loses its
  subscript or its vowel.
* **Three corrections to reportlab 5.1.0** (:func:`install_corrections`),
  each the smallest change that makes reportlab's own shaping right for
  Khmer; they are process-wide, installed once, and checked against the
  pinned reportlab version by ``tests/reports/test_khmer.py``:

  1. ``PDFTextObject.setRise`` forgets the new rise when it rewrites the
     previous ``Ts`` operator, so after a vowel drawn lower under a
     subscript every following glyph, and the next paragraph, sits low.
  2. Without the ``rlbidi`` package (not on PyPI) reportlab's fallback
     ``bidiShapedText`` ignores ``shaping=True``: ``drawString(...,
     shaping=True)`` and plain-string table cells with the ``SHAPING`` style
     come out unshaped (COENG drawn as a sign, vowels out of place).
  3. Shaping asks HarfBuzz for discretionary ligatures (``dlig``), which
     fonts reserve for decoration: Latin text in such fonts prints "ﬆ" for
     "st". Only HarfBuzz's default features (``liga``, ``kern`` and the
     Khmer shaper's own) are wanted.

Nothing here imports Qt.
"""

from __future__ import annotations

import logging
import re
import threading
import unicodedata
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)

# The reportlab release the corrections were written for and checked against
# (pyproject.toml pins it). A new release may have moved or fixed the code
# they replace: check each correction and its test before changing the pin.
CORRECTED_REPORTLAB = "5.1.0"

# --- fonts -----------------------------------------------------------------


@dataclass(frozen=True)
class Fonts:
    """The reportlab names of the Latin and the Khmer face of one weight."""

    latin: str
    khmer: str


REGULAR = Fonts("CBODesk-Sans", "CBODesk-Khmer")
BOLD = Fonts("CBODesk-Sans-Bold", "CBODesk-Khmer-Bold")

_FONT_FILES = {
    REGULAR.latin: "NotoSans-Regular.ttf",
    BOLD.latin: "NotoSans-Bold.ttf",
    REGULAR.khmer: "NotoSansKhmer-Regular.ttf",
    BOLD.khmer: "NotoSansKhmer-Bold.ttf",
}

# Set on the functions the corrections put in place (tests look for it).
CORRECTION_MARK = "__cbodesk_correction__"
# What the corrections replaced, by name, so tests can show each fault is real.
ORIGINALS: dict[str, Any] = {}

_lock = threading.Lock()
_fonts_registered = False
_corrections_installed = False


def register_fonts() -> None:
    """Register the four shipped faces with reportlab (idempotent, thread-safe).

    Registered shapable, so text drawn in them can be shaped by HarfBuzz, and
    as two families so ``<b>`` in reportlab markup finds the bold face.
    """
    global _fonts_registered
    if _fonts_registered:
        return
    with _lock:
        if _fonts_registered:
            return
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        from cbodesk.paths import resource

        for name, file in _FONT_FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource("fonts", file)), shapable=True))
        for fonts_regular, fonts_bold in ((REGULAR.latin, BOLD.latin), (REGULAR.khmer, BOLD.khmer)):
            for bold, italic, face in ((0, 0, fonts_regular), (1, 0, fonts_bold),
                                       (0, 1, fonts_regular), (1, 1, fonts_bold)):
                addMapping(fonts_regular, bold, italic, face)
        _fonts_registered = True


# --- characters -------------------------------------------------------------

COENG = "\u17d2"
ZWSP = "\u200b"
ZWNJ = "\u200c"
ZWJ = "\u200d"
_JOINERS = frozenset((ZWNJ, ZWJ))
# Where a line may end after: a space, a tab, a zero-width space (which Khmer
# writers put between words precisely so that lines can break there).
_BREAK_AFTER = frozenset((" ", "\t", ZWSP))

# Khmer (U+1780-U+17FF) and Khmer Symbols (U+19E0-U+19FF, lunar dates).
_KHMER_CHARS = "\u1780-\u17ff\u19e0-\u19ff"
_HAS_KHMER = re.compile(f"[{_KHMER_CHARS}]").search
# A run drawn in the Khmer face: Khmer characters, and the spaces, joiners and
# separators between them (the Khmer face has those: "១,២៣៤.៥០៛" and
# "១៤/០៣/២០២៥" stay one run, and HarfBuzz keeps its context).
_KHMER_RUN = re.compile(f"[{_KHMER_CHARS}](?:[{_KHMER_CHARS}\u200b-\u200d\u00a0 ,.:/-]*[{_KHMER_CHARS}])?")


def has_khmer(text: str) -> bool:
    return _HAS_KHMER(text) is not None


# Khmer letters and signs: text that stacks subscripts and vowels above and
# below the line, and needs a taller line than Latin. Digits, punctuation
# and the riel sign do not.
_STACKS = re.compile("[\u1780-\u17d3\u17dc\u17dd\u19e0-\u19ff]").search


def needs_tall_lines(text: str) -> bool:
    """Whether *text* has Khmer letters, which need more line height than Latin."""
    return _STACKS(text) is not None


def _is_khmer(ch: str) -> bool:
    o = ord(ch)
    return 0x1780 <= o <= 0x17FF or 0x19E0 <= o <= 0x19FF


def _is_khmer_base(ch: str) -> bool:
    """A consonant or an independent vowel: a cluster starts here."""
    o = ord(ch)
    return 0x1780 <= o <= 0x17B3 or o == 0x17DC


def _is_khmer_digit(ch: str) -> bool:
    o = ord(ch)
    return 0x17E0 <= o <= 0x17E9 or 0x17F0 <= o <= 0x17F9


def _is_mark(ch: str) -> bool:
    """A combining character (dependent vowels, signs, COENG), a joiner."""
    o = ord(ch)
    if 0x17B4 <= o <= 0x17D3 or o == 0x17DD:
        return True
    if ch in _JOINERS:
        return True
    return o >= 0x300 and unicodedata.category(ch) in ("Mn", "Mc", "Me")


# A Khmer orthographic cluster: a base (consonant or independent vowel), then
# any COENG + consonant pairs (subscripts), dependent vowels, signs and
# joiners, in any order the writer typed them.
_CLUSTER = re.compile(
    "[\u1780-\u17b3\u17dc](?:\u17d2[\u1780-\u17b3]?|[\u17b4-\u17d1\u17d3\u17dd\u200c\u200d])*"
)


def clusters(text: str) -> list[str]:
    """*text* cut into units no line break may enter.

    A Khmer cluster is one unit (``ស្ត្រី`` is ``["ស្ត្រី"]``,
    ``កសិកម្ម`` is ``["ក", "សិ", "ក", "ម្ម"]``); any other character is a unit
    of its own together with the combining marks that follow it.
    """
    units: list[str] = []
    i, n = 0, len(text)
    while i < n:
        match = _CLUSTER.match(text, i)
        if match is not None:
            j = match.end()
        else:
            j = i + 1
            while j < n and _is_mark(text[j]):
                j += 1
        units.append(text[i:j])
        i = j
    return units


def break_opportunities(text: str, *, inside_words: bool = True) -> list[int]:
    """Offsets where a line of *text* may end (the next line starts there).

    Always after a space, a tab or a zero-width space; never before a space,
    before a combining mark or a joiner, or after a COENG. With
    *inside_words* also between two Khmer clusters, and where Khmer meets a
    letter or digit of another script (``សរុបTotal``). Punctuation stays
    with what it follows (``។``, ``៛``, ``,``).
    """
    found: list[int] = []
    prev = text[0] if text else ""
    for i in range(1, len(text)):
        ch = text[i]
        before = prev
        prev = ch
        if ch in _BREAK_AFTER or _is_mark(ch) or before == COENG or before in _JOINERS:
            continue
        if before in _BREAK_AFTER:
            found.append(i)
            continue
        if not inside_words:
            continue
        if _is_khmer_base(ch) or (_is_khmer_digit(ch) and not _is_khmer_digit(before)):
            # A new Khmer cluster: after Khmer, or after a letter or digit of another script.
            if _is_khmer(before) or before.isalnum():
                found.append(i)
        elif _is_khmer(before) and ch.isalnum() and not _is_khmer(ch):
            found.append(i)  # Khmer followed by Latin letters or ASCII digits
    return found


def grapheme_boundaries(text: str) -> list[int]:
    """Every offset that does not split a cluster: the last resort for a
    "word" wider than the line (a long reference, a row of dots)."""
    offsets: list[int] = []
    i = 0
    for unit in clusters(text):
        i += len(unit)
        offsets.append(i)
    return offsets[:-1]


def font_runs(text: str, fonts: Fonts) -> list[tuple[str, str]]:
    """*text* as (font name, text) runs: Khmer in the Khmer face, the rest in the Latin face.

    ``"សរុប Total 1,234,567៛"`` → Khmer ``"សរុប"``, Latin ``" Total 1,234,567"``,
    Khmer ``"៛"``.
    """
    if _HAS_KHMER(text) is None:
        return [(fonts.latin, text)] if text else []
    runs: list[tuple[str, str]] = []
    at = 0
    for match in _KHMER_RUN.finditer(text):
        start, end = match.span()
        if start > at:
            runs.append((fonts.latin, text[at:start]))
        runs.append((fonts.khmer, text[start:end]))
        at = end
    if at < len(text):
        runs.append((fonts.latin, text[at:]))
    return runs


_shaping = threading.Lock()


def shape(text: str, font: str, size: float) -> str:
    """*text* shaped by HarfBuzz in *font*: a reportlab ``ShapedStr`` (glyphs
    and their positions), or *text* itself when shaping changes nothing.

    Serialised: the first time reportlab meets a glyph that no character maps
    to (Khmer subscript forms), it gives it a private code point in tables the
    font shares with every thread, without a lock.
    """
    from reportlab.pdfbase.ttfonts import shapeStr

    with _shaping:
        shaped: str = shapeStr(text, font, size)
        return shaped


# --- the corrections -----------------------------------------------------------


def install_corrections() -> None:
    """Correct reportlab's complex-script text for Khmer (idempotent, thread-safe).

    See the module docstring for the three faults. Each correction replaces
    one function with a version that differs only where the fault is.
    """
    global _corrections_installed
    if _corrections_installed:
        return
    with _lock:
        if _corrections_installed:
            return
        import reportlab

        if reportlab.Version != CORRECTED_REPORTLAB:
            log.warning("reportlab %s: the Khmer corrections were checked against %s",
                        reportlab.Version, CORRECTED_REPORTLAB)
        _correct_set_rise()
        _correct_shaping_fallback()
        _correct_discretionary_ligatures()
        _corrections_installed = True


def _correct_set_rise() -> None:
    """Correction 1: ``setRise`` keeps the rise it writes.

    reportlab 5.1.0, when the previous operator is a ``Ts``, overwrites it
    (``r0 Ts r1 Ts`` → ``r1 Ts``) but leaves ``_rise`` at the old value, so
    the shaped-text loop in ``_formatText`` believes the baseline is back and
    never writes ``0 Ts``. Also guards the empty-code case.
    """
    from reportlab.lib.rl_accel import fp_str
    from reportlab.pdfgen.textobject import PDFTextObject

    def setRise(self: Any, rise: float) -> None:
        "Move text baseline up or down to allow superscript/subscripts"
        operator = f"{fp_str(rise)} Ts"
        if self._code and self._code[-1].endswith(" Ts"):
            self._y += self._rise  # undo the operator being replaced
            self._code[-1] = operator
        else:
            self._code.append(operator)
        self._rise = rise  # reportlab 5.1.0 skipped this when replacing
        self._y -= rise

    setattr(setRise, CORRECTION_MARK, True)
    ORIGINALS["setRise"] = PDFTextObject.setRise
    PDFTextObject.setRise = setRise


def _correct_shaping_fallback() -> None:
    """Correction 2: ``bidiShapedText`` shapes when asked, without rlbidi.

    reportlab has two versions of this function; without ``rlbidi`` the
    fallback returns the text unshaped whatever *shaping* says. The
    replacement keeps the fallback's behaviour for direction (a warning) and
    shapes a left-to-right string as the rlbidi version does. It also
    measures an already shaped string by its glyph advances. Installed in
    every module that imported the function by name.
    """
    import sys

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import ShapedStr, shapeStr
    from reportlab.pdfgen import canvas as rl_canvas
    from reportlab.pdfgen import textobject

    if textobject.rtlSupport:
        return  # rlbidi is there: reportlab's own version shapes
    bidi_text = textobject.bidiText

    def bidiShapedText(text: Any, direction: Any = "RTL", clean: bool = True,
                       fontName: str = "Helvetica", fontSize: float = 10,
                       shaping: bool = False) -> tuple[str, float]:
        if isinstance(text, bytes):
            text = text.decode("utf8")
        text = bidi_text(text, direction=direction)
        if shaping and not isinstance(text, ShapedStr) and pdfmetrics.getFont(fontName).shapable:
            text = shapeStr(text, fontName, fontSize)
        if isinstance(text, ShapedStr):
            width = sum(data.x_advance for data in text.__shapeData__) * fontSize / 1000
        else:
            width = pdfmetrics.stringWidth(text, fontName, fontSize)
        return text, width

    setattr(bidiShapedText, CORRECTION_MARK, True)
    ORIGINALS["bidiShapedText"] = textobject.bidiShapedText
    modules: list[Any] = [textobject, rl_canvas, sys.modules.get("reportlab.graphics.renderPM")]
    for module in modules:
        if module is not None:
            module.bidiShapedText = bidiShapedText


def _correct_discretionary_ligatures() -> None:
    """Correction 3: no ``dlig``.

    ``shapeFragWord`` (behind Paragraph shaping and ``shapeStr``) has a
    default ``features`` dict that turns ``dlig`` on. Switching it off in
    that dict corrects every caller that relies on the default, including
    modules that imported the function by name.
    """
    from reportlab.pdfbase import ttfonts

    defaults = ttfonts.shapeFragWord.__defaults__
    if defaults and isinstance(defaults[0], dict):
        ORIGINALS["dlig"] = defaults[0].get("dlig")
        defaults[0]["dlig"] = False


def corrections_installed() -> bool:
    return _corrections_installed
