"""File → Restore backup…: the backup's data comes back and every screen shows it; a file that is not a
backup, a damaged one, or a change of mind leaves the data as it was, with a clear message where needed."""

from __future__ import annotations

import io
import zipfile

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from verify_coach.core.backup import RESTORE_PREFIX, make_backup
from verify_coach.core.demo import make_demo_profile
from verify_coach.core.store import DB_FILENAME
from verify_coach.ui.ops import Changes

from .conftest import wait_idle


class Boxes:
    """What the restore flow asked and told the user, with the answers the test gives."""

    def __init__(self, monkeypatch, path, *, confirm=QMessageBox.StandardButton.Yes):
        self.opened: list[str] = []
        self.questions: list[str] = []
        self.infos: list[str] = []
        self.warnings: list[tuple[str, str]] = []

        def open_file(parent, caption, folder, filters):
            self.opened.append(caption)
            return (str(path) if path else "", "Zip files (*.zip)" if path else "")

        def question(parent, title, text, *args, **kwargs):
            self.questions.append(text)
            return confirm

        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(open_file))
        monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
        monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda p, t, text, *a, **k: self.infos.append(text)))
        monkeypatch.setattr(QMessageBox, "warning",
                            staticmethod(lambda p, t, text, *a, **k: self.warnings.append((t, text))))


def _restore_from_menu(app) -> None:
    action = app.window.findChild(QAction, "actRestore")
    assert action is not None and action.text() == "&Restore backup…"
    action.trigger()


def _answer_some(coach, n: int, seed: int) -> None:
    plan = coach.start_session("practice", n, seed=seed)
    for q in plan.questions:
        coach.answer(plan, q, q.answer, 3000)
    coach.end_session(plan)


@pytest.fixture
def backed_up(demo_app, qtbot, tmp_path):
    """The demo app with 4 answers, backed up; then a second profile and more answers after the backup.
    Returns (app, backup path, the figures at the time of the backup)."""
    app = demo_app
    coach = app.ctx.coach
    _answer_some(coach, 4, seed=1)
    backup = make_backup(coach, tmp_path / "saved.zip")
    then = coach.stats().to_json()
    coach.save_profile("Extra", make_demo_profile(seed=9))  # now the active profile
    _answer_some(coach, 3, seed=2)
    app.ctx.changed(Changes.PROFILE | Changes.HISTORY)
    qtbot.waitUntil(lambda: app.window.profile_box.currentText() == "Extra", timeout=15_000)
    wait_idle(qtbot, app)
    return app, backup, then


def _profiles(app) -> list[str]:
    return [p.name for p in app.ctx.coach.profiles()]


def _attempts(app) -> int:
    with app.ctx.coach.store.reader() as con:
        return con.execute("SELECT COUNT(*) FROM attempt").fetchone()[0]


def test_restoring_a_backup_brings_its_data_back_and_every_screen_reloads(backed_up, qtbot, monkeypatch, data_dir):
    app, backup, then = backed_up
    w = app.window
    review = w.screen("review")  # built and shown once: up to date, not dirty
    w.show_screen("review")
    qtbot.waitUntil(lambda: not review.dirty, timeout=15_000)
    wait_idle(qtbot, app)
    old_coach = app.ctx.coach
    boxes = Boxes(monkeypatch, backup)
    dashboard = w.screen("dashboard")
    with qtbot.waitSignal(dashboard.ready, timeout=15_000):
        _restore_from_menu(app)
    qtbot.waitUntil(lambda: bool(boxes.infos), timeout=15_000)
    wait_idle(qtbot, app)

    assert boxes.opened == ["Restore backup"] and len(boxes.questions) == 1
    assert "This replaces your current profiles and history" in boxes.questions[0]
    assert "1 profile: Demo" in boxes.questions[0] and "4 answers" in boxes.questions[0]  # which backup it is
    assert boxes.warnings == []
    assert app.ctx.coach is not old_coach  # the data dir was reopened
    assert _profiles(app) == ["Demo"] and _attempts(app) == 4
    assert app.ctx.coach.stats().to_json() == then
    assert w.current == "dashboard" and dashboard.stats.profile == "Demo"
    assert dashboard.stats.attempts == 4  # the dashboard shows the restored figures, not the old ones
    qtbot.waitUntil(lambda: [w.profile_box.itemText(i) for i in range(w.profile_box.count())] == ["Demo"],
                    timeout=15_000)
    assert review.dirty  # not shown: it reloads when next shown
    w.show_screen("review")
    qtbot.waitUntil(lambda: not review.dirty, timeout=15_000)
    # the previous data is kept aside, and the message says where
    [kept] = data_dir.glob(f"{RESTORE_PREFIX}*")
    assert (kept / DB_FILENAME).is_file()
    assert boxes.infos == [f"Backup restored. Your previous data is kept in {kept}"]


def test_every_screen_marks_itself_dirty_when_the_data_is_replaced(demo_app, qtbot):
    """Screens that do not listen for profile or history changes (welcome, practice, mock call) too."""
    from verify_coach.ui.main_window import SCREENS

    w = demo_app.window
    hidden = [w.screen(name) for name in SCREENS if name != w.current]
    assert len(hidden) == len(SCREENS) - 1
    for scr in hidden:
        scr.dirty = False
    demo_app.ctx.changed(Changes.ALL)
    assert {scr.name: scr.dirty for scr in hidden} == {scr.name: True for scr in hidden}
    wait_idle(qtbot, demo_app)


def _not_a_backup(tmp_path):
    path = tmp_path / "holiday-photos.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("photo.txt", "not a database")
    return path, "is not a verify_coach backup (it has no manifest)"


def _corrupt(tmp_path):
    path = tmp_path / "broken.zip"
    path.write_bytes(b"PK\x03\x04 this was a zip once" * 20)
    return path, "is not a verify_coach backup (not a zip file, or a damaged one)"


def _damaged_database(tmp_path, good):
    """A real backup's manifest with a database that is not one: refused only after the store was closed."""
    with zipfile.ZipFile(good) as z:
        manifest = z.read("manifest.json")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("manifest.json", manifest)
        z.writestr(DB_FILENAME, b"garbage" * 1000)
    path = tmp_path / "damaged.zip"
    path.write_bytes(buf.getvalue())
    return path, "The backup's database is not an SQLite database."


@pytest.mark.parametrize("kind", ["not-a-backup", "corrupt", "damaged-database"])
def test_a_file_that_is_not_a_good_backup_is_refused_clearly_and_changes_nothing(backed_up, qtbot, monkeypatch,
                                                                                  tmp_path, data_dir, kind):
    app, good, _ = backed_up
    path, message = {"not-a-backup": lambda: _not_a_backup(tmp_path), "corrupt": lambda: _corrupt(tmp_path),
                     "damaged-database": lambda: _damaged_database(tmp_path, good)}[kind]()
    before_profiles, before_attempts = _profiles(app), _attempts(app)
    coach = app.ctx.coach
    listing = sorted(p.name for p in data_dir.iterdir())
    boxes = Boxes(monkeypatch, path)
    _restore_from_menu(app)
    qtbot.waitUntil(lambda: bool(boxes.warnings), timeout=15_000)
    wait_idle(qtbot, app)
    [(title, text)] = boxes.warnings
    assert title == "Cannot restore" and message in text
    assert boxes.infos == []
    if kind == "damaged-database":  # refused once the data was closed for the restore: opened again
        assert app.ctx.coach is not coach and app.ctx.coach is not None
    else:  # refused before the data was closed: the same Coach goes on
        assert app.ctx.coach is coach
    assert _profiles(app) == before_profiles == ["Demo", "Extra"] and _attempts(app) == before_attempts
    assert sorted(p.name for p in data_dir.iterdir()) == listing  # nothing kept aside, nothing left behind
    _answer_some(app.ctx.coach, 1, seed=4)  # the data is open for writing again
    assert _attempts(app) == before_attempts + 1


@pytest.mark.parametrize("how", ["no file chosen", "not confirmed"])
def test_changing_your_mind_changes_nothing(backed_up, qtbot, monkeypatch, data_dir, how):
    app, backup, _ = backed_up
    coach = app.ctx.coach
    listing = sorted(p.name for p in data_dir.iterdir())
    if how == "no file chosen":
        boxes = Boxes(monkeypatch, None)
    else:
        boxes = Boxes(monkeypatch, backup, confirm=QMessageBox.StandardButton.No)
    _restore_from_menu(app)
    wait_idle(qtbot, app)
    assert boxes.opened == ["Restore backup"]
    assert len(boxes.questions) == (0 if how == "no file chosen" else 1)
    assert boxes.infos == [] and boxes.warnings == []
    assert app.ctx.coach is coach and _profiles(app) == ["Demo", "Extra"]
    assert sorted(p.name for p in data_dir.iterdir()) == listing
