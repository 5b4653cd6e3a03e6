"""``verify-coach FILE`` (the desktop entry's ``Exec=verify-coach %f``): the app starts on the import of
that file, for each type the desktop entry claims (application/json: a native profile or a JSON Resume;
application/zip: a LinkedIn data export)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from verify_coach import cli
from verify_coach.core.importers import detect_format
from verify_coach.ui.dialogs.importing import ImportTargetDialog

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "resources" / "example-profile.json"
JSONRESUME = REPO.parent / "shared" / "fixtures" / "jsonresume"
LINKEDIN = REPO / "tests" / "fixtures" / "linkedin" / "2024-export"


def _json_resume(tmp_path: Path) -> Path:
    """A shared JSON Resume fixture, or (without ../shared) a small one written here."""
    found = sorted(JSONRESUME.glob("*.json")) if JSONRESUME.is_dir() else []
    if found:
        return found[0]
    path = tmp_path / "resume.json"
    path.write_text(json.dumps({
        "basics": {"name": "Ana Lima", "email": "ana@example.com", "label": "Data engineer",
                   "location": {"city": "Porto", "countryCode": "PT"}},
        "work": [{"name": "Acme", "position": "Engineer", "startDate": "2019-03", "endDate": "2023-06"}],
        "education": [{"institution": "Universidade do Porto", "area": "Informatics", "studyType": "MSc",
                       "startDate": "2014", "endDate": "2019"}],
        "skills": [{"name": "Python"}, {"name": "SQL"}],
    }), encoding="utf-8")
    return path


def _linkedin_zip(tmp_path: Path) -> Path:
    target = tmp_path / "Basic_LinkedInDataExport.zip"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for f in sorted(LINKEDIN.rglob("*")):
            if f.is_file():
                zf.write(f, f.relative_to(LINKEDIN).as_posix())
    return target


FILES = {
    "native": (lambda tmp_path: EXAMPLE, "verify_coach profile"),
    "jsonresume": (_json_resume, "JSON Resume"),
    "linkedin": (_linkedin_zip, "LinkedIn data export"),
}


@pytest.mark.parametrize("kind", sorted(FILES))
def test_a_file_given_at_start_up_lands_in_the_import_preview(kind, qapp, qtbot, data_dir, tmp_path):
    from verify_coach.ui.app import Application

    make, format_name = FILES[kind]
    path = make(tmp_path)
    assert detect_format(path) == kind  # the file is what the test says it is
    app = Application(qapp, data_dir, open_path=str(path))
    qtbot.addWidget(app.window)
    app.start()

    def preview() -> ImportTargetDialog | None:
        return next((d for d in app.window.findChildren(ImportTargetDialog) if d.isVisible()), None)

    qtbot.waitUntil(lambda: preview() is not None, timeout=15_000)
    dlg = preview()
    assert dlg is not None and app.ctx.coach is not None and app.window.isVisible()
    assert format_name in dlg.summary.text() and path.name in dlg.findChild(type(dlg.summary), "h2").text()
    dlg.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()  # nothing is saved
    qtbot.waitUntil(lambda: app.ctx.tasks.pending == 0, timeout=15_000)
    assert app.ctx.coach.profiles() == []
    assert app.open_path is None  # once only
    app.ctx.tasks.wait(10_000)
    app.ctx.coach.store.close()


@pytest.fixture
def gui_args(monkeypatch):
    """What ``cli.main`` hands to the app; the app itself does not start."""
    seen: list = []
    monkeypatch.setattr(cli, "run_gui", lambda args: seen.append(args) or 0)
    return seen


@pytest.mark.parametrize("argv", [["{f}"], ["gui", "{f}"], ["--data-dir", "{d}", "{f}"], ["--demo", "{f}"],
                                  ["--", "{f}"]])
def test_cli_hands_the_file_to_the_app(argv, gui_args, tmp_path):
    f = tmp_path / "my profile.json"
    f.write_text("{}", encoding="utf-8")
    argv = [a.format(f=f, d=tmp_path / "data") for a in argv]
    assert cli.main(argv) == 0
    (args,) = gui_args
    assert args.open_file == str(f.resolve())


def test_cli_relative_file_is_made_absolute(gui_args, tmp_path, monkeypatch):
    (tmp_path / "export.zip").write_bytes(b"PK")
    monkeypatch.chdir(tmp_path)
    assert cli.main(["export.zip"]) == 0
    assert gui_args[0].open_file == str(tmp_path / "export.zip")


@pytest.mark.parametrize("argv", [["{f}"], ["gui", "{f}"]])
def test_a_missing_file_is_one_line_and_exit_2_without_a_window(argv, gui_args, tmp_path, capsys):
    missing = tmp_path / "nowhere" / "profile.json"
    assert cli.main([a.format(f=missing) for a in argv]) == 2
    err = capsys.readouterr().err
    assert err == f"verify-coach: no such file: {missing}\n"
    assert gui_args == []


def test_no_file_and_commands_are_unchanged(gui_args, tmp_path, capsys):
    assert cli.main([]) == 0 and gui_args[0].open_file is None
    with pytest.raises(SystemExit) as exc:  # a mistyped command is still argparse's "invalid choice"
        cli.main(["practise"])
    assert exc.value.code == 2 and "invalid choice" in capsys.readouterr().err
