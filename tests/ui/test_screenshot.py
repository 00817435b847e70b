"""Screenshots: ``s`` saves an SVG in a folder that can be written and says where, in one line
with the home folder as ``~``, with no toast over the status line."""

from __future__ import annotations

from pathlib import Path

import pytest

from contextreader.ui.app import shown_path

from .conftest import (
    NARROW,
    SIZE,
    status,
)


class TestScreenshot:
    async def test_s_saves_an_svg_in_the_current_folder_and_says_where(
        self, make_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.chdir(tmp_path)
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("s")
            saved = list(tmp_path.glob("contextreader-*.svg"))
            assert len(saved) == 1
            assert saved[0].read_text(encoding="utf-8").startswith("<svg")
            assert status(app) == f"Screenshot saved: {saved[0]}"

    async def test_two_in_the_same_second_are_both_kept(
        self, make_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.chdir(tmp_path)
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("s", "s")
            assert len(list(tmp_path.glob("contextreader-*.svg"))) == 2

    async def test_a_screenshot_never_overwrites_a_file(self, make_app, tmp_path: Path) -> None:
        (tmp_path / "shot.svg").write_text("kept", encoding="utf-8")
        app = make_app()
        async with app.run_test(size=SIZE):
            app.action_screenshot(filename="shot.svg", path=str(tmp_path))
            assert (tmp_path / "shot.svg").read_text(encoding="utf-8") == "kept"
            second = tmp_path / "shot-2.svg"
            assert second.read_text(encoding="utf-8").startswith("<svg")
            assert status(app) == f"Screenshot saved: {second}"
            app.action_screenshot(filename="shot.svg", path=str(tmp_path))
            assert (tmp_path / "shot-3.svg").exists()

    async def test_a_folder_that_cannot_be_written_is_passed_over(
        self, make_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        missing = tmp_path / "no-such-folder"
        monkeypatch.setattr("contextreader.ui.app._screenshot_folders", lambda: [missing, tmp_path])
        app = make_app()
        async with app.run_test(size=SIZE):
            app.action_screenshot(filename="shot.svg")
            assert (tmp_path / "shot.svg").exists()
            assert status(app) == f"Screenshot saved: {tmp_path / 'shot.svg'}"

    async def test_when_no_folder_can_be_written_the_reason_is_shown(
        self, make_app, tmp_path: Path
    ) -> None:
        app = make_app()
        async with app.run_test(size=SIZE):
            app.action_screenshot(filename="shot.svg", path=str(tmp_path / "missing"))
            assert status(app).startswith("Screenshot not saved: [Errno 2] No such file")


class TestScreenshotMessage:
    def test_the_home_folder_is_written_as_a_tilde(self, tmp_path, monkeypatch) -> None:
        monkeypatch.setattr(Path, "home", lambda: tmp_path)
        assert shown_path(tmp_path / "Downloads" / "shot.svg") == "~/Downloads/shot.svg"
        assert shown_path("/elsewhere/shot.svg") == "/elsewhere/shot.svg"

    async def test_no_toast_covers_the_status_line(self, make_app, tmp_path) -> None:
        app = make_app()
        async with app.run_test(size=NARROW) as pilot:
            app.action_screenshot(filename="shot.svg", path=str(tmp_path))
            await pilot.pause()
            assert status(app) == f"Screenshot saved: {tmp_path / 'shot.svg'}"
            assert not app._notifications
