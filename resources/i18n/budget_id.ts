<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
    <context>
        <name>AccountsDialog</name>
        <message>
            <source>active</source>
            <translation>aktif</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>nonaktif</translation>
        </message>
        <message>
            <source>{count} accounts</source>
            <translation>{count} akun</translation>
        </message>
        <message>
            <source>Delete account</source>
            <translation>Hapus akun</translation>
        </message>
        <message>
            <source>{count} budget line(s) use account {code}; it cannot be deleted.</source>
            <translation>{count} baris anggaran memakai akun {code}; akun ini tidak dapat dihapus.</translation>
        </message>
        <message>
            <source>Close the account</source>
            <translation>Nonaktifkan akun</translation>
        </message>
        <message>
            <source>A closed account stays on the lines that use it, but no new line can take it.</source>
            <translation>Akun nonaktif tetap tercantum pada baris yang memakainya, tetapi tidak dapat dipakai baris baru.</translation>
        </message>
        <message>
            <source>Delete account {code} “{name}”?</source>
            <translation>Hapus akun {code} “{name}”?</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Import the chart of accounts</source>
            <translation>Impor bagan akun</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Buku kerja Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Nothing was imported: {count} problem(s) must be corrected in the file first.</source>
            <translation>Tidak ada yang diimpor: {count} masalah harus diperbaiki dahulu di berkasnya.</translation>
        </message>
        <message>
            <source>… and {count} more (see the details).</source>
            <translation>… dan {count} lainnya (lihat rincian).</translation>
        </message>
        <message>
            <source>Imported from sheet “{sheet}”: {added} added, {updated} updated, {unchanged} unchanged.</source>
            <translation>Diimpor dari lembar “{sheet}”: {added} ditambahkan, {updated} diubah, {unchanged} tetap.</translation>
        </message>
        <message>
            <source>Account code</source>
            <translation>Kode rekening</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktif</translation>
        </message>
        <message>
            <source>New account</source>
            <translation>Akun baru</translation>
        </message>
        <message>
            <source>Edit account</source>
            <translation>Ubah akun</translation>
        </message>
        <message>
            <source>A dotted code such as 5.1.02.04.02.0001.</source>
            <translation>Kode bertitik seperti 5.1.02.04.02.0001.</translation>
        </message>
        <message>
            <source>Used by {count} budget line(s): the code cannot change; close the account to stop its use.</source>
            <translation>Dipakai {count} baris anggaran: kodenya tidak dapat diubah; nonaktifkan akun untuk menghentikan pemakaiannya.</translation>
        </message>
        <message>
            <source>No budget line uses this account yet.</source>
            <translation>Belum ada baris anggaran yang memakai akun ini.</translation>
        </message>
        <message>
            <source>Chart of accounts</source>
            <translation>Bagan akun</translation>
        </message>
        <message>
            <source>Search by code or name…</source>
            <translation>Cari menurut kode atau nama…</translation>
        </message>
        <message>
            <source>Show closed accounts</source>
            <translation>Tampilkan akun nonaktif</translation>
        </message>
        <message>
            <source>&amp;Import from Excel…</source>
            <translation>&amp;Impor dari Excel…</translation>
        </message>
        <message>
            <source>A sheet with a code column (Kode) and a name column (Nama or Uraian); optionally Aktif (Ya/Tidak)</source>
            <translation>Lembar dengan kolom kode (Kode) dan kolom nama (Nama atau Uraian); boleh ditambah kolom Aktif (Ya/Tidak)</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Budget lines</source>
            <translation>Baris anggaran</translation>
        </message>
        <message>
            <source>Active (new budget lines may use it)</source>
            <translation>Aktif (boleh dipakai baris anggaran baru)</translation>
        </message>
        <message>
            <source>&amp;New account</source>
            <translation>Akun &amp;baru</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Simpan</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Hapus…</translation>
        </message>
    </context>
    <context>
        <name>BudgetMenu</name>
        <message>
            <source>E&amp;xchange-rate table…</source>
            <translation>Tabel &amp;kurs…</translation>
        </message>
        <message>
            <source>Rupiah per unit of each foreign currency by date, used by transactions entered without a rate</source>
            <translation>Rupiah per satuan tiap mata uang asing menurut tanggal, dipakai transaksi yang dicatat tanpa kurs</translation>
        </message>
        <message>
            <source>C&amp;hart of accounts…</source>
            <translation>Bagan &amp;akun…</translation>
        </message>
        <message>
            <source>The APBD account codes budget lines may use; import from Excel</source>
            <translation>Kode rekening APBD yang boleh dipakai baris anggaran; impor dari Excel</translation>
        </message>
    </context>
    <context>
        <name>BudgetOverview</name>
        <message>
            <source>Could not read the figures: {error}</source>
            <translation>Angka tidak dapat dibaca: {error}</translation>
        </message>
        <message>
            <source>&amp;Fiscal year:</source>
            <translation>&amp;Tahun anggaran:</translation>
        </message>
        <message>
            <source>Close year…</source>
            <translation>Tutup tahun…</translation>
        </message>
        <message>
            <source>Lock this year's budget lines and transactions (the head or an administrator)</source>
            <translation>Kunci baris anggaran dan transaksi tahun ini (kepala atau administrator)</translation>
        </message>
        <message>
            <source>Reopen year…</source>
            <translation>Buka kembali tahun…</translation>
        </message>
        <message>
            <source>Unlock a closed year (the head only; the reason is recorded)</source>
            <translation>Buka kunci tahun yang sudah ditutup (hanya kepala; alasannya dicatat)</translation>
        </message>
        <message>
            <source>Budget workbook (Excel)…</source>
            <translation>Buku kerja anggaran (Excel)…</translation>
        </message>
        <message>
            <source>Write this year's summary, lines and transactions to an Excel workbook with live formulas</source>
            <translation>Tulis ringkasan, baris anggaran dan transaksi tahun ini ke buku kerja Excel dengan rumus aktif</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Pagu</translation>
        </message>
        <message>
            <source>Realised</source>
            <translation>Realisasi</translation>
        </message>
        <message>
            <source>Remaining</source>
            <translation>Sisa</translation>
        </message>
        <message>
            <source>% realised</source>
            <translation>% realisasi</translation>
        </message>
        <message>
            <source>Grants received</source>
            <translation>Hibah diterima</translation>
        </message>
        <message>
            <source>By agreement</source>
            <translation>Menurut perjanjian</translation>
        </message>
        <message>
            <source>By currency</source>
            <translation>Menurut mata uang</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Perjanjian</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Baris</translation>
        </message>
        <message>
            <source>Account and description</source>
            <translation>Rekening dan uraian</translation>
        </message>
        <message>
            <source>Over by</source>
            <translation>Kelebihan</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Mata uang</translation>
        </message>
        <message>
            <source>Transactions</source>
            <translation>Transaksi</translation>
        </message>
        <message>
            <source>Realised (in the currency)</source>
            <translation>Realisasi (dalam mata uangnya)</translation>
        </message>
        <message>
            <source>Grants (in the currency)</source>
            <translation>Hibah (dalam mata uangnya)</translation>
        </message>
        <message>
            <source>Realised (IDR equivalent)</source>
            <translation>Realisasi (setara rupiah)</translation>
        </message>
        <message>
            <source>Grants (IDR equivalent)</source>
            <translation>Hibah (setara rupiah)</translation>
        </message>
        <message>
            <source>Over plan ({count})</source>
            <translation>Melebihi pagu ({count})</translation>
        </message>
        <message>
            <source>Closed on {date} by {user}: lines and transactions are locked.</source>
            <translation>Ditutup pada {date} oleh {user}: baris anggaran dan transaksi terkunci.</translation>
        </message>
        <message>
            <source>Open: lines and transactions can be changed.</source>
            <translation>Terbuka: baris anggaran dan transaksi dapat diubah.</translation>
        </message>
        <message>
            <source>Reopened on {date} by {user}: “{reason}”.</source>
            <translation>Dibuka kembali pada {date} oleh {user}: “{reason}”.</translation>
        </message>
        <message>
            <source>⚠ {count} budget line(s) realised over plan, together {amount} over. See “Over plan”.</source>
            <translation>⚠ {count} baris anggaran realisasinya melebihi pagu, seluruhnya lebih {amount}. Lihat “Melebihi pagu”.</translation>
        </message>
        <message>
            <source>(no agreement)</source>
            <translation>(tanpa perjanjian)</translation>
        </message>
        <message>
            <source>Realised over plan by {amount}</source>
            <translation>Realisasi melebihi pagu sebesar {amount}</translation>
        </message>
        <message>
            <source>{text}
Double-click to open the budget line.</source>
            <translation>{text}
Klik dua kali untuk membuka baris anggaran.</translation>
        </message>
        <message>
            <source>Close fiscal year</source>
            <translation>Tutup tahun anggaran</translation>
        </message>
        <message>
            <source>Only the head or an administrator may close a fiscal year.</source>
            <translation>Hanya kepala atau administrator yang boleh menutup tahun anggaran.</translation>
        </message>
        <message>
            <source>You are signed in as {user}. Ask the head of the bureau.</source>
            <translation>Anda masuk sebagai {user}. Mintalah kepada kepala biro.</translation>
        </message>
        <message>
            <source>Close fiscal year {year}?</source>
            <translation>Tutup tahun anggaran {year}?</translation>
        </message>
        <message>
            <source>Close the year</source>
            <translation>Tutup tahun</translation>
        </message>
        <message>
            <source>Its budget lines and transactions will be locked: nobody can change them until the head reopens the year. Corrections then go into an open year.</source>
            <translation>Baris anggaran dan transaksinya akan dikunci: tidak ada yang dapat mengubahnya sampai kepala membuka kembali tahun itu. Koreksi kemudian dicatat pada tahun yang terbuka.</translation>
        </message>
        <message>
            <source>Reopen fiscal year</source>
            <translation>Buka kembali tahun anggaran</translation>
        </message>
        <message>
            <source>Only a user with the head's role may reopen a closed fiscal year.</source>
            <translation>Hanya pengguna dengan peran kepala yang boleh membuka kembali tahun anggaran yang sudah ditutup.</translation>
        </message>
        <message>
            <source>You are signed in as {user}. Ask the head of the bureau; an administrator can give the head's role.</source>
            <translation>Anda masuk sebagai {user}. Mintalah kepada kepala biro; administrator dapat memberikan peran kepala.</translation>
        </message>
        <message>
            <source>Reopen fiscal year {year}</source>
            <translation>Buka kembali tahun anggaran {year}</translation>
        </message>
        <message>
            <source>Why must fiscal year {year} be reopened? The reason is kept in the audit trail.</source>
            <translation>Mengapa tahun anggaran {year} harus dibuka kembali? Alasannya disimpan dalam jejak audit.</translation>
        </message>
        <message>
            <source>budget-{year}.xlsx</source>
            <translation>anggaran-{year}.xlsx</translation>
        </message>
        <message>
            <source>Budget workbook (Excel)</source>
            <translation>Buku kerja anggaran (Excel)</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Buku kerja Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Writing the budget workbook of {year}…</source>
            <translation>Menulis buku kerja anggaran {year}…</translation>
        </message>
        <message>
            <source>Budget workbook written: &lt;a href="{url}"&gt;{name}&lt;/a&gt; ({lines} lines, {transactions} transactions, {seconds} s) · &lt;a href="{folder}"&gt;open folder&lt;/a&gt;</source>
            <translation>Buku kerja anggaran tertulis: &lt;a href="{url}"&gt;{name}&lt;/a&gt; ({lines} baris, {transactions} transaksi, {seconds} detik) · &lt;a href="{folder}"&gt;buka folder&lt;/a&gt;</translation>
        </message>
    </context>
    <context>
        <name>RateTableDialog</name>
        <message>
            <source>All currencies</source>
            <translation>Semua mata uang</translation>
        </message>
        <message>
            <source>{count} rates</source>
            <translation>{count} kurs</translation>
        </message>
        <message>
            <source>Delete rate</source>
            <translation>Hapus kurs</translation>
        </message>
        <message>
            <source>Delete the {currency} rate of {date}?</source>
            <translation>Hapus kurs {currency} tanggal {date}?</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Transactions already recorded keep the rate they were entered with.</source>
            <translation>Transaksi yang sudah dicatat tetap memakai kurs saat dicatat.</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Mata uang</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Kurs</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Sumber</translation>
        </message>
        <message>
            <source>New rate</source>
            <translation>Kurs baru</translation>
        </message>
        <message>
            <source>Edit rate</source>
            <translation>Ubah kurs</translation>
        </message>
        <message>
            <source>A {currency} transaction dated {date} finds no rate in the table (none that day nor in the week before): its rate must be typed.</source>
            <translation>Transaksi {currency} bertanggal {date} tidak menemukan kurs dalam tabel (tidak ada pada hari itu maupun seminggu sebelumnya): kursnya harus diketik.</translation>
        </message>
        <message>
            <source>A {currency} transaction dated {date} takes this day's rate, {rate}.</source>
            <translation>Transaksi {currency} bertanggal {date} memakai kurs hari itu, {rate}.</translation>
        </message>
        <message>
            <source>A {currency} transaction dated {date} takes the rate of {quoted}, {rate} (the latest in the week before).</source>
            <translation>Transaksi {currency} bertanggal {date} memakai kurs {quoted}, {rate} (yang terakhir dalam seminggu sebelumnya).</translation>
        </message>
        <message>
            <source>Exchange-rate table</source>
            <translation>Tabel kurs</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>&amp;Tampilkan:</translation>
        </message>
        <message>
            <source>Rupiah per unit</source>
            <translation>Rupiah per satuan</translation>
        </message>
        <message>
            <source>rupiah per one unit, e.g. 16.325,50</source>
            <translation>rupiah per satu satuan, mis. 16.325,50</translation>
        </message>
        <message>
            <source>e.g. Bank Indonesia JISDOR</source>
            <translation>mis. Bank Indonesia JISDOR</translation>
        </message>
        <message>
            <source>&amp;New rate</source>
            <translation>Kurs &amp;baru</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Simpan</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Hapus…</translation>
        </message>
    </context>
</TS>
