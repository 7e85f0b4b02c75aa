"""While the database opens, the worker loads the modules of the page the clerk has chosen, not others
(the dashboard's modules cost a register-first start some 60-90 ms on the way to its rows)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

PROBED = (
    "secretariat.gui.dashboard",
    "secretariat.gui.registers.page",
    "secretariat.gui.impact.page",
    "secretariat.gui.budget.overview",
    "secretariat.gui.registers.archive",
    "babel.dates",
)


def _loaded_after(page: str) -> dict[str, bool]:
    script = textwrap.dedent(
        f"""
        import json, sys
        from secretariat.gui.app import _load_first_page
        before = {{name: name in sys.modules for name in {PROBED!r}}}
        _load_first_page({page!r})
        print(json.dumps({{"before": before, "after": {{name: name in sys.modules for name in {PROBED!r}}}}}))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
        check=True,
    )
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert not any(found["before"].values()), found["before"]  # the start itself loads none of them
    return found["after"]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("dashboard", {"secretariat.gui.dashboard"}),
        ("partners", {"secretariat.gui.registers.page"}),
        ("budget", {"secretariat.gui.registers.page", "secretariat.gui.budget.overview"}),
        ("documents", {"secretariat.gui.registers.page", "secretariat.gui.registers.archive"}),
        ("impact", {"secretariat.gui.impact.page"}),
    ],
)
def test_the_chosen_pages_modules_are_loaded_and_no_other(page: str, expected: set[str]) -> None:
    loaded = _loaded_after(page)
    assert loaded.pop("babel.dates"), "Babel's locale data is read with the first page"
    assert {name for name, is_loaded in loaded.items() if is_loaded} == expected


def test_the_window_remembers_the_page_chosen_before_the_database_is_open(qtbot) -> None:
    from secretariat.gui.main_window import MainWindow

    window = MainWindow(None)
    qtbot.addWidget(window)
    assert window.chosen_page == "dashboard"
    window.show_page("agreements")
    assert window.chosen_page == "agreements"
