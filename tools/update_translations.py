"""Refresh resources/i18n/secretariat_id.ts, the one Indonesian catalogue of every GUI text (the translation build).

    python tools/update_translations.py          # rewrite the .ts, keeping every translation made
    python tools/update_translations.py --check  # exit 1 when the .ts is out of date or incomplete

Qt's ``lupdate`` (shipped with PySide6) finds the texts in every GUI module and .ui form. Two kinds
of text do not sit in our source as literals, so this script adds them itself:

- ``Columns``: the register column headers, whose English labels come from
  ``secretariat.services.registers``; their Indonesian wording (``Column.label_id``) is the translation.
- Qt's own texts that a clerk sees (standard dialog buttons, the context menu of text fields): Qt ships
  no Indonesian catalogue, so the few we show are translated here.

Translators edit the .ts with Qt Linguist (``pyside6-linguist``); a text without a finished translation
fails ``tests/test_gui_i18n.py``. The compiled .qm files are made at start-up (``secretariat.gui.i18n``).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_FILE = ROOT / "resources" / "i18n" / "secretariat_id.ts"
GUI = ROOT / "src" / "secretariat" / "gui"

#: Every file with texts a clerk reads: all GUI modules and all Designer forms, in one catalogue.
SOURCES: tuple[Path, ...] = (*sorted(GUI.rglob("*.py")), *sorted((ROOT / "ui").glob("*.ui")))
#: Qt's own texts shown in this program, with their Indonesian translation.
QT_TEXTS: dict[str, dict[str, str]] = {
    "QPlatformTheme": {
        "OK": "OK",
        "Save": "Simpan",
        "Save All": "Simpan semua",
        "Open": "Buka",
        "&Yes": "&Ya",
        "Yes to &All": "Ya untuk &semua",
        "&No": "&Tidak",
        "N&o to All": "T&idak untuk semua",
        "Abort": "Batalkan",
        "Retry": "Coba lagi",
        "Ignore": "Abaikan",
        "Close": "Tutup",
        "Cancel": "Batal",
        "Discard": "Buang",
        "Help": "Bantuan",
        "Apply": "Terapkan",
        "Reset": "Atur ulang",
        "Restore Defaults": "Kembalikan bawaan",
        "Don't Save": "Jangan simpan",
        "Close without Saving": "Tutup tanpa menyimpan",
    },
    "QLineEdit": {
        "&Undo": "&Urungkan",
        "&Redo": "&Ulangi",
        "Cu&t": "Po&tong",
        "&Copy": "&Salin",
        "&Paste": "&Tempel",
        "Delete": "Hapus",
        "Select All": "Pilih semua",
    },
    "QWidgetTextControl": {
        "&Undo": "&Urungkan",
        "&Redo": "&Ulangi",
        "Cu&t": "Po&tong",
        "&Copy": "&Salin",
        "&Paste": "&Tempel",
        "Delete": "Hapus",
        "Select All": "Pilih semua",
        "Copy &Link Location": "Salin &alamat tautan",
    },
    "QMessageBox": {
        "Show Details...": "Tampilkan rincian…",
        "Hide Details...": "Sembunyikan rincian…",
        "<h3>About Qt</h3><p>This program uses Qt version %1.</p>": "<h3>Tentang Qt</h3><p>Program ini memakai Qt versi %1.</p>",
    },
    "QProgressDialog": {"Cancel": "Batal"},
    "QShortcut": {
        "Ctrl": "Ctrl",
        "Shift": "Shift",
        "Alt": "Alt",
        "Del": "Del",
        "Delete": "Delete",
        "Return": "Enter",
        "Enter": "Enter",
    },
    # Qt's print, print preview, page setup and file dialogs (issue 14): Qt ships no Indonesian of its own.
    "QPrintDialog": {
        "Print": "Cetak",
        "&Print": "&Cetak",
        "&Options >>": "&Pilihan >>",
        "&Options <<": "&Pilihan <<",
        "All Pages": "Semua halaman",
        "Odd Pages": "Halaman ganjil",
        "Even Pages": "Halaman genap",
        "Local file": "Berkas lokal",
        "Print to File (PDF)": "Cetak ke berkas (PDF)",
        "Print To File ...": "Cetak ke berkas ...",
        "Write PDF file": "Tulis berkas PDF",
        "Invalid Pages Definition": "Halaman yang disebut tidak sah",
        "The 'From' value cannot be greater than the 'To' value.": "Nilai 'Dari' tidak boleh lebih besar daripada nilai 'Sampai'.",
        "%1 already exists.\nDo you want to overwrite it?": "%1 sudah ada.\nTimpa berkas itu?",
        "%1 is a directory.\nPlease choose a different file name.": "%1 adalah folder.\nPilih nama berkas yang lain.",
        "File %1 is not writable.\nPlease choose a different file name.": "Berkas %1 tidak dapat ditulisi.\nPilih nama berkas yang lain.",
        "Duplex Settings Conflicts": "Pengaturan cetak bolak-balik bertentangan",
        "There are conflicts in duplex settings. Do you want to fix them?": "Ada pertentangan dalam pengaturan cetak bolak-balik. Perbaiki?",
    },
    "QPrintWidget": {
        "Printer": "Pencetak",
        "&Name:": "&Nama:",
        "P&roperties": "&Properti",
        "Location:": "Lokasi:",
        "Preview": "Pratinjau",
        "Type:": "Jenis:",
        "Output &file:": "&Berkas keluaran:",
        "...": "...",
        "Form": "Formulir",
    },
    "QPrintSettingsOutput": {
        "Copies": "Salinan",
        "Copies:": "Jumlah salinan:",
        "Collate": "Susun per salinan",
        "Reverse": "Urutan terbalik",
        "Print range": "Rentang cetak",
        "Print all": "Cetak semua",
        "Pages from": "Halaman dari",
        "to": "sampai",
        "Pages": "Halaman",
        "Current Page": "Halaman ini",
        "Selection": "Pilihan",
        "Page &Set:": "&Kumpulan halaman:",
        "Options": "Pilihan",
        "Output Settings": "Pengaturan keluaran",
        "Color Mode": "Mode warna",
        "Color": "Berwarna",
        "Grayscale": "Skala abu-abu",
        "Double Sided Printing": "Cetak bolak-balik",
        "Off": "Mati",
        "Long side binding": "Jilid sisi panjang",
        "Short side binding": "Jilid sisi pendek",
        "Form": "Formulir",
    },
    "QPrintPropertiesWidget": {
        "Page": "Halaman",
        "Advanced": "Lanjutan",
        "Form": "Formulir",
        "There are conflicts in some options. Please fix them.": "Beberapa pilihan saling bertentangan. Perbaiki dahulu.",
    },
    "QPageSetupWidget": {
        "Paper": "Kertas",
        "Page size:": "Ukuran kertas:",
        "Width:": "Lebar:",
        "Height:": "Tinggi:",
        "Paper source:": "Sumber kertas:",
        "Orientation": "Orientasi",
        "Portrait": "Tegak",
        "Landscape": "Mendatar",
        "Reverse landscape": "Mendatar terbalik",
        "Reverse portrait": "Tegak terbalik",
        "Margins": "Margin",
        "top margin": "margin atas",
        "bottom margin": "margin bawah",
        "left margin": "margin kiri",
        "right margin": "margin kanan",
        "Page Layout": "Tata letak halaman",
        "Page &order:": "&Urutan halaman:",
        "Pages &per sheet:": "Halaman &per lembar:",
        "Custom": "Ukuran sendiri",
        "Millimeters (mm)": "Milimeter (mm)",
        "Points (pt)": "Poin (pt)",
        "Inches (in)": "Inci (in)",
        "Form": "Formulir",
    },
    "QPrintPreviewDialog": {
        "Print Preview": "Pratinjau cetak",
        "Print": "Cetak",
        "Page Setup": "Pengaturan halaman",
        "Page setup": "Pengaturan halaman",
        "Export to PDF": "Ekspor ke PDF",
        "First page": "Halaman pertama",
        "Previous page": "Halaman sebelumnya",
        "Next page": "Halaman berikutnya",
        "Last page": "Halaman terakhir",
        "Fit width": "Sesuaikan lebar",
        "Fit page": "Sesuaikan halaman",
        "Zoom in": "Perbesar",
        "Zoom out": "Perkecil",
        "Portrait": "Tegak",
        "Landscape": "Mendatar",
        "Show single page": "Tampilkan satu halaman",
        "Show facing pages": "Tampilkan halaman berhadapan",
        "Show overview of all pages": "Tampilkan semua halaman",
        "%1%": "%1%",
    },
    "QFileDialog": {
        "Open": "Buka",
        "&Open": "&Buka",
        "&Save": "&Simpan",
        "&Choose": "&Pilih",
        "Save As": "Simpan sebagai",
        "&Look in:": "&Cari di:",
        "File &name:": "&Nama berkas:",
        "Files of &type:": "&Jenis berkas:",
        "Directory:": "Folder:",
        "Directories": "Folder",
        "Files": "Berkas",
        "All Files (*)": "Semua berkas (*)",
        "All files (*)": "Semua berkas (*)",
        "Back": "Kembali",
        "Forward": "Maju",
        "Go back": "Kembali",
        "Go forward": "Maju",
        "Parent Directory": "Folder induk",
        "Go to the parent directory": "Ke folder induk",
        "Create New Folder": "Buat folder baru",
        "Create a New Folder": "Buat folder baru",
        "New Folder": "Folder baru",
        "&New Folder": "&Folder baru",
        "List View": "Daftar",
        "Detail View": "Rincian",
        "Change to list view mode": "Tampilkan sebagai daftar",
        "Change to detail view mode": "Tampilkan rincian",
        "Show &hidden files": "Tampilkan berkas &tersembunyi",
        "&Rename": "&Ganti nama",
        "&Delete": "&Hapus",
        "Delete": "Hapus",
        "Remove": "Hapus",
        "Recent Places": "Tempat terakhir",
        "Sidebar": "Bilah samping",
        "List of places and bookmarks": "Daftar tempat dan penanda",
        "Find Directory": "Cari folder",
        "Are you sure you want to delete '%1'?": "Yakin menghapus '%1'?",
        "Could not delete directory.": "Folder tidak dapat dihapus.",
        "%1 already exists.\nDo you want to replace it?": "%1 sudah ada.\nGanti berkas itu?",
        "%1\nFile not found.\nPlease verify the correct file name was given.": "%1\nBerkas tidak ditemukan.\nPeriksa nama berkasnya.",
        "%1\nDirectory not found.\nPlease verify the correct directory name was given.": "%1\nFolder tidak ditemukan.\nPeriksa nama foldernya.",
    },
    "QFileSystemModel": {
        "Name": "Nama",
        "Size": "Ukuran",
        "Kind": "Jenis",
        "Type": "Jenis",
        "Date Modified": "Tanggal diubah",
        "Computer": "Komputer",
        "My Computer": "Komputer saya",
    },
}


@dataclass
class Message:
    source: str
    comment: str = ""
    translation: str = ""
    finished: bool = False
    locations: list[tuple[str, str]] = field(default_factory=list)


Catalogue = dict[str, dict[tuple[str, str], Message]]


def find_lupdate() -> Path:
    import PySide6

    folder = Path(PySide6.__file__).parent
    for candidate in (folder / "lupdate", folder / "lupdate.exe", folder / "Qt" / "libexec" / "lupdate"):
        if candidate.exists():
            return candidate
    raise SystemExit("lupdate not found in the PySide6 package")


def read_ts(path: Path) -> Catalogue:
    catalogue: Catalogue = {}
    if not path.exists():
        return catalogue
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        messages = catalogue.setdefault(name, {})
        for element in context.iter("message"):
            translation = element.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            message = Message(
                source=element.findtext("source", ""),
                comment=element.findtext("comment", "") or "",
                translation=(translation.text or "") if translation is not None else "",
                finished=kind not in ("unfinished", "obsolete", "vanished"),
                locations=[(loc.get("filename", ""), loc.get("line", "")) for loc in element.iter("location")],
            )
            if kind in ("obsolete", "vanished"):
                continue
            messages[(message.source, message.comment)] = message
    return catalogue


def read_all(folder: Path) -> Catalogue:
    """Every ``*_id.ts`` in ``folder`` as one catalogue (the main one last, so it wins)."""
    catalogue: Catalogue = {}
    for path in sorted(folder.glob("*_id.ts"), key=lambda p: p == TS_FILE):
        for context, messages in read_ts(path).items():
            catalogue.setdefault(context, {}).update(messages)
    return catalogue


def extract() -> Catalogue:
    """The texts lupdate finds in SOURCES, plus the register columns and Qt's own texts."""
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "extract_id.ts"
        subprocess.run(
            [str(find_lupdate()), "-silent", "-locations", "none", *map(str, SOURCES), "-ts", str(target)], check=True
        )
        catalogue = read_ts(target)
    sys.path.insert(0, str(ROOT / "src"))
    from secretariat.services.registers import REGISTERS, columns

    column_texts = catalogue.setdefault("Columns", {})
    for register in REGISTERS:
        for column in columns(register):
            column_texts.setdefault(
                (column.label_en, ""), Message(column.label_en, translation=column.label_id, finished=True)
            )
    for context, texts in QT_TEXTS.items():
        messages = catalogue.setdefault(context, {})
        for source, translation in texts.items():
            messages[(source, "")] = Message(source, translation=translation, finished=True)
    return catalogue


def merge(extracted: Catalogue, existing: Catalogue) -> Catalogue:
    """The extracted texts with the translations already made (the existing file wins, unless Qt's)."""
    merged: Catalogue = {}
    for context in sorted(extracted):
        merged[context] = {}
        for key, message in sorted(extracted[context].items()):
            old = existing.get(context, {}).get(key)
            if old is not None and old.translation and context not in QT_TEXTS:
                message.translation, message.finished = old.translation, old.finished
            merged[context][key] = message
    return merged


def write_ts(catalogue: Catalogue, path: Path) -> None:
    root = ET.Element("TS", version="2.1", language="id_ID", sourcelanguage="en")
    for context_name, messages in catalogue.items():
        if not messages:
            continue
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = context_name
        for message in messages.values():
            element = ET.SubElement(context, "message")
            ET.SubElement(element, "source").text = message.source
            if message.comment:
                ET.SubElement(element, "comment").text = message.comment
            translation = ET.SubElement(element, "translation")
            translation.text = message.translation
            if not message.finished or not message.translation:
                translation.set("type", "unfinished")
    ET.indent(root, space="    ")
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


PLACEHOLDERS = (re.compile(r"%\d"), re.compile(r"\{[a-z_:0-9-]+\}"))


def problems(catalogue: Catalogue, existing: Catalogue) -> list[str]:
    """Texts without a finished translation, translations that lose a placeholder, and stale entries."""
    found = []
    for context, messages in catalogue.items():
        for key, message in messages.items():
            old = existing.get(context, {}).get(key)
            if old is None:
                found.append(f"{context}: {message.source!r} is not in {TS_FILE.name}")
            elif not old.finished or not old.translation.strip():
                found.append(f"{context}: {message.source!r} has no finished translation")
            elif context not in QT_TEXTS and any(
                sorted(p.findall(message.source)) != sorted(p.findall(old.translation)) for p in PLACEHOLDERS
            ):
                found.append(
                    f"{context}: {message.source!r} and its translation {old.translation!r} have different placeholders"
                )
    for context, messages in existing.items():
        for key, message in messages.items():
            if key not in catalogue.get(context, {}):
                found.append(f"{context}: {message.source!r} is in {TS_FILE.name} but no longer in the code")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report what is missing; change nothing")
    args = parser.parse_args(argv)
    existing = read_all(TS_FILE.parent)
    extracted = extract()
    if args.check:
        found = problems(extracted, existing)
        for line in found:
            print(line)
        return 1 if found else 0
    merged = merge(extracted, existing)
    write_ts(merged, TS_FILE)
    for other in TS_FILE.parent.glob("*_id.ts"):  # older per-window catalogues, now merged into this one
        if other != TS_FILE:
            other.unlink()
    unfinished = sum(1 for messages in merged.values() for m in messages.values() if not m.finished)
    total = sum(len(messages) for messages in merged.values())
    print(f"{TS_FILE.relative_to(ROOT)}: {total} texts, {unfinished} without a finished translation")
    return 0


if __name__ == "__main__":
    sys.exit(main())
