<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en_GB">
<context>
    <name>DelegationWarningsPanel</name>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="178"/>
        <source>Checks and documents</source>
        <translation>Pemeriksaan dan dokumen</translation>
    </message>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="180"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="194"/>
        <source>Travel budget (Excel)…</source>
        <translation>Rencana anggaran biaya (Excel)…</translation>
    </message>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="195"/>
        <source>Write the travel budget (RAB) with the per-diem rates of the members&apos; grades; totals are live Excel formulas</source>
        <translation>Tulis rencana anggaran biaya (RAB) dengan tarif uang harian sesuai golongan anggota; jumlahnya rumus Excel yang mengikuti perubahan</translation>
    </message>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="197"/>
        <source>Delegation list (PDF)…</source>
        <translation>Daftar anggota delegasi (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="198"/>
        <source>Names, positions and passports of the members</source>
        <translation>Nama, jabatan, dan paspor para anggota</translation>
    </message>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="199"/>
        <source>Programme (PDF)…</source>
        <translation>Program kunjungan (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="200"/>
        <source>The itinerary booklet, day by day</source>
        <translation>Buku jadwal kegiatan, hari demi hari</translation>
    </message>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="201"/>
        <source>Permit request letter (PDF)…</source>
        <translation>Surat permohonan izin (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="202"/>
        <source>The letter asking the Ministry of Home Affairs for the foreign-travel permit, on the region&apos;s letterhead</source>
        <translation>Surat permohonan izin perjalanan dinas luar negeri kepada Kementerian Dalam Negeri, dengan kop surat daerah</translation>
    </message>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="204"/>
        <source>Import rates from Excel…</source>
        <translation>Impor tarif dari Excel…</translation>
    </message>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="205"/>
        <source>Add per-diem rates from the Excel import workbook (sheet of per-diem rates)</source>
        <translation>Tambahkan tarif uang harian dari buku kerja impor Excel (lembar tarif uang harian)</translation>
    </message>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="240"/>
        <source>Checks and documents are available once the delegation is saved.</source>
        <translation>Pemeriksaan dan dokumen tersedia setelah delegasi disimpan.</translation>
    </message>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="242"/>
        <source>Checks: nothing to report.</source>
        <translation>Pemeriksaan: tidak ada masalah.</translation>
    </message>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="244"/>
        <source>Checks: %1 error(s), %2 warning(s), %3 note(s).</source>
        <translation>Pemeriksaan: %1 galat, %2 peringatan, %3 catatan.</translation>
    </message>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="297"/>
        <source>Document written</source>
        <translation>Dokumen ditulis</translation>
    </message>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="297"/>
        <source>Written to %1.</source>
        <translation>Ditulis ke %1.</translation>
    </message>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="318"/>
        <source>Save the travel budget</source>
        <translation>Simpan rencana anggaran biaya</translation>
    </message>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="319"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="334"/>
        <source>APBD account</source>
        <translation>Rekening APBD</translation>
    </message>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="335"/>
        <source>No budget line is linked to this delegation. Which APBD account code pays for the trip?</source>
        <translation>Belum ada baris anggaran yang terhubung dengan delegasi ini. Kode rekening APBD mana yang membiayai perjalanan ini?</translation>
    </message>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="341"/>
        <source>Travel budget</source>
        <translation>Rencana anggaran biaya</translation>
    </message>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="347"/>
        <source>Writing the travel budget…</source>
        <translation>Menulis rencana anggaran biaya…</translation>
    </message>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="352"/>
        <source>Save the delegation list</source>
        <translation>Simpan daftar anggota delegasi</translation>
    </message>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="353"/>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="364"/>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="395"/>
        <source>PDF document (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="357"/>
        <source>Writing the delegation list…</source>
        <translation>Menulis daftar anggota delegasi…</translation>
    </message>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="363"/>
        <source>Save the programme</source>
        <translation>Simpan program kunjungan</translation>
    </message>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="368"/>
        <source>Writing the programme…</source>
        <translation>Menulis program kunjungan…</translation>
    </message>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="373"/>
        <source>Permit request letter</source>
        <translation>Surat permohonan izin</translation>
    </message>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="374"/>
        <source>Write a draft to check, or the final letter to sign?</source>
        <translation>Tulis konsep untuk diperiksa, atau surat final untuk ditandatangani?</translation>
    </message>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="376"/>
        <source>A draft shows the next letter number as provisional and takes nothing. The final letter takes that number from the letter series.</source>
        <translation>Konsep menampilkan nomor surat berikutnya sebagai nomor sementara dan tidak mengambilnya. Surat final mengambil nomor itu dari seri nomor surat.</translation>
    </message>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="378"/>
        <source>Draft</source>
        <translation>Konsep</translation>
    </message>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="379"/>
        <source>Final letter (takes the number)</source>
        <translation>Surat final (mengambil nomor)</translation>
    </message>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="394"/>
        <source>Save the permit request letter</source>
        <translation>Simpan surat permohonan izin</translation>
    </message>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="399"/>
        <source>Writing the permit request letter…</source>
        <translation>Menulis surat permohonan izin…</translation>
    </message>
</context>
</TS>
