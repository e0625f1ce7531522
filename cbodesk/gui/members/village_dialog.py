"""Adding a village (and its commune) to the list members are chosen from."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from cbodesk.domain.errors import UserError
from cbodesk.domain.roles import Actor
from cbodesk.gui.cashbook.fields import ProblemMarks, fit_dialog
from cbodesk.gui.forms.ui_members_village_dialog import Ui_VillageDialog
from cbodesk.gui.i18n import Retranslating
from cbodesk.services import members as ms
from cbodesk.storage.database import Cbo


class VillageDialog(Retranslating, QDialog):
    """A new village; ``added`` is the village once saved."""

    def __init__(self, cbo: Cbo, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cbo, self.actor = cbo, actor
        self.added: ms.VillageView | None = None
        self.ui = Ui_VillageDialog()
        ui = self.ui
        ui.setupUi(self)
        # The service names the first name field for a problem with either name.
        self.marks = ProblemMarks(ui.problemsLabel, {"name_km": ui.nameKmEdit, "name_en": ui.nameEnEdit})
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setDefault(True)
        save.clicked.connect(self.save)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self).activated.connect(self.save)
        fit_dialog(self)
        ui.nameKmEdit.setFocus()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)

    def save(self) -> bool:
        ui = self.ui
        try:
            self.added = ms.add_village(self.cbo, self.actor, ui.nameKmEdit.text(), ui.nameEnEdit.text(),
                                        ui.communeKmEdit.text(), ui.communeEnEdit.text())
        except UserError as exc:
            self.marks.show_refusal(self, exc)
            return False
        self.accept()
        return True
