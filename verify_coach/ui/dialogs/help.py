"""Help: how to use verify_coach, and every keyboard shortcut."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ..i18n import QT_TRANSLATE_NOOP

SHORTCUTS = (  # descriptions translated when shown (self.tr in HelpDialog)
    ("Ctrl+P", QT_TRANSLATE_NOOP("HelpDialog", "Practise")),
    ("Ctrl+W", QT_TRANSLATE_NOOP("HelpDialog", "Practise weak facts")),
    ("Ctrl+Shift+C", QT_TRANSLATE_NOOP("HelpDialog", "Cram before the call (does not change your schedule)")),
    ("Ctrl+R", QT_TRANSLATE_NOOP("HelpDialog", "Review missed facts")),
    ("Ctrl+M", QT_TRANSLATE_NOOP("HelpDialog", "Mock call")),
    ("Ctrl+D", QT_TRANSLATE_NOOP("HelpDialog", "Dashboard")),
    ("Ctrl+Shift+P", QT_TRANSLATE_NOOP("HelpDialog", "Profile editor")),
    ("Ctrl+T", QT_TRANSLATE_NOOP("HelpDialog", "Set the call date")),
    ("Ctrl+I", QT_TRANSLATE_NOOP("HelpDialog", "Import a profile (or drop a file on the window)")),
    ("Ctrl+N", QT_TRANSLATE_NOOP("HelpDialog", "New profile")),
    ("Ctrl+S", QT_TRANSLATE_NOOP("HelpDialog", "Save the profile you are editing")),
    ("Ctrl+Shift+S", QT_TRANSLATE_NOOP("HelpDialog", "Save the profile as a file")),
    ("Ctrl+Tab · Ctrl+Shift+Tab", QT_TRANSLATE_NOOP("HelpDialog", "Profile editor: the next or previous section")),
    ("Ctrl+Shift+Z · Ctrl+Y", QT_TRANSLATE_NOOP("HelpDialog", "Profile editor: redo")),
    ("Ctrl+E", QT_TRANSLATE_NOOP("HelpDialog", "Export a study sheet")),
    ("Ctrl+,", QT_TRANSLATE_NOOP("HelpDialog", "Settings")),
    ("F1", QT_TRANSLATE_NOOP("HelpDialog", "This help")),
    ("Ctrl+Q", QT_TRANSLATE_NOOP("HelpDialog", "Quit (your answers are already saved)")),
    ("Enter", QT_TRANSLATE_NOOP("HelpDialog", "Submit an answer / go to the next question")),
    ("1 – 4", QT_TRANSLATE_NOOP("HelpDialog", "Pick a choice")),
    ("A · Alt+A", QT_TRANSLATE_NOOP("HelpDialog", "Practice: answer aloud on or off (Alt+A while typing)")),
    ("1 · 2 · 3", QT_TRANSLATE_NOOP("HelpDialog", "An answer said aloud: Right, Close, Wrong; an open or explain "
                                                  "question: Good, Okay, Poor (in the call: tick the points)")),
    ("H · P", QT_TRANSLATE_NOOP("HelpDialog", "An answer said aloud: hear the right answer, play what you said")),
    ("Ctrl+Enter", QT_TRANSLATE_NOOP("HelpDialog", "Be ready to explain: I have answered")),
    ("Ctrl+Z",
     QT_TRANSLATE_NOOP("HelpDialog", "Undo the last answer (or the last edit in the profile editor)")),
    ("Ctrl+Shift+R", QT_TRANSLATE_NOOP("HelpDialog", "I was right: count a wrong verdict as right (after a typed answer)")),
    ("Esc", QT_TRANSLATE_NOOP("HelpDialog", "End the session and see its summary")),
    ("Ctrl+F", QT_TRANSLATE_NOOP("HelpDialog", "Search the missed facts")),
    ("R · Alt+R", QT_TRANSLATE_NOOP("HelpDialog", "Mock call: ask the agent to repeat the question (Alt+R while typing)")),
    ("S · Alt+S", QT_TRANSLATE_NOOP("HelpDialog", "Mock call: ask the agent to repeat it slower (Alt+S while typing)")),
    ("F8", QT_TRANSLATE_NOOP("HelpDialog", "Mock call: pause or resume")),
    ("T", QT_TRANSLATE_NOOP("HelpDialog", "Mock call: type this answer instead of saying it")),
    ("Esc", QT_TRANSLATE_NOOP("HelpDialog", "Mock call: end the call (asks first)")),
)


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Help"))
        self.resize(640, 620)
        lay = QVBoxLayout(self)
        view = QTextBrowser()
        view.setAccessibleName(self.tr("Help text"))
        view.setOpenExternalLinks(False)
        rows = "".join(
            f"<tr><td style='padding:3px 14px 3px 0'><b>{k}</b></td><td>{self.tr(v)}</td></tr>" for k, v in SHORTCUTS
        )
        view.setHtml(
            "<h2>" + self.tr("How verify_coach works") + "</h2><p>"
            + self.tr("Load your own profile (import it, type it in, or try the demo). verify_coach turns its key "
                      "facts into the questions an agent asks on a verification call. Answer them in Practice; "
                      "every answer is saved at once. The dashboard shows how ready you are for the date of "
                      "your call, and Missed facts lists what you get wrong or answer slowly.")
            + "</p><p>"
            + self.tr("Readiness is the predicted chance that you recall each fact at the moment of the call. Set "
                      "the call date so practice is planned for it. Slow answers count: hesitation matters on "
                      "a call.")
            + "</p><p><i>"
            + self.tr("Use verify_coach only with your own, true profile, and only before the call.")
            + "</i></p><h3>" + self.tr("Keyboard shortcuts") + "</h3><table>" + rows + "</table>"
        )
        lay.addWidget(view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
