"""Settings: session length, time per question, what counts as slow, speaking (microphone, the pause that
ends an answer, kept recordings), theme, interface language, and "Delete all my data"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import UserError
from ..context import AppContext
from ..i18n import LANGUAGES, fill
from ..logs import close_log_file, setup_logging
from ..opening import replace_data
from ..ops import Changes
from ..prefs import SETTINGS
from ..widgets.format import file_size

if TYPE_CHECKING:
    from ...core.coach import Coach


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(560)
        p = ctx.prefs
        lay = QVBoxLayout(self)

        study = QGroupBox(self.tr("Practice"))
        f = QFormLayout(study)
        self.session_length = SETTINGS["session_length"].limit(QSpinBox())
        self.session_length.setValue(p.get("session_length"))
        self.session_length.setSuffix(self.tr(" questions"))
        self.session_length.setAccessibleName(SETTINGS["session_length"].tr_label())
        f.addRow(SETTINGS["session_length"].tr_label(), self.session_length)
        self.slow = SETTINGS["slow_seconds"].limit(QSpinBox())
        self.slow.setValue(p.get("slow_seconds"))
        self.slow.setSuffix(self.tr(" s"))
        self.slow.setAccessibleName(self.tr("Slow answer threshold"))
        self.slow.setToolTip(self.tr("The time to aim for: a slower answer counts as hesitant and marks the fact "
                                     "weak (as on the call, where a long pause sounds unsure)."))
        f.addRow(SETTINGS["slow_seconds"].tr_label(), self.slow)
        lay.addWidget(study)

        speaking = QGroupBox(self.tr("Speaking your answers"))
        sv = QVBoxLayout(speaking)
        sf = QFormLayout()
        sv.addLayout(sf)
        mic_row = QHBoxLayout()
        self.microphone = QComboBox()
        self.microphone.setAccessibleName(self.tr("Microphone"))
        self._fill_microphones()
        mic_row.addWidget(self.microphone, 1)
        self.test_mic = QPushButton(self.tr("Test…"))
        self.test_mic.setAccessibleName(self.tr("Test your microphone"))
        self.test_mic.clicked.connect(self.test_microphone)
        mic_row.addWidget(self.test_mic)
        sf.addRow(self.tr("Microphone"), mic_row)
        self.pause = QDoubleSpinBox()
        self.pause.setRange(float(SETTINGS["answer_pause"].minimum or 0.5), float(SETTINGS["answer_pause"].maximum or 4))
        self.pause.setSingleStep(0.1)
        self.pause.setDecimals(1)
        self.pause.setSuffix(self.tr(" s"))
        self.pause.setValue(float(p.get("answer_pause")))
        self.pause.setAccessibleName(SETTINGS["answer_pause"].tr_label())
        self.pause.setToolTip(self.tr("How long you must be silent before a spoken answer counts as finished. "
                                      "Enter or Space ends it at once."))
        sf.addRow(SETTINGS["answer_pause"].tr_label(), self.pause)
        self.keep = QCheckBox(self.tr("Keep a recording of each spoken answer"))
        self.keep.setAccessibleName(SETTINGS["keep_recordings"].tr_label())
        self.keep.setChecked(bool(p.get("keep_recordings")))
        sv.addWidget(self.keep)
        keep_note = QLabel(self.tr("Off by default. When on, what you say is kept as small audio files in your data "
                                   "folder, readable only by you, so you can play it back from your missed facts "
                                   "and reports. Nothing is ever sent anywhere."))
        keep_note.setWordWrap(True)
        keep_note.setProperty("muted", True)
        sv.addWidget(keep_note)
        rec_row = QHBoxLayout()
        self.recordings_used = QLabel(self.tr("Counting recordings…"))
        self.recordings_used.setProperty("muted", True)
        self.recordings_used.setAccessibleName(self.tr("Space used by recordings"))
        rec_row.addWidget(self.recordings_used, 1)
        self.clear_recordings = QPushButton(self.tr("Delete recordings…"))
        self.clear_recordings.setAccessibleName(self.tr("Delete all recordings of spoken answers"))
        self.clear_recordings.setEnabled(False)
        self.clear_recordings.clicked.connect(self.delete_recordings)
        rec_row.addWidget(self.clear_recordings)
        sv.addLayout(rec_row)
        lay.addWidget(speaking)
        self._count_recordings()

        look = QGroupBox(self.tr("Appearance"))
        g = QFormLayout(look)
        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Theme"))
        for key, text in (("system", self.tr("Follow the system")), ("light", self.tr("Light")), ("dark", self.tr("Dark"))):
            self.theme.addItem(text, key)
        self.theme.setCurrentIndex(max(0, self.theme.findData(p.get("theme"))))
        g.addRow(self.tr("Theme"), self.theme)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Interface language"))
        self.language.addItem(self.tr("Follow the system"), "system")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(p.get("language"))))
        g.addRow(self.tr("Interface language"), self.language)
        note = QLabel(self.tr("Questions stay in English: the call is in English."))
        note.setProperty("muted", True)
        g.addRow("", note)
        lay.addWidget(look)

        danger = QGroupBox(self.tr("Your data"))
        d = QVBoxLayout(danger)
        where = QLabel(fill(self.tr("Stored only on this computer, in %1"), str(ctx.data_dir)))
        where.setWordWrap(True)
        where.setProperty("muted", True)
        d.addWidget(where)
        self.delete_button = QPushButton(self.tr("Delete all my data…"))
        self.delete_button.setAccessibleName(self.tr("Delete all my data"))
        self.delete_button.clicked.connect(self.delete_all)
        d.addWidget(self.delete_button)
        lay.addWidget(danger)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        lay.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # wrapped notes never squeeze the rows

    # -- speaking -----------------------------------------------------------------------------
    def _fill_microphones(self) -> None:
        from ...audio import input_devices

        self.microphone.clear()
        devices = input_devices()
        if not devices:
            self.microphone.addItem(self.tr("No microphone found"), "")
            self.microphone.setEnabled(False)
            return
        self.microphone.setEnabled(True)
        self.microphone.addItem(self.tr("The system's default"), "")
        for d in devices:
            self.microphone.addItem(d.name + (self.tr(" (default)") if d.default else ""), d.id)
        self.microphone.setCurrentIndex(max(0, self.microphone.findData(str(self.ctx.prefs.get("microphone") or ""))))

    def test_microphone(self) -> None:
        from .mic_test import MicTestDialog

        self.ctx.prefs.set("microphone", str(self.microphone.currentData() or ""))
        self.ctx.prefs.set("answer_pause", float(self.pause.value()))
        dlg = MicTestDialog(self.ctx, self)
        dlg.exec()
        self.microphone.setCurrentIndex(max(0, self.microphone.findData(str(self.ctx.prefs.get("microphone") or ""))))

    def _count_recordings(self) -> None:
        def done(usage: tuple[int, int]) -> None:
            count, size = usage
            self.recordings_used.setText(
                fill(self.tr("%1 recordings · %2"), str(count), file_size(size)) if count else self.tr("No recordings kept"))
            self.clear_recordings.setEnabled(count > 0)

        self.ctx.op(self, lambda coach: coach.recordings_usage(), name="recordings-usage").success(done).run()

    def delete_recordings(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("Delete recordings"),
            fill(self.tr("Delete every kept recording of your spoken answers (%1)? Your answers and their "
                         "ratings stay."), self.recordings_used.text()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.ctx.op(self, lambda coach: coach.clear_recordings(), changes=Changes.HISTORY,
                    name="clear-recordings").success(lambda _n: self._count_recordings()).run()

    def save(self) -> None:
        p = self.ctx.prefs
        old_theme, old_lang = p.get("theme"), p.get("language")
        p.set("session_length", self.session_length.value())
        p.set("slow_seconds", self.slow.value())
        p.set("theme", self.theme.currentData())
        p.set("language", self.language.currentData())
        p.set("microphone", str(self.microphone.currentData() or ""))
        p.set("answer_pause", float(self.pause.value()))
        p.set("keep_recordings", self.keep.isChecked())
        p.sync()
        timing = p.timing()

        def save_timing(coach: Coach) -> None:
            coach.timing = timing
            coach.save_timing()  # for the CLI: the same weak facts

        self.ctx.op(self, save_timing, changes=Changes.HISTORY, name="save-timing").run()
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        if old_theme != p.get("theme") and app is not None:
            from ..theme import apply_theme

            apply_theme(app, p.get("theme"))  # type: ignore[arg-type]
        if old_lang != p.get("language") and app is not None:
            from ..i18n import install_translator  # dialogs opened from now on speak it already

            install_translator(app, p.get("language"))  # type: ignore[arg-type]
        self.ctx.changed(Changes.PREFS)
        self.accept()
        if old_lang != p.get("language"):  # the window is rebuilt in the new language once this dialog is gone
            QTimer.singleShot(0, self.ctx.bus.language.emit)

    def what_goes(self) -> str:
        """The confirmation's list: everything "Delete all my data" removes, with what is there now."""
        from ...core.backup import personal_data

        found = personal_data(self.ctx.data_dir)
        labels = [
            ("database", self.tr("every profile and your whole answer history (the database)")),
            ("recordings", self.tr("the recordings of your spoken answers and of your mock calls")),
            ("backups", self.tr("all backups kept by verify_coach")),
            ("set aside", self.tr("old databases kept aside by a restore or by “start fresh”")),
            ("logs", self.tr("the logs")),
            ("temporary", self.tr("temporary copies left by an interrupted backup, export or restore")),
        ]
        lines = []
        for kind, label in labels:
            n = len(found.get(kind, []))
            if n or kind in ("database", "recordings", "backups"):
                lines.append(f"• {label}" + (f" ({n})" if n and kind in ("set aside", "temporary") else ""))
        return "\n".join(lines)

    def delete_all(self) -> None:
        word = self.tr("DELETE")
        text, ok = QInputDialog.getText(
            self,
            self.tr("Delete all my data"),
            fill(self.tr("This permanently deletes from this computer:\n%1\n\nType %2 to confirm."),
                 self.what_goes(), word),
            QLineEdit.EchoMode.Normal,
        )
        if not ok:
            return
        if text.strip() != word:  # say so: silently doing nothing looks like a bug (or like it worked)
            QMessageBox.information(self, self.tr("Delete all my data"), fill(
                self.tr("Nothing was deleted: you typed “%1”. To delete everything, type %2 in capitals."),
                text.strip(), word))
            return
        data_dir = self.ctx.data_dir

        def wipe() -> None:
            from ...core.backup import delete_all_data

            close_log_file(data_dir)
            try:
                delete_all_data(data_dir)
            finally:
                setup_logging(data_dir)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, (UserError, OSError)):
                QMessageBox.warning(self, self.tr("Delete all my data"), str(exc))

        replace_data(self.ctx, self, wipe, name="delete-all", screen="welcome", done=lambda _: self.accept(),
                     failed=failed)
