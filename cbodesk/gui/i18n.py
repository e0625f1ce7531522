"""Language, fonts and formatting on screen.

The Khmer translation is one ``.qm`` file; switching language swaps the
translator and Qt sends every widget a ``LanguageChange`` event, on which our
widgets retranslate themselves (``retranslate()``). Qt ships no Khmer catalogue
for its own dialogs, so the standard buttons we show are translated in our
catalogue under Qt's own contexts.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from cbodesk import paths
from cbodesk.domain.errors import UserError
from cbodesk.i18n import N_

if TYPE_CHECKING:
    from cbodesk.domain.formatting import LocaleSettings

log = logging.getLogger(__name__)

KHMER_FAMILY = "Noto Sans Khmer"
LANGUAGE_NAMES = {"en": "English", "km": "ខ្មែរ (Khmer)"}

# Strings of Qt's own widgets that we show: Qt has no Khmer catalogue.
N_("QPlatformTheme", "OK")
N_("QPlatformTheme", "Cancel")
N_("QPlatformTheme", "&Yes")
N_("QPlatformTheme", "&No")
N_("QPlatformTheme", "Close")
N_("QPlatformTheme", "Save")
N_("QPlatformTheme", "Open")
N_("QWizard", "< &Back")
N_("QWizard", "&Next >")
N_("QWizard", "&Finish")
N_("QWizard", "Cancel")
N_("QWizard", "Go Back")
N_("QWizard", "Continue")
N_("QWizard", "Commit")
N_("QWizard", "Done")
N_("QLineEdit", "&Copy")
N_("QLineEdit", "Cu&t")
N_("QLineEdit", "&Paste")
N_("QLineEdit", "&Undo")
N_("QLineEdit", "&Redo")
N_("QLineEdit", "Delete")
N_("QLineEdit", "Select All")
N_("QProgressDialog", "Cancel")


def tr_core(context: str, text: str) -> str:
    """Translate a string the Qt-free core marked with ``N_``."""
    return QCoreApplication.translate(context, text)


def user_message(exc: UserError) -> str:
    return exc.text(tr_core)


class Languages:
    """Installs the translator for the chosen language and switches it at run time."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.language = "en"
        self._translator: QTranslator | None = None

    def set_language(self, language: str) -> None:
        if self._translator is not None:
            self.app.removeTranslator(self._translator)
            self._translator = None
        if language != "en":
            translator = QTranslator(self.app)
            qm = paths.resource("translations", f"cbodesk_{language}.qm")
            if translator.load(str(qm)):
                self.app.installTranslator(translator)
                self._translator = translator
            else:
                log.error("translation %s could not be loaded", qm)
                language = "en"
        self.language = language
        QLocale.setDefault(QLocale(QLocale.Language.Khmer if language == "km" else QLocale.Language.English,
                                   QLocale.Country.Cambodia))
        set_app_font(self.app, language)


def load_fonts() -> None:
    # Latin text uses the system's own interface font; the Noto Sans files are for PDFs.
    for name in ("NotoSansKhmer-Regular.ttf", "NotoSansKhmer-Bold.ttf"):
        if QFontDatabase.addApplicationFont(str(paths.resource("fonts", name))) < 0:
            log.error("font %s could not be loaded", name)


_system_family: str | None = None


def set_app_font(app: QApplication, language: str) -> None:
    font = QFont(app.font())
    global _system_family
    if _system_family is None:
        _system_family = font.family()
    # The system font first (Noto Sans Khmer has no Latin letters), then Khmer for the rest.
    font.setFamilies([_system_family, KHMER_FAMILY])
    # Khmer stacks vowels and subscripts above and below: it needs a larger size to read.
    font.setPointSizeF(11.0 if language == "km" else 10.0)
    app.setFont(font)


def locale_settings(language: str, khmer_digits: bool) -> LocaleSettings:
    # Babel costs ~50 ms to import: not before something is formatted (startup time).
    from cbodesk.domain.formatting import LocaleSettings

    return LocaleSettings(language=language, khmer_digits=khmer_digits)


class Retranslating:
    """Mixin for widgets: calls ``retranslate()`` whenever the language changes.

    Put it before the Qt base class: ``class Page(Retranslating, QWidget)``.
    """

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]
