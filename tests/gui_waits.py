"""Waiting helpers for the GUI tests."""

from __future__ import annotations

from typing import Any


def wait_loaded(qtbot: Any, model: Any, timeout: int = 10_000) -> None:
    """Wait until a register model's query has answered."""
    qtbot.waitUntil(lambda: model.loaded_once and not model.is_loading, timeout=timeout)
