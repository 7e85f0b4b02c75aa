"""Interface languages: Bahasa Indonesia (default) and English.

Texts are written in English in the code (``self.tr``/``QCoreApplication.translate``) and translated
from Qt Linguist sources kept in ``resources/i18n/*_<language>.ts`` (this module's own strings in
``secretariat_id.ts``, the record editors' in ``editors_id.ts``, ...). Compiled ``.qm`` files are not
kept in git: at start-up each source is compiled with Qt's ``lrelease`` into the user's cache folder
when the ``.qm`` is missing or older than the ``.ts``. Where no ``lrelease`` is available (a frozen
build that left it out), :class:`TsTranslator` reads the ``.ts`` XML directly, so the interface is
translated either way.

The chosen language is kept per user in QSettings under ``ui/language``; switching installs the new
translators, and Qt sends every widget a ``LanguageChange`` event so open windows retranslate.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from platformdirs import user_cache_path
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSettings, QTranslator

from secretariat.domain.labels import Language
from secretariat.gui import resource_path

log = logging.getLogger(__name__)

LANGUAGES: tuple[Language, ...] = ("id", "en")
DEFAULT_LANGUAGE: Language = "id"
SETTINGS_KEY = "ui/language"
SOURCE_LANGUAGE = "en"  # the language the code is written in: needs no translator
TRANSLATOR_NAME = "secretariat-translator"

__all__ = [
    "DEFAULT_LANGUAGE",
    "LANGUAGES",
    "QT_TRANSLATE_NOOP",
    "SETTINGS_KEY",
    "TsTranslator",
    "apply_language",
    "chosen_language",
    "compile_ts",
    "current_language",
    "find_lrelease",
    "language_name",
    "load_translators",
    "qt_translators",
    "save_language",
    "translation_sources",
]


# --- the user's choice ------------------------------------------------------------------------------


def _known_language(code: str) -> Language:
    """``code`` when the interface has that language, else the default (Indonesian)."""
    for language in LANGUAGES:
        if code == language:
            return language
    return DEFAULT_LANGUAGE


def chosen_language(settings: QSettings | None = None) -> Language:
    """The language saved in QSettings, or Indonesian when none (or an unknown one) is saved."""
    settings = settings or QSettings()
    return _known_language(str(settings.value(SETTINGS_KEY, DEFAULT_LANGUAGE) or DEFAULT_LANGUAGE))


def save_language(language: str, settings: QSettings | None = None) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"unknown interface language {language!r}; known: {', '.join(LANGUAGES)}")
    (settings or QSettings()).setValue(SETTINGS_KEY, language)


def current_language() -> Language:
    """The language the interface shows now (set by :func:`apply_language` as Qt's default locale)."""
    return _known_language(QLocale().name().split("_")[0])


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for Qt Linguist in ``context`` and return it unchanged; it is translated where shown.

    Qt's function of the same name does exactly this, but PySide6 types it ``(object, object) -> object``;
    this one is typed and keeps the name, so ``lupdate`` still finds the texts.
    """
    return text


def language_name(language: str) -> str:
    """The name of a language in that language, as offered in the settings."""
    return {"id": "Bahasa Indonesia", "en": "English"}[language]


# --- compiling and reading .ts sources ---------------------------------------------------------------


def translation_sources(language: str) -> list[Path]:
    """Every ``resources/i18n/*_<language>.ts``, sorted by name."""
    try:
        folder = resource_path("resources", "i18n")
    except FileNotFoundError:
        return []
    return sorted(folder.glob(f"*_{language}.ts"))


def find_lrelease() -> Path | None:
    """Qt's ``lrelease`` shipped with PySide6 (or on PATH), or None."""
    candidates: list[Path] = []
    try:
        import PySide6

        package = Path(PySide6.__file__).parent
        exe = ".exe" if sys.platform == "win32" else ""
        candidates += [
            package / f"lrelease{exe}",
            package / "Qt" / "libexec" / f"lrelease{exe}",
            package / "Qt" / "bin" / f"lrelease{exe}",
        ]
    except ImportError:  # pragma: no cover - PySide6 is a dependency
        pass
    for name in ("lrelease", "lrelease-qt6", "pyside6-lrelease"):
        found = shutil.which(name)
        if found:
            candidates.append(Path(found))
    for path in candidates:
        if path.is_file() and os.access(path, os.X_OK):
            return path
    return None


def _cache_dir() -> Path:
    return user_cache_path("Secretariat", appauthor=False) / "i18n"


def compile_ts(source: Path, target: Path, lrelease: Path | None = None) -> bool:
    """Compile ``source`` (.ts) to ``target`` (.qm) unless the target is newer; True when usable."""
    if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
        return True
    tool = lrelease or find_lrelease()
    if tool is None:
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".qm.part")
    try:
        result = subprocess.run(
            [str(tool), "-silent", str(source), "-qm", str(partial)],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
        )
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("lrelease failed on %s: %s", source, exc)
        return False
    if result.returncode != 0 or not partial.exists():
        log.warning("lrelease failed on %s: %s", source, (result.stderr or result.stdout).strip())
        partial.unlink(missing_ok=True)
        return False
    os.replace(partial, target)
    return True


class TsTranslator(QTranslator):
    """A translator that reads a Qt Linguist ``.ts`` file directly (no ``lrelease`` needed).

    Unfinished and obsolete messages are skipped, as ``lrelease`` does. Numerus messages use their
    first form (Indonesian has one plural form).
    """

    def __init__(self, source: Path, parent: QCoreApplication | None = None) -> None:
        super().__init__(parent)
        self._messages: dict[tuple[str, str, str], str] = {}
        root = ET.parse(source).getroot()
        self._language = root.get("language", "")
        for context in root.iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                forms = translation.findall("numerusform")
                text = forms[0].text if forms else translation.text
                if not text:
                    continue
                key = (name, message.findtext("source", ""), message.findtext("comment", "") or "")
                self._messages[key] = text

    def translate(self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        return self._messages.get((context, source_text, disambiguation or ""))

    def isEmpty(self) -> bool:
        return not self._messages

    def language(self) -> str:
        return self._language

    def __len__(self) -> int:
        return len(self._messages)


def qt_translators(language: str, parent: QCoreApplication | None = None) -> list[QTranslator]:
    """Qt's own catalogues for ``language`` (``qtbase_<language>.qm`` from Qt's translations folder), where Qt
    ships them: its dialogs' texts then follow the interface. Qt has none for Indonesian; the texts of its
    dialogs that a clerk sees are translated in our own catalogue (``tools/update_translations.py``)."""
    from PySide6.QtCore import QLibraryInfo

    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    found: list[QTranslator] = []
    for name in (f"qtbase_{language}",):
        translator = QTranslator(parent)
        if translator.load(name, folder):
            translator.setObjectName(TRANSLATOR_NAME)
            found.append(translator)
    return found


def load_translators(
    language: str, parent: QCoreApplication | None = None, cache_dir: Path | None = None, use_lrelease: bool = True
) -> list[QTranslator]:
    """Translators for every ``*_<language>.ts`` (none for English, the language of the code), after Qt's own
    catalogue for the language where Qt has one (installed later, ours are asked first)."""
    translators: list[QTranslator] = []
    if language == SOURCE_LANGUAGE:
        return translators
    translators += qt_translators(language, parent)
    cache = cache_dir or _cache_dir()
    tool = find_lrelease() if use_lrelease else None
    for source in translation_sources(language):
        target = cache / source.with_suffix(".qm").name
        translator: QTranslator | None = None
        if tool is not None and compile_ts(source, target, tool):
            candidate = QTranslator(parent)
            if candidate.load(str(target)):
                translator = candidate
            else:
                log.warning("cannot load compiled translation %s; reading %s instead", target, source)
        if translator is None:
            translator = TsTranslator(source, parent)
        translator.setObjectName(TRANSLATOR_NAME)
        translators.append(translator)
    return translators


def apply_language(
    language: str, app: QCoreApplication | None = None, *, cache_dir: Path | None = None, use_lrelease: bool = True
) -> list[QTranslator]:
    """Show the interface in ``language`` now: replace our translators and set Qt's default locale.

    Qt then sends ``QEvent.LanguageChange`` to every widget; widgets retranslate in ``changeEvent``.
    """
    if language not in LANGUAGES:
        raise ValueError(f"unknown interface language {language!r}; known: {', '.join(LANGUAGES)}")
    app = app or QCoreApplication.instance()
    if app is None:
        raise RuntimeError("apply_language needs a running QApplication")
    # The locale first: the LanguageChange events sent below make widgets re-read formats too.
    QLocale.setDefault(QLocale("id_ID" if language == "id" else "en_GB"))
    old_translators = app.findChildren(QTranslator, TRANSLATOR_NAME)
    for old in old_translators:
        app.removeTranslator(old)
        old.setParent(None)
        old.deleteLater()
    translators = load_translators(language, app, cache_dir=cache_dir, use_lrelease=use_lrelease)
    for translator in translators:
        app.installTranslator(translator)
    if not translators and not old_translators:
        # No translator changed, but the locale may have: tell the widgets all the same.
        QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))
    # Qt posts LanguageChange to every window; deliver it now, so the switch is done when we return.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    return translators
