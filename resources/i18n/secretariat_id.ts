<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
    <context>
        <name>Application</name>
        <message>
            <source>Opening %1…</source>
            <translation>Membuka %1…</translation>
        </message>
        <message>
            <source>Secretariat cannot start</source>
            <translation>Secretariat tidak dapat dimulai</translation>
        </message>
    </context>
    <context>
        <name>ColumnTitles</name>
        <message>
            <source>Title</source>
            <translation>Judul</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Negara</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Tahap</translation>
        </message>
        <message>
            <source>Country code</source>
            <translation>Kode negara</translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Name in original script</source>
            <translation>Nama dalam aksara asli</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Negara</translation>
        </message>
        <message>
            <source>Country name (English)</source>
            <translation>Nama negara (Inggris)</translation>
        </message>
        <message>
            <source>Country name (Indonesian)</source>
            <translation>Nama negara (Indonesia)</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Kota</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Perjanjian</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Nomor</translation>
        </message>
        <message>
            <source>Partner's number</source>
            <translation>Nomor mitra</translation>
        </message>
        <message>
            <source>Title (Indonesian)</source>
            <translation>Judul (Indonesia)</translation>
        </message>
        <message>
            <source>Title (English)</source>
            <translation>Judul (Inggris)</translation>
        </message>
        <message>
            <source>Instrument</source>
            <translation>Bentuk naskah</translation>
        </message>
        <message>
            <source>Stage code</source>
            <translation>Kode tahap</translation>
        </message>
        <message>
            <source>Stage (Indonesian)</source>
            <translation>Tahap</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Tahap (Inggris)</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Mitra</translation>
        </message>
        <message>
            <source>Partner names</source>
            <translation>Nama mitra</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Ditandatangani</translation>
        </message>
        <message>
            <source>In force from</source>
            <translation>Berlaku sejak</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Berakhir</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Arah</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Tujuan</translation>
        </message>
        <message>
            <source>Cities</source>
            <translation>Kota</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Mulai</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Anggota</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Perjanjian</translation>
        </message>
        <message>
            <source>Fiscal year</source>
            <translation>Tahun anggaran</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Kode rekening</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Kegiatan</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Uraian</translation>
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
            <source>Grants received</source>
            <translation>Hibah diterima</translation>
        </message>
        <message>
            <source>Delegation</source>
            <translation>Delegasi</translation>
        </message>
        <message>
            <source>Civil-service number (NIP)</source>
            <translation>NIP</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Jabatan</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit kerja</translation>
        </message>
        <message>
            <source>Per-diem grade</source>
            <translation>Golongan uang harian</translation>
        </message>
        <message>
            <source>Passport</source>
            <translation>Paspor</translation>
        </message>
        <message>
            <source>Passport number</source>
            <translation>Nomor paspor</translation>
        </message>
        <message>
            <source>Passport valid until</source>
            <translation>Paspor berlaku sampai</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktif</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Golongan</translation>
        </message>
        <message>
            <source>Daily allowance</source>
            <translation>Uang harian</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Berlaku mulai</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Dasar hukum</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Cannot do that</source>
            <translation>Tidak dapat dilakukan</translation>
        </message>
        <message>
            <source>Unexpected error</source>
            <translation>Kesalahan tak terduga</translation>
        </message>
        <message>
            <source>Secretariat met an error it did not expect. Your saved work is safe; the action that failed was not completed.</source>
            <translation>Secretariat mengalami kesalahan yang tidak terduga. Pekerjaan yang sudah disimpan tetap aman; tindakan yang gagal tidak diselesaikan.</translation>
        </message>
        <message>
            <source>The details were written to the log: %1</source>
            <translation>Rinciannya dicatat dalam log: %1</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Salin rincian</translation>
        </message>
    </context>
    <context>
        <name>ExcelImport</name>
        <message>
            <source>Import from Excel</source>
            <translation>Impor dari Excel</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Buku kerja Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>… and %1 more problems.</source>
            <translation>… dan %1 masalah lainnya.</translation>
        </message>
        <message>
            <source>Nothing was saved: correct the rows named below in the workbook and import it again.</source>
            <translation>Tidak ada yang disimpan: perbaiki baris yang disebut di bawah ini dalam buku kerja, lalu impor lagi.</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>Mengimpor %1…</translation>
        </message>
    </context>
    <context>
        <name>Filters</name>
        <message>
            <source>Country</source>
            <translation>Negara</translation>
        </message>
        <message>
            <source>All countries</source>
            <translation>Semua negara</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Tahun</translation>
        </message>
        <message>
            <source>All years</source>
            <translation>Semua tahun</translation>
        </message>
        <message>
            <source>Kind of partner</source>
            <translation>Jenis mitra</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Semua jenis</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Semua status</translation>
        </message>
        <message>
            <source>Kind of cooperation</source>
            <translation>Jenis kerja sama</translation>
        </message>
        <message>
            <source>Instrument</source>
            <translation>Bentuk naskah</translation>
        </message>
        <message>
            <source>All instruments</source>
            <translation>Semua bentuk naskah</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Tahap</translation>
        </message>
        <message>
            <source>All stages</source>
            <translation>Semua tahap</translation>
        </message>
        <message>
            <source>Expiring</source>
            <translation>Berakhir</translation>
        </message>
        <message>
            <source>Any expiry</source>
            <translation>Semua masa berlaku</translation>
        </message>
        <message>
            <source>In force</source>
            <translation>Berlaku</translation>
        </message>
        <message>
            <source>In force or not</source>
            <translation>Berlaku atau tidak</translation>
        </message>
        <message>
            <source>Not in force</source>
            <translation>Tidak berlaku</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Arah</translation>
        </message>
        <message>
            <source>Both directions</source>
            <translation>Keluar dan masuk</translation>
        </message>
        <message>
            <source>Departing</source>
            <translation>Keberangkatan</translation>
        </message>
        <message>
            <source>Any departure</source>
            <translation>Semua keberangkatan</translation>
        </message>
        <message>
            <source>Account code starts with</source>
            <translation>Kode rekening diawali</translation>
        </message>
        <message>
            <source>Account code…</source>
            <translation>Kode rekening…</translation>
        </message>
        <message>
            <source>Per-diem grade</source>
            <translation>Golongan uang harian</translation>
        </message>
        <message>
            <source>All grades</source>
            <translation>Semua golongan</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktif</translation>
        </message>
        <message>
            <source>Active or not</source>
            <translation>Aktif atau tidak</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>Tidak aktif</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Golongan</translation>
        </message>
        <message>
            <source>Within %1 days</source>
            <translation>Dalam %1 hari</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Open database</source>
            <translation>Buka basis data</translation>
        </message>
        <message>
            <source>Secretariat databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
            <translation>Basis data Secretariat (*.sqlite3 *.sqlite *.db);;Semua berkas (*)</translation>
        </message>
        <message>
            <source>About Secretariat</source>
            <translation>Tentang Secretariat</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Secretariat %1&lt;/h3&gt;&lt;p&gt;Partners, agreements, delegations and budgets of a regional government's foreign-cooperation bureau.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Secretariat %1&lt;/h3&gt;&lt;p&gt;Mitra, perjanjian, delegasi dan anggaran biro kerja sama luar negeri pemerintah daerah.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Rows: %1</source>
            <translation>Baris: %1</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>Basis data: %1</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Secretariat</source>
            <translation>Secretariat</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Berkas</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Sunting</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Tampilan</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ban&amp;tuan</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>Bilah alat</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>&amp;Baru…</translation>
        </message>
        <message>
            <source>Add a new record to this register (Ctrl+N)</source>
            <translation>Tambah data baru ke daftar ini (Ctrl+N)</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Baru</translation>
        </message>
        <message>
            <source>&amp;Open record</source>
            <translation>B&amp;uka data</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Buka</translation>
        </message>
        <message>
            <source>Open the selected record (Enter or double-click)</source>
            <translation>Buka data yang dipilih (Enter atau klik ganda)</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Hapus…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Delete the selected record (Delete)</source>
            <translation>Hapus data yang dipilih (Delete)</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>&amp;Cari</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Muat ulang</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Muat ulang</translation>
        </message>
        <message>
            <source>Read the page again from the database (F5)</source>
            <translation>Baca ulang halaman dari basis data (F5)</translation>
        </message>
        <message>
            <source>&amp;Print register…</source>
            <translation>&amp;Cetak daftar…</translation>
        </message>
        <message>
            <source>Open &amp;database…</source>
            <translation>Buka basis &amp;data…</translation>
        </message>
        <message>
            <source>&amp;Import from Excel…</source>
            <translation>&amp;Impor dari Excel…</translation>
        </message>
        <message>
            <source>Excel import &amp;template…</source>
            <translation>&amp;Templat impor Excel…</translation>
        </message>
        <message>
            <source>&amp;Export to Excel…</source>
            <translation>&amp;Ekspor ke Excel…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Pengaturan…</translation>
        </message>
        <message>
            <source>E&amp;xit</source>
            <translation>&amp;Keluar</translation>
        </message>
        <message>
            <source>&amp;About Secretariat</source>
            <translation>&amp;Tentang Secretariat</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Dasbor</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Mitra</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Perjanjian</translation>
        </message>
        <message>
            <source>Delegations</source>
            <translation>Delegasi</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Anggaran</translation>
        </message>
        <message>
            <source>Per-diem rates</source>
            <translation>Tarif uang harian</translation>
        </message>
        <message>
            <source>Officials</source>
            <translation>Pejabat</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>Print %1</source>
            <translation>Cetak %1</translation>
        </message>
        <message>
            <source>%1 rows, printed %2</source>
            <translation>%1 baris, dicetak %2</translation>
        </message>
        <message>
            <source>Preparing %1 for printing</source>
            <translation>Menyiapkan %1 untuk dicetak</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Urungkan</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Ulangi</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Po&amp;tong</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Salin</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Tempel</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Pilih semua</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>Tampilkan rincian…</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Sembunyikan rincian…</translation>
        </message>
        <message>
            <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Tentang Qt&lt;/h3&gt;&lt;p&gt;Program ini memakai Qt versi %1.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Simpan semua</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Buka</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Ya</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Ya untuk &amp;semua</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Tidak</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>T&amp;idak untuk semua</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Batalkan</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Coba lagi</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Abaikan</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Buang</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Bantuan</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Terapkan</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Atur ulang</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Kembalikan bawaan</translation>
        </message>
        <message>
            <source>Don't Save</source>
            <translation>Jangan simpan</translation>
        </message>
        <message>
            <source>Close without Saving</source>
            <translation>Tutup tanpa menyimpan</translation>
        </message>
    </context>
    <context>
        <name>QProgressDialog</name>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
    </context>
    <context>
        <name>QShortcut</name>
        <message>
            <source>Ctrl</source>
            <translation>Ctrl</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>Shift</translation>
        </message>
        <message>
            <source>Alt</source>
            <translation>Alt</translation>
        </message>
        <message>
            <source>Del</source>
            <translation>Del</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Enter</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Enter</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Urungkan</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Ulangi</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Po&amp;tong</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Salin</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Tempel</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Pilih semua</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>Salin &amp;alamat tautan</translation>
        </message>
    </context>
    <context>
        <name>RegisterModel</name>
        <message>
            <source>(deleted)</source>
            <translation>(sudah dihapus)</translation>
        </message>
        <message>
            <source>This column cannot be sorted</source>
            <translation>Kolom ini tidak dapat diurutkan</translation>
        </message>
    </context>
    <context>
        <name>RegisterPage</name>
        <message>
            <source>%1 in all; type at least two letters to search</source>
            <translation>Seluruhnya %1; ketik sedikitnya dua huruf untuk mencari</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Memuat…</translation>
        </message>
        <message>
            <source>%1 found</source>
            <translation>%1 ditemukan</translation>
        </message>
        <message>
            <source>%1 in all</source>
            <translation>Seluruhnya %1</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Mitra</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Perjanjian</translation>
        </message>
        <message>
            <source>Delegations</source>
            <translation>Delegasi</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Anggaran</translation>
        </message>
        <message>
            <source>Officials</source>
            <translation>Pejabat</translation>
        </message>
        <message>
            <source>Per-diem rates</source>
            <translation>Tarif uang harian</translation>
        </message>
        <message>
            <source>Search…</source>
            <translation>Cari…</translation>
        </message>
        <message>
            <source>Type words to search; every word must match the start of a word. Ctrl+F comes back here.</source>
            <translation>Ketik kata untuk mencari; setiap kata harus cocok dengan awal sebuah kata. Ctrl+F kembali ke sini.</translation>
        </message>
        <message>
            <source>New…</source>
            <translation>Baru…</translation>
        </message>
        <message>
            <source>Add a new record to this register (Ctrl+N)</source>
            <translation>Tambah data baru ke daftar ini (Ctrl+N)</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Hapus saringan</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Choose the logo</source>
            <translation>Pilih logo</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.bmp)</source>
            <translation>Gambar (*.png *.jpg *.jpeg *.bmp)</translation>
        </message>
        <message>
            <source>%1 is not an image this program can read.</source>
            <translation>%1 bukan gambar yang dapat dibaca program ini.</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation>Tanpa logo</translation>
        </message>
        <message>
            <source>A pattern is required.</source>
            <translation>Pola wajib diisi.</translation>
        </message>
        <message>
            <source>This pattern cannot be used: %1</source>
            <translation>Pola ini tidak dapat dipakai: %1</translation>
        </message>
        <message>
            <source>Write whole numbers of days separated by commas, e.g. 180, 90, 30.</source>
            <translation>Tulis jumlah hari berupa bilangan bulat dipisahkan koma, mis. 180, 90, 30.</translation>
        </message>
        <message>
            <source>Region name (Indonesian)</source>
            <translation>Nama daerah (Indonesia)</translation>
        </message>
        <message>
            <source>Region name (English)</source>
            <translation>Nama daerah (Inggris)</translation>
        </message>
        <message>
            <source>Level of the region</source>
            <translation>Tingkat daerah</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <source>Default paper</source>
            <translation>Kertas bawaan</translation>
        </message>
        <message>
            <source>Agreement numbers</source>
            <translation>Nomor perjanjian</translation>
        </message>
        <message>
            <source>Delegation numbers</source>
            <translation>Nomor delegasi</translation>
        </message>
        <message>
            <source>Letter numbers</source>
            <translation>Nomor surat</translation>
        </message>
        <message>
            <source>Expiry reminders</source>
            <translation>Pengingat masa berlaku</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Pengaturan</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>Kantor</translation>
        </message>
        <message>
            <source>Region name (Indonesian):</source>
            <translation>Nama daerah (Indonesia):</translation>
        </message>
        <message>
            <source>Region name (English):</source>
            <translation>Nama daerah (Inggris):</translation>
        </message>
        <message>
            <source>Level of the region:</source>
            <translation>Tingkat daerah:</translation>
        </message>
        <message>
            <source>Head of region:</source>
            <translation>Kepala daerah:</translation>
        </message>
        <message>
            <source>Title (Indonesian):</source>
            <translation>Jabatan (Indonesia):</translation>
        </message>
        <message>
            <source>Title (English):</source>
            <translation>Jabatan (Inggris):</translation>
        </message>
        <message>
            <source>Head of the cooperation bureau:</source>
            <translation>Kepala biro kerja sama:</translation>
        </message>
        <message>
            <source>Bureau head's title:</source>
            <translation>Jabatan kepala biro:</translation>
        </message>
        <message>
            <source>Letterhead</source>
            <translation>Kop surat</translation>
        </message>
        <message>
            <source>Address lines:</source>
            <translation>Baris alamat:</translation>
        </message>
        <message>
            <source>Contact lines:</source>
            <translation>Baris kontak:</translation>
        </message>
        <message>
            <source>Logo:</source>
            <translation>Logo:</translation>
        </message>
        <message>
            <source>Choose image…</source>
            <translation>Pilih gambar…</translation>
        </message>
        <message>
            <source>Remove logo</source>
            <translation>Hapus logo</translation>
        </message>
        <message>
            <source>Default paper:</source>
            <translation>Kertas bawaan:</translation>
        </message>
        <message>
            <source>Smallest delegation abroad:</source>
            <translation>Delegasi ke luar negeri paling sedikit:</translation>
        </message>
        <message>
            <source>Largest delegation abroad:</source>
            <translation>Delegasi ke luar negeri paling banyak:</translation>
        </message>
        <message>
            <source> persons</source>
            <translation> orang</translation>
        </message>
        <message>
            <source>Smallest delegation abroad</source>
            <translation>Delegasi ke luar negeri paling sedikit</translation>
        </message>
        <message>
            <source>Largest delegation abroad</source>
            <translation>Delegasi ke luar negeri paling banyak</translation>
        </message>
        <message>
            <source>Numbering</source>
            <translation>Penomoran</translation>
        </message>
        <message>
            <source>Patterns may use {seq} (the running number, required; {seq:03d} pads it to three digits), {year}, {month} and {roman_month}. A pattern with {year} starts again at 1 every year.</source>
            <translation>Pola dapat memakai {seq} (nomor urut, wajib; {seq:03d} menjadikannya tiga digit), {year}, {month} dan {roman_month}. Pola yang memuat {year} mulai lagi dari 1 setiap tahun.</translation>
        </message>
        <message>
            <source>Agreements:</source>
            <translation>Perjanjian:</translation>
        </message>
        <message>
            <source>Next number:</source>
            <translation>Nomor berikutnya:</translation>
        </message>
        <message>
            <source>Delegations:</source>
            <translation>Delegasi:</translation>
        </message>
        <message>
            <source>Letters:</source>
            <translation>Surat:</translation>
        </message>
        <message>
            <source>Language and reminders</source>
            <translation>Bahasa dan pengingat</translation>
        </message>
        <message>
            <source>Language of the program:</source>
            <translation>Bahasa program:</translation>
        </message>
        <message>
            <source>Reminders on the dashboard</source>
            <translation>Pengingat di dasbor</translation>
        </message>
        <message>
            <source>Remind before an agreement expires (days):</source>
            <translation>Ingatkan sebelum perjanjian berakhir (hari):</translation>
        </message>
        <message>
            <source>Agreement counts as dormant after:</source>
            <translation>Perjanjian dianggap tidak aktif setelah:</translation>
        </message>
        <message>
            <source> months</source>
            <translation> bulan</translation>
        </message>
        <message>
            <source>Show delegations departing within:</source>
            <translation>Tampilkan delegasi yang berangkat dalam:</translation>
        </message>
        <message>
            <source> days</source>
            <translation> hari</translation>
        </message>
        <message>
            <source>Passports must stay valid for:</source>
            <translation>Paspor harus masih berlaku selama:</translation>
        </message>
        <message>
            <source>These settings apply to you on this computer.</source>
            <translation>Pengaturan ini berlaku untuk Anda di komputer ini.</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Loading the demonstration data…</source>
            <translation>Memuat data contoh…</translation>
        </message>
        <message>
            <source>Welcome to Secretariat</source>
            <translation>Selamat datang di Secretariat</translation>
        </message>
        <message>
            <source>This database has no partners, agreements or delegations yet. Choose how to begin; you can change everything later.</source>
            <translation>Basis data ini belum berisi mitra, perjanjian, atau delegasi. Pilih cara memulai; semuanya dapat diubah nanti.</translation>
        </message>
        <message>
            <source>Load the demonstration data</source>
            <translation>Muat data contoh</translation>
        </message>
        <message>
            <source>Fictitious partners, agreements, delegations and budget lines to try the program with. Delete them before real work starts.</source>
            <translation>Mitra, perjanjian, delegasi, dan mata anggaran rekaan untuk mencoba program. Hapus sebelum pekerjaan sesungguhnya dimulai.</translation>
        </message>
        <message>
            <source>Import registers from Excel</source>
            <translation>Impor daftar dari Excel</translation>
        </message>
        <message>
            <source>Bring in the partners and agreements your office kept in Excel workbooks.</source>
            <translation>Masukkan mitra dan perjanjian yang selama ini dicatat kantor dalam buku kerja Excel.</translation>
        </message>
        <message>
            <source>Start with empty registers</source>
            <translation>Mulai dengan daftar kosong</translation>
        </message>
        <message>
            <source>Type in your first partner now.</source>
            <translation>Ketik mitra pertama Anda sekarang.</translation>
        </message>
    </context>
    <context>
        <name>Workers</name>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
    </context>
</TS>
