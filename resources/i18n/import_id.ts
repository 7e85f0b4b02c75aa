<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en_GB">
    <context>
        <name>FilePage</name>
        <message>
            <source>Choose the workbook</source>
            <translation>Pilih buku kerja</translation>
        </message>
        <message>
            <source>An Excel workbook (.xlsx) in the format of the import template. Nothing is saved before the last step.</source>
            <translation>Buku kerja Excel (.xlsx) dengan format templat impor. Tidak ada yang disimpan sebelum langkah terakhir.</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Telusuri…</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Berkas:</translation>
        </message>
        <message>
            <source>Import from Excel</source>
            <translation>Impor dari Excel</translation>
        </message>
    </context>
    <context>
        <name>ImportActions</name>
        <message>
            <source>Save import template</source>
            <translation>Simpan templat impor</translation>
        </message>
        <message>
            <source>import-template.xlsx</source>
            <translation>templat-impor.xlsx</translation>
        </message>
        <message>
            <source>Import template</source>
            <translation>Templat impor</translation>
        </message>
        <message>
            <source>The template was saved to %1.</source>
            <translation>Templat disimpan ke %1.</translation>
        </message>
        <message>
            <source>Writing the template…</source>
            <translation>Menulis templat…</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>Ekspor ke Excel</translation>
        </message>
        <message>
            <source>register.xlsx</source>
            <translation>register.xlsx</translation>
        </message>
        <message>
            <source>Writing %1…</source>
            <translation>Menulis %1…</translation>
        </message>
        <message>
            <source>%1 rows were exported to %2.</source>
            <translation>%1 baris diekspor ke %2.</translation>
        </message>
        <message>
            <source>Exporting the register…</source>
            <translation>Mengekspor register…</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Import from Excel</source>
            <translation>Impor dari Excel</translation>
        </message>
        <message>
            <source>Next &gt;</source>
            <translation>Lanjut &gt;</translation>
        </message>
        <message>
            <source>&lt; Back</source>
            <translation>&lt; Kembali</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
    </context>
    <context>
        <name>PreviewModel</name>
        <message>
            <source>Sheet</source>
            <translation>Lembar</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Baris</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Hasil</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Kolom</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Alasan</translation>
        </message>
        <message>
            <source>added</source>
            <translation>ditambah</translation>
        </message>
        <message>
            <source>updated</source>
            <translation>diubah</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>tetap</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>ditolak</translation>
        </message>
        <message>
            <source>probable duplicate</source>
            <translation>kemungkinan ganda</translation>
        </message>
        <message>
            <source>sheet not read</source>
            <translation>lembar tidak dibaca</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>Check what will change</source>
            <translation>Periksa apa yang akan berubah</translation>
        </message>
        <message>
            <source>Every row was checked without saving anything. Rejected rows are listed with their sheet, row, column and the reason.</source>
            <translation>Setiap baris sudah diperiksa tanpa menyimpan apa pun. Baris yang ditolak tercantum dengan lembar, baris, kolom dan alasannya.</translation>
        </message>
        <message>
            <source>All or nothing: save only if no row is rejected</source>
            <translation>Semua atau tidak sama sekali: simpan hanya bila tidak ada baris yang ditolak</translation>
        </message>
        <message>
            <source>Valid rows only: save the valid rows, set the rejected ones aside in an errors workbook</source>
            <translation>Hanya baris yang benar: simpan baris yang benar, sisihkan baris yang ditolak ke buku kerja galat</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Impor</translation>
        </message>
        <message>
            <source>%1 to add, %2 to update, %3 unchanged, %4 rejected.</source>
            <translation>%1 akan ditambah, %2 akan diubah, %3 tetap, %4 ditolak.</translation>
        </message>
        <message>
            <source>%1 new partner(s) look like partners already known: check them, and merge them after the import if they are the same.</source>
            <translation>%1 mitra baru mirip dengan mitra yang sudah ada: periksa, lalu gabungkan setelah impor bila memang sama.</translation>
        </message>
        <message>
            <source>With 'All or nothing', nothing will be saved until the rejected rows are corrected.</source>
            <translation>Dengan 'Semua atau tidak sama sekali', tidak ada yang disimpan sampai baris yang ditolak diperbaiki.</translation>
        </message>
        <message>
            <source>Only the first %1 rows are listed.</source>
            <translation>Hanya %1 baris pertama yang ditampilkan.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Reading the workbook…</source>
            <translation>Membaca buku kerja…</translation>
        </message>
        <message>
            <source>%1 of %2 rows checked (%3)</source>
            <translation>%1 dari %2 baris diperiksa (%3)</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Menghentikan…</translation>
        </message>
        <message>
            <source>Cannot import</source>
            <translation>Tidak dapat mengimpor</translation>
        </message>
        <message>
            <source>The import failed; nothing was saved.</source>
            <translation>Impor gagal; tidak ada yang disimpan.</translation>
        </message>
        <message>
            <source>Cancelled: nothing was saved.</source>
            <translation>Dibatalkan: tidak ada yang disimpan.</translation>
        </message>
    </context>
    <context>
        <name>ResultPage</name>
        <message>
            <source>Import</source>
            <translation>Impor</translation>
        </message>
        <message>
            <source>Save rejected rows…</source>
            <translation>Simpan baris yang ditolak…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>Probable duplicate partners: select one and merge the new partner into the one already known, or leave them if they differ.</source>
            <translation>Kemungkinan mitra ganda: pilih satu lalu gabungkan mitra baru ke mitra yang sudah ada, atau biarkan bila memang berbeda.</translation>
        </message>
        <message>
            <source>Merge into the known partner…</source>
            <translation>Gabungkan ke mitra yang sudah ada…</translation>
        </message>
        <message>
            <source>Saved: %1 added, %2 updated, %3 unchanged.</source>
            <translation>Disimpan: %1 ditambah, %2 diubah, %3 tetap.</translation>
        </message>
        <message>
            <source>Nothing was saved: %4 row(s) were rejected (%1 added, %2 updated, %3 unchanged in the check).</source>
            <translation>Tidak ada yang disimpan: %4 baris ditolak (%1 ditambah, %2 diubah, %3 tetap dalam pemeriksaan).</translation>
        </message>
        <message>
            <source>%1 row(s) were rejected and not saved; save them to correct and import again.</source>
            <translation>%1 baris ditolak dan tidak disimpan; simpan untuk diperbaiki lalu diimpor lagi.</translation>
        </message>
        <message>
            <source>Merge the new partner %1 (%2) into %3 (%4)? Its contacts and agreements move to %3 and %1 is deleted.</source>
            <translation>Gabungkan mitra baru %1 (%2) ke %3 (%4)? Kontak dan perjanjiannya pindah ke %3 dan %1 dihapus.</translation>
        </message>
        <message>
            <source>Merge partners</source>
            <translation>Gabungkan mitra</translation>
        </message>
        <message>
            <source>%1 was merged into %2.</source>
            <translation>%1 sudah digabungkan ke %2.</translation>
        </message>
        <message>
            <source>Save rejected rows</source>
            <translation>Simpan baris yang ditolak</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Tidak dapat menulis %1: %2</translation>
        </message>
        <message>
            <source>%1 rejected row(s) saved to %2, with the reason in the last column.</source>
            <translation>%1 baris yang ditolak disimpan ke %2, dengan alasan di kolom terakhir.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Reading the workbook…</source>
            <translation>Membaca buku kerja…</translation>
        </message>
        <message>
            <source>%1 of %2 rows checked (%3)</source>
            <translation>%1 dari %2 baris diperiksa (%3)</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Menghentikan…</translation>
        </message>
        <message>
            <source>Cannot import</source>
            <translation>Tidak dapat mengimpor</translation>
        </message>
        <message>
            <source>The import failed; nothing was saved.</source>
            <translation>Impor gagal; tidak ada yang disimpan.</translation>
        </message>
        <message>
            <source>Cancelled: nothing was saved.</source>
            <translation>Dibatalkan: tidak ada yang disimpan.</translation>
        </message>
    </context>
    <context>
        <name>_RunningPage</name>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Reading the workbook…</source>
            <translation>Membaca buku kerja…</translation>
        </message>
        <message>
            <source>%1 of %2 rows checked (%3)</source>
            <translation>%1 dari %2 baris diperiksa (%3)</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Menghentikan…</translation>
        </message>
        <message>
            <source>Cannot import</source>
            <translation>Tidak dapat mengimpor</translation>
        </message>
        <message>
            <source>The import failed; nothing was saved.</source>
            <translation>Impor gagal; tidak ada yang disimpan.</translation>
        </message>
        <message>
            <source>Cancelled: nothing was saved.</source>
            <translation>Dibatalkan: tidak ada yang disimpan.</translation>
        </message>
    </context>
</TS>
