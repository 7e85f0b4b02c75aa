"""The one build step pyproject.toml cannot express: ship the top-level ``resources/`` and ``ui/`` inside the package.

A wheel (and a frozen build made from it) carries the clause library, fonts and
translations as ``secretariat/resources/`` and the Designer forms as
``secretariat/ui/``, where ``secretariat.domain.drafting.resources_path()`` and
``secretariat.gui.resource_path()`` look. A source checkout
and an editable install read ``<checkout>/resources`` directly, so an editable
build copies nothing. ``MANIFEST.in`` puts the folder into the sdist.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        for folder in ("resources", "ui"):
            source = Path(__file__).resolve().parent / folder
            target = Path(self.build_lib) / "secretariat" / folder
            shutil.copytree(
                source,
                target,
                dirs_exist_ok=True,
                ignore=shutil.ignore_patterns("__pycache__", "*.pyc", ".*", "README.md"),
            )


setup(cmdclass={"build_py": BuildWithResources})
