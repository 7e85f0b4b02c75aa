"""The .ui loader: every form in ui/ loads and every named widget in it binds with its declared class."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6 import QtWidgets
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget

from secretariat.gui import resource_path
from secretariat.gui.forms import bind, form_path, load_form

SAMPLE_UI = """<?xml version="1.0" encoding="UTF-8"?>
<ui version="4.0">
 <class>SampleForm</class>
 <widget class="QWidget" name="SampleForm">
  <layout class="QVBoxLayout" name="mainLayout">
   <item><widget class="QLabel" name="titleLabel">
    <property name="text"><string>Title</string></property></widget></item>
   <item><widget class="QLineEdit" name="nameEdit"/></item>
  </layout>
 </widget>
</ui>
"""


@pytest.fixture
def sample_forms(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "ui").mkdir()
    (tmp_path / "ui" / "sample.ui").write_text(SAMPLE_UI, encoding="utf-8")
    monkeypatch.setenv("SECRETARIAT_RESOURCES", str(tmp_path))
    return tmp_path


def test_load_form_binds_named_children_typed(qtbot, sample_forms: Path) -> None:
    form = load_form("sample")
    qtbot.addWidget(form)
    assert form.objectName() == "SampleForm"
    label = bind(form, "titleLabel", QLabel)
    assert label.text() == "Title"
    edit = bind(form, "nameEdit", QLineEdit)
    edit.setText("Surabaya")
    assert bind(form, "nameEdit", QLineEdit).text() == "Surabaya"


def test_load_form_sets_parent(qtbot, sample_forms: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    form = load_form("sample", parent)
    assert form.parent() is parent


def test_missing_widget_names_form_and_widget(qtbot, sample_forms: Path) -> None:
    form = load_form("sample")
    qtbot.addWidget(form)
    with pytest.raises(LookupError) as error:
        bind(form, "saveButton", QPushButton)
    assert "sample" in str(error.value) and "saveButton" in str(error.value)


def test_wrong_widget_class_is_refused(qtbot, sample_forms: Path) -> None:
    form = load_form("sample")
    qtbot.addWidget(form)
    with pytest.raises(TypeError) as error:
        bind(form, "nameEdit", QPushButton)
    assert "nameEdit" in str(error.value) and "QLineEdit" in str(error.value)


def test_missing_form_file_is_a_clear_error(sample_forms: Path) -> None:
    with pytest.raises(FileNotFoundError) as error:
        load_form("no_such_form")
    assert "no_such_form.ui" in str(error.value)
    with pytest.raises(ValueError):
        form_path("../escape")


def _shipped_forms() -> list[Path]:
    try:
        folder = resource_path("ui")
    except FileNotFoundError:
        return []
    return sorted(folder.glob("*.ui"))


@pytest.mark.parametrize("path", _shipped_forms(), ids=lambda p: p.stem)
def test_every_shipped_form_loads_and_every_named_widget_binds(qtbot, path: Path) -> None:
    form = load_form(path.stem)
    qtbot.addWidget(form)
    declared = [
        (element.get("class", ""), element.get("name", ""))
        for element in ET.parse(path).getroot().iter("widget")
        if element.get("name")
    ]
    assert declared, f"{path.name} declares no named widgets"
    for class_name, name in declared:
        cls = getattr(QtWidgets, class_name, None)
        if cls is None:  # a custom or promoted widget: only its presence can be checked here
            cls = QWidget
        widget = bind(form, name, cls)
        assert isinstance(widget, cls), f"{path.name}: {name}"


def test_the_warm_up_loads_a_shipped_form_and_leaves_nothing_behind(qtbot) -> None:
    """The window pays the form loader's first-use cost while idle: the form it loads exists and goes."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from secretariat.gui import forms

    def forms_on_screen() -> list[str]:
        return [
            w.objectName()
            for w in QtWidgets.QApplication.topLevelWidgets()
            if w.property("secretariatForm") == forms.WARM_UP_FORM
        ]

    assert form_path(forms.WARM_UP_FORM).exists()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # an earlier test's, if any
    assert forms_on_screen() == []
    forms.warm_up()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert forms_on_screen() == []
    again = load_form(forms.WARM_UP_FORM)  # the same loader serves the next form
    qtbot.addWidget(again)
    assert again.property("secretariatForm") == forms.WARM_UP_FORM
