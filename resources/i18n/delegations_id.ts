<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en_GB">
<context>
    <name>DelegationWarningsPanel</name>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="154"/>
        <source>Travel budget (Excel)…</source>
        <translation>Rencana anggaran biaya (Excel)…</translation>
    </message>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="155"/>
        <source>Write the travel budget (RAB) with the per-diem rates of the members&apos; grades; totals are live Excel formulas</source>
        <translation>Tulis rencana anggaran biaya (RAB) dengan tarif uang harian sesuai golongan anggota; jumlahnya rumus Excel yang mengikuti perubahan</translation>
    </message>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="157"/>
        <source>Delegation list (PDF)…</source>
        <translation>Daftar anggota delegasi (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="158"/>
        <source>Names, positions and passports of the members</source>
        <translation>Nama, jabatan, dan paspor para anggota</translation>
    </message>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="159"/>
        <source>Programme (PDF)…</source>
        <translation>Program kunjungan (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="160"/>
        <source>The itinerary booklet, day by day</source>
        <translation>Buku jadwal kegiatan, hari demi hari</translation>
    </message>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="161"/>
        <source>Permit request letter (PDF)…</source>
        <translation>Surat permohonan izin (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="162"/>
        <source>The letter asking the Ministry of Home Affairs for the foreign-travel permit, on the region&apos;s letterhead</source>
        <translation>Surat permohonan izin perjalanan dinas luar negeri kepada Kementerian Dalam Negeri, dengan kop surat daerah</translation>
    </message>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="164"/>
        <source>Import rates from Excel…</source>
        <translation>Impor tarif dari Excel…</translation>
    </message>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="165"/>
        <source>Add per-diem rates from the Excel import workbook (sheet of per-diem rates)</source>
        <translation>Tambahkan tarif uang harian dari buku kerja impor Excel (lembar tarif uang harian)</translation>
    </message>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="200"/>
        <source>Checks and documents are available once the delegation is saved.</source>
        <translation>Pemeriksaan dan dokumen tersedia setelah delegasi disimpan.</translation>
    </message>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="202"/>
        <source>Checks: nothing to report.</source>
        <translation>Pemeriksaan: tidak ada masalah.</translation>
    </message>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="204"/>
        <source>Checks: %1 error(s), %2 warning(s), %3 note(s).</source>
        <translation>Pemeriksaan: %1 galat, %2 peringatan, %3 catatan.</translation>
    </message>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="256"/>
        <source>Document written</source>
        <translation>Dokumen ditulis</translation>
    </message>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="256"/>
        <source>Written to %1.</source>
        <translation>Ditulis ke %1.</translation>
    </message>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="277"/>
        <source>Save the travel budget</source>
        <translation>Simpan rencana anggaran biaya</translation>
    </message>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="278"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="293"/>
        <source>APBD account</source>
        <translation>Rekening APBD</translation>
    </message>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="294"/>
        <source>No budget line is linked to this delegation. Which APBD account code pays for the trip?</source>
        <translation>Belum ada baris anggaran yang terhubung dengan delegasi ini. Kode rekening APBD mana yang membiayai perjalanan ini?</translation>
    </message>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="300"/>
        <source>Travel budget</source>
        <translation>Rencana anggaran biaya</translation>
    </message>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="306"/>
        <source>Writing the travel budget…</source>
        <translation>Menulis rencana anggaran biaya…</translation>
    </message>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="311"/>
        <source>Save the delegation list</source>
        <translation>Simpan daftar anggota delegasi</translation>
    </message>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="312"/>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="323"/>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="354"/>
        <source>PDF document (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="316"/>
        <source>Writing the delegation list…</source>
        <translation>Menulis daftar anggota delegasi…</translation>
    </message>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="322"/>
        <source>Save the programme</source>
        <translation>Simpan program kunjungan</translation>
    </message>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="327"/>
        <source>Writing the programme…</source>
        <translation>Menulis program kunjungan…</translation>
    </message>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="332"/>
        <source>Permit request letter</source>
        <translation>Surat permohonan izin</translation>
    </message>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="333"/>
        <source>Write a draft to check, or the final letter to sign?</source>
        <translation>Tulis konsep untuk diperiksa, atau surat final untuk ditandatangani?</translation>
    </message>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="335"/>
        <source>A draft shows the next letter number as provisional and takes nothing. The final letter takes that number from the letter series.</source>
        <translation>Konsep menampilkan nomor surat berikutnya sebagai nomor sementara dan tidak mengambilnya. Surat final mengambil nomor itu dari seri nomor surat.</translation>
    </message>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="337"/>
        <source>Draft</source>
        <translation>Konsep</translation>
    </message>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="338"/>
        <source>Final letter (takes the number)</source>
        <translation>Surat final (mengambil nomor)</translation>
    </message>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="353"/>
        <source>Save the permit request letter</source>
        <translation>Simpan surat permohonan izin</translation>
    </message>
    <message>
        <location filename="../../src/secretariat/gui/delegation_warnings.py" line="358"/>
        <source>Writing the permit request letter…</source>
        <translation>Menulis surat permohonan izin…</translation>
    </message>
</context>
</TS>
