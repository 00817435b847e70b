"""The installed ``contextreader`` in a real terminal (tmux): the seed opens, ``]`` moves on."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_1431d573fd9e81ef.txt"
SCRIPT = Path(sys.executable).parent / "contextreader"

pytestmark = pytest.mark.skipif(
    shutil.which("tmux") is None or not SCRIPT.exists(),
    reason="needs tmux and the installed contextreader script",
)


def tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], check=True, capture_output=True, text=True).stdout


def start(name: str, width: int, height: int, command: str) -> None:
    """A detached tmux session running ``command``. When the previous test's session was the
    last one, its server may still be exiting and refuse the new session: try again."""
    for attempt in range(3):
        try:
            tmux("new-session", "-d", "-s", name, "-x", str(width), "-y", str(height), command)
            return
        except subprocess.CalledProcessError:
            if attempt == 2:
                raise
            time.sleep(1.0)  # the old server's exit has no event to wait on


def wait_for(session: str, ready: Callable[[str], bool], timeout: float = 60.0) -> str:
    """Poll the pane until ``ready`` holds (the model loads meanwhile), or fail with the screen."""
    deadline = time.monotonic() + timeout
    screen = ""
    while time.monotonic() < deadline:
        screen = tmux("capture-pane", "-p", "-t", session)
        if ready(screen):
            return screen
        time.sleep(0.25)  # polling a real terminal: there is no event to wait on
    raise AssertionError(f"timed out; the screen was:\n{screen}")


@pytest.fixture
def session():
    name = f"cr-e2e-{uuid.uuid4().hex[:8]}"
    command = f"{SCRIPT} {SEED}"
    start(name, 120, 40, command)
    yield name
    subprocess.run(["tmux", "kill-session", "-t", name], capture_output=True)


def test_seed_opens_and_right_bracket_moves_to_the_next_quote(session: str) -> None:
    screen = wait_for(session, lambda s: "WASHINGTON (Sputnik)" in s and "Quotes (" in s)
    assert "Outlet (" in screen and "People (" in screen
    # the analysis has finished: the counts are in; a capture can catch a half-drawn frame in
    # which neither line shows yet, so the wait needs both (it still fails if either never comes)
    screen = wait_for(
        session, lambda s: "Quotes (" in s and "Quotes (…)" not in s and "Loaded terms (" in s
    )
    assert "Loaded terms (…)" not in screen
    tmux("send-keys", "-t", session, "]")
    screen = wait_for(session, lambda s: "Quote 1 of " in s, timeout=10)
    tmux("send-keys", "-t", session, "]")
    screen = wait_for(session, lambda s: "Quote 2 of " in s, timeout=10)
    assert "▶" in screen  # the highlighted quote is on screen, marked in the gutter
    tmux("send-keys", "-t", session, "q")


def test_s_saves_a_screenshot_in_the_folder_the_reader_was_started_in(tmp_path: Path) -> None:
    """In a real terminal with no downloads folder (a server, a container), ``s`` still saves."""
    article = tmp_path / "harbour.txt"
    article.write_text(
        'Harbour Board Meets\n\n"We will decide soon," said board chair Dana Roe.\n',
        encoding="utf-8",
    )
    name = f"cr-e2e-{uuid.uuid4().hex[:8]}"
    command = f"cd {tmp_path} && HOME={tmp_path} {SCRIPT} {article}"
    start(name, 80, 24, command)
    try:
        wait_for(name, lambda s: "1 quote" in s and "Dana Roe" in s)
        tmux("send-keys", "-t", name, "s")
        screen = wait_for(name, lambda s: "Screenshot saved:" in s, timeout=10)
        saved = list(tmp_path.glob("contextreader-*.svg"))
        assert len(saved) == 1, screen
        assert "Roe" in saved[0].read_text(encoding="utf-8")  # spaces are &#160; in the SVG
        tmux("send-keys", "-t", name, "q")
    finally:
        subprocess.run(["tmux", "kill-session", "-t", name], capture_output=True)
