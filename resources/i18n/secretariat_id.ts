<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
    <context>
        <name>AccountsDialog</name>
        <message>
            <source>&amp;Import from Excel…</source>
            <translation>&amp;Impor dari Excel…</translation>
        </message>
        <message>
            <source>&amp;New account</source>
            <translation>Akun &amp;baru</translation>
        </message>
        <message>
            <source>A closed account stays on the lines that use it, but no new line can take it.</source>
            <translation>Akun nonaktif tetap tercantum pada baris yang memakainya, tetapi tidak dapat dipakai baris baru.</translation>
        </message>
        <message>
            <source>A dotted code such as 5.1.02.04.02.0001.</source>
            <translation>Kode bertitik seperti 5.1.02.04.02.0001.</translation>
        </message>
        <message>
            <source>A sheet with a code column (Kode) and a name column (Nama or Uraian); optionally Aktif (Ya/Tidak) and Kelompok (Pendapatan / Belanja / Pembiayaan)</source>
            <translation>Lembar dengan kolom kode (Kode) dan kolom nama (Nama atau Uraian); boleh juga Aktif (Ya/Tidak) dan Kelompok (Pendapatan / Belanja / Pembiayaan)</translation>
        </message>
        <message>
            <source>Account code</source>
            <translation>Kode rekening</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktif</translation>
        </message>
        <message>
            <source>Active (new budget lines may use it)</source>
            <translation>Aktif (boleh dipakai baris anggaran baru)</translation>
        </message>
        <message>
            <source>As its parent ({side})</source>
            <translation>Mengikuti induknya ({side})</translation>
        </message>
        <message>
            <source>As its parent in the chart</source>
            <translation>Mengikuti induknya dalam bagan akun</translation>
        </message>
        <message>
            <source>Budget lines</source>
            <translation>Baris anggaran</translation>
        </message>
        <message>
            <source>Chart of accounts</source>
            <translation>Bagan akun</translation>
        </message>
        <message>
            <source>Close the account</source>
            <translation>Nonaktifkan akun</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Delete account</source>
            <translation>Hapus akun</translation>
        </message>
        <message>
            <source>Delete account {code} “{name}”?</source>
            <translation>Hapus akun {code} “{name}”?</translation>
        </message>
        <message>
            <source>Edit account</source>
            <translation>Ubah akun</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Buku kerja Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Kelompok</translation>
        </message>
        <message>
            <source>Import the chart of accounts</source>
            <translation>Impor bagan akun</translation>
        </message>
        <message>
            <source>Imported from sheet “{sheet}”: {added} added, {updated} updated, {unchanged} unchanged.</source>
            <translation>Diimpor dari lembar “{sheet}”: {added} ditambahkan, {updated} diubah, {unchanged} tetap.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>New account</source>
            <translation>Akun baru</translation>
        </message>
        <message>
            <source>No budget line uses this account yet.</source>
            <translation>Belum ada baris anggaran yang memakai akun ini.</translation>
        </message>
        <message>
            <source>Nothing was imported: {count} problem(s) must be corrected in the file first.</source>
            <translation>Tidak ada yang diimpor: {count} masalah harus diperbaiki dahulu di berkasnya.</translation>
        </message>
        <message>
            <source>Revenue (pendapatan, group 4), spending (belanja, group 5) or financing (pembiayaan, group 6): the money of the lines using this account is counted on that side only.</source>
            <translation>Pendapatan (kelompok 4), belanja (kelompok 5) atau pembiayaan (kelompok 6): uang baris anggaran yang memakai akun ini hanya dihitung pada kelompok tersebut.</translation>
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
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Used by {count} budget line(s): the code cannot change; close the account to stop its use.</source>
            <translation>Dipakai {count} baris anggaran: kodenya tidak dapat diubah; nonaktifkan akun untuk menghentikan pemakaiannya.</translation>
        </message>
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
            <source>{count} budget line(s) use account {code}; it cannot be deleted.</source>
            <translation>{count} baris anggaran memakai akun {code}; akun ini tidak dapat dihapus.</translation>
        </message>
        <message>
            <source>… and {count} more (see the details).</source>
            <translation>… dan {count} lainnya (lihat rincian).</translation>
        </message>
    </context>
    <context>
        <name>ActivityDialog</name>
        <message>
            <source>(none)</source>
            <translation>(tidak ada)</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Kegiatan</translation>
        </message>
        <message>
            <source>Activity – {title}</source>
            <translation>Kegiatan – {title}</translation>
        </message>
        <message>
            <source>Add row</source>
            <translation>Tambah baris</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Terapkan</translation>
        </message>
        <message>
            <source>Budget line:</source>
            <translation>Baris anggaran:</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Tanggal:</translation>
        </message>
        <message>
            <source>Delegation:</source>
            <translation>Delegasi:</translation>
        </message>
        <message>
            <source>Description:</source>
            <translation>Uraian:</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indikator</translation>
        </message>
        <message>
            <source>Indicator {n}, name</source>
            <translation>Indikator {n}, nama</translation>
        </message>
        <message>
            <source>Indicator {n}, unit</source>
            <translation>Indikator {n}, satuan</translation>
        </message>
        <message>
            <source>Indicator {n}, value</source>
            <translation>Indikator {n}, nilai</translation>
        </message>
        <message>
            <source>Indicators (what it produced)</source>
            <translation>Indikator (hasil yang dicapai)</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Jenis:</translation>
        </message>
        <message>
            <source>New activity</source>
            <translation>Kegiatan baru</translation>
        </message>
        <message>
            <source>Remove row</source>
            <translation>Hapus baris</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <source>Save and close</source>
            <translation>Simpan dan tutup</translation>
        </message>
        <message>
            <source>Save and keep the window open (Ctrl+S)</source>
            <translation>Simpan dan biarkan jendela tetap terbuka (Ctrl+S)</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>Judul:</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Satuan</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Nilai</translation>
        </message>
        <message>
            <source>the activity {title}</source>
            <translation>kegiatan {title}</translation>
        </message>
        <message>
            <source>the new activity</source>
            <translation>kegiatan baru ini</translation>
        </message>
    </context>
    <context>
        <name>AddUserDialog</name>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Tambah</translation>
        </message>
        <message>
            <source>&amp;First password:</source>
            <translation>Kata sandi &amp;pertama:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nama:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Peran:</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>Nama &amp;pengguna:</translation>
        </message>
        <message>
            <source>Add a person</source>
            <translation>Tambah pengguna</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>On this workstation a person is their Windows account: type its user name.</source>
            <translation>Di komputer ini seorang pengguna adalah akun Windows-nya: ketik nama penggunanya.</translation>
        </message>
        <message>
            <source>Re&amp;peat it:</source>
            <translation>&amp;Ulangi:</translation>
        </message>
        <message>
            <source>The person signs in with this user name and the first password, and then chooses their own password.</source>
            <translation>Pengguna masuk dengan nama pengguna dan kata sandi pertama ini, lalu memilih kata sandinya sendiri.</translation>
        </message>
    </context>
    <context>
        <name>AgreementEditor</name>
        <message>
            <source> months</source>
            <translation> bulan</translation>
        </message>
        <message>
            <source>(new – starts at the first stage)</source>
            <translation>(baru – dimulai pada tahap pertama)</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(tidak ada)</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Kegiatan</translation>
        </message>
        <message>
            <source>Add file…</source>
            <translation>Tambah berkas…</translation>
        </message>
        <message>
            <source>Added by</source>
            <translation>Ditambahkan oleh</translation>
        </message>
        <message>
            <source>Added on</source>
            <translation>Ditambahkan pada</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Tambah…</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Perjanjian</translation>
        </message>
        <message>
            <source>Agreement – {name}</source>
            <translation>Perjanjian – {name}</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Terapkan</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Penilaian</translation>
        </message>
        <message>
            <source>Attach a document</source>
            <translation>Lampirkan dokumen</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Oleh</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Computed from the term: in force until {date}.</source>
            <translation>Dihitung dari jangka waktu: berlaku sampai {date}.</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Kriteria</translation>
        </message>
        <message>
            <source>Current stage:</source>
            <translation>Tahap saat ini:</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Dokumen</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Dokumen</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Ubah…</translation>
        </message>
        <message>
            <source>Enter the expiry date, or the date in force and the term.</source>
            <translation>Isi tanggal berakhir, atau tanggal mulai berlaku dan jangka waktunya.</translation>
        </message>
        <message>
            <source>Expires on:</source>
            <translation>Berakhir pada:</translation>
        </message>
        <message>
            <source>Fields of cooperation:</source>
            <translation>Bidang kerja sama:</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Berkas</translation>
        </message>
        <message>
            <source>Filter partners…</source>
            <translation>Saring mitra…</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Dari</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Umum</translation>
        </message>
        <message>
            <source>History:</source>
            <translation>Riwayat:</translation>
        </message>
        <message>
            <source>How well the cooperation meets the four grounds of regional cooperation (Law 23/2014 Art. 363): 1 = poor, 5 = excellent. A score needs its reason; it is saved with the agreement.</source>
            <translation>Sejauh mana kerja sama memenuhi empat prinsip kerja sama daerah (UU 23/2014 Pasal 363): 1 = buruk, 5 = sangat baik. Setiap nilai perlu alasannya; penilaian disimpan bersama perjanjian.</translation>
        </message>
        <message>
            <source>Implementing arrangements under this agreement (double-click to open):</source>
            <translation>Perjanjian turunan (PKS) di bawah perjanjian ini (klik ganda untuk membuka):</translation>
        </message>
        <message>
            <source>In force from:</source>
            <translation>Berlaku mulai:</translation>
        </message>
        <message>
            <source>In force.</source>
            <translation>Sedang berlaku.</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Indikator</translation>
        </message>
        <message>
            <source>Instrument:</source>
            <translation>Bentuk naskah:</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Jenis:</translation>
        </message>
        <message>
            <source>Last day to give notice:</source>
            <translation>Batas akhir pemberitahuan:</translation>
        </message>
        <message>
            <source>Links</source>
            <translation>Keterkaitan</translation>
        </message>
        <message>
            <source>Move to stage</source>
            <translation>Pindah tahap</translation>
        </message>
        <message>
            <source>Move to stage…</source>
            <translation>Pindah tahap…</translation>
        </message>
        <message>
            <source>New agreement</source>
            <translation>Perjanjian baru</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Catatan</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Catatan</translation>
        </message>
        <message>
            <source>Notice period:</source>
            <translation>Masa pemberitahuan:</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Buka</translation>
        </message>
        <message>
            <source>Open document</source>
            <translation>Buka dokumen</translation>
        </message>
        <message>
            <source>Our number:</source>
            <translation>Nomor daerah:</translation>
        </message>
        <message>
            <source>Part of:</source>
            <translation>Bagian dari:</translation>
        </message>
        <message>
            <source>Partner's number:</source>
            <translation>Nomor mitra:</translation>
        </message>
        <message>
            <source>Partners:</source>
            <translation>Mitra:</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Alasan</translation>
        </message>
        <message>
            <source>Reason for {criterion}</source>
            <translation>Alasan untuk {criterion}</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Remove activity</source>
            <translation>Hapus kegiatan</translation>
        </message>
        <message>
            <source>Remove document</source>
            <translation>Hapus dokumen</translation>
        </message>
        <message>
            <source>Remove this activity and its indicators?</source>
            <translation>Hapus kegiatan ini beserta indikatornya?</translation>
        </message>
        <message>
            <source>Remove this document from the agreement? The stored copy is deleted when nothing else uses it.</source>
            <translation>Hapus dokumen ini dari perjanjian? Salinan yang tersimpan dihapus bila tidak dipakai data lain.</translation>
        </message>
        <message>
            <source>Renewed by:</source>
            <translation>Diperpanjang oleh:</translation>
        </message>
        <message>
            <source>Renews:</source>
            <translation>Memperpanjang:</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <source>Save and close</source>
            <translation>Simpan dan tutup</translation>
        </message>
        <message>
            <source>Save and keep the window open (Ctrl+S)</source>
            <translation>Simpan dan biarkan jendela tetap terbuka (Ctrl+S)</translation>
        </message>
        <message>
            <source>Save the agreement first (Apply) to attach documents.</source>
            <translation>Simpan perjanjian dahulu (Terapkan) untuk melampirkan dokumen.</translation>
        </message>
        <message>
            <source>Save the agreement first (Apply) to move it through its stages.</source>
            <translation>Simpan perjanjian dahulu (Terapkan) untuk memindahkan tahapnya.</translation>
        </message>
        <message>
            <source>Save the agreement first (Apply) to record its activities.</source>
            <translation>Simpan perjanjian dahulu (Terapkan) untuk mencatat kegiatannya.</translation>
        </message>
        <message>
            <source>Save the changes first: the stage rules look at the agreement as it is stored.</source>
            <translation>Simpan perubahan dahulu: aturan tahapan memeriksa perjanjian sebagaimana tersimpan.</translation>
        </message>
        <message>
            <source>Score (1–5)</source>
            <translation>Nilai (1–5)</translation>
        </message>
        <message>
            <source>Score for {criterion}</source>
            <translation>Nilai untuk {criterion}</translation>
        </message>
        <message>
            <source>Signed at:</source>
            <translation>Ditandatangani di:</translation>
        </message>
        <message>
            <source>Signed on:</source>
            <translation>Ditandatangani pada:</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Ukuran</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Tahap</translation>
        </message>
        <message>
            <source>Subject (English):</source>
            <translation>Pokok perjanjian (Inggris):</translation>
        </message>
        <message>
            <source>Subject (Indonesian):</source>
            <translation>Pokok perjanjian (Indonesia):</translation>
        </message>
        <message>
            <source>Term:</source>
            <translation>Jangka waktu:</translation>
        </message>
        <message>
            <source>Tick to enter a date; untick to leave it empty</source>
            <translation>Centang untuk mengisi tanggal; hapus centang untuk mengosongkannya</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Judul</translation>
        </message>
        <message>
            <source>Title (English):</source>
            <translation>Judul (Inggris):</translation>
        </message>
        <message>
            <source>Title (Indonesian):</source>
            <translation>Judul (Indonesia):</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Ke</translation>
        </message>
        <message>
            <source>Validity</source>
            <translation>Masa berlaku</translation>
        </message>
        <message>
            <source>after “ON”, e.g. Economic and Trade Cooperation</source>
            <translation>sesudah “ON”, mis. Economic and Trade Cooperation</translation>
        </message>
        <message>
            <source>the agreement {name}</source>
            <translation>perjanjian {name}</translation>
        </message>
        <message>
            <source>the new agreement</source>
            <translation>perjanjian baru ini</translation>
        </message>
        <message>
            <source>what the text's title says after “TENTANG”, e.g. Kerja Sama Ekonomi dan Perdagangan</source>
            <translation>yang disebut judul naskah sesudah “TENTANG”, mis. Kerja Sama Ekonomi dan Perdagangan</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
    </context>
    <context>
        <name>AgreementFamilyPanel</name>
        <message>
            <source>(no number yet)</source>
            <translation>(belum bernomor)</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Perjanjian</translation>
        </message>
        <message>
            <source>Agreement tree (double-click to open)</source>
            <translation>Pohon perjanjian (klik ganda untuk membuka)</translation>
        </message>
        <message>
            <source>An agreement can be renewed once it is signed.</source>
            <translation>Perjanjian dapat diperpanjang setelah ditandatangani.</translation>
        </message>
        <message>
            <source>Close the previous agreement</source>
            <translation>Tutup perjanjian sebelumnya</translation>
        </message>
        <message>
            <source>Close the previous agreement as renewed</source>
            <translation>Tutup perjanjian sebelumnya sebagai diperpanjang</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Berakhir</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Buka</translation>
        </message>
        <message>
            <source>Renew</source>
            <translation>Perpanjang</translation>
        </message>
        <message>
            <source>Renewal chain, oldest first:</source>
            <translation>Rantai perpanjangan, dari yang terlama:</translation>
        </message>
        <message>
            <source>Renewals</source>
            <translation>Perpanjangan</translation>
        </message>
        <message>
            <source>Renewed by {name}.</source>
            <translation>Diperpanjang dengan {name}.</translation>
        </message>
        <message>
            <source>Renew…</source>
            <translation>Perpanjang…</translation>
        </message>
        <message>
            <source>Save the agreement first (Apply).</source>
            <translation>Simpan perjanjian terlebih dahulu (Terapkan).</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Tahap</translation>
        </message>
        <message>
            <source>The renewal is registered at the first stage. Open it now?</source>
            <translation>Perpanjangan dicatat pada tahap pertama. Buka sekarang?</translation>
        </message>
        <message>
            <source>This agreement renews no other and has not been renewed.</source>
            <translation>Perjanjian ini tidak memperpanjang perjanjian lain dan belum diperpanjang.</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Jenis</translation>
        </message>
    </context>
    <context>
        <name>AgreementParts</name>
        <message>
            <source>Assessment summary</source>
            <translation>Ringkasan penilaian</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Dampak</translation>
        </message>
        <message>
            <source>One PDF of the signed agreement's documents, with cover, page stamps and SHA-256 list</source>
            <translation>Satu PDF berisi dokumen perjanjian yang ditandatangani, dengan sampul, cap halaman dan daftar SHA-256</translation>
        </message>
        <message>
            <source>Packet</source>
            <translation>Paket</translation>
        </message>
        <message>
            <source>Print agreement packet…</source>
            <translation>Cetak paket naskah…</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Naskah</translation>
        </message>
        <message>
            <source>Tree and renewals</source>
            <translation>Pohon dan perpanjangan</translation>
        </message>
    </context>
    <context>
        <name>AgreementTextTab</name>
        <message>
            <source>(removed from the documents)</source>
            <translation>(dihapus dari dokumen)</translation>
        </message>
        <message>
            <source>Add from library</source>
            <translation>Tambah dari pustaka</translation>
        </message>
        <message>
            <source>Article {number}</source>
            <translation>Pasal {number}</translation>
        </message>
        <message>
            <source>Article {number} (the agreement's own, not from the library)</source>
            <translation>Pasal {number} (milik perjanjian ini, bukan dari pustaka)</translation>
        </message>
        <message>
            <source>Article {number}: {heading}</source>
            <translation>Pasal {number}: {heading}</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>Pasal</translation>
        </message>
        <message>
            <source>Bahasa Indonesia</source>
            <translation>Bahasa Indonesia</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Oleh</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Bandingkan</translation>
        </message>
        <message>
            <source>Compare the selected version with:</source>
            <translation>Bandingkan versi terpilih dengan:</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Turun</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Rancangan</translation>
        </message>
        <message>
            <source>Draft generated</source>
            <translation>Rancangan dibuat</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Bahasa Inggris</translation>
        </message>
        <message>
            <source>English text; one paragraph per line</source>
            <translation>Teks bahasa Inggris; satu paragraf per baris</translation>
        </message>
        <message>
            <source>F4 (215 × 330 mm)</source>
            <translation>F4 (215 × 330 mm)</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Berkas</translation>
        </message>
        <message>
            <source>Final text</source>
            <translation>Naskah final</translation>
        </message>
        <message>
            <source>Final text (no watermark, no initials box)</source>
            <translation>Naskah final (tanpa tanda air dan kotak paraf)</translation>
        </message>
        <message>
            <source>Generate draft</source>
            <translation>Buat rancangan</translation>
        </message>
        <message>
            <source>Generating the draft</source>
            <translation>Membuat rancangan</translation>
        </message>
        <message>
            <source>Generating the draft…</source>
            <translation>Membuat rancangan…</translation>
        </message>
        <message>
            <source>Heading in English</source>
            <translation>Judul dalam bahasa Inggris</translation>
        </message>
        <message>
            <source>Heading in Indonesian</source>
            <translation>Judul dalam bahasa Indonesia</translation>
        </message>
        <message>
            <source>Indonesian text; one paragraph per line</source>
            <translation>Teks bahasa Indonesia; satu paragraf per baris</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>Dibuat</translation>
        </message>
        <message>
            <source>Making the PDF…</source>
            <translation>Menyusun PDF…</translation>
        </message>
        <message>
            <source>New article</source>
            <translation>Pasal baru</translation>
        </message>
        <message>
            <source>Open PDF</source>
            <translation>Buka PDF</translation>
        </message>
        <message>
            <source>Open the PDF</source>
            <translation>Buka PDF</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Kertas</translation>
        </message>
        <message>
            <source>Paper:</source>
            <translation>Kertas:</translation>
        </message>
        <message>
            <source>Preamble</source>
            <translation>Pembukaan</translation>
        </message>
        <message>
            <source>Preamble and articles:</source>
            <translation>Pembukaan dan pasal:</translation>
        </message>
        <message>
            <source>Preamble: the parties and the recitals, one per line</source>
            <translation>Pembukaan: para pihak dan konsiderans, satu per baris</translation>
        </message>
        <message>
            <source>Reading the text…</source>
            <translation>Membaca naskah…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Replace the agreement's text with the clause library's, filled in from the record</source>
            <translation>Ganti naskah perjanjian dengan naskah pustaka klausul yang diisi dari data perjanjian</translation>
        </message>
        <message>
            <source>Replace this agreement's articles and preamble with the clause library's, filled in from the record?</source>
            <translation>Ganti pasal dan pembukaan perjanjian ini dengan naskah pustaka klausul yang diisi dari data perjanjian?</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Kembalikan</translation>
        </message>
        <message>
            <source>Reset to the library</source>
            <translation>Kembalikan ke pustaka</translation>
        </message>
        <message>
            <source>Save text</source>
            <translation>Simpan naskah</translation>
        </message>
        <message>
            <source>Save the agreement first (Apply) to edit its text and make drafts.</source>
            <translation>Simpan perjanjian terlebih dahulu (Terapkan) untuk menyunting naskahnya dan membuat rancangan.</translation>
        </message>
        <message>
            <source>Storing the version…</source>
            <translation>Menyimpan versi…</translation>
        </message>
        <message>
            <source>Text saved.</source>
            <translation>Naskah disimpan.</translation>
        </message>
        <message>
            <source>The PDF of this version was removed from the documents; its text can still be compared.</source>
            <translation>PDF versi ini telah dihapus dari dokumen; naskahnya masih dapat dibandingkan.</translation>
        </message>
        <message>
            <source>The agreement's edited text is discarded; drafts already generated keep theirs.</source>
            <translation>Naskah yang telah disunting dibuang; rancangan yang sudah dibuat tetap menyimpan naskahnya.</translation>
        </message>
        <message>
            <source>The agreement's own text. Changes are saved with the agreement; the clause library is not changed.</source>
            <translation>Naskah milik perjanjian ini. Perubahan disimpan bersama perjanjian; pustaka klausul tidak berubah.</translation>
        </message>
        <message>
            <source>The clause library's text, filled in from the record. It becomes the agreement's own text once you change and save it.</source>
            <translation>Naskah pustaka klausul, diisi dari data perjanjian. Naskah menjadi milik perjanjian ini setelah Anda mengubah dan menyimpannya.</translation>
        </message>
        <message>
            <source>The copy to sign: refused, each blank named, while the number, a signatory, the term, the notice period or any blank is missing.</source>
            <translation>Salinan untuk ditandatangani: ditolak, dengan menyebut setiap bagian kosong, selama nomor, penanda tangan, jangka waktu, masa pemberitahuan atau bagian kosong lain belum diisi.</translation>
        </message>
        <message>
            <source>The text is that of version {version}: {kind} kept with the agreement's documents ({file}).</source>
            <translation>Naskahnya sama dengan versi {version}: {kind} disimpan di dokumen perjanjian ({file}).</translation>
        </message>
        <message>
            <source>The text is the clause library's again.</source>
            <translation>Naskah kembali mengikuti pustaka klausul.</translation>
        </message>
        <message>
            <source>The text was not saved. Please correct:</source>
            <translation>Naskah tidak disimpan. Mohon perbaiki:</translation>
        </message>
        <message>
            <source>This type of agreement has no clause library: drafts are made for Letters of Intent, MoUs and implementing arrangements.</source>
            <translation>Jenis perjanjian ini tidak memiliki pustaka klausul: rancangan dibuat untuk Pernyataan Kehendak (LoI), Nota Kesepahaman dan perjanjian pelaksana.</translation>
        </message>
        <message>
            <source>Undo changes</source>
            <translation>Batalkan perubahan</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Naik</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versi</translation>
        </message>
        <message>
            <source>Versions generated (stored with the agreement's documents):</source>
            <translation>Versi yang telah dibuat (disimpan di dokumen perjanjian):</translation>
        </message>
        <message>
            <source>Your text is still here: save again to keep it, or Revert to see theirs.</source>
            <translation>Naskah Anda masih di sini: simpan lagi untuk mempertahankannya, atau pilih Kembalikan untuk melihat milik mereka.</translation>
        </message>
        <message>
            <source>the current text</source>
            <translation>naskah saat ini</translation>
        </message>
        <message>
            <source>version {number}</source>
            <translation>versi {number}</translation>
        </message>
        <message>
            <source>{kind} version {version} is stored with the agreement's documents ({file}).</source>
            <translation>{kind} versi {version} disimpan di dokumen perjanjian ({file}).</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <source>Backup of the day made: %1</source>
            <translation>Cadangan hari ini sudah dibuat: %1</translation>
        </message>
        <message>
            <source>Opening %1…</source>
            <translation>Membuka %1…</translation>
        </message>
        <message>
            <source>Secretariat cannot start</source>
            <translation>Secretariat tidak dapat dimulai</translation>
        </message>
        <message>
            <source>The backup of the day failed</source>
            <translation>Cadangan hari ini gagal dibuat</translation>
        </message>
    </context>
    <context>
        <name>AssessmentSummaryPanel</name>
        <message>
            <source>Assessment summary</source>
            <translation>Ringkasan penilaian</translation>
        </message>
        <message>
            <source>Average score {average} of 5 ({scored} of {total} criteria scored).</source>
            <translation>Nilai rata-rata {average} dari 5 ({scored} dari {total} kriteria dinilai).</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Syarat</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Kriteria</translation>
        </message>
        <message>
            <source>No criterion is scored yet.</source>
            <translation>Belum ada kriteria yang dinilai.</translation>
        </message>
        <message>
            <source>No warnings: every condition is met with evidence and every criterion is scored.</source>
            <translation>Tidak ada peringatan: semua syarat terpenuhi dengan bukti dan semua kriteria sudah dinilai.</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Alasan</translation>
        </message>
        <message>
            <source>Save the agreement first (Apply) to see its assessment summary.</source>
            <translation>Simpan perjanjian terlebih dahulu (Terapkan) untuk melihat ringkasan penilaiannya.</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Nilai</translation>
        </message>
        <message>
            <source>The nine conditions are the checklist for cooperation with a foreign regional government (KSDPL); shown here for information:</source>
            <translation>Sembilan syarat adalah daftar periksa kerja sama dengan pemerintah daerah di luar negeri (KSDPL); ditampilkan di sini sebagai informasi:</translation>
        </message>
        <message>
            <source>The nine conditions for cooperation with a foreign regional government (KSDPL), per partner, as recorded in the partner's record:</source>
            <translation>Sembilan syarat kerja sama dengan pemerintah daerah di luar negeri (KSDPL), per mitra, sebagaimana dicatat pada data mitra:</translation>
        </message>
        <message>
            <source>{count} warning(s). They block nothing; moving the agreement forward records them in its stage history.</source>
            <translation>{count} peringatan. Peringatan tidak menghalangi apa pun; saat perjanjian dimajukan ke tahap berikutnya, peringatan dicatat dalam riwayat tahapnya.</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>A server database is restored by its administrator with pg_restore.</source>
            <translation>Basis data server dipulihkan oleh administratornya dengan pg_restore.</translation>
        </message>
        <message>
            <source>Automatic backups kept:</source>
            <translation>Cadangan otomatis yang disimpan:</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Cadangkan sekarang</translation>
        </message>
        <message>
            <source>Backing up the database…</source>
            <translation>Mencadangkan basis data…</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Cadangan</translation>
        </message>
        <message>
            <source>Backups of %1. Each is checked by SQLite once written and holds the documents it needs. One is made at the first start of each day and before every import, year closing, merge, restore and upgrade.</source>
            <translation>Cadangan %1. Setiap cadangan diperiksa SQLite setelah ditulis dan memuat dokumen yang dibutuhkannya. Cadangan dibuat saat program pertama kali dibuka setiap hari dan sebelum setiap impor, tutup tahun, penggabungan, pemulihan, dan pemutakhiran.</translation>
        </message>
        <message>
            <source>Backups of the server database %1, made with pg_dump from this computer. The server's own backups are its administrator's.</source>
            <translation>Cadangan basis data server %1, dibuat dengan pg_dump dari komputer ini. Cadangan server itu sendiri menjadi tugas administratornya.</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Pemeriksaan</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Berkas</translation>
        </message>
        <message>
            <source>Largest import:</source>
            <translation>Impor terbesar:</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>Dibuat</translation>
        </message>
        <message>
            <source>No backups yet.</source>
            <translation>Belum ada cadangan.</translation>
        </message>
        <message>
            <source>Older backups beyond these numbers are deleted after each new one.</source>
            <translation>Cadangan lama di luar jumlah ini dihapus setiap kali cadangan baru dibuat.</translation>
        </message>
        <message>
            <source>Only an administrator or the head may change these.</source>
            <translation>Hanya administrator atau kepala yang boleh mengubahnya.</translation>
        </message>
        <message>
            <source>Only an administrator or the head may restore a backup.</source>
            <translation>Hanya administrator atau kepala yang boleh memulihkan cadangan.</translation>
        </message>
        <message>
            <source>Open the folder</source>
            <translation>Buka foldernya</translation>
        </message>
        <message>
            <source>Restore %1?</source>
            <translation>Pulihkan %1?</translation>
        </message>
        <message>
            <source>Restore from a backup file</source>
            <translation>Pulihkan dari berkas cadangan</translation>
        </message>
        <message>
            <source>Restore from a file…</source>
            <translation>Pulihkan dari berkas…</translation>
        </message>
        <message>
            <source>Restore the backup made %1?</source>
            <translation>Pulihkan cadangan yang dibuat %1?</translation>
        </message>
        <message>
            <source>Restore the backup?</source>
            <translation>Pulihkan cadangan?</translation>
        </message>
        <message>
            <source>Restore the selected backup…</source>
            <translation>Pulihkan cadangan terpilih…</translation>
        </message>
        <message>
            <source>Restoring the backup…</source>
            <translation>Memulihkan cadangan…</translation>
        </message>
        <message>
            <source>Safeguards (for every workstation)</source>
            <translation>Pengaman (untuk semua komputer)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <source>Schema</source>
            <translation>Skema</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Ukuran</translation>
        </message>
        <message>
            <source>The database is replaced by the backup: what was entered after it was made is no longer shown. The current database is first kept as a backup, so nothing is lost.</source>
            <translation>Basis data diganti dengan cadangan: apa yang dimasukkan setelah cadangan dibuat tidak lagi tampil. Basis data yang sekarang disimpan dulu sebagai cadangan, jadi tidak ada yang hilang.</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Sebab</translation>
        </message>
        <message>
            <source>daily</source>
            <translation>harian</translation>
        </message>
        <message>
            <source>monthly</source>
            <translation>bulanan</translation>
        </message>
        <message>
            <source>rows a sheet</source>
            <translation>baris per lembar</translation>
        </message>
        <message>
            <source>weekly</source>
            <translation>mingguan</translation>
        </message>
    </context>
    <context>
        <name>BudgetLineEditor</name>
        <message>
            <source>% of target received:</source>
            <translation>% target diterima:</translation>
        </message>
        <message>
            <source>% realised:</source>
            <translation>% realisasi:</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(tidak ada)</translation>
        </message>
        <message>
            <source>Account code:</source>
            <translation>Kode rekening:</translation>
        </message>
        <message>
            <source>Activity:</source>
            <translation>Kegiatan:</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Tambah…</translation>
        </message>
        <message>
            <source>Agreement:</source>
            <translation>Perjanjian:</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Jumlah</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Terapkan</translation>
        </message>
        <message>
            <source>Budget line</source>
            <translation>Baris anggaran</translation>
        </message>
        <message>
            <source>Budget line – {code} ({year})</source>
            <translation>Baris anggaran – {code} ({year})</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <source>Delegation:</source>
            <translation>Delegasi:</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Uraian</translation>
        </message>
        <message>
            <source>Description:</source>
            <translation>Uraian:</translation>
        </message>
        <message>
            <source>Donor</source>
            <translation>Pemberi</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Ubah…</translation>
        </message>
        <message>
            <source>Fiscal year:</source>
            <translation>Tahun anggaran:</translation>
        </message>
        <message>
            <source>Grants received:</source>
            <translation>Hibah diterima:</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>New budget line</source>
            <translation>Baris anggaran baru</translation>
        </message>
        <message>
            <source>Planned (Rp):</source>
            <translation>Pagu (Rp):</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Kurs</translation>
        </message>
        <message>
            <source>Realised:</source>
            <translation>Realisasi:</translation>
        </message>
        <message>
            <source>Received in cash:</source>
            <translation>Diterima uang:</translation>
        </message>
        <message>
            <source>Received in kind:</source>
            <translation>Diterima barang/jasa:</translation>
        </message>
        <message>
            <source>Remaining:</source>
            <translation>Sisa pagu:</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Remove the transaction of {amount} on {date}?</source>
            <translation>Hapus transaksi sebesar {amount} pada {date}?</translation>
        </message>
        <message>
            <source>Remove transaction</source>
            <translation>Hapus transaksi</translation>
        </message>
        <message>
            <source>Rupiah</source>
            <translation>Rupiah</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <source>Save and close</source>
            <translation>Simpan dan tutup</translation>
        </message>
        <message>
            <source>Save and keep the window open (Ctrl+S)</source>
            <translation>Simpan dan biarkan jendela tetap terbuka (Ctrl+S)</translation>
        </message>
        <message>
            <source>Save the budget line first (Apply) to record its transactions.</source>
            <translation>Simpan baris anggaran dahulu (Terapkan) untuk mencatat transaksinya.</translation>
        </message>
        <message>
            <source>Totals</source>
            <translation>Jumlah</translation>
        </message>
        <message>
            <source>Transactions</source>
            <translation>Transaksi</translation>
        </message>
        <message>
            <source>the budget line {code}</source>
            <translation>baris anggaran {code}</translation>
        </message>
        <message>
            <source>the new budget line</source>
            <translation>baris anggaran baru ini</translation>
        </message>
    </context>
    <context>
        <name>BudgetMenu</name>
        <message>
            <source>C&amp;hart of accounts…</source>
            <translation>Bagan &amp;akun…</translation>
        </message>
        <message>
            <source>E&amp;xchange-rate table…</source>
            <translation>Tabel &amp;kurs…</translation>
        </message>
        <message>
            <source>Rupiah per unit of each foreign currency by date, used by transactions entered without a rate</source>
            <translation>Rupiah per satuan tiap mata uang asing menurut tanggal, dipakai transaksi yang dicatat tanpa kurs</translation>
        </message>
        <message>
            <source>The APBD account codes budget lines may use; import from Excel</source>
            <translation>Kode rekening APBD yang boleh dipakai baris anggaran; impor dari Excel</translation>
        </message>
    </context>
    <context>
        <name>BudgetOverview</name>
        <message>
            <source>% realised</source>
            <translation>% realisasi</translation>
        </message>
        <message>
            <source>% received</source>
            <translation>% diterima</translation>
        </message>
        <message>
            <source>&amp;Fiscal year:</source>
            <translation>&amp;Tahun anggaran:</translation>
        </message>
        <message>
            <source>(no agreement)</source>
            <translation>(tanpa perjanjian)</translation>
        </message>
        <message>
            <source>Account and description</source>
            <translation>Rekening dan uraian</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Perjanjian</translation>
        </message>
        <message>
            <source>Budget workbook (Excel)</source>
            <translation>Buku kerja anggaran (Excel)</translation>
        </message>
        <message>
            <source>Budget workbook (Excel)…</source>
            <translation>Buku kerja anggaran (Excel)…</translation>
        </message>
        <message>
            <source>Budget workbook written: {name} ({lines} lines, {transactions} transactions, {seconds} s)</source>
            <translation>Buku kerja anggaran ditulis: {name} ({lines} baris, {transactions} transaksi, {seconds} detik)</translation>
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
            <source>Cash {cash}; in kind {in_kind}</source>
            <translation>Uang {cash}; barang/jasa {in_kind}</translation>
        </message>
        <message>
            <source>Ceiling (pagu)</source>
            <translation>Pagu</translation>
        </message>
        <message>
            <source>Close fiscal year</source>
            <translation>Tutup tahun anggaran</translation>
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
            <source>Close year…</source>
            <translation>Tutup tahun…</translation>
        </message>
        <message>
            <source>Closed on {date} by {user}: lines and transactions are locked.</source>
            <translation>Ditutup pada {date} oleh {user}: baris anggaran dan transaksi terkunci.</translation>
        </message>
        <message>
            <source>Could not read the figures: {error}</source>
            <translation>Angka tidak dapat dibaca: {error}</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Mata uang</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Buku kerja Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Financing (pembiayaan), apart: ceiling {planned}, realised {realised} ({percent}).</source>
            <translation>Pembiayaan, terpisah: pagu {planned}, realisasi {realised} ({percent}).</translation>
        </message>
        <message>
            <source>Grants received</source>
            <translation>Hibah diterima</translation>
        </message>
        <message>
            <source>Its budget lines and transactions will be locked: nobody can change them until the head reopens the year. Corrections then go into an open year.</source>
            <translation>Baris anggaran dan transaksinya akan dikunci: tidak ada yang dapat mengubahnya sampai kepala membuka kembali tahun itu. Koreksi kemudian dicatat pada tahun yang terbuka.</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Baris</translation>
        </message>
        <message>
            <source>Lock this year's budget lines and transactions (the head or an administrator)</source>
            <translation>Kunci baris anggaran dan transaksi tahun ini (kepala atau administrator)</translation>
        </message>
        <message>
            <source>Only a user with the head's role may reopen a closed fiscal year.</source>
            <translation>Hanya pengguna dengan peran kepala yang boleh membuka kembali tahun anggaran yang sudah ditutup.</translation>
        </message>
        <message>
            <source>Only the head or an administrator may close a fiscal year.</source>
            <translation>Hanya kepala atau administrator yang boleh menutup tahun anggaran.</translation>
        </message>
        <message>
            <source>Open: lines and transactions can be changed.</source>
            <translation>Terbuka: baris anggaran dan transaksi dapat diubah.</translation>
        </message>
        <message>
            <source>Over by</source>
            <translation>Kelebihan</translation>
        </message>
        <message>
            <source>Over plan ({count})</source>
            <translation>Melebihi pagu ({count})</translation>
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
            <source>Realised over plan by {amount}</source>
            <translation>Realisasi melebihi pagu sebesar {amount}</translation>
        </message>
        <message>
            <source>Received (IDR equivalent)</source>
            <translation>Diterima (setara rupiah)</translation>
        </message>
        <message>
            <source>Received (in the currency)</source>
            <translation>Diterima (dalam mata uangnya)</translation>
        </message>
        <message>
            <source>Received in cash</source>
            <translation>Diterima uang</translation>
        </message>
        <message>
            <source>Received in kind</source>
            <translation>Diterima barang/jasa</translation>
        </message>
        <message>
            <source>Remaining</source>
            <translation>Sisa</translation>
        </message>
        <message>
            <source>Reopen fiscal year</source>
            <translation>Buka kembali tahun anggaran</translation>
        </message>
        <message>
            <source>Reopen fiscal year {year}</source>
            <translation>Buka kembali tahun anggaran {year}</translation>
        </message>
        <message>
            <source>Reopen year…</source>
            <translation>Buka kembali tahun…</translation>
        </message>
        <message>
            <source>Reopened on {date} by {user}: “{reason}”.</source>
            <translation>Dibuka kembali pada {date} oleh {user}: “{reason}”.</translation>
        </message>
        <message>
            <source>Revenue target</source>
            <translation>Target pendapatan</translation>
        </message>
        <message>
            <source>Revenue: grants received (pendapatan hibah)</source>
            <translation>Pendapatan hibah</translation>
        </message>
        <message>
            <source>Spending (belanja)</source>
            <translation>Belanja</translation>
        </message>
        <message>
            <source>Spending ceiling</source>
            <translation>Pagu belanja</translation>
        </message>
        <message>
            <source>Spending realised</source>
            <translation>Realisasi belanja</translation>
        </message>
        <message>
            <source>Spent (IDR equivalent)</source>
            <translation>Dibelanjakan (setara rupiah)</translation>
        </message>
        <message>
            <source>Spent (in the currency)</source>
            <translation>Dibelanjakan (dalam mata uangnya)</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Transactions</source>
            <translation>Transaksi</translation>
        </message>
        <message>
            <source>Unlock a closed year (the head only; the reason is recorded)</source>
            <translation>Buka kunci tahun yang sudah ditutup (hanya kepala; alasannya dicatat)</translation>
        </message>
        <message>
            <source>Why must fiscal year {year} be reopened? The reason is kept in the audit trail.</source>
            <translation>Mengapa tahun anggaran {year} harus dibuka kembali? Alasannya disimpan dalam jejak audit.</translation>
        </message>
        <message>
            <source>Write this year's summary, lines and transactions to an Excel workbook with live formulas</source>
            <translation>Tulis ringkasan, baris anggaran dan transaksi tahun ini ke buku kerja Excel dengan rumus aktif</translation>
        </message>
        <message>
            <source>Writing the budget workbook of {year}…</source>
            <translation>Menulis buku kerja anggaran {year}…</translation>
        </message>
        <message>
            <source>You are signed in as {user}. Ask the head of the bureau.</source>
            <translation>Anda masuk sebagai {user}. Mintalah kepada kepala biro.</translation>
        </message>
        <message>
            <source>You are signed in as {user}. Ask the head of the bureau; an administrator can give the head's role.</source>
            <translation>Anda masuk sebagai {user}. Mintalah kepada kepala biro; administrator dapat memberikan peran kepala.</translation>
        </message>
        <message>
            <source>budget-{year}.xlsx</source>
            <translation>anggaran-{year}.xlsx</translation>
        </message>
        <message>
            <source>{text}
Double-click to open the budget line.</source>
            <translation>{text}
Klik dua kali untuk membuka baris anggaran.</translation>
        </message>
        <message>
            <source>⚠ {count} budget line(s) realised over plan, together {amount} over. See “Over plan”.</source>
            <translation>⚠ {count} baris anggaran realisasinya melebihi pagu, seluruhnya lebih {amount}. Lihat “Melebihi pagu”.</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <source>&amp;Current password:</source>
            <translation>Kata sandi &amp;sekarang:</translation>
        </message>
        <message>
            <source>&amp;New password:</source>
            <translation>Kata sandi &amp;baru:</translation>
        </message>
        <message>
            <source>&amp;Repeat the new password:</source>
            <translation>&amp;Ulangi kata sandi baru:</translation>
        </message>
        <message>
            <source>At least %1 characters, and not your user name.</source>
            <translation>Paling sedikit %1 karakter, dan tidak memuat nama pengguna Anda.</translation>
        </message>
        <message>
            <source>C&amp;hange password</source>
            <translation>&amp;Ganti kata sandi</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Choose your password – Secretariat</source>
            <translation>Pilih kata sandi Anda – Secretariat</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Keluar</translation>
        </message>
        <message>
            <source>Type your current password, then the new one twice.</source>
            <translation>Ketik kata sandi Anda sekarang, lalu kata sandi baru dua kali.</translation>
        </message>
        <message>
            <source>You signed in with a first password that an administrator gave you. Choose your own password now: nobody else, the administrators included, will know it.</source>
            <translation>Anda masuk dengan kata sandi pertama dari administrator. Pilih kata sandi Anda sendiri sekarang: tidak ada orang lain, termasuk administrator, yang akan mengetahuinya.</translation>
        </message>
    </context>
    <context>
        <name>ColumnTitles</name>
        <message>
            <source>Country</source>
            <translation>Negara</translation>
        </message>
        <message>
            <source>Country code</source>
            <translation>Kode negara</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Tahap</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Judul</translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <source>Account</source>
            <translation>Kode rekening</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktif</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Kegiatan</translation>
        </message>
        <message>
            <source>Added by</source>
            <translation>Ditambahkan oleh</translation>
        </message>
        <message>
            <source>Added on</source>
            <translation>Ditambahkan</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Perjanjian</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Perjanjian</translation>
        </message>
        <message>
            <source>Ceiling or target</source>
            <translation>Pagu / target</translation>
        </message>
        <message>
            <source>Cities</source>
            <translation>Kota</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Kota</translation>
        </message>
        <message>
            <source>Civil-service number (NIP)</source>
            <translation>NIP</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Kode</translation>
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
            <source>Current version</source>
            <translation>Versi terkini</translation>
        </message>
        <message>
            <source>Daily allowance</source>
            <translation>Uang harian</translation>
        </message>
        <message>
            <source>Delegation</source>
            <translation>Delegasi</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Uraian</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Arah</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Berakhir</translation>
        </message>
        <message>
            <source>File name</source>
            <translation>Nama berkas</translation>
        </message>
        <message>
            <source>Fiscal year</source>
            <translation>Tahun anggaran</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Mulai</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Golongan</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <source>In force from</source>
            <translation>Berlaku sejak</translation>
        </message>
        <message>
            <source>Instrument</source>
            <translation>Bentuk naskah</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>Kind of document</source>
            <translation>Jenis dokumen</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Anggota</translation>
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
            <source>Note</source>
            <translation>Catatan</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Nomor</translation>
        </message>
        <message>
            <source>Partner names</source>
            <translation>Nama mitra</translation>
        </message>
        <message>
            <source>Partner's number</source>
            <translation>Nomor mitra</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Mitra</translation>
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
            <source>Per-diem grade</source>
            <translation>Golongan uang harian</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Jabatan</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Tujuan</translation>
        </message>
        <message>
            <source>Realised (spending)</source>
            <translation>Realisasi (belanja)</translation>
        </message>
        <message>
            <source>Received (revenue)</source>
            <translation>Diterima (pendapatan)</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Record type</source>
            <translation>Jenis data (Inggris)</translation>
        </message>
        <message>
            <source>Record type (Indonesian)</source>
            <translation>Jenis data</translation>
        </message>
        <message>
            <source>Remaining (spending)</source>
            <translation>Sisa (belanja)</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>Kelompok</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Ditandatangani</translation>
        </message>
        <message>
            <source>Size (bytes)</source>
            <translation>Ukuran (bita)</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Dasar hukum</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Tahap (Inggris)</translation>
        </message>
        <message>
            <source>Stage (Indonesian)</source>
            <translation>Tahap</translation>
        </message>
        <message>
            <source>Stage code</source>
            <translation>Kode tahap</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Title (English)</source>
            <translation>Judul (Inggris)</translation>
        </message>
        <message>
            <source>Title (Indonesian)</source>
            <translation>Judul (Indonesia)</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit kerja</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Berlaku mulai</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versi</translation>
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message>
            <source>Compare {old} with {new}</source>
            <translation>Bandingkan {old} dengan {new}</translation>
        </message>
        <message>
            <source>From {old} (struck through in red) to {new} (underlined in green).</source>
            <translation>Dari {old} (dicoret merah) ke {new} (digarisbawahi hijau).</translation>
        </message>
        <message>
            <source>Show unchanged articles too</source>
            <translation>Tampilkan juga pasal yang tidak berubah</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>Another user</source>
            <translation>Pengguna lain</translation>
        </message>
        <message>
            <source>Back to editing</source>
            <translation>Kembali mengubah</translation>
        </message>
        <message>
            <source>Both of you changed it (it was: {before}).</source>
            <translation>Anda berdua mengubahnya (semula: {before}).</translation>
        </message>
        <message>
            <source>Changed at another workstation</source>
            <translation>Diubah di workstation lain</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Isian</translation>
        </message>
        <message>
            <source>Keep all mine</source>
            <translation>Pakai semua milik saya</translation>
        </message>
        <message>
            <source>Nothing of yours was saved yet. For each field they changed, choose the value to keep; the result is saved as a new change. Fields only they changed start on their value.</source>
            <translation>Perubahan Anda belum disimpan. Untuk setiap isian yang mereka ubah, pilih nilai yang dipertahankan; hasilnya disimpan sebagai perubahan baru. Isian yang hanya mereka ubah sudah terpilih pada nilai mereka.</translation>
        </message>
        <message>
            <source>Save my choice</source>
            <translation>Simpan pilihan saya</translation>
        </message>
        <message>
            <source>Saved by {who}</source>
            <translation>Disimpan oleh {who}</translation>
        </message>
        <message>
            <source>Take all theirs</source>
            <translation>Pakai semua milik mereka</translation>
        </message>
        <message>
            <source>You did not change it.</source>
            <translation>Anda tidak mengubahnya.</translation>
        </message>
        <message>
            <source>Yours</source>
            <translation>Milik Anda</translation>
        </message>
        <message>
            <source>{who} saved {record} while you were editing it ({when}).</source>
            <translation>{who} menyimpan {record} selagi Anda mengubahnya ({when}).</translation>
        </message>
        <message>
            <source>{who} saved {record} while you were editing it.</source>
            <translation>{who} menyimpan {record} selagi Anda mengubahnya.</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <source>Apply</source>
            <translation>Terapkan</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Narahubung</translation>
        </message>
        <message>
            <source>Contact person – {name}</source>
            <translation>Narahubung – {name}</translation>
        </message>
        <message>
            <source>E-mail:</source>
            <translation>E-mail:</translation>
        </message>
        <message>
            <source>Languages:</source>
            <translation>Bahasa:</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nama:</translation>
        </message>
        <message>
            <source>New contact person</source>
            <translation>Narahubung baru</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Catatan:</translation>
        </message>
        <message>
            <source>Passport number:</source>
            <translation>Nomor paspor:</translation>
        </message>
        <message>
            <source>Passport type:</source>
            <translation>Jenis paspor:</translation>
        </message>
        <message>
            <source>Passport valid until:</source>
            <translation>Paspor berlaku sampai:</translation>
        </message>
        <message>
            <source>Position:</source>
            <translation>Jabatan:</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <source>Save and close</source>
            <translation>Simpan dan tutup</translation>
        </message>
        <message>
            <source>Save and keep the window open (Ctrl+S)</source>
            <translation>Simpan dan biarkan jendela tetap terbuka (Ctrl+S)</translation>
        </message>
        <message>
            <source>Telephone:</source>
            <translation>Telepon:</translation>
        </message>
        <message>
            <source>Tick to enter a date; untick to leave it empty</source>
            <translation>Centang untuk mengisi tanggal; hapus centang untuk mengosongkannya</translation>
        </message>
        <message>
            <source>the contact person {name}</source>
            <translation>narahubung {name}</translation>
        </message>
        <message>
            <source>the new contact person</source>
            <translation>narahubung baru ini</translation>
        </message>
    </context>
    <context>
        <name>CountryFlagsDialog</name>
        <message>
            <source>A change is saved as soon as it is made. The mission country is where the Indonesian mission accredited to a country sits when that country has none of its own; its per-diem rates apply there.</source>
            <translation>Setiap perubahan langsung disimpan. Negara perwakilan RI adalah negara tempat perwakilan RI yang merangkap akreditasi untuk suatu negara yang tidak memiliki perwakilan RI sendiri; tarif uang hariannya berlaku untuk negara itu.</translation>
        </message>
        <message>
            <source>ASEAN member</source>
            <translation>Anggota ASEAN</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <source>Countries</source>
            <translation>Negara</translation>
        </message>
        <message>
            <source>Diplomatic relations</source>
            <translation>Hubungan diplomatik</translation>
        </message>
        <message>
            <source>Indonesia has diplomatic relations with the country (KSDPL condition)</source>
            <translation>Indonesia memiliki hubungan diplomatik dengan negara ini (syarat KSDPL)</translation>
        </message>
        <message>
            <source>Mission country</source>
            <translation>Negara perwakilan RI</translation>
        </message>
        <message>
            <source>Name (English)</source>
            <translation>Nama (Inggris)</translation>
        </message>
        <message>
            <source>Name (Indonesian)</source>
            <translation>Nama (Indonesia)</translation>
        </message>
        <message>
            <source>Not saved: {country}</source>
            <translation>Tidak tersimpan: {country}</translation>
        </message>
        <message>
            <source>Saved: {country}.</source>
            <translation>Tersimpan: {country}.</translation>
        </message>
        <message>
            <source>Search by code or name…</source>
            <translation>Cari menurut kode atau nama…</translation>
        </message>
        <message>
            <source>The Indonesian mission is in the country itself</source>
            <translation>Perwakilan RI berada di negara itu sendiri</translation>
        </message>
        <message>
            <source>The country is a member of ASEAN</source>
            <translation>Negara ini anggota ASEAN</translation>
        </message>
        <message>
            <source>Where the Indonesian mission accredited to the country is, when not in the country itself; double-click to choose</source>
            <translation>Negara tempat perwakilan RI yang merangkap akreditasi untuk negara ini, bila tidak berada di negara itu sendiri; klik dua kali untuk memilih</translation>
        </message>
        <message>
            <source>{count} countries</source>
            <translation>{count} negara</translation>
        </message>
        <message>
            <source>{shown} of {count} countries</source>
            <translation>{shown} dari {count} negara</translation>
        </message>
        <message>
            <source>— its own mission —</source>
            <translation>— perwakilan sendiri —</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>(Expiry computed from the term.)</source>
            <translation>(Tanggal berakhir dihitung dari jangka waktu.)</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Perjanjian</translation>
        </message>
        <message>
            <source>Agreements expiring within {days} days</source>
            <translation>Perjanjian yang akan berakhir dalam {days} hari</translation>
        </message>
        <message>
            <source>Agreements whose text has no subject</source>
            <translation>Perjanjian yang naskahnya belum memiliki pokok</translation>
        </message>
        <message>
            <source>Agreements without activity for {months} months</source>
            <translation>Perjanjian tanpa kegiatan selama {months} bulan</translation>
        </message>
        <message>
            <source>Budget line</source>
            <translation>Baris anggaran</translation>
        </message>
        <message>
            <source>Budget lines realised over plan</source>
            <translation>Pos anggaran yang realisasinya melebihi rencana</translation>
        </message>
        <message>
            <source>Could not read the reminders: {error}</source>
            <translation>Pengingat tidak dapat dibaca: {error}</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Negara</translation>
        </message>
        <message>
            <source>Days ago</source>
            <translation>Hari lalu</translation>
        </message>
        <message>
            <source>Days left</source>
            <translation>Sisa hari</translation>
        </message>
        <message>
            <source>Days past</source>
            <translation>Hari terlewat</translation>
        </message>
        <message>
            <source>Days quiet</source>
            <translation>Hari tanpa kegiatan</translation>
        </message>
        <message>
            <source>Delegation</source>
            <translation>Delegasi</translation>
        </message>
        <message>
            <source>Delegations departing within {days} days with something missing</source>
            <translation>Delegasi berangkat dalam {days} hari yang masih kurang sesuatu</translation>
        </message>
        <message>
            <source>Departs on</source>
            <translation>Berangkat</translation>
        </message>
        <message>
            <source>Double-click an item (or press Enter) to open its record.</source>
            <translation>Klik ganda sebuah baris (atau tekan Enter) untuk membuka datanya.</translation>
        </message>
        <message>
            <source>Expired on</source>
            <translation>Berakhir pada</translation>
        </message>
        <message>
            <source>Expired, stage not updated</source>
            <translation>Sudah berakhir, tahap belum diperbarui</translation>
        </message>
        <message>
            <source>Expires on</source>
            <translation>Berakhir pada</translation>
        </message>
        <message>
            <source>Expires today: decide on renewal.</source>
            <translation>Berakhir hari ini: putuskan perpanjangannya.</translation>
        </message>
        <message>
            <source>Expires within {days} days: decide on renewal.</source>
            <translation>Berakhir dalam {days} hari: putuskan perpanjangannya.</translation>
        </message>
        <message>
            <source>Fill in the subject in Indonesian and English: the title of its text says it after “TENTANG” / “ON”.</source>
            <translation>Isi pokok perjanjian dalam bahasa Indonesia dan Inggris: judul naskah menyebutnya sesudah “TENTANG” / “ON”.</translation>
        </message>
        <message>
            <source>Filter reminders…</source>
            <translation>Saring pengingat…</translation>
        </message>
        <message>
            <source>Fiscal year</source>
            <translation>Tahun anggaran</translation>
        </message>
        <message>
            <source>Give notice or agree on renewal now ({months} months' notice); expires {expiry}.</source>
            <translation>Sampaikan pemberitahuan atau sepakati perpanjangan sekarang (pemberitahuan {months} bulan); berakhir {expiry}.</translation>
        </message>
        <message>
            <source>Last day for notice</source>
            <translation>Batas pemberitahuan</translation>
        </message>
        <message>
            <source>Last movement</source>
            <translation>Kegiatan terakhir</translation>
        </message>
        <message>
            <source>Mark as expired…</source>
            <translation>Tandai berakhir…</translation>
        </message>
        <message>
            <source>Move the selected agreement to the stage “Expired”</source>
            <translation>Pindahkan perjanjian yang dipilih ke tahap “Berakhir”</translation>
        </message>
        <message>
            <source>No activity, visit or spending for {months} months: plan one or review it.</source>
            <translation>Tidak ada kegiatan, kunjungan atau belanja selama {months} bulan: rencanakan atau tinjau kembali.</translation>
        </message>
        <message>
            <source>Nothing matches the filter.</source>
            <translation>Tidak ada yang cocok dengan saringan.</translation>
        </message>
        <message>
            <source>Nothing recorded since it took effect ({date}): plan an activity or review it.</source>
            <translation>Belum ada yang tercatat sejak berlaku ({date}): rencanakan kegiatan atau tinjau kembali.</translation>
        </message>
        <message>
            <source>Nothing to do here.</source>
            <translation>Tidak ada yang perlu dikerjakan.</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Buka</translation>
        </message>
        <message>
            <source>Over by</source>
            <translation>Kelebihan</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Mitra</translation>
        </message>
        <message>
            <source>Passports to renew (valid until {date} needed): {list}</source>
            <translation>Paspor perlu diperbarui (harus berlaku sampai {date}): {list}</translation>
        </message>
        <message>
            <source>Past the last date to give notice</source>
            <translation>Lewat batas pemberitahuan</translation>
        </message>
        <message>
            <source>Period ends</source>
            <translation>Akhir periode</translation>
        </message>
        <message>
            <source>Permits: {list}</source>
            <translation>Izin: {list}</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Rencana</translation>
        </message>
        <message>
            <source>Read the reminders again (F5)</source>
            <translation>Baca ulang pengingat (F5)</translation>
        </message>
        <message>
            <source>Reading what needs doing…</source>
            <translation>Membaca yang perlu dikerjakan…</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Membaca…</translation>
        </message>
        <message>
            <source>Realised</source>
            <translation>Realisasi</translation>
        </message>
        <message>
            <source>Realised {over} more than planned.</source>
            <translation>Realisasi {over} melebihi rencana.</translation>
        </message>
        <message>
            <source>Record the evaluation of {year} (four criteria, recommendation).</source>
            <translation>Catat evaluasi tahun {year} (empat kriteria, rekomendasi).</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Muat ulang</translation>
        </message>
        <message>
            <source>Register the renewal of the selected agreement</source>
            <translation>Catat perpanjangan perjanjian yang dipilih</translation>
        </message>
        <message>
            <source>Renew</source>
            <translation>Perpanjang</translation>
        </message>
        <message>
            <source>Renew…</source>
            <translation>Perpanjang…</translation>
        </message>
        <message>
            <source>Show only the reminders with these words (number, title, partner, …)</source>
            <translation>Tampilkan hanya pengingat yang memuat kata-kata ini (nomor, judul, mitra, …)</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Tahap</translation>
        </message>
        <message>
            <source>Still at the stage “{stage}”: mark it expired, or renew it.</source>
            <translation>Masih pada tahap “{stage}”: tandai berakhir, atau perpanjang.</translation>
        </message>
        <message>
            <source>The renewal is registered at the first stage. Open it now?</source>
            <translation>Perpanjangan dicatat pada tahap pertama. Buka sekarang?</translation>
        </message>
        <message>
            <source>What is needed</source>
            <translation>Yang perlu dilakukan</translation>
        </message>
        <message>
            <source>What needs doing – {date}</source>
            <translation>Yang perlu dikerjakan – {date}</translation>
        </message>
        <message>
            <source>Yearly evaluations (monev) missing for {year}</source>
            <translation>Evaluasi tahunan (monev) tahun {year} belum ada</translation>
        </message>
        <message>
            <source>{count} reminders · read at {time}</source>
            <translation>{count} pengingat · dibaca pukul {time}</translation>
        </message>
        <message>
            <source>{name} (no passport recorded)</source>
            <translation>{name} (paspor belum tercatat)</translation>
        </message>
        <message>
            <source>{name} (valid until {date})</source>
            <translation>{name} (berlaku sampai {date})</translation>
        </message>
        <message>
            <source>{shown} of {all}</source>
            <translation>{shown} dari {all}</translation>
        </message>
        <message>
            <source>… and {count} more (the first {shown} are shown; type in the filter to find others)</source>
            <translation>… dan {count} lainnya ({shown} pertama ditampilkan; ketik di saringan untuk mencari yang lain)</translation>
        </message>
    </context>
    <context>
        <name>DelegationEditor</name>
        <message>
            <source>(none)</source>
            <translation>(tidak ada)</translation>
        </message>
        <message>
            <source>(the destination's)</source>
            <translation>(tarif negara tujuan)</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Kegiatan</translation>
        </message>
        <message>
            <source>Add the usual steps</source>
            <translation>Tambah langkah baku</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Tambah…</translation>
        </message>
        <message>
            <source>Agreement:</source>
            <translation>Perjanjian:</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Terapkan</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Cities:</source>
            <translation>Kota:</translation>
        </message>
        <message>
            <source>Code:</source>
            <translation>Kode:</translation>
        </message>
        <message>
            <source>Counterpart</source>
            <translation>Mitra pertemuan</translation>
        </message>
        <message>
            <source>Country:</source>
            <translation>Negara:</translation>
        </message>
        <message>
            <source>Dates:</source>
            <translation>Tanggal:</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Hari</translation>
        </message>
        <message>
            <source>Delegation</source>
            <translation>Delegasi</translation>
        </message>
        <message>
            <source>Delegation – {code}</source>
            <translation>Delegasi – {code}</translation>
        </message>
        <message>
            <source>Direction:</source>
            <translation>Arah:</translation>
        </message>
        <message>
            <source>Each member is paid at their own grade, unless one grade is chosen for the whole delegation (e.g. so that everyone stays in one hotel); the travel budget prints the choice and its reason.</source>
            <translation>Setiap anggota dibayar menurut golongannya sendiri, kecuali dipilih satu golongan untuk seluruh delegasi (mis. agar semua menginap di satu hotel); rencana biaya mencetak pilihan itu beserta alasannya.</translation>
        </message>
        <message>
            <source>Each member's own grade</source>
            <translation>Golongan masing-masing anggota</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Ubah…</translation>
        </message>
        <message>
            <source>File by</source>
            <translation>Ajukan paling lambat</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Dari</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Umum</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Golongan</translation>
        </message>
        <message>
            <source>Granted</source>
            <translation>Terbit</translation>
        </message>
        <message>
            <source>Itinerary</source>
            <translation>Jadwal</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Anggota</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>New delegation</source>
            <translation>Delegasi baru</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Catatan:</translation>
        </message>
        <message>
            <source>One grade for all: {grade}</source>
            <translation>Satu golongan untuk semua: {grade}</translation>
        </message>
        <message>
            <source>Passport</source>
            <translation>Paspor</translation>
        </message>
        <message>
            <source>Per-diem country:</source>
            <translation>Negara tarif uang harian:</translation>
        </message>
        <message>
            <source>Per-diem grade:</source>
            <translation>Golongan uang harian:</translation>
        </message>
        <message>
            <source>Permits</source>
            <translation>Izin</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Tempat</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Jabatan</translation>
        </message>
        <message>
            <source>Purpose:</source>
            <translation>Tujuan:</translation>
        </message>
        <message>
            <source>Reason for one grade, e.g. one hotel for the whole delegation</source>
            <translation>Alasan satu golongan, mis. satu hotel untuk seluruh delegasi</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Nomor surat</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Remove itinerary item</source>
            <translation>Hapus jadwal</translation>
        </message>
        <message>
            <source>Remove member</source>
            <translation>Hapus anggota</translation>
        </message>
        <message>
            <source>Remove permit step</source>
            <translation>Hapus langkah izin</translation>
        </message>
        <message>
            <source>Remove the permit step {name}?</source>
            <translation>Hapus langkah izin {name}?</translation>
        </message>
        <message>
            <source>Remove this item from the itinerary?</source>
            <translation>Hapus kegiatan ini dari jadwal?</translation>
        </message>
        <message>
            <source>Remove {name} from the delegation?</source>
            <translation>Hapus {name} dari delegasi?</translation>
        </message>
        <message>
            <source>Requested</source>
            <translation>Diajukan</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Peran</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <source>Save and close</source>
            <translation>Simpan dan tutup</translation>
        </message>
        <message>
            <source>Save and keep the window open (Ctrl+S)</source>
            <translation>Simpan dan biarkan jendela tetap terbuka (Ctrl+S)</translation>
        </message>
        <message>
            <source>Save the delegation first (Apply) to add members, itinerary and permits.</source>
            <translation>Simpan delegasi dahulu (Terapkan) untuk menambah anggota, jadwal dan izin.</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Langkah</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Ke</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Berlaku sampai</translation>
        </message>
        <message>
            <source>When the destination has no per-diem rate of its own: the country whose rate applies (empty: the destination's, or the country of the accredited mission)</source>
            <translation>Bila negara tujuan tidak memiliki tarif uang harian sendiri: negara yang tarifnya dipakai (kosong: tarif negara tujuan, atau negara perwakilan RI yang merangkap)</translation>
        </message>
        <message>
            <source>given when saved</source>
            <translation>diberikan saat disimpan</translation>
        </message>
        <message>
            <source>the delegation {code}</source>
            <translation>delegasi {code}</translation>
        </message>
        <message>
            <source>the new delegation</source>
            <translation>delegasi baru ini</translation>
        </message>
        <message>
            <source>to</source>
            <translation>s.d.</translation>
        </message>
    </context>
    <context>
        <name>DelegationWarningsPanel</name>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1 cost item(s) have no rate in the office's tables (%2): their unit amounts are left empty, in orange, to fill in; add the rates in Edit &gt; Travel-cost rates.</source>
            <translation>%1 komponen biaya belum ada tarifnya dalam tabel kantor (%2): harga satuannya dibiarkan kosong berwarna jingga untuk diisi; tambahkan tarifnya di Sunting &gt; Tarif biaya perjalanan.</translation>
        </message>
        <message>
            <source>A draft shows the next letter number as provisional and takes nothing. The final letter takes that number from the letter series; printed again, it keeps it.</source>
            <translation>Konsep menampilkan nomor surat berikutnya sebagai nomor sementara dan tidak mengambil nomor. Surat final mengambil nomor itu dari seri nomor surat; bila dicetak ulang, nomornya tetap.</translation>
        </message>
        <message>
            <source>APBD account</source>
            <translation>Rekening APBD</translation>
        </message>
        <message>
            <source>Add per-diem rates from the Excel import workbook (sheet of per-diem rates)</source>
            <translation>Tambahkan tarif uang harian dari buku kerja impor Excel (lembar tarif uang harian)</translation>
        </message>
        <message>
            <source>Checks and documents</source>
            <translation>Pemeriksaan dan dokumen</translation>
        </message>
        <message>
            <source>Checks and documents are available once the delegation is saved.</source>
            <translation>Pemeriksaan dan dokumen tersedia setelah delegasi disimpan.</translation>
        </message>
        <message>
            <source>Checks: %1 error(s), %2 warning(s), %3 note(s).</source>
            <translation>Pemeriksaan: %1 galat, %2 peringatan, %3 catatan.</translation>
        </message>
        <message>
            <source>Checks: nothing to report.</source>
            <translation>Pemeriksaan: tidak ada masalah.</translation>
        </message>
        <message>
            <source>Delegation list (PDF)…</source>
            <translation>Daftar anggota delegasi (PDF)…</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Konsep</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Buku kerja Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Final letter (takes the number)</source>
            <translation>Surat final (mengambil nomor)</translation>
        </message>
        <message>
            <source>Import rates from Excel…</source>
            <translation>Impor tarif dari Excel…</translation>
        </message>
        <message>
            <source>Names, positions and passports of the members</source>
            <translation>Nama, jabatan, dan paspor para anggota</translation>
        </message>
        <message>
            <source>No budget line is linked to this delegation. Which APBD account code pays for the trip?</source>
            <translation>Belum ada baris anggaran yang terhubung dengan delegasi ini. Kode rekening APBD mana yang membiayai perjalanan ini?</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>Dokumen PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Permit request letter</source>
            <translation>Surat permohonan izin</translation>
        </message>
        <message>
            <source>Permit request letter (PDF)…</source>
            <translation>Surat permohonan izin (PDF)…</translation>
        </message>
        <message>
            <source>Programme (PDF)…</source>
            <translation>Program kunjungan (PDF)…</translation>
        </message>
        <message>
            <source>Save the delegation list</source>
            <translation>Simpan daftar anggota delegasi</translation>
        </message>
        <message>
            <source>Save the permit request letter</source>
            <translation>Simpan surat permohonan izin</translation>
        </message>
        <message>
            <source>Save the programme</source>
            <translation>Simpan program kunjungan</translation>
        </message>
        <message>
            <source>Save the travel budget</source>
            <translation>Simpan rencana anggaran biaya</translation>
        </message>
        <message>
            <source>The itinerary booklet, day by day</source>
            <translation>Buku jadwal kegiatan, hari demi hari</translation>
        </message>
        <message>
            <source>The letter asking the Ministry of Home Affairs for the foreign-travel permit, on the region's letterhead</source>
            <translation>Surat permohonan izin perjalanan dinas luar negeri kepada Kementerian Dalam Negeri, dengan kop surat daerah</translation>
        </message>
        <message>
            <source>Travel budget</source>
            <translation>Rencana anggaran biaya</translation>
        </message>
        <message>
            <source>Travel budget (Excel)…</source>
            <translation>Rencana anggaran biaya (Excel)…</translation>
        </message>
        <message>
            <source>Write a draft to check, or the final letter to sign?</source>
            <translation>Tulis konsep untuk diperiksa, atau surat final untuk ditandatangani?</translation>
        </message>
        <message>
            <source>Write the travel budget (RAB) with the per-diem rates of the members' grades; totals are live Excel formulas</source>
            <translation>Tulis rencana anggaran biaya (RAB) dengan tarif uang harian sesuai golongan anggota; jumlahnya rumus Excel yang mengikuti perubahan</translation>
        </message>
        <message>
            <source>Writing the delegation list…</source>
            <translation>Menulis daftar anggota delegasi…</translation>
        </message>
        <message>
            <source>Writing the permit request letter…</source>
            <translation>Menulis surat permohonan izin…</translation>
        </message>
        <message>
            <source>Writing the programme…</source>
            <translation>Menulis program kunjungan…</translation>
        </message>
        <message>
            <source>Writing the travel budget…</source>
            <translation>Menulis rencana anggaran biaya…</translation>
        </message>
        <message>
            <source>Written: %1</source>
            <translation>Sudah ditulis: %1</translation>
        </message>
    </context>
    <context>
        <name>DocumentArchive</name>
        <message>
            <source>%1 of %2 documents are missing or altered.</source>
            <translation>%1 dari %2 dokumen hilang atau berubah.</translation>
        </message>
        <message>
            <source>A copy was saved: %1</source>
            <translation>Salinan disimpan: %1</translation>
        </message>
        <message>
            <source>All %1 stored documents match their SHA-256.</source>
            <translation>Semua %1 dokumen tersimpan cocok dengan SHA-256-nya.</translation>
        </message>
        <message>
            <source>Check documents</source>
            <translation>Periksa dokumen</translation>
        </message>
        <message>
            <source>Check documents…</source>
            <translation>Periksa dokumen…</translation>
        </message>
        <message>
            <source>Checking documents…</source>
            <translation>Memeriksa dokumen…</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Dokumen</translation>
        </message>
        <message>
            <source>New version</source>
            <translation>Versi baru</translation>
        </message>
        <message>
            <source>New version of %1</source>
            <translation>Versi baru dari %1</translation>
        </message>
        <message>
            <source>New version…</source>
            <translation>Versi baru…</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Buka</translation>
        </message>
        <message>
            <source>Open document</source>
            <translation>Buka dokumen</translation>
        </message>
        <message>
            <source>Recompute every stored copy's SHA-256 and report missing or altered ones</source>
            <translation>Hitung ulang SHA-256 setiap salinan tersimpan dan laporkan yang hilang atau berubah</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Remove document</source>
            <translation>Hapus dokumen</translation>
        </message>
        <message>
            <source>Remove this version of the document? The stored copy is deleted when nothing else uses it.</source>
            <translation>Hapus versi dokumen ini? Salinan tersimpan ikut dihapus bila tidak dipakai data lain.</translation>
        </message>
        <message>
            <source>Restore them from a backup or attach the files again.</source>
            <translation>Pulihkan dari cadangan atau lampirkan berkasnya lagi.</translation>
        </message>
        <message>
            <source>Save a copy</source>
            <translation>Simpan salinan</translation>
        </message>
        <message>
            <source>Save a copy…</source>
            <translation>Simpan salinan…</translation>
        </message>
        <message>
            <source>altered</source>
            <translation>berubah</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>hilang</translation>
        </message>
    </context>
    <context>
        <name>EditorPrompts</name>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Buang</translation>
        </message>
        <message>
            <source>If you discard them, what you typed since the last save is lost.</source>
            <translation>Jika dibuang, isian sejak penyimpanan terakhir akan hilang.</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <source>Save the changes to {what}?</source>
            <translation>Simpan perubahan pada {what}?</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Perubahan belum disimpan</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Cannot do that</source>
            <translation>Tidak dapat dilakukan</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Salin rincian</translation>
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
            <source>Unexpected error</source>
            <translation>Kesalahan tak terduga</translation>
        </message>
    </context>
    <context>
        <name>EvaluationDialog</name>
        <message>
            <source>Criteria (Law 23/2014 Art. 363): score 1 (poor) to 5 (very good) and why</source>
            <translation>Kriteria (UU 23/2014 Pasal 363): skor 1 (buruk) sampai 5 (sangat baik) beserta alasannya</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Kriteria</translation>
        </message>
        <message>
            <source>Evaluated by</source>
            <translation>Dievaluasi oleh</translation>
        </message>
        <message>
            <source>Evaluated on</source>
            <translation>Tanggal evaluasi</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Catatan</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Alasan</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Rekomendasi</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Nilai</translation>
        </message>
        <message>
            <source>The evaluation was not saved</source>
            <translation>Evaluasi tidak disimpan</translation>
        </message>
        <message>
            <source>Year evaluated</source>
            <translation>Tahun yang dievaluasi</translation>
        </message>
        <message>
            <source>Yearly evaluation (monev)</source>
            <translation>Evaluasi tahunan (monev)</translation>
        </message>
    </context>
    <context>
        <name>ExcelImport</name>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Buku kerja Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Import from Excel</source>
            <translation>Impor dari Excel</translation>
        </message>
        <message>
            <source>Imported from %1: %2</source>
            <translation>Diimpor dari %1: %2</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>Mengimpor %1…</translation>
        </message>
        <message>
            <source>Nothing was saved: correct the rows named below in the workbook and import it again.</source>
            <translation>Tidak ada yang disimpan: perbaiki baris yang disebut di bawah ini dalam buku kerja, lalu impor lagi.</translation>
        </message>
        <message>
            <source>… and %1 more problems.</source>
            <translation>… dan %1 masalah lainnya.</translation>
        </message>
    </context>
    <context>
        <name>FileNotice</name>
        <message>
            <source>Close this message</source>
            <translation>Tutup pesan ini</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Buka</translation>
        </message>
        <message>
            <source>Open the file with its program</source>
            <translation>Buka berkas dengan programnya</translation>
        </message>
        <message>
            <source>Open the folder that holds the file</source>
            <translation>Buka folder tempat berkas ini</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>Tampilkan di folder</translation>
        </message>
        <message>
            <source>Written</source>
            <translation>Sudah ditulis</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>An Excel workbook (.xlsx) in the format of the import template. Nothing is saved before the last step.</source>
            <translation>Buku kerja Excel (.xlsx) dengan format templat impor. Tidak ada yang disimpan sebelum langkah terakhir.</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Telusuri…</translation>
        </message>
        <message>
            <source>Choose the workbook</source>
            <translation>Pilih buku kerja</translation>
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
        <name>Filters</name>
        <message>
            <source>Account code starts with</source>
            <translation>Kode rekening diawali</translation>
        </message>
        <message>
            <source>Account code…</source>
            <translation>Kode rekening…</translation>
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
            <source>Added by</source>
            <translation>Ditambahkan oleh</translation>
        </message>
        <message>
            <source>Added by…</source>
            <translation>Ditambahkan oleh…</translation>
        </message>
        <message>
            <source>All countries</source>
            <translation>Semua negara</translation>
        </message>
        <message>
            <source>All grades</source>
            <translation>Semua golongan</translation>
        </message>
        <message>
            <source>All instruments</source>
            <translation>Semua bentuk naskah</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Semua jenis</translation>
        </message>
        <message>
            <source>All kinds of document</source>
            <translation>Semua jenis dokumen</translation>
        </message>
        <message>
            <source>All stages</source>
            <translation>Semua tahap</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Semua status</translation>
        </message>
        <message>
            <source>All years</source>
            <translation>Semua tahun</translation>
        </message>
        <message>
            <source>Any departure</source>
            <translation>Semua keberangkatan</translation>
        </message>
        <message>
            <source>Any expiry</source>
            <translation>Semua masa berlaku</translation>
        </message>
        <message>
            <source>Both directions</source>
            <translation>Keluar dan masuk</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Negara</translation>
        </message>
        <message>
            <source>Current versions</source>
            <translation>Versi terkini</translation>
        </message>
        <message>
            <source>Departing</source>
            <translation>Keberangkatan</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Arah</translation>
        </message>
        <message>
            <source>Every version</source>
            <translation>Semua versi</translation>
        </message>
        <message>
            <source>Expiring</source>
            <translation>Berakhir</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Golongan</translation>
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
            <source>Inactive</source>
            <translation>Tidak aktif</translation>
        </message>
        <message>
            <source>Instrument</source>
            <translation>Bentuk naskah</translation>
        </message>
        <message>
            <source>Kind of cooperation</source>
            <translation>Jenis kerja sama</translation>
        </message>
        <message>
            <source>Kind of document</source>
            <translation>Jenis dokumen</translation>
        </message>
        <message>
            <source>Kind of partner</source>
            <translation>Jenis mitra</translation>
        </message>
        <message>
            <source>Not in force</source>
            <translation>Tidak berlaku</translation>
        </message>
        <message>
            <source>Older versions</source>
            <translation>Versi lama</translation>
        </message>
        <message>
            <source>Per-diem grade</source>
            <translation>Golongan uang harian</translation>
        </message>
        <message>
            <source>Revenue and spending</source>
            <translation>Pendapatan dan belanja</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>Kelompok</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Tahap</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>Versi</translation>
        </message>
        <message>
            <source>Within %1 days</source>
            <translation>Dalam %1 hari</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Tahun</translation>
        </message>
        <message>
            <source>Year added</source>
            <translation>Tahun ditambahkan</translation>
        </message>
    </context>
    <context>
        <name>FormComforts</name>
        <message>
            <source>Required</source>
            <translation>Wajib diisi</translation>
        </message>
        <message>
            <source>required</source>
            <translation>wajib diisi</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <source>Saved with the values you chose.</source>
            <translation>Disimpan dengan nilai yang Anda pilih.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Tersimpan.</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Kembali</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Tutup</translation>
        </message>
        <message>
            <source>&amp;Forward</source>
            <translation>&amp;Maju</translation>
        </message>
        <message>
            <source>An agreement through its stages</source>
            <translation>Perjanjian melalui tahap-tahapnya</translation>
        </message>
        <message>
            <source>C&amp;ontents</source>
            <translation>&amp;Isi</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Isi</translation>
        </message>
        <message>
            <source>History, revert and undo</source>
            <translation>Riwayat, pembatalan perubahan, dan urungkan</translation>
        </message>
        <message>
            <source>Importing from Excel</source>
            <translation>Mengimpor dari Excel</translation>
        </message>
        <message>
            <source>Keeping the budget</source>
            <translation>Mengelola anggaran</translation>
        </message>
        <message>
            <source>Lists: search, sort, export, print</source>
            <translation>Daftar: mencari, mengurutkan, mengekspor, mencetak</translation>
        </message>
        <message>
            <source>Preparing a delegation</source>
            <translation>Menyiapkan delegasi</translation>
        </message>
        <message>
            <source>Registering a partner</source>
            <translation>Mendaftarkan mitra</translation>
        </message>
        <message>
            <source>Secretariat – User guide</source>
            <translation>Secretariat – Panduan pengguna</translation>
        </message>
        <message>
            <source>The day's work: the dashboard</source>
            <translation>Pekerjaan hari ini: dasbor</translation>
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <source>%1 change(s), newest first. Records that belong to this one are listed too, also those deleted since. Select a field to revert its change.</source>
            <translation>%1 perubahan, terbaru di atas. Data yang menjadi bagian dari data ini ikut dicantumkan, juga yang sudah dihapus. Pilih sebuah isian untuk membatalkan perubahannya.</translation>
        </message>
        <message>
            <source>&amp;Revert this change…</source>
            <translation>Batal&amp;kan perubahan ini…</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Sesudah</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Sebelum</translation>
        </message>
        <message>
            <source>Change / field</source>
            <translation>Perubahan / isian</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Salin</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Umum</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Riwayat</translation>
        </message>
        <message>
            <source>Loading the history…</source>
            <translation>Memuat riwayat…</translation>
        </message>
        <message>
            <source>No change of this record is recorded.</source>
            <translation>Belum ada perubahan data ini yang tercatat.</translation>
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation>M&amp;uat ulang</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>Batalkan perubahan</translation>
        </message>
        <message>
            <source>Revert this change</source>
            <translation>Batalkan perubahan ini</translation>
        </message>
        <message>
            <source>Revert this change…</source>
            <translation>Batalkan perubahan ini…</translation>
        </message>
        <message>
            <source>Reverted: %1.</source>
            <translation>Perubahan dibatalkan: %1.</translation>
        </message>
        <message>
            <source>Save or discard your edits of this record first.</source>
            <translation>Simpan atau buang dahulu suntingan Anda pada data ini.</translation>
        </message>
        <message>
            <source>Set %1 back from “%2” to “%3”?</source>
            <translation>Kembalikan %1 dari “%2” menjadi “%3”?</translation>
        </message>
        <message>
            <source>The change was not reverted.</source>
            <translation>Perubahan tidak dibatalkan.</translation>
        </message>
        <message>
            <source>The history starts once the record is saved.</source>
            <translation>Riwayat dimulai setelah data disimpan.</translation>
        </message>
        <message>
            <source>The revert is recorded as a new change.</source>
            <translation>Pembatalan dicatat sebagai perubahan baru.</translation>
        </message>
        <message>
            <source>Write the field's earlier value back; refused when the field was changed again since</source>
            <translation>Tulis kembali nilai isian sebelumnya; ditolak bila isian itu sudah diubah lagi sesudahnya</translation>
        </message>
    </context>
    <context>
        <name>ImpactPage</name>
        <message>
            <source>Achieved</source>
            <translation>Capaian</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Kegiatan</translation>
        </message>
        <message>
            <source>Agreements alive, weak and dormant in the last five years</source>
            <translation>Perjanjian aktif, lemah dan tidur dalam lima tahun terakhir</translation>
        </message>
        <message>
            <source>Annual report…</source>
            <translation>Laporan tahunan…</translation>
        </message>
        <message>
            <source>Days quiet</source>
            <translation>Hari tanpa kegiatan</translation>
        </message>
        <message>
            <source>Delegations out / in</source>
            <translation>Delegasi keluar / masuk</translation>
        </message>
        <message>
            <source>Grants</source>
            <translation>Hibah</translation>
        </message>
        <message>
            <source>Impact of agreements</source>
            <translation>Dampak perjanjian</translation>
        </message>
        <message>
            <source>Making the annual report…</source>
            <translation>Menyusun laporan tahunan…</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Nomor</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Mitra</translation>
        </message>
        <message>
            <source>Recommended action</source>
            <translation>Tindakan yang disarankan</translation>
        </message>
        <message>
            <source>Save the annual report</source>
            <translation>Simpan laporan tahunan</translation>
        </message>
        <message>
            <source>Search number or title…</source>
            <translation>Cari nomor atau judul…</translation>
        </message>
        <message>
            <source>Spending</source>
            <translation>Belanja</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Status rules…</source>
            <translation>Aturan status…</translation>
        </message>
        <message>
            <source>The report was not made</source>
            <translation>Laporan tidak dibuat</translation>
        </message>
        <message>
            <source>The rules were not saved</source>
            <translation>Aturan tidak disimpan</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Judul</translation>
        </message>
        <message>
            <source>Trend</source>
            <translation>Tren</translation>
        </message>
        <message>
            <source>Trend: the status in each of the five years (A alive, L weak, T dormant, · not in force). Double-click a row to open the agreement; its Impact tab records the evaluation.</source>
            <translation>Tren: status pada tiap tahun dari lima tahun (A aktif, L lemah, T tidur, · tidak berlaku). Klik ganda sebuah baris untuk membuka perjanjian; tab Dampak-nya mencatat evaluasi.</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Tahun</translation>
        </message>
    </context>
    <context>
        <name>ImportActions</name>
        <message>
            <source>%1 rows were exported to %2.</source>
            <translation>%1 baris diekspor ke %2.</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>Ekspor ke Excel</translation>
        </message>
        <message>
            <source>Exporting the register…</source>
            <translation>Mengekspor daftar…</translation>
        </message>
        <message>
            <source>Save import template</source>
            <translation>Simpan templat impor</translation>
        </message>
        <message>
            <source>The template was saved to %1.</source>
            <translation>Templat disimpan di %1.</translation>
        </message>
        <message>
            <source>Writing %1…</source>
            <translation>Menulis %1…</translation>
        </message>
        <message>
            <source>Writing the template…</source>
            <translation>Menulis templat…</translation>
        </message>
        <message>
            <source>import-template.xlsx</source>
            <translation>templat-impor.xlsx</translation>
        </message>
        <message>
            <source>register.xlsx</source>
            <translation>daftar.xlsx</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
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
        <message>
            <source>Import from Excel</source>
            <translation>Impor dari Excel</translation>
        </message>
        <message>
            <source>Next &gt;</source>
            <translation>Lanjut &gt;</translation>
        </message>
    </context>
    <context>
        <name>ItineraryDialog</name>
        <message>
            <source>Activity (English):</source>
            <translation>Kegiatan (Inggris):</translation>
        </message>
        <message>
            <source>Activity:</source>
            <translation>Kegiatan:</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Terapkan</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Counterpart:</source>
            <translation>Mitra pertemuan:</translation>
        </message>
        <message>
            <source>Day:</source>
            <translation>Hari:</translation>
        </message>
        <message>
            <source>Itinerary item</source>
            <translation>Jadwal kegiatan</translation>
        </message>
        <message>
            <source>New itinerary item</source>
            <translation>Jadwal baru</translation>
        </message>
        <message>
            <source>Place:</source>
            <translation>Tempat:</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <source>Save and close</source>
            <translation>Simpan dan tutup</translation>
        </message>
        <message>
            <source>Save and keep the window open (Ctrl+S)</source>
            <translation>Simpan dan biarkan jendela tetap terbuka (Ctrl+S)</translation>
        </message>
        <message>
            <source>Time:</source>
            <translation>Waktu:</translation>
        </message>
        <message>
            <source>for the bilingual programme, e.g. Courtesy call on the Mayor</source>
            <translation>untuk program dwibahasa, mis. Courtesy call on the Mayor</translation>
        </message>
        <message>
            <source>from</source>
            <translation>pukul</translation>
        </message>
        <message>
            <source>the new itinerary item</source>
            <translation>jadwal baru ini</translation>
        </message>
        <message>
            <source>this itinerary item</source>
            <translation>jadwal ini</translation>
        </message>
        <message>
            <source>to</source>
            <translation>s.d.</translation>
        </message>
    </context>
    <context>
        <name>ListActions</name>
        <message>
            <source>%1 row(s) copied.</source>
            <translation>%1 baris disalin.</translation>
        </message>
        <message>
            <source>%1 rows</source>
            <translation>%1 baris</translation>
        </message>
        <message>
            <source>%1 rows exported to %2</source>
            <translation>%1 baris diekspor ke %2</translation>
        </message>
        <message>
            <source>&amp;Copy rows</source>
            <translation>&amp;Salin baris</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Hapus…</translation>
        </message>
        <message>
            <source>&amp;Export this list to Excel…</source>
            <translation>&amp;Ekspor daftar ini ke Excel…</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Buka</translation>
        </message>
        <message>
            <source>&amp;Print this list…</source>
            <translation>&amp;Cetak daftar ini…</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Buku kerja Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Export this list to Excel</source>
            <translation>Ekspor daftar ini ke Excel</translation>
        </message>
        <message>
            <source>Exporting %1…</source>
            <translation>Mengekspor %1…</translation>
        </message>
        <message>
            <source>Writing the workbook…</source>
            <translation>Menulis buku kerja…</translation>
        </message>
        <message>
            <source>as of %1</source>
            <translation>per %1</translation>
        </message>
        <message>
            <source>filtered</source>
            <translation>disaring</translation>
        </message>
        <message>
            <source>filters: %1</source>
            <translation>saringan: %1</translation>
        </message>
        <message>
            <source>search “%1”</source>
            <translation>pencarian “%1”</translation>
        </message>
    </context>
    <context>
        <name>ListFormDialog</name>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Hapus…</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;Baru</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Simpan</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1 already exists; a new database is never made over a file. Use Open database for it.</source>
            <translation>%1 sudah ada; basis data baru tidak pernah dibuat menimpa berkas. Pakai Buka basis data untuk berkas itu.</translation>
        </message>
        <message>
            <source>&amp;About Secretariat</source>
            <translation>&amp;Tentang Secretariat</translation>
        </message>
        <message>
            <source>&amp;Backups…</source>
            <translation>Cada&amp;ngan…</translation>
        </message>
        <message>
            <source>&amp;Check documents…</source>
            <translation>&amp;Periksa dokumen…</translation>
        </message>
        <message>
            <source>&amp;Copy selected rows</source>
            <translation>Sa&amp;lin baris yang dipilih</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Hapus…</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Sunting</translation>
        </message>
        <message>
            <source>&amp;Export to Excel…</source>
            <translation>&amp;Ekspor ke Excel…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Berkas</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ban&amp;tuan</translation>
        </message>
        <message>
            <source>&amp;Import from Excel…</source>
            <translation>&amp;Impor dari Excel…</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>&amp;Baru…</translation>
        </message>
        <message>
            <source>&amp;Open record</source>
            <translation>B&amp;uka data</translation>
        </message>
        <message>
            <source>&amp;Print this list…</source>
            <translation>&amp;Cetak daftar ini…</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Muat ulang</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>&amp;Cari</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Pengaturan…</translation>
        </message>
        <message>
            <source>&amp;User guide</source>
            <translation>&amp;Panduan pengguna</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Tampilan</translation>
        </message>
        <message>
            <source>(none yet)</source>
            <translation>(belum ada)</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Secretariat %1&lt;/h3&gt;&lt;p&gt;Partners, agreements, delegations and budgets of a regional government's foreign-cooperation bureau.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Secretariat %1&lt;/h3&gt;&lt;p&gt;Mitra, perjanjian, delegasi dan anggaran biro kerja sama luar negeri pemerintah daerah.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>About Secretariat</source>
            <translation>Tentang Secretariat</translation>
        </message>
        <message>
            <source>Add a new record to this register (Ctrl+N)</source>
            <translation>Tambah data baru ke daftar ini (Ctrl+N)</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Perjanjian</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Anggaran</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Dasbor</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>Basis data: %1</translation>
        </message>
        <message>
            <source>Delegations</source>
            <translation>Delegasi</translation>
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
            <source>Documents</source>
            <translation>Dokumen</translation>
        </message>
        <message>
            <source>E&amp;xit</source>
            <translation>&amp;Keluar</translation>
        </message>
        <message>
            <source>Excel import &amp;template…</source>
            <translation>&amp;Templat impor Excel…</translation>
        </message>
        <message>
            <source>Export this &amp;list to Excel…</source>
            <translation>Ekspor &amp;daftar ini ke Excel…</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Dampak</translation>
        </message>
        <message>
            <source>Ne&amp;w database…</source>
            <translation>Basis data &amp;baru…</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Baru</translation>
        </message>
        <message>
            <source>New database</source>
            <translation>Basis data baru</translation>
        </message>
        <message>
            <source>Officials</source>
            <translation>Pejabat</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Buka</translation>
        </message>
        <message>
            <source>Open &amp;database…</source>
            <translation>Buka basis &amp;data…</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation>Buka basis data</translation>
        </message>
        <message>
            <source>Open the selected record (Enter or double-click)</source>
            <translation>Buka data yang dipilih (Enter atau klik ganda)</translation>
        </message>
        <message>
            <source>Opening the database…</source>
            <translation>Membuka basis data…</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Mitra</translation>
        </message>
        <message>
            <source>Per-diem rates</source>
            <translation>Tarif uang harian</translation>
        </message>
        <message>
            <source>Print the register as listed, with a preview first (Ctrl+P)</source>
            <translation>Cetak daftar seperti yang tampil, dengan pratinjau lebih dahulu (Ctrl+P)</translation>
        </message>
        <message>
            <source>Read the page again from the database (F5)</source>
            <translation>Baca ulang halaman dari basis data (F5)</translation>
        </message>
        <message>
            <source>Read-only</source>
            <translation>Hanya-baca</translation>
        </message>
        <message>
            <source>Recent &amp;records</source>
            <translation>Data &amp;terakhir</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Muat ulang</translation>
        </message>
        <message>
            <source>Rows: %1</source>
            <translation>Baris: %1</translation>
        </message>
        <message>
            <source>Secretariat</source>
            <translation>Secretariat</translation>
        </message>
        <message>
            <source>Secretariat (read-only)</source>
            <translation>Secretariat (hanya-baca)</translation>
        </message>
        <message>
            <source>Secretariat databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
            <translation>Basis data Secretariat (*.sqlite3 *.sqlite *.db);;Semua berkas (*)</translation>
        </message>
        <message>
            <source>The register as listed (search, filters, order and columns) as an Excel workbook (Ctrl+E)</source>
            <translation>Daftar seperti yang tampil (pencarian, saringan, urutan dan kolom) sebagai buku kerja Excel (Ctrl+E)</translation>
        </message>
        <message>
            <source>The selected rows as tab-separated text (Ctrl+C in the list)</source>
            <translation>Baris yang dipilih sebagai teks berpisah tab (Ctrl+C di daftar)</translation>
        </message>
        <message>
            <source>The user guide, at the page about this screen (F1)</source>
            <translation>Panduan pengguna, di halaman tentang layar ini (F1)</translation>
        </message>
        <message>
            <source>This file or its folder cannot be written here: you can read everything, and changes are refused.</source>
            <translation>Berkas ini atau foldernya tidak dapat ditulis di sini: Anda dapat membaca semuanya, dan perubahan ditolak.</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>Bilah alat</translation>
        </message>
    </context>
    <context>
        <name>MemberDialog</name>
        <message>
            <source>(none)</source>
            <translation>(tidak ada)</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Terapkan</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Delegation member</source>
            <translation>Anggota delegasi</translation>
        </message>
        <message>
            <source>Link the delegation to an agreement to choose its partners' contacts.</source>
            <translation>Kaitkan delegasi dengan perjanjian untuk memilih narahubung mitranya.</translation>
        </message>
        <message>
            <source>Member – {name}</source>
            <translation>Anggota – {name}</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nama:</translation>
        </message>
        <message>
            <source>New member of {code}</source>
            <translation>Anggota baru {code}</translation>
        </message>
        <message>
            <source>Our official:</source>
            <translation>Pejabat daerah:</translation>
        </message>
        <message>
            <source>Partner's contact:</source>
            <translation>Narahubung mitra:</translation>
        </message>
        <message>
            <source>Passport number:</source>
            <translation>Nomor paspor:</translation>
        </message>
        <message>
            <source>Passport type:</source>
            <translation>Jenis paspor:</translation>
        </message>
        <message>
            <source>Passport valid until:</source>
            <translation>Paspor berlaku sampai:</translation>
        </message>
        <message>
            <source>Per-diem grade:</source>
            <translation>Golongan uang harian:</translation>
        </message>
        <message>
            <source>Position:</source>
            <translation>Jabatan:</translation>
        </message>
        <message>
            <source>Role:</source>
            <translation>Peran:</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <source>Save and close</source>
            <translation>Simpan dan tutup</translation>
        </message>
        <message>
            <source>Save and keep the window open (Ctrl+S)</source>
            <translation>Simpan dan biarkan jendela tetap terbuka (Ctrl+S)</translation>
        </message>
        <message>
            <source>Tick to enter a date; untick to leave it empty</source>
            <translation>Centang untuk mengisi tanggal; hapus centang untuk mengosongkannya</translation>
        </message>
        <message>
            <source>the member {name}</source>
            <translation>anggota {name}</translation>
        </message>
        <message>
            <source>the new member</source>
            <translation>anggota baru ini</translation>
        </message>
    </context>
    <context>
        <name>NewPasswordDialog</name>
        <message>
            <source>%1 signs in with this password once and then chooses their own.</source>
            <translation>%1 masuk sekali dengan kata sandi ini, lalu memilih kata sandinya sendiri.</translation>
        </message>
        <message>
            <source>&amp;First password:</source>
            <translation>Kata sandi &amp;pertama:</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Simpan</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>New first password</source>
            <translation>Kata sandi pertama baru</translation>
        </message>
        <message>
            <source>Re&amp;peat it:</source>
            <translation>&amp;Ulangi:</translation>
        </message>
    </context>
    <context>
        <name>OfficialEditor</name>
        <message>
            <source>18 digits</source>
            <translation>18 angka</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Terapkan</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>E-mail:</source>
            <translation>E-mail:</translation>
        </message>
        <message>
            <source>NIP:</source>
            <translation>NIP:</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nama:</translation>
        </message>
        <message>
            <source>New official</source>
            <translation>Pejabat baru</translation>
        </message>
        <message>
            <source>Official</source>
            <translation>Pejabat</translation>
        </message>
        <message>
            <source>Official – {name}</source>
            <translation>Pejabat – {name}</translation>
        </message>
        <message>
            <source>Passport number:</source>
            <translation>Nomor paspor:</translation>
        </message>
        <message>
            <source>Passport type:</source>
            <translation>Jenis paspor:</translation>
        </message>
        <message>
            <source>Passport valid until:</source>
            <translation>Paspor berlaku sampai:</translation>
        </message>
        <message>
            <source>Per-diem grade:</source>
            <translation>Golongan uang harian:</translation>
        </message>
        <message>
            <source>Position:</source>
            <translation>Jabatan:</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <source>Save and close</source>
            <translation>Simpan dan tutup</translation>
        </message>
        <message>
            <source>Save and keep the window open (Ctrl+S)</source>
            <translation>Simpan dan biarkan jendela tetap terbuka (Ctrl+S)</translation>
        </message>
        <message>
            <source>Still serving (offered when composing delegations)</source>
            <translation>Masih menjabat (ditawarkan saat menyusun delegasi)</translation>
        </message>
        <message>
            <source>Telephone:</source>
            <translation>Telepon:</translation>
        </message>
        <message>
            <source>Tick to enter a date; untick to leave it empty</source>
            <translation>Centang untuk mengisi tanggal; hapus centang untuk mengosongkannya</translation>
        </message>
        <message>
            <source>Unit:</source>
            <translation>Unit kerja:</translation>
        </message>
        <message>
            <source>the new official</source>
            <translation>pejabat baru ini</translation>
        </message>
        <message>
            <source>the official {name}</source>
            <translation>pejabat {name}</translation>
        </message>
    </context>
    <context>
        <name>PacketDialog</name>
        <message>
            <source>%1 required part(s) missing.</source>
            <translation>%1 bagian wajib belum ada.</translation>
        </message>
        <message>
            <source>Add the implementing arrangements</source>
            <translation>Sertakan perjanjian pelaksanaan (PKS)</translation>
        </message>
        <message>
            <source>Assembling the packet…</source>
            <translation>Menyusun paket…</translation>
        </message>
        <message>
            <source>Covering letter to</source>
            <translation>Surat pengantar kepada</translation>
        </message>
        <message>
            <source>Every part is ready.</source>
            <translation>Semua bagian sudah ada.</translation>
        </message>
        <message>
            <source>Make packet</source>
            <translation>Buat paket</translation>
        </message>
        <message>
            <source>No covering letter (archive copy)</source>
            <translation>Tanpa surat pengantar (salinan arsip)</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Kertas</translation>
        </message>
        <message>
            <source>Parts, in the packet's order:</source>
            <translation>Bagian, menurut urutan dalam paket:</translation>
        </message>
        <message>
            <source>Print agreement packet</source>
            <translation>Cetak paket naskah</translation>
        </message>
        <message>
            <source>Print even if required parts are missing (marked INCOMPLETE)</source>
            <translation>Tetap cetak walau bagian wajib belum ada (ditandai TIDAK LENGKAP)</translation>
        </message>
        <message>
            <source>cannot go in: %1</source>
            <translation>tidak dapat dimasukkan: %1</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>belum ada</translation>
        </message>
        <message>
            <source>none (optional)</source>
            <translation>tidak ada (tidak wajib)</translation>
        </message>
        <message>
            <source>ready</source>
            <translation>siap</translation>
        </message>
    </context>
    <context>
        <name>PartnerEditor</name>
        <message>
            <source>Address and notes</source>
            <translation>Alamat dan catatan</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>Alamat:</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Tambah…</translation>
        </message>
        <message>
            <source>Administrative level:</source>
            <translation>Tingkat administrasi:</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Jawaban</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Terapkan</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>City:</source>
            <translation>Kota:</translation>
        </message>
        <message>
            <source>Code:</source>
            <translation>Kode:</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Persyaratan</translation>
        </message>
        <message>
            <source>Condition {n}</source>
            <translation>Syarat {n}</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Narahubung</translation>
        </message>
        <message>
            <source>Country:</source>
            <translation>Negara:</translation>
        </message>
        <message>
            <source>Document, letter or source</source>
            <translation>Dokumen, surat atau sumber</translation>
        </message>
        <message>
            <source>Due diligence</source>
            <translation>Uji kelayakan</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>E-mail:</source>
            <translation>E-mail:</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Ubah…</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Bukti</translation>
        </message>
        <message>
            <source>Evidence for condition {n}</source>
            <translation>Bukti syarat {n}</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Umum</translation>
        </message>
        <message>
            <source>Head of the partner:</source>
            <translation>Pimpinan mitra:</translation>
        </message>
        <message>
            <source>Head's title in Indonesian:</source>
            <translation>Jabatan pimpinan dalam bahasa Indonesia:</translation>
        </message>
        <message>
            <source>Head's title:</source>
            <translation>Jabatan pimpinan:</translation>
        </message>
        <message>
            <source>Kind of partner:</source>
            <translation>Jenis mitra:</translation>
        </message>
        <message>
            <source>Languages:</source>
            <translation>Bahasa:</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Name in Indonesian:</source>
            <translation>Nama dalam bahasa Indonesia:</translation>
        </message>
        <message>
            <source>Name in its own language:</source>
            <translation>Nama dalam bahasa asli:</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nama:</translation>
        </message>
        <message>
            <source>New partner</source>
            <translation>Mitra baru</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Catatan:</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Mitra</translation>
        </message>
        <message>
            <source>Partner – {name}</source>
            <translation>Mitra – {name}</translation>
        </message>
        <message>
            <source>Passport valid until</source>
            <translation>Paspor berlaku sampai</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Jabatan</translation>
        </message>
        <message>
            <source>Printed in the Indonesian column of agreement drafts; leave empty to use the name above.</source>
            <translation>Dicetak pada kolom bahasa Indonesia rancangan naskah; kosongkan untuk memakai nama di atas.</translation>
        </message>
        <message>
            <source>Printed in the Indonesian column of agreement drafts; leave empty to use the title above.</source>
            <translation>Dicetak pada kolom bahasa Indonesia rancangan naskah; kosongkan untuk memakai jabatan di atas.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Remove contact</source>
            <translation>Hapus narahubung</translation>
        </message>
        <message>
            <source>Remove the contact {name} from this partner?</source>
            <translation>Hapus narahubung {name} dari mitra ini?</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <source>Save and close</source>
            <translation>Simpan dan tutup</translation>
        </message>
        <message>
            <source>Save and keep the window open (Ctrl+S)</source>
            <translation>Simpan dan biarkan jendela tetap terbuka (Ctrl+S)</translation>
        </message>
        <message>
            <source>Save the partner first (Apply) to add its contacts.</source>
            <translation>Simpan mitra dahulu (Terapkan) untuk menambah narahubungnya.</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <source>Telephone</source>
            <translation>Telepon</translation>
        </message>
        <message>
            <source>Telephone:</source>
            <translation>Telepon:</translation>
        </message>
        <message>
            <source>The nine conditions a partner of a KSDPL cooperation must meet (PP 28/2018). A 'Yes' needs its evidence.</source>
            <translation>Sembilan persyaratan yang harus dipenuhi mitra kerja sama KSDPL (PP 28/2018). Jawaban 'Ya' perlu buktinya.</translation>
        </message>
        <message>
            <source>Website:</source>
            <translation>Situs web:</translation>
        </message>
        <message>
            <source>e.g. JP-OSAKA</source>
            <translation>mis. JP-OSAKA</translation>
        </message>
        <message>
            <source>https://</source>
            <translation>https://</translation>
        </message>
        <message>
            <source>language codes, e.g. ja, en</source>
            <translation>kode bahasa, mis. ja, en</translation>
        </message>
        <message>
            <source>the new partner</source>
            <translation>mitra baru ini</translation>
        </message>
        <message>
            <source>the partner {name}</source>
            <translation>mitra {name}</translation>
        </message>
    </context>
    <context>
        <name>Passwords</name>
        <message>
            <source>the two passwords differ</source>
            <translation>kedua kata sandi berbeda</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Cetak</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>Mencetak…</translation>
        </message>
    </context>
    <context>
        <name>PdfPreviewDialog</name>
        <message>
            <source>%n page(s)</source>
            <translation>%n halaman</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Cetak…</translation>
        </message>
        <message>
            <source>A copy was saved: %1</source>
            <translation>Salinan disimpan: %1</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>Larger</source>
            <translation>Perbesar</translation>
        </message>
        <message>
            <source>Open in PDF viewer</source>
            <translation>Buka di penampil PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Dokumen PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Save a copy</source>
            <translation>Simpan salinan</translation>
        </message>
        <message>
            <source>Save a copy…</source>
            <translation>Simpan salinan…</translation>
        </message>
        <message>
            <source>Smaller</source>
            <translation>Perkecil</translation>
        </message>
    </context>
    <context>
        <name>PerDiemRateEditor</name>
        <message>
            <source>Apply</source>
            <translation>Terapkan</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Country:</source>
            <translation>Negara:</translation>
        </message>
        <message>
            <source>Daily allowance:</source>
            <translation>Uang harian:</translation>
        </message>
        <message>
            <source>Grade:</source>
            <translation>Golongan:</translation>
        </message>
        <message>
            <source>New per-diem rate</source>
            <translation>Tarif uang harian baru</translation>
        </message>
        <message>
            <source>Per-diem rate</source>
            <translation>Tarif uang harian</translation>
        </message>
        <message>
            <source>Per-diem rate – {country}, grade {grade}</source>
            <translation>Tarif uang harian – {country}, golongan {grade}</translation>
        </message>
        <message>
            <source>Rates are per person per day, set by the Ministry of Finance (SBM) for each grade. A country without its own rate takes the rate of the country of the accredited Indonesian mission.</source>
            <translation>Tarif per orang per hari, ditetapkan Kementerian Keuangan (SBM) untuk setiap golongan. Negara yang tidak memiliki tarif sendiri memakai tarif negara tempat perwakilan RI yang merangkap akreditasinya.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <source>Save and close</source>
            <translation>Simpan dan tutup</translation>
        </message>
        <message>
            <source>Save and keep the window open (Ctrl+S)</source>
            <translation>Simpan dan biarkan jendela tetap terbuka (Ctrl+S)</translation>
        </message>
        <message>
            <source>Source:</source>
            <translation>Sumber:</translation>
        </message>
        <message>
            <source>Valid from:</source>
            <translation>Berlaku mulai:</translation>
        </message>
        <message>
            <source>e.g. PMK 49/2023, fiscal year 2024</source>
            <translation>mis. PMK 49/2023, TA 2024</translation>
        </message>
        <message>
            <source>the new per-diem rate</source>
            <translation>tarif uang harian baru ini</translation>
        </message>
        <message>
            <source>this per-diem rate</source>
            <translation>tarif uang harian ini</translation>
        </message>
    </context>
    <context>
        <name>PermitDialog</name>
        <message>
            <source>Apply</source>
            <translation>Terapkan</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>File at least:</source>
            <translation>Ajukan paling lambat:</translation>
        </message>
        <message>
            <source>Granted on:</source>
            <translation>Terbit pada:</translation>
        </message>
        <message>
            <source>New permit step</source>
            <translation>Langkah izin baru</translation>
        </message>
        <message>
            <source>Permit step</source>
            <translation>Langkah izin</translation>
        </message>
        <message>
            <source>Permit step – {name}</source>
            <translation>Langkah izin – {name}</translation>
        </message>
        <message>
            <source>Reference:</source>
            <translation>Nomor surat:</translation>
        </message>
        <message>
            <source>Requested on:</source>
            <translation>Diajukan pada:</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <source>Save and close</source>
            <translation>Simpan dan tutup</translation>
        </message>
        <message>
            <source>Save and keep the window open (Ctrl+S)</source>
            <translation>Simpan dan biarkan jendela tetap terbuka (Ctrl+S)</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <source>Step:</source>
            <translation>Langkah:</translation>
        </message>
        <message>
            <source>Tick to enter a date; untick to leave it empty</source>
            <translation>Centang untuk mengisi tanggal; hapus centang untuk mengosongkannya</translation>
        </message>
        <message>
            <source>days before departure</source>
            <translation>hari sebelum keberangkatan</translation>
        </message>
        <message>
            <source>letter or permit number</source>
            <translation>nomor surat atau izin</translation>
        </message>
        <message>
            <source>the new permit step</source>
            <translation>langkah izin baru ini</translation>
        </message>
        <message>
            <source>the permit step {name}</source>
            <translation>langkah izin {name}</translation>
        </message>
    </context>
    <context>
        <name>PreviewModel</name>
        <message>
            <source>Column</source>
            <translation>Kolom</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Alasan</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Hasil</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Baris</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Lembar</translation>
        </message>
        <message>
            <source>added</source>
            <translation>ditambah</translation>
        </message>
        <message>
            <source>probable duplicate</source>
            <translation>kemungkinan ganda</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>ditolak</translation>
        </message>
        <message>
            <source>sheet not read</source>
            <translation>lembar tidak dibaca</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>tetap</translation>
        </message>
        <message>
            <source>updated</source>
            <translation>diubah</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>%1 new partner(s) look like partners already known: check them, and merge them after the import if they are the same.</source>
            <translation>%1 mitra baru mirip dengan mitra yang sudah ada: periksa, lalu gabungkan setelah impor bila memang sama.</translation>
        </message>
        <message>
            <source>%1 to add, %2 to update, %3 unchanged, %4 rejected.</source>
            <translation>%1 akan ditambah, %2 akan diubah, %3 tetap, %4 ditolak.</translation>
        </message>
        <message>
            <source>All or nothing: save only if no row is rejected</source>
            <translation>Semua atau tidak sama sekali: simpan hanya bila tidak ada baris yang ditolak</translation>
        </message>
        <message>
            <source>Check what will change</source>
            <translation>Periksa apa yang akan berubah</translation>
        </message>
        <message>
            <source>Every row was checked without saving anything. Rejected rows are listed with their sheet, row, column and the reason.</source>
            <translation>Setiap baris sudah diperiksa tanpa menyimpan apa pun. Baris yang ditolak tercantum dengan lembar, baris, kolom dan alasannya.</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Impor</translation>
        </message>
        <message>
            <source>Only the first %1 rows are listed.</source>
            <translation>Hanya %1 baris pertama yang ditampilkan.</translation>
        </message>
        <message>
            <source>Valid rows only: save the valid rows, set the rejected ones aside in an errors workbook</source>
            <translation>Hanya baris yang benar: simpan baris yang benar, sisihkan baris yang ditolak ke buku kerja galat</translation>
        </message>
        <message>
            <source>With 'All or nothing', nothing will be saved until the rejected rows are corrected.</source>
            <translation>Dengan 'Semua atau tidak sama sekali', tidak ada yang disimpan sampai baris yang ditolak diperbaiki.</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>%1 rows, printed %2</source>
            <translation>%1 baris, dicetak %2</translation>
        </message>
        <message>
            <source>Preparing %1 for printing</source>
            <translation>Menyiapkan %1 untuk dicetak</translation>
        </message>
        <message>
            <source>Print %1</source>
            <translation>Cetak %1</translation>
        </message>
        <message>
            <source>Print preview – %1</source>
            <translation>Pratinjau cetak – %1</translation>
        </message>
    </context>
    <context>
        <name>ProblemDisplay</name>
        <message>
            <source>Nothing was saved. Please correct:</source>
            <translation>Tidak ada yang disimpan. Mohon perbaiki:</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation>%1
Folder tidak ditemukan.
Periksa nama foldernya.</translation>
        </message>
        <message>
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
Berkas tidak ditemukan.
Periksa nama berkasnya.</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 sudah ada.
Ganti berkas itu?</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>&amp;Pilih</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Hapus</translation>
        </message>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Cari di:</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>&amp;Folder baru</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Buka</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Ganti nama</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Simpan</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>Semua berkas (*)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Semua berkas (*)</translation>
        </message>
        <message>
            <source>Are you sure you want to delete '%1'?</source>
            <translation>Yakin menghapus '%1'?</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Kembali</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>Tampilkan rincian</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>Tampilkan sebagai daftar</translation>
        </message>
        <message>
            <source>Could not delete directory.</source>
            <translation>Folder tidak dapat dihapus.</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Buat folder baru</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>Buat folder baru</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Rincian</translation>
        </message>
        <message>
            <source>Directories</source>
            <translation>Folder</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>Folder:</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>&amp;Nama berkas:</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Berkas</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>&amp;Jenis berkas:</translation>
        </message>
        <message>
            <source>Find Directory</source>
            <translation>Cari folder</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Maju</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Kembali</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>Maju</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>Ke folder induk</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>Daftar</translation>
        </message>
        <message>
            <source>List of places and bookmarks</source>
            <translation>Daftar tempat dan penanda</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>Folder baru</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Buka</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Folder induk</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>Tempat terakhir</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>Simpan sebagai</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>Tampilkan berkas &amp;tersembunyi</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>Bilah samping</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Computer</source>
            <translation>Komputer</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>Tanggal diubah</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>Komputer saya</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Ukuran</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Jenis</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Salin</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Tempel</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Ulangi</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Urungkan</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Po&amp;tong</translation>
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
            <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Tentang Qt&lt;/h3&gt;&lt;p&gt;Program ini memakai Qt versi %1.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Sembunyikan rincian…</translation>
        </message>
        <message>
            <source>Show Details...</source>
            <translation>Tampilkan rincian…</translation>
        </message>
    </context>
    <context>
        <name>QPageSetupWidget</name>
        <message>
            <source>Custom</source>
            <translation>Ukuran sendiri</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Formulir</translation>
        </message>
        <message>
            <source>Height:</source>
            <translation>Tinggi:</translation>
        </message>
        <message>
            <source>Inches (in)</source>
            <translation>Inci (in)</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>Mendatar</translation>
        </message>
        <message>
            <source>Margins</source>
            <translation>Margin</translation>
        </message>
        <message>
            <source>Millimeters (mm)</source>
            <translation>Milimeter (mm)</translation>
        </message>
        <message>
            <source>Orientation</source>
            <translation>Orientasi</translation>
        </message>
        <message>
            <source>Page &amp;order:</source>
            <translation>&amp;Urutan halaman:</translation>
        </message>
        <message>
            <source>Page Layout</source>
            <translation>Tata letak halaman</translation>
        </message>
        <message>
            <source>Page size:</source>
            <translation>Ukuran kertas:</translation>
        </message>
        <message>
            <source>Pages &amp;per sheet:</source>
            <translation>Halaman &amp;per lembar:</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Kertas</translation>
        </message>
        <message>
            <source>Paper source:</source>
            <translation>Sumber kertas:</translation>
        </message>
        <message>
            <source>Points (pt)</source>
            <translation>Poin (pt)</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>Tegak</translation>
        </message>
        <message>
            <source>Reverse landscape</source>
            <translation>Mendatar terbalik</translation>
        </message>
        <message>
            <source>Reverse portrait</source>
            <translation>Tegak terbalik</translation>
        </message>
        <message>
            <source>Width:</source>
            <translation>Lebar:</translation>
        </message>
        <message>
            <source>bottom margin</source>
            <translation>margin bawah</translation>
        </message>
        <message>
            <source>left margin</source>
            <translation>margin kiri</translation>
        </message>
        <message>
            <source>right margin</source>
            <translation>margin kanan</translation>
        </message>
        <message>
            <source>top margin</source>
            <translation>margin atas</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Tidak</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Ya</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Batalkan</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Terapkan</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>Close without Saving</source>
            <translation>Tutup tanpa menyimpan</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Buang</translation>
        </message>
        <message>
            <source>Don't Save</source>
            <translation>Jangan simpan</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Bantuan</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Abaikan</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>T&amp;idak untuk semua</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Buka</translation>
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
            <source>Retry</source>
            <translation>Coba lagi</translation>
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
            <source>Yes to &amp;All</source>
            <translation>Ya untuk &amp;semua</translation>
        </message>
    </context>
    <context>
        <name>QPrintDialog</name>
        <message>
            <source>%1 already exists.
Do you want to overwrite it?</source>
            <translation>%1 sudah ada.
Timpa berkas itu?</translation>
        </message>
        <message>
            <source>%1 is a directory.
Please choose a different file name.</source>
            <translation>%1 adalah folder.
Pilih nama berkas yang lain.</translation>
        </message>
        <message>
            <source>&amp;Options &lt;&lt;</source>
            <translation>&amp;Pilihan &lt;&lt;</translation>
        </message>
        <message>
            <source>&amp;Options &gt;&gt;</source>
            <translation>&amp;Pilihan &gt;&gt;</translation>
        </message>
        <message>
            <source>&amp;Print</source>
            <translation>&amp;Cetak</translation>
        </message>
        <message>
            <source>All Pages</source>
            <translation>Semua halaman</translation>
        </message>
        <message>
            <source>Duplex Settings Conflicts</source>
            <translation>Pengaturan cetak bolak-balik bertentangan</translation>
        </message>
        <message>
            <source>Even Pages</source>
            <translation>Halaman genap</translation>
        </message>
        <message>
            <source>File %1 is not writable.
Please choose a different file name.</source>
            <translation>Berkas %1 tidak dapat ditulisi.
Pilih nama berkas yang lain.</translation>
        </message>
        <message>
            <source>Invalid Pages Definition</source>
            <translation>Halaman yang disebut tidak sah</translation>
        </message>
        <message>
            <source>Local file</source>
            <translation>Berkas lokal</translation>
        </message>
        <message>
            <source>Odd Pages</source>
            <translation>Halaman ganjil</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Cetak</translation>
        </message>
        <message>
            <source>Print To File ...</source>
            <translation>Cetak ke berkas ...</translation>
        </message>
        <message>
            <source>Print to File (PDF)</source>
            <translation>Cetak ke berkas (PDF)</translation>
        </message>
        <message>
            <source>The 'From' value cannot be greater than the 'To' value.</source>
            <translation>Nilai 'Dari' tidak boleh lebih besar daripada nilai 'Sampai'.</translation>
        </message>
        <message>
            <source>There are conflicts in duplex settings. Do you want to fix them?</source>
            <translation>Ada pertentangan dalam pengaturan cetak bolak-balik. Perbaiki?</translation>
        </message>
        <message>
            <source>Write PDF file</source>
            <translation>Tulis berkas PDF</translation>
        </message>
    </context>
    <context>
        <name>QPrintPreviewDialog</name>
        <message>
            <source>%1%</source>
            <translation>%1%</translation>
        </message>
        <message>
            <source>Export to PDF</source>
            <translation>Ekspor ke PDF</translation>
        </message>
        <message>
            <source>First page</source>
            <translation>Halaman pertama</translation>
        </message>
        <message>
            <source>Fit page</source>
            <translation>Sesuaikan halaman</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>Sesuaikan lebar</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>Mendatar</translation>
        </message>
        <message>
            <source>Last page</source>
            <translation>Halaman terakhir</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>Halaman berikutnya</translation>
        </message>
        <message>
            <source>Page Setup</source>
            <translation>Pengaturan halaman</translation>
        </message>
        <message>
            <source>Page setup</source>
            <translation>Pengaturan halaman</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>Tegak</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>Halaman sebelumnya</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Cetak</translation>
        </message>
        <message>
            <source>Print Preview</source>
            <translation>Pratinjau cetak</translation>
        </message>
        <message>
            <source>Show facing pages</source>
            <translation>Tampilkan halaman berhadapan</translation>
        </message>
        <message>
            <source>Show overview of all pages</source>
            <translation>Tampilkan semua halaman</translation>
        </message>
        <message>
            <source>Show single page</source>
            <translation>Tampilkan satu halaman</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Perbesar</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Perkecil</translation>
        </message>
    </context>
    <context>
        <name>QPrintPropertiesWidget</name>
        <message>
            <source>Advanced</source>
            <translation>Lanjutan</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Formulir</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>Halaman</translation>
        </message>
        <message>
            <source>There are conflicts in some options. Please fix them.</source>
            <translation>Beberapa pilihan saling bertentangan. Perbaiki dahulu.</translation>
        </message>
    </context>
    <context>
        <name>QPrintSettingsOutput</name>
        <message>
            <source>Collate</source>
            <translation>Susun per salinan</translation>
        </message>
        <message>
            <source>Color</source>
            <translation>Berwarna</translation>
        </message>
        <message>
            <source>Color Mode</source>
            <translation>Mode warna</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>Salinan</translation>
        </message>
        <message>
            <source>Copies:</source>
            <translation>Jumlah salinan:</translation>
        </message>
        <message>
            <source>Current Page</source>
            <translation>Halaman ini</translation>
        </message>
        <message>
            <source>Double Sided Printing</source>
            <translation>Cetak bolak-balik</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Formulir</translation>
        </message>
        <message>
            <source>Grayscale</source>
            <translation>Skala abu-abu</translation>
        </message>
        <message>
            <source>Long side binding</source>
            <translation>Jilid sisi panjang</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Mati</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Pilihan</translation>
        </message>
        <message>
            <source>Output Settings</source>
            <translation>Pengaturan keluaran</translation>
        </message>
        <message>
            <source>Page &amp;Set:</source>
            <translation>&amp;Kumpulan halaman:</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Halaman</translation>
        </message>
        <message>
            <source>Pages from</source>
            <translation>Halaman dari</translation>
        </message>
        <message>
            <source>Print all</source>
            <translation>Cetak semua</translation>
        </message>
        <message>
            <source>Print range</source>
            <translation>Rentang cetak</translation>
        </message>
        <message>
            <source>Reverse</source>
            <translation>Urutan terbalik</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>Pilihan</translation>
        </message>
        <message>
            <source>Short side binding</source>
            <translation>Jilid sisi pendek</translation>
        </message>
        <message>
            <source>to</source>
            <translation>sampai</translation>
        </message>
    </context>
    <context>
        <name>QPrintWidget</name>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nama:</translation>
        </message>
        <message>
            <source>...</source>
            <translation>...</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Formulir</translation>
        </message>
        <message>
            <source>Location:</source>
            <translation>Lokasi:</translation>
        </message>
        <message>
            <source>Output &amp;file:</source>
            <translation>&amp;Berkas keluaran:</translation>
        </message>
        <message>
            <source>P&amp;roperties</source>
            <translation>&amp;Properti</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Pratinjau</translation>
        </message>
        <message>
            <source>Printer</source>
            <translation>Pencetak</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>Jenis:</translation>
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
            <source>Alt</source>
            <translation>Alt</translation>
        </message>
        <message>
            <source>Ctrl</source>
            <translation>Ctrl</translation>
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
            <source>Enter</source>
            <translation>Enter</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Enter</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>Shift</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Salin</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Tempel</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Ulangi</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Urungkan</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>Salin &amp;alamat tautan</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Po&amp;tong</translation>
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
        <name>RateTableDialog</name>
        <message>
            <source>&amp;New rate</source>
            <translation>Kurs &amp;baru</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>&amp;Tampilkan:</translation>
        </message>
        <message>
            <source>A transaction in {currency} dated {date} finds no rate in the table (none that day nor in the week before): its rate must be typed.</source>
            <translation>Transaksi {currency} bertanggal {date} tidak menemukan kurs dalam tabel (tidak ada pada hari itu maupun seminggu sebelumnya): kursnya harus diketik.</translation>
        </message>
        <message>
            <source>A transaction in {currency} dated {date} takes the rate of {quoted}, {rate} (the latest in the week before).</source>
            <translation>Transaksi {currency} bertanggal {date} memakai kurs {quoted}, {rate} (yang terakhir dalam seminggu sebelumnya).</translation>
        </message>
        <message>
            <source>A transaction in {currency} dated {date} takes this day's rate, {rate}.</source>
            <translation>Transaksi {currency} bertanggal {date} memakai kurs hari itu, {rate}.</translation>
        </message>
        <message>
            <source>All currencies</source>
            <translation>Semua mata uang</translation>
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
            <source>Delete</source>
            <translation>Hapus</translation>
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
            <source>Edit rate</source>
            <translation>Ubah kurs</translation>
        </message>
        <message>
            <source>Exchange-rate table</source>
            <translation>Tabel kurs</translation>
        </message>
        <message>
            <source>New rate</source>
            <translation>Kurs baru</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Kurs</translation>
        </message>
        <message>
            <source>Rupiah per unit</source>
            <translation>Rupiah per satuan</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Sumber</translation>
        </message>
        <message>
            <source>Transactions already recorded keep the rate they were entered with.</source>
            <translation>Transaksi yang sudah dicatat tetap memakai kurs saat dicatat.</translation>
        </message>
        <message>
            <source>e.g. Bank Indonesia JISDOR</source>
            <translation>mis. Bank Indonesia JISDOR</translation>
        </message>
        <message>
            <source>rupiah per one unit, e.g. {example}</source>
            <translation>rupiah per satu satuan, mis. {example}</translation>
        </message>
        <message>
            <source>{count} rates</source>
            <translation>{count} kurs</translation>
        </message>
    </context>
    <context>
        <name>RecordEditors</name>
        <message>
            <source>Cannot open the record</source>
            <translation>Data tidak dapat dibuka</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Delete {what}?</source>
            <translation>Hapus {what}?</translation>
        </message>
        <message>
            <source>Set inactive</source>
            <translation>Nonaktifkan</translation>
        </message>
        <message>
            <source>This cannot be undone.</source>
            <translation>Tindakan ini tidak dapat dibatalkan.</translation>
        </message>
        <message>
            <source>You can set it inactive instead: it stays in the records but is no longer offered for new work.</source>
            <translation>Sebagai gantinya, data dapat dinonaktifkan: tetap tercatat tetapi tidak lagi ditawarkan untuk pekerjaan baru.</translation>
        </message>
        <message>
            <source>the agreement {name}</source>
            <translation>perjanjian {name}</translation>
        </message>
        <message>
            <source>the budget line {code} ({year})</source>
            <translation>baris anggaran {code} ({year})</translation>
        </message>
        <message>
            <source>the delegation {code}</source>
            <translation>delegasi {code}</translation>
        </message>
        <message>
            <source>the official {name}</source>
            <translation>pejabat {name}</translation>
        </message>
        <message>
            <source>the partner {name} ({code})</source>
            <translation>mitra {name} ({code})</translation>
        </message>
        <message>
            <source>the per-diem rate for {country}, grade {grade}, from {date}</source>
            <translation>tarif uang harian {country}, golongan {grade}, mulai {date}</translation>
        </message>
        <message>
            <source>{what} cannot be deleted.</source>
            <translation>{what} tidak dapat dihapus.</translation>
        </message>
    </context>
    <context>
        <name>RecordPicker</name>
        <message>
            <source>Nothing found: try another word.</source>
            <translation>Tidak ditemukan: coba kata lain.</translation>
        </message>
        <message>
            <source>Type a few letters and choose a match to add it; untick one to remove it.</source>
            <translation>Ketik beberapa huruf lalu pilih yang cocok untuk menambahkannya; hapus centang untuk melepasnya.</translation>
        </message>
        <message>
            <source>Type a few letters to search, or open the list.</source>
            <translation>Ketik beberapa huruf untuk mencari, atau buka daftarnya.</translation>
        </message>
        <message>
            <source>Type part of a delegation's code or purpose…</source>
            <translation>Ketik sebagian kode atau tujuan delegasi…</translation>
        </message>
        <message>
            <source>Type part of a partner's name or code…</source>
            <translation>Ketik sebagian nama atau kode mitra…</translation>
        </message>
        <message>
            <source>Type part of an account code or description…</source>
            <translation>Ketik sebagian kode rekening atau uraian…</translation>
        </message>
        <message>
            <source>Type part of an agreement's number or title…</source>
            <translation>Ketik sebagian nomor atau judul perjanjian…</translation>
        </message>
        <message>
            <source>Type part of an official's name…</source>
            <translation>Ketik sebagian nama pejabat…</translation>
        </message>
        <message>
            <source>Type to search…</source>
            <translation>Ketik untuk mencari…</translation>
        </message>
        <message>
            <source>… and more: type more letters to narrow the list.</source>
            <translation>… dan lainnya: ketik lebih banyak huruf untuk mempersempit daftar.</translation>
        </message>
        <message>
            <source>… type in the field to find the others</source>
            <translation>… ketik di kolom ini untuk mencari yang lain</translation>
        </message>
    </context>
    <context>
        <name>ReferenceData</name>
        <message>
            <source>Read only: only an administrator or the head of the bureau can change this list (you are signed in as {login}, {role}).</source>
            <translation>Hanya baca: daftar ini hanya dapat diubah oleh administrator atau kepala biro (Anda masuk sebagai {login}, {role}).</translation>
        </message>
    </context>
    <context>
        <name>ReferenceMenu</name>
        <message>
            <source>&amp;Countries…</source>
            <translation>&amp;Negara…</translation>
        </message>
        <message>
            <source>&amp;Fields of cooperation…</source>
            <translation>&amp;Bidang kerja sama…</translation>
        </message>
        <message>
            <source>&amp;Reference data</source>
            <translation>Data &amp;referensi</translation>
        </message>
        <message>
            <source>Agreement &amp;stages…</source>
            <translation>&amp;Tahap perjanjian…</translation>
        </message>
        <message>
            <source>Diplomatic relations, ASEAN membership and the Indonesian mission of each country</source>
            <translation>Hubungan diplomatik, keanggotaan ASEAN, dan perwakilan RI untuk setiap negara</translation>
        </message>
        <message>
            <source>The fields of cooperation agreements may name</source>
            <translation>Bidang kerja sama yang dapat disebut dalam perjanjian</translation>
        </message>
        <message>
            <source>The stages of an agreement's life: names, order, what each needs</source>
            <translation>Tahap-tahap perjalanan perjanjian: nama, urutan, dan yang diperlukan setiap tahap</translation>
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
            <source>%1 found</source>
            <translation>%1 ditemukan</translation>
        </message>
        <message>
            <source>%1 in all</source>
            <translation>Seluruhnya %1</translation>
        </message>
        <message>
            <source>%1 in all; type at least two letters to search</source>
            <translation>Seluruhnya %1; ketik sedikitnya dua huruf untuk mencari</translation>
        </message>
        <message>
            <source>Add a new record to this register (Ctrl+N)</source>
            <translation>Tambah data baru ke daftar ini (Ctrl+N)</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Perjanjian</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Anggaran</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Hapus saringan</translation>
        </message>
        <message>
            <source>Delegations</source>
            <translation>Delegasi</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Dokumen</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Memuat…</translation>
        </message>
        <message>
            <source>New…</source>
            <translation>Baru…</translation>
        </message>
        <message>
            <source>Officials</source>
            <translation>Pejabat</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Mitra</translation>
        </message>
        <message>
            <source>Per-diem rates</source>
            <translation>Tarif uang harian</translation>
        </message>
        <message>
            <source>Search too long: at most %1 words and %2 characters</source>
            <translation>Pencarian terlalu panjang: paling banyak %1 kata dan %2 karakter</translation>
        </message>
        <message>
            <source>Search…</source>
            <translation>Cari…</translation>
        </message>
        <message>
            <source>Type words to search; every word must match the start of a word. Ctrl+F comes back here.</source>
            <translation>Ketik kata untuk mencari; setiap kata harus cocok dengan awal sebuah kata. Ctrl+F kembali ke sini.</translation>
        </message>
    </context>
    <context>
        <name>RenewDialog</name>
        <message>
            <source> months</source>
            <translation> bulan</translation>
        </message>
        <message>
            <source>In force from:</source>
            <translation>Berlaku mulai:</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Catatan:</translation>
        </message>
        <message>
            <source>Renew</source>
            <translation>Perpanjang</translation>
        </message>
        <message>
            <source>Renew {name}</source>
            <translation>Perpanjang {name}</translation>
        </message>
        <message>
            <source>Term:</source>
            <translation>Jangka waktu:</translation>
        </message>
        <message>
            <source>The renewal is a new agreement linked to this one. It starts at the first stage with this agreement's partners, fields and text; this agreement stays in force until the renewal is signed.</source>
            <translation>Perpanjangan adalah perjanjian baru yang terhubung dengan perjanjian ini. Perpanjangan dimulai pada tahap pertama dengan mitra, bidang dan naskah perjanjian ini; perjanjian ini tetap berlaku sampai perpanjangan ditandatangani.</translation>
        </message>
        <message>
            <source>e.g. both parties agreed to renew at the joint meeting</source>
            <translation>mis. kedua pihak sepakat memperpanjang dalam rapat bersama</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>Also save the Excel workbook beside it</source>
            <translation>Simpan juga buku kerja Excel di sampingnya</translation>
        </message>
        <message>
            <source>Annual cooperation report</source>
            <translation>Laporan tahunan kerja sama</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Bahasa Inggris</translation>
        </message>
        <message>
            <source>Indonesian</source>
            <translation>Bahasa Indonesia</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Bahasa</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Kertas</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Tahun</translation>
        </message>
    </context>
    <context>
        <name>ResultPage</name>
        <message>
            <source>%1 rejected row(s) saved to %2, with the reason in the last column.</source>
            <translation>%1 baris yang ditolak disimpan ke %2, dengan alasan di kolom terakhir.</translation>
        </message>
        <message>
            <source>%1 row(s) were rejected and not saved; save them to correct and import again.</source>
            <translation>%1 baris ditolak dan tidak disimpan; simpan untuk diperbaiki lalu diimpor lagi.</translation>
        </message>
        <message>
            <source>%1 was merged into %2.</source>
            <translation>%1 sudah digabungkan ke %2.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Impor</translation>
        </message>
        <message>
            <source>Merge into the known partner…</source>
            <translation>Gabungkan ke mitra yang sudah ada…</translation>
        </message>
        <message>
            <source>Merge partners</source>
            <translation>Gabungkan mitra</translation>
        </message>
        <message>
            <source>Merge the new partner %1 (%2) into %3 (%4)? Its contacts and agreements move to %3 and %1 is deleted.</source>
            <translation>Gabungkan mitra baru %1 (%2) ke %3 (%4)? Kontak dan perjanjiannya pindah ke %3 dan %1 dihapus.</translation>
        </message>
        <message>
            <source>Nothing was saved: %4 row(s) were rejected (%1 added, %2 updated, %3 unchanged in the check).</source>
            <translation>Tidak ada yang disimpan: %4 baris ditolak (%1 ditambah, %2 diubah, %3 tetap dalam pemeriksaan).</translation>
        </message>
        <message>
            <source>Probable duplicate partners: select one and merge the new partner into the one already known, or leave them if they differ.</source>
            <translation>Kemungkinan mitra ganda: pilih satu lalu gabungkan mitra baru ke mitra yang sudah ada, atau biarkan bila memang berbeda.</translation>
        </message>
        <message>
            <source>Save rejected rows</source>
            <translation>Simpan baris yang ditolak</translation>
        </message>
        <message>
            <source>Save rejected rows…</source>
            <translation>Simpan baris yang ditolak…</translation>
        </message>
        <message>
            <source>Saved: %1 added, %2 updated, %3 unchanged.</source>
            <translation>Disimpan: %1 ditambah, %2 diubah, %3 tetap.</translation>
        </message>
    </context>
    <context>
        <name>RulesDialog</name>
        <message>
            <source>Alive: a sign of life within (days)</source>
            <translation>Aktif: tanda kehidupan dalam (hari)</translation>
        </message>
        <message>
            <source>Alive: activities and delegations in the year, at least</source>
            <translation>Aktif: kegiatan dan delegasi dalam tahun, paling sedikit</translation>
        </message>
        <message>
            <source>Alive: indicator targets achieved, at least (%)</source>
            <translation>Aktif: capaian target indikator, paling sedikit (%)</translation>
        </message>
        <message>
            <source>Anything between alive and dormant is weak.</source>
            <translation>Yang berada di antara aktif dan tidur dianggap lemah.</translation>
        </message>
        <message>
            <source>Dormant: no sign of life for more than (days)</source>
            <translation>Tidur: tanpa tanda kehidupan lebih dari (hari)</translation>
        </message>
        <message>
            <source>Status rules</source>
            <translation>Aturan status</translation>
        </message>
    </context>
    <context>
        <name>SaveFiles</name>
        <message>
            <source>%1 already exists. Replace it?</source>
            <translation>%1 sudah ada. Ganti?</translation>
        </message>
        <message>
            <source>Replace the file?</source>
            <translation>Ganti berkas?</translation>
        </message>
    </context>
    <context>
        <name>ScorecardTab</name>
        <message>
            <source>Achieved</source>
            <translation>Capaian</translation>
        </message>
        <message>
            <source>Action plan targets…</source>
            <translation>Target rencana aksi…</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Kegiatan</translation>
        </message>
        <message>
            <source>Days without a sign of life</source>
            <translation>Hari tanpa tanda kehidupan</translation>
        </message>
        <message>
            <source>Delegations out / in</source>
            <translation>Delegasi keluar / masuk</translation>
        </message>
        <message>
            <source>Effectiveness</source>
            <translation>Efektivitas</translation>
        </message>
        <message>
            <source>Efficiency</source>
            <translation>Efisiensi</translation>
        </message>
        <message>
            <source>Evaluated by</source>
            <translation>Dievaluasi oleh</translation>
        </message>
        <message>
            <source>Grants received (cash / in kind)</source>
            <translation>Hibah diterima (tunai / barang)</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indikator</translation>
        </message>
        <message>
            <source>Indicators achieved</source>
            <translation>Capaian indikator</translation>
        </message>
        <message>
            <source>Indicators against the year's targets</source>
            <translation>Indikator terhadap target tahun ini</translation>
        </message>
        <message>
            <source>Last sign of life</source>
            <translation>Tanda kehidupan terakhir</translation>
        </message>
        <message>
            <source>Mean</source>
            <translation>Rata-rata</translation>
        </message>
        <message>
            <source>Mutual benefit</source>
            <translation>Saling menguntungkan</translation>
        </message>
        <message>
            <source>Plan an activity…</source>
            <translation>Rencanakan kegiatan…</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Rekomendasi</translation>
        </message>
        <message>
            <source>Record evaluation…</source>
            <translation>Catat evaluasi…</translation>
        </message>
        <message>
            <source>Renew…</source>
            <translation>Perpanjang…</translation>
        </message>
        <message>
            <source>Save the agreement first (Apply) to see its impact.</source>
            <translation>Simpan perjanjian dahulu (Terapkan) untuk melihat dampaknya.</translation>
        </message>
        <message>
            <source>Scorecard</source>
            <translation>Kartu capaian</translation>
        </message>
        <message>
            <source>Spending realised</source>
            <translation>Realisasi belanja</translation>
        </message>
        <message>
            <source>Status in {year}: {status}</source>
            <translation>Status tahun {year}: {status}</translation>
        </message>
        <message>
            <source>Synergy</source>
            <translation>Sinergi</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Terminate (move to its final stage)…</source>
            <translation>Akhiri (pindahkan ke tahap akhir)…</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Satuan</translation>
        </message>
        <message>
            <source>What the office can do</source>
            <translation>Yang dapat dilakukan kantor</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Tahun</translation>
        </message>
        <message>
            <source>Yearly evaluations (monev)</source>
            <translation>Evaluasi tahunan (monev)</translation>
        </message>
    </context>
    <context>
        <name>SectorDialog</name>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Hapus…</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;Baru</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Simpan</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Perjanjian</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <source>Code:</source>
            <translation>Kode:</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Delete field of cooperation</source>
            <translation>Hapus bidang kerja sama</translation>
        </message>
        <message>
            <source>Delete the field of cooperation “{name}” ({code})?</source>
            <translation>Hapus bidang kerja sama “{name}” ({code})?</translation>
        </message>
        <message>
            <source>Deleted “{name}”.</source>
            <translation>“{name}” telah dihapus.</translation>
        </message>
        <message>
            <source>Empty the form to add a field of cooperation</source>
            <translation>Kosongkan formulir untuk menambah bidang kerja sama</translation>
        </message>
        <message>
            <source>Field of cooperation</source>
            <translation>Bidang kerja sama</translation>
        </message>
        <message>
            <source>Field of cooperation “{code}”</source>
            <translation>Bidang kerja sama “{code}”</translation>
        </message>
        <message>
            <source>Fields of cooperation</source>
            <translation>Bidang kerja sama</translation>
        </message>
        <message>
            <source>Lower-case letters, digits and _, starting with a letter; used in Excel workbooks</source>
            <translation>Huruf kecil, angka dan _, diawali huruf; dipakai dalam berkas Excel</translation>
        </message>
        <message>
            <source>Name (English)</source>
            <translation>Nama (Inggris)</translation>
        </message>
        <message>
            <source>Name (English):</source>
            <translation>Nama (Inggris):</translation>
        </message>
        <message>
            <source>Name (Indonesian)</source>
            <translation>Nama (Indonesia)</translation>
        </message>
        <message>
            <source>Name (Indonesian):</source>
            <translation>Nama (Indonesia):</translation>
        </message>
        <message>
            <source>Named by {count} agreement(s): it can be renamed, but its code stays and it cannot be deleted.</source>
            <translation>Disebut dalam {count} perjanjian: namanya dapat diubah, tetapi kodenya tetap dan bidang ini tidak dapat dihapus.</translation>
        </message>
        <message>
            <source>New field of cooperation</source>
            <translation>Bidang kerja sama baru</translation>
        </message>
        <message>
            <source>No agreement names this field yet.</source>
            <translation>Belum ada perjanjian yang menyebut bidang ini.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Tersimpan.</translation>
        </message>
        <message>
            <source>Type a code and the name in both languages, then Save.</source>
            <translation>Ketik kode dan nama dalam kedua bahasa, lalu Simpan.</translation>
        </message>
        <message>
            <source>e.g. maritime_affairs</source>
            <translation>mis. maritime_affairs</translation>
        </message>
        <message>
            <source>{count} fields of cooperation</source>
            <translation>{count} bidang kerja sama</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source> characters</source>
            <translation> karakter</translation>
        </message>
        <message>
            <source> days</source>
            <translation> hari</translation>
        </message>
        <message>
            <source> months</source>
            <translation> bulan</translation>
        </message>
        <message>
            <source> persons</source>
            <translation> orang</translation>
        </message>
        <message>
            <source> words</source>
            <translation> kata</translation>
        </message>
        <message>
            <source>%1 is not an image this program can read.</source>
            <translation>%1 bukan gambar yang dapat dibaca program ini.</translation>
        </message>
        <message>
            <source>A longer search in the registers is refused with a message (protects the database).</source>
            <translation>Pencarian yang lebih panjang di daftar ditolak dengan pesan (melindungi basis data).</translation>
        </message>
        <message>
            <source>A pattern is required.</source>
            <translation>Pola wajib diisi.</translation>
        </message>
        <message>
            <source>Address lines:</source>
            <translation>Baris alamat:</translation>
        </message>
        <message>
            <source>Agreement counts as dormant after:</source>
            <translation>Perjanjian dianggap tidak aktif setelah:</translation>
        </message>
        <message>
            <source>Agreement numbers</source>
            <translation>Nomor perjanjian</translation>
        </message>
        <message>
            <source>Agreements:</source>
            <translation>Perjanjian:</translation>
        </message>
        <message>
            <source>Bureau head's NIP:</source>
            <translation>NIP kepala biro:</translation>
        </message>
        <message>
            <source>Bureau head's title:</source>
            <translation>Jabatan kepala biro:</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Choose image…</source>
            <translation>Pilih gambar…</translation>
        </message>
        <message>
            <source>Choose the logo</source>
            <translation>Pilih logo</translation>
        </message>
        <message>
            <source>Choose the national emblem</source>
            <translation>Pilih lambang negara</translation>
        </message>
        <message>
            <source>Contact lines:</source>
            <translation>Baris kontak:</translation>
        </message>
        <message>
            <source>Default paper</source>
            <translation>Kertas bawaan</translation>
        </message>
        <message>
            <source>Default paper:</source>
            <translation>Kertas bawaan:</translation>
        </message>
        <message>
            <source>Delegation numbers</source>
            <translation>Nomor delegasi</translation>
        </message>
        <message>
            <source>Delegations:</source>
            <translation>Delegasi:</translation>
        </message>
        <message>
            <source>Expiry reminders</source>
            <translation>Pengingat masa berlaku</translation>
        </message>
        <message>
            <source>Finance officer (prepares budgets):</source>
            <translation>Pejabat keuangan (penyusun anggaran):</translation>
        </message>
        <message>
            <source>Finance officer's NIP:</source>
            <translation>NIP pejabat keuangan:</translation>
        </message>
        <message>
            <source>Finance officer's title:</source>
            <translation>Jabatan pejabat keuangan:</translation>
        </message>
        <message>
            <source>Head of region's letterhead</source>
            <translation>Kop surat kepala daerah</translation>
        </message>
        <message>
            <source>Head of region's letterhead:</source>
            <translation>Kop surat kepala daerah:</translation>
        </message>
        <message>
            <source>Head of region:</source>
            <translation>Kepala daerah:</translation>
        </message>
        <message>
            <source>Head of the cooperation bureau:</source>
            <translation>Kepala biro kerja sama:</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.bmp)</source>
            <translation>Gambar (*.png *.jpg *.jpeg *.bmp)</translation>
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
            <source>Largest delegation abroad</source>
            <translation>Delegasi ke luar negeri paling banyak</translation>
        </message>
        <message>
            <source>Largest delegation abroad:</source>
            <translation>Delegasi ke luar negeri paling banyak:</translation>
        </message>
        <message>
            <source>Letter numbers</source>
            <translation>Nomor surat</translation>
        </message>
        <message>
            <source>Letterhead</source>
            <translation>Kop surat</translation>
        </message>
        <message>
            <source>Letters:</source>
            <translation>Surat:</translation>
        </message>
        <message>
            <source>Level of the region</source>
            <translation>Tingkat daerah</translation>
        </message>
        <message>
            <source>Level of the region:</source>
            <translation>Tingkat daerah:</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <source>Logo:</source>
            <translation>Logo:</translation>
        </message>
        <message>
            <source>Longest search (characters)</source>
            <translation>Panjang pencarian terbesar (karakter)</translation>
        </message>
        <message>
            <source>Longest search (characters):</source>
            <translation>Panjang pencarian terbesar (karakter):</translation>
        </message>
        <message>
            <source>Longest search (words)</source>
            <translation>Panjang pencarian terbesar (kata)</translation>
        </message>
        <message>
            <source>Longest search (words):</source>
            <translation>Panjang pencarian terbesar (kata):</translation>
        </message>
        <message>
            <source>National emblem (Garuda)</source>
            <translation>Lambang negara (Garuda)</translation>
        </message>
        <message>
            <source>National emblem (Garuda):</source>
            <translation>Lambang negara (Garuda):</translation>
        </message>
        <message>
            <source>Next number:</source>
            <translation>Nomor berikutnya:</translation>
        </message>
        <message>
            <source>No emblem</source>
            <translation>Belum ada lambang</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation>Tanpa logo</translation>
        </message>
        <message>
            <source>Numbering</source>
            <translation>Penomoran</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>Kantor</translation>
        </message>
        <message>
            <source>Passports must stay valid for:</source>
            <translation>Paspor harus masih berlaku selama:</translation>
        </message>
        <message>
            <source>Put %1 where the cursor is</source>
            <translation>Sisipkan %1 di posisi kursor</translation>
        </message>
        <message>
            <source>Region name (English)</source>
            <translation>Nama daerah (Inggris)</translation>
        </message>
        <message>
            <source>Region name (English):</source>
            <translation>Nama daerah (Inggris):</translation>
        </message>
        <message>
            <source>Region name (Indonesian)</source>
            <translation>Nama daerah (Indonesia)</translation>
        </message>
        <message>
            <source>Region name (Indonesian):</source>
            <translation>Nama daerah (Indonesia):</translation>
        </message>
        <message>
            <source>Remind before an agreement expires (days):</source>
            <translation>Ingatkan sebelum perjanjian berakhir (hari):</translation>
        </message>
        <message>
            <source>Reminders on the dashboard</source>
            <translation>Pengingat di dasbor</translation>
        </message>
        <message>
            <source>Remove emblem</source>
            <translation>Hapus lambang</translation>
        </message>
        <message>
            <source>Remove logo</source>
            <translation>Hapus logo</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Pengaturan</translation>
        </message>
        <message>
            <source>Show delegations departing within:</source>
            <translation>Tampilkan delegasi yang berangkat dalam:</translation>
        </message>
        <message>
            <source>Smallest delegation abroad</source>
            <translation>Delegasi ke luar negeri paling sedikit</translation>
        </message>
        <message>
            <source>Smallest delegation abroad:</source>
            <translation>Delegasi ke luar negeri paling sedikit:</translation>
        </message>
        <message>
            <source>The title printed under the emblem on letters the head of region signs; left empty, the head's title is printed</source>
            <translation>Jabatan yang dicetak di bawah lambang pada surat yang ditandatangani kepala daerah; bila kosong, jabatan kepala daerah yang dicetak</translation>
        </message>
        <message>
            <source>These settings apply to you on this computer.</source>
            <translation>Pengaturan ini berlaku untuk Anda di komputer ini.</translation>
        </message>
        <message>
            <source>This pattern cannot be used: %1</source>
            <translation>Pola ini tidak dapat dipakai: %1</translation>
        </message>
        <message>
            <source>Title (English):</source>
            <translation>Jabatan (Inggris):</translation>
        </message>
        <message>
            <source>Title (Indonesian):</source>
            <translation>Jabatan (Indonesia):</translation>
        </message>
        <message>
            <source>Unit code</source>
            <translation>Kode unit</translation>
        </message>
        <message>
            <source>Unit code:</source>
            <translation>Kode unit:</translation>
        </message>
        <message>
            <source>Unit under the government's name</source>
            <translation>Unit di bawah nama pemerintah daerah</translation>
        </message>
        <message>
            <source>Unit under the government's name:</source>
            <translation>Unit di bawah nama pemerintah daerah:</translation>
        </message>
        <message>
            <source>Write a pattern with these words in braces: %1 the running number (required; %2 writes it with three digits, 001), %3, %4, %5 (III) and %6 (the unit code below). A pattern with %3 starts again at 1 every year. A word clicked below goes where the cursor is.</source>
            <translation>Tulis pola dengan kata-kata berikut di dalam kurung kurawal: %1 nomor urut (wajib; %2 menuliskannya tiga digit, 001), %3, %4, %5 (III) dan %6 (kode unit di bawah). Pola yang memuat %3 dimulai lagi dari 1 setiap tahun. Kata yang diklik di bawah ini disisipkan di posisi kursor.</translation>
        </message>
        <message>
            <source>Write whole numbers of days separated by commas, e.g. 180, 90, 30.</source>
            <translation>Tulis jumlah hari berupa bilangan bulat dipisahkan koma, mis. 180, 90, 30.</translation>
        </message>
        <message>
            <source>e.g. 000.5.2</source>
            <translation>mis. 000.5.2</translation>
        </message>
        <message>
            <source>e.g. GUBERNUR JAWA TIMUR</source>
            <translation>mis. GUBERNUR JAWA TIMUR</translation>
        </message>
        <message>
            <source>e.g. Sekretariat Daerah (printed on the bureau's letterhead)</source>
            <translation>mis. Sekretariat Daerah (dicetak pada kop surat dinas)</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>&amp;Database:</source>
            <translation>&amp;Basis data:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Kata sandi:</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Server:</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>Nama &amp;pengguna:</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Kept by the operating system (on Windows: Credential Manager), never by Secretariat itself.</source>
            <translation>Disimpan oleh sistem operasi (di Windows: Credential Manager), tidak pernah oleh Secretariat sendiri.</translation>
        </message>
        <message>
            <source>P&amp;ort:</source>
            <translation>P&amp;ort:</translation>
        </message>
        <message>
            <source>Remember my password in this computer's credential store</source>
            <translation>Ingat kata sandi saya di penyimpanan kredensial komputer ini</translation>
        </message>
        <message>
            <source>Remember my user name</source>
            <translation>Ingat nama pengguna saya</translation>
        </message>
        <message>
            <source>Sign &amp;in</source>
            <translation>&amp;Masuk</translation>
        </message>
        <message>
            <source>Sign in – Secretariat</source>
            <translation>Masuk – Secretariat</translation>
        </message>
        <message>
            <source>Signing in to %1…</source>
            <translation>Sedang masuk ke %1…</translation>
        </message>
        <message>
            <source>The office's database is on a server. Sign in with your own user name and password; what you do is recorded under your name.</source>
            <translation>Basis data kantor berada di server. Masuklah dengan nama pengguna dan kata sandi Anda sendiri; semua yang Anda kerjakan dicatat atas nama Anda.</translation>
        </message>
        <message>
            <source>This computer has no credential store the program can use.</source>
            <translation>Komputer ini tidak mempunyai penyimpanan kredensial yang dapat dipakai program.</translation>
        </message>
    </context>
    <context>
        <name>StageDialog</name>
        <message>
            <source>Apply</source>
            <translation>Terapkan</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Current stage:</source>
            <translation>Tahap saat ini:</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Dokumen</translation>
        </message>
        <message>
            <source>Everything needed is there.</source>
            <translation>Semua yang diperlukan sudah ada.</translation>
        </message>
        <message>
            <source>Missing:</source>
            <translation>Yang belum ada:</translation>
        </message>
        <message>
            <source>Move</source>
            <translation>Pindahkan</translation>
        </message>
        <message>
            <source>Move to stage</source>
            <translation>Pindah tahap</translation>
        </message>
        <message>
            <source>Move to stage – {name}</source>
            <translation>Pindah tahap – {name}</translation>
        </message>
        <message>
            <source>Move to:</source>
            <translation>Pindah ke:</translation>
        </message>
        <message>
            <source>Needs: {items}</source>
            <translation>Memerlukan: {items}</translation>
        </message>
        <message>
            <source>Note / reason:</source>
            <translation>Catatan / alasan:</translation>
        </message>
        <message>
            <source>Nothing was moved. Please correct:</source>
            <translation>Tahap tidak dipindahkan. Mohon perbaiki:</translation>
        </message>
        <message>
            <source>Nothing was moved: first complete what is missing (see above).</source>
            <translation>Tahap tidak dipindahkan: lengkapi dahulu yang belum ada (lihat di atas).</translation>
        </message>
        <message>
            <source>On:</source>
            <translation>Tanggal:</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <source>Save and close</source>
            <translation>Simpan dan tutup</translation>
        </message>
        <message>
            <source>Save and keep the window open (Ctrl+S)</source>
            <translation>Simpan dan biarkan jendela tetap terbuka (Ctrl+S)</translation>
        </message>
        <message>
            <source>Skips: {stages}</source>
            <translation>Melewati: {stages}</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Tahap</translation>
        </message>
        <message>
            <source>This stage needs no documents or fields.</source>
            <translation>Tahap ini tidak memerlukan dokumen atau isian.</translation>
        </message>
        <message>
            <source>What this stage needs</source>
            <translation>Yang diperlukan tahap ini</translation>
        </message>
        <message>
            <source>the stage change</source>
            <translation>perpindahan tahap ini</translation>
        </message>
    </context>
    <context>
        <name>StageEditor</name>
        <message>
            <source>A stage's code is its stable identity and cannot change; to use another code, add a new stage.</source>
            <translation>Kode tahap adalah identitas tetapnya dan tidak dapat diubah; untuk memakai kode lain, tambahkan tahap baru.</translation>
        </message>
        <message>
            <source>Applies to the instruments</source>
            <translation>Berlaku untuk bentuk naskah</translation>
        </message>
        <message>
            <source>Applies to the kinds</source>
            <translation>Berlaku untuk jenis</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Terapkan</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Code:</source>
            <translation>Kode:</translation>
        </message>
        <message>
            <source>Documents that must be attached to an agreement before it reaches this stage</source>
            <translation>Dokumen yang harus dilampirkan pada perjanjian sebelum mencapai tahap ini</translation>
        </message>
        <message>
            <source>Fields of the agreement that must be filled before it reaches this stage</source>
            <translation>Isian perjanjian yang harus diisi sebelum mencapai tahap ini</translation>
        </message>
        <message>
            <source>Final stage</source>
            <translation>Tahap akhir</translation>
        </message>
        <message>
            <source>Final stage (ends the agreement's life)</source>
            <translation>Tahap akhir (mengakhiri masa perjanjian)</translation>
        </message>
        <message>
            <source>Flags:</source>
            <translation>Sifat:</translation>
        </message>
        <message>
            <source>In force</source>
            <translation>Berlaku</translation>
        </message>
        <message>
            <source>Name (English):</source>
            <translation>Nama (Inggris):</translation>
        </message>
        <message>
            <source>Name (Indonesian):</source>
            <translation>Nama (Indonesia):</translation>
        </message>
        <message>
            <source>New stage</source>
            <translation>Tahap baru</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Urutan</translation>
        </message>
        <message>
            <source>Required documents</source>
            <translation>Dokumen wajib</translation>
        </message>
        <message>
            <source>Required fields</source>
            <translation>Isian wajib</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <source>Save and close</source>
            <translation>Simpan dan tutup</translation>
        </message>
        <message>
            <source>Save and keep the window open (Ctrl+S)</source>
            <translation>Simpan dan biarkan jendela terbuka (Ctrl+S)</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Tahap</translation>
        </message>
        <message>
            <source>Stage – {name}</source>
            <translation>Tahap – {name}</translation>
        </message>
        <message>
            <source>The agreement is in force at this stage</source>
            <translation>Perjanjian berlaku pada tahap ini</translation>
        </message>
        <message>
            <source>The instruments that go through this stage; none ticked: every instrument</source>
            <translation>Bentuk naskah yang melalui tahap ini; tanpa centang: semua bentuk naskah</translation>
        </message>
        <message>
            <source>The kinds of agreement that go through this stage; none ticked: every kind</source>
            <translation>Jenis perjanjian yang melalui tahap ini; tanpa centang: semua jenis</translation>
        </message>
        <message>
            <source>The name clerks see in English</source>
            <translation>Nama yang dilihat staf dalam bahasa Inggris</translation>
        </message>
        <message>
            <source>The name clerks see in Indonesian</source>
            <translation>Nama yang dilihat staf dalam bahasa Indonesia</translation>
        </message>
        <message>
            <source>The stage's stable identifier: lower-case letters, digits and _, starting with a letter. It cannot change once the stage is saved.</source>
            <translation>Pengenal tetap tahap: huruf kecil, angka dan _, diawali huruf. Tidak dapat diubah setelah tahap disimpan.</translation>
        </message>
        <message>
            <source>Tick no kind (or no instrument) for a stage that applies to every agreement.</source>
            <translation>Jangan centang jenis (atau bentuk naskah) apa pun bila tahap ini berlaku untuk semua perjanjian.</translation>
        </message>
        <message>
            <source>e.g. legal_review</source>
            <translation>mis. legal_review</translation>
        </message>
        <message>
            <source>the new stage</source>
            <translation>tahap baru ini</translation>
        </message>
        <message>
            <source>the stage “{name}”</source>
            <translation>tahap “{name}”</translation>
        </message>
    </context>
    <context>
        <name>StageListDialog</name>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Tambah…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Hapus…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Ubah…</translation>
        </message>
        <message>
            <source>A final stage ends the agreement's life (renewed, expired, terminated)</source>
            <translation>Tahap akhir mengakhiri masa perjanjian (diperpanjang, berakhir, diakhiri)</translation>
        </message>
        <message>
            <source>A stage at which an agreement is, or was, cannot be deleted.</source>
            <translation>Tahap yang sedang atau pernah menjadi tahap suatu perjanjian tidak dapat dihapus.</translation>
        </message>
        <message>
            <source>Add a stage after the one selected</source>
            <translation>Tambah tahap sesudah tahap yang dipilih</translation>
        </message>
        <message>
            <source>Agreement stages</source>
            <translation>Tahap perjanjian</translation>
        </message>
        <message>
            <source>Arrangement</source>
            <translation>PKS</translation>
        </message>
        <message>
            <source>Change the names, conditions and flags of the selected stage</source>
            <translation>Ubah nama, syarat dan sifat tahap yang dipilih</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Delete stage</source>
            <translation>Hapus tahap</translation>
        </message>
        <message>
            <source>Delete the selected stage (only when no agreement is or was at it)</source>
            <translation>Hapus tahap yang dipilih (hanya bila belum pernah ada perjanjian pada tahap itu)</translation>
        </message>
        <message>
            <source>Delete the stage “{name}” ({code})?</source>
            <translation>Hapus tahap “{name}” ({code})?</translation>
        </message>
        <message>
            <source>Every instrument</source>
            <translation>Semua bentuk naskah</translation>
        </message>
        <message>
            <source>Every kind of agreement</source>
            <translation>Semua jenis perjanjian</translation>
        </message>
        <message>
            <source>Final</source>
            <translation>Akhir</translation>
        </message>
        <message>
            <source>Final stage</source>
            <translation>Tahap akhir</translation>
        </message>
        <message>
            <source>In force</source>
            <translation>Berlaku</translation>
        </message>
        <message>
            <source>Instruments</source>
            <translation>Bentuk naskah</translation>
        </message>
        <message>
            <source>Kinds</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>&amp;Naikkan</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>T&amp;urunkan</translation>
        </message>
        <message>
            <source>Name (English)</source>
            <translation>Nama (Inggris)</translation>
        </message>
        <message>
            <source>Name (Indonesian)</source>
            <translation>Nama (Indonesia)</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Lainnya</translation>
        </message>
        <message>
            <source>Put the selected stage one place earlier (Ctrl+Up)</source>
            <translation>Pindahkan tahap yang dipilih satu tingkat lebih awal (Ctrl+Atas)</translation>
        </message>
        <message>
            <source>Put the selected stage one place later (Ctrl+Down)</source>
            <translation>Pindahkan tahap yang dipilih satu tingkat lebih akhir (Ctrl+Bawah)</translation>
        </message>
        <message>
            <source>Required documents</source>
            <translation>Dokumen wajib</translation>
        </message>
        <message>
            <source>Required fields</source>
            <translation>Isian wajib</translation>
        </message>
        <message>
            <source>The agreement is in force</source>
            <translation>Perjanjian berlaku</translation>
        </message>
        <message>
            <source>The agreement is in force at this stage</source>
            <translation>Perjanjian berlaku pada tahap ini</translation>
        </message>
        <message>
            <source>The stages an agreement goes through, in order. A stage with no kind or instrument ticked applies to every agreement. Moving an agreement to a stage checks the documents and fields the stage requires.</source>
            <translation>Tahap-tahap yang dilalui perjanjian, menurut urutannya. Tahap tanpa jenis atau bentuk naskah yang dicentang berlaku untuk semua perjanjian. Saat perjanjian dipindahkan ke suatu tahap, dokumen dan isian yang diwajibkan tahap itu diperiksa.</translation>
        </message>
        <message>
            <source>all</source>
            <translation>semua</translation>
        </message>
    </context>
    <context>
        <name>StartWindow</name>
        <message>
            <source>%1 (an administrator or the head; the damaged file is kept among the backups)</source>
            <translation>%1 (administrator atau kepala; berkas yang rusak disimpan di antara cadangan)</translation>
        </message>
        <message>
            <source>A database file your office already uses.</source>
            <translation>Berkas basis data yang sudah dipakai kantor Anda.</translation>
        </message>
        <message>
            <source>Create a new database here</source>
            <translation>Buat basis data baru di sini</translation>
        </message>
        <message>
            <source>Creating the database…</source>
            <translation>Membuat basis data…</translation>
        </message>
        <message>
            <source>New database</source>
            <translation>Basis data baru</translation>
        </message>
        <message>
            <source>No database here yet</source>
            <translation>Belum ada basis data di sini</translation>
        </message>
        <message>
            <source>Nothing is changed.</source>
            <translation>Tidak ada yang diubah.</translation>
        </message>
        <message>
            <source>Open another database…</source>
            <translation>Buka basis data lain…</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation>Buka basis data</translation>
        </message>
        <message>
            <source>Opening %1…</source>
            <translation>Membuka %1…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Keluar</translation>
        </message>
        <message>
            <source>Restore the newest good backup</source>
            <translation>Pulihkan cadangan baik yang terbaru</translation>
        </message>
        <message>
            <source>Restoring the backup…</source>
            <translation>Memulihkan cadangan…</translation>
        </message>
        <message>
            <source>Secretariat</source>
            <translation>Secretariat</translation>
        </message>
        <message>
            <source>The database file is damaged</source>
            <translation>Berkas basis data rusak</translation>
        </message>
        <message>
            <source>The database file is empty</source>
            <translation>Berkas basis data kosong</translation>
        </message>
        <message>
            <source>The file %1 is empty (0 bytes), perhaps a copy or a sync that did not finish. Restore a backup, open another database, or start a new, empty database in its place.</source>
            <translation>Berkas %1 kosong (0 bita), mungkin salinan atau sinkronisasi yang tidak selesai. Pulihkan cadangan, buka basis data lain, atau mulai basis data baru yang kosong di tempatnya.</translation>
        </message>
        <message>
            <source>There is no database at %1. Create a new, empty database there, or open the database your office uses.</source>
            <translation>Tidak ada basis data di %1. Buat basis data baru yang kosong di sana, atau buka basis data yang dipakai kantor Anda.</translation>
        </message>
    </context>
    <context>
        <name>TargetsDialog</name>
        <message>
            <source>Action plan: indicator targets</source>
            <translation>Rencana aksi: target indikator</translation>
        </message>
        <message>
            <source>Add row</source>
            <translation>Tambah baris</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indikator</translation>
        </message>
        <message>
            <source>One row per indicator and year, e.g. “Students exchanged”, unit “students”, 2026, 20. Activities record achieved values under the same indicator name, in the same unit.</source>
            <translation>Satu baris per indikator dan tahun, mis. “Pelajar dipertukarkan”, satuan “orang”, 2026, 20. Kegiatan mencatat capaian dengan nama indikator yang sama, dalam satuan yang sama.</translation>
        </message>
        <message>
            <source>Remove row</source>
            <translation>Hapus baris</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>The targets were not saved</source>
            <translation>Target tidak disimpan</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Satuan</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Tahun</translation>
        </message>
    </context>
    <context>
        <name>TextComparisonView</name>
        <message>
            <source>(text unchanged)</source>
            <translation>(teks tidak berubah)</translation>
        </message>
        <message>
            <source>Article {number}</source>
            <translation>Pasal {number}</translation>
        </message>
        <message>
            <source>Article {old} → {new}</source>
            <translation>Pasal {old} → {new}</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Bahasa Inggris</translation>
        </message>
        <message>
            <source>Indonesian</source>
            <translation>Bahasa Indonesia</translation>
        </message>
        <message>
            <source>Preamble</source>
            <translation>Pembukaan</translation>
        </message>
        <message>
            <source>The two texts are identical.</source>
            <translation>Kedua naskah sama persis.</translation>
        </message>
        <message>
            <source>added</source>
            <translation>ditambahkan</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>diubah</translation>
        </message>
        <message>
            <source>changed and moved</source>
            <translation>diubah dan dipindah</translation>
        </message>
        <message>
            <source>moved</source>
            <translation>dipindah</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>dihapus</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>tidak berubah</translation>
        </message>
        <message>
            <source>{changed} changed, {moved} moved, {added} added, {removed} removed, {unchanged} unchanged</source>
            <translation>{changed} diubah, {moved} dipindah, {added} ditambahkan, {removed} dihapus, {unchanged} tidak berubah</translation>
        </message>
    </context>
    <context>
        <name>TransactionDialog</name>
        <message>
            <source>(none)</source>
            <translation>(tidak ada)</translation>
        </message>
        <message>
            <source>Amount:</source>
            <translation>Jumlah:</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Terapkan</translation>
        </message>
        <message>
            <source>Attach a receipt</source>
            <translation>Lampirkan bukti pembayaran</translation>
        </message>
        <message>
            <source>Attach receipt…</source>
            <translation>Lampirkan bukti…</translation>
        </message>
        <message>
            <source>Budget line</source>
            <translation>Baris anggaran</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Tanggal:</translation>
        </message>
        <message>
            <source>Description:</source>
            <translation>Uraian:</translation>
        </message>
        <message>
            <source>Donor partner:</source>
            <translation>Mitra pemberi:</translation>
        </message>
        <message>
            <source>Form:</source>
            <translation>Bentuk:</translation>
        </message>
        <message>
            <source>In rupiah:</source>
            <translation>Dalam rupiah:</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Jenis:</translation>
        </message>
        <message>
            <source>New transaction</source>
            <translation>Transaksi baru</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Buka</translation>
        </message>
        <message>
            <source>Rate (Rp per unit):</source>
            <translation>Kurs (Rp per satuan):</translation>
        </message>
        <message>
            <source>Receipts (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
            <translation>Bukti pembayaran (*.pdf *.jpg *.jpeg *.png);;Semua berkas (*)</translation>
        </message>
        <message>
            <source>Receipts (proof of payment)</source>
            <translation>Bukti pembayaran (kuitansi)</translation>
        </message>
        <message>
            <source>Reference:</source>
            <translation>Nomor surat:</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Remove receipt</source>
            <translation>Hapus bukti pembayaran</translation>
        </message>
        <message>
            <source>Remove the receipt {name} from this transaction?</source>
            <translation>Hapus bukti pembayaran {name} dari transaksi ini?</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <source>Save and close</source>
            <translation>Simpan dan tutup</translation>
        </message>
        <message>
            <source>Save and keep the window open (Ctrl+S)</source>
            <translation>Simpan dan biarkan jendela tetap terbuka (Ctrl+S)</translation>
        </message>
        <message>
            <source>Save the transaction first, then attach its receipt.</source>
            <translation>Simpan transaksi terlebih dahulu, lalu lampirkan buktinya.</translation>
        </message>
        <message>
            <source>The kind follows the budget line's account group: realisations on spending, grants on revenue.</source>
            <translation>Jenisnya mengikuti kelompok rekening baris anggaran: realisasi pada belanja, hibah pada pendapatan.</translation>
        </message>
        <message>
            <source>Transaction</source>
            <translation>Transaksi</translation>
        </message>
        <message>
            <source>at the rate in the office's rate table for that date</source>
            <translation>menurut kurs pada tabel kurs kantor untuk tanggal tersebut</translation>
        </message>
        <message>
            <source>e.g. SP2D number</source>
            <translation>mis. nomor SP2D</translation>
        </message>
        <message>
            <source>from the rate table</source>
            <translation>dari tabel kurs</translation>
        </message>
        <message>
            <source>the new transaction</source>
            <translation>transaksi baru ini</translation>
        </message>
        <message>
            <source>this transaction</source>
            <translation>transaksi ini</translation>
        </message>
        <message>
            <source>{name}, added by {user}</source>
            <translation>{name}, dilampirkan oleh {user}</translation>
        </message>
    </context>
    <context>
        <name>TravelCostRatesDialog</name>
        <message>
            <source>&amp;Import from Excel…</source>
            <translation>&amp;Impor dari Excel…</translation>
        </message>
        <message>
            <source>&amp;New rate</source>
            <translation>Tarif &amp;baru</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>&amp;Tampilkan:</translation>
        </message>
        <message>
            <source>A workbook with the sheet “Biaya Perjalanan” (see the Excel template), checked row by row</source>
            <translation>Buku kerja dengan lembar “Biaya Perjalanan” (lihat templat Excel), diperiksa baris demi baris</translation>
        </message>
        <message>
            <source>All cost items</source>
            <translation>Semua komponen biaya</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Jumlah</translation>
        </message>
        <message>
            <source>Any grade</source>
            <translation>Semua golongan</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Kelas</translation>
        </message>
        <message>
            <source>Cost item</source>
            <translation>Komponen biaya</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Negara</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Mata uang</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Delete rate</source>
            <translation>Hapus tarif</translation>
        </message>
        <message>
            <source>Delete the rate “{item}” of {date}?</source>
            <translation>Hapus tarif “{item}” yang berlaku mulai {date}?</translation>
        </message>
        <message>
            <source>Edit rate</source>
            <translation>Ubah tarif</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Golongan</translation>
        </message>
        <message>
            <source>Leave the country empty for a rate of any destination, and the grade for any grade. The travel budget takes the most specific rate in force on the departure day; a cost without a rate is left for the clerk to fill in.</source>
            <translation>Kosongkan negara untuk tarif semua negara tujuan, dan golongan untuk semua golongan. Rencana biaya memakai tarif yang paling khusus yang berlaku pada hari keberangkatan; biaya tanpa tarif dibiarkan untuk diisi petugas.</translation>
        </message>
        <message>
            <source>New rate</source>
            <translation>Tarif baru</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Sumber</translation>
        </message>
        <message>
            <source>Travel budgets already written keep the amounts they were written with.</source>
            <translation>Rencana biaya yang sudah dibuat tetap memakai jumlah saat dibuat.</translation>
        </message>
        <message>
            <source>Travel-cost rates</source>
            <translation>Tarif biaya perjalanan</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Berlaku mulai</translation>
        </message>
        <message>
            <source>any</source>
            <translation>semua</translation>
        </message>
        <message>
            <source>any country</source>
            <translation>semua negara</translation>
        </message>
        <message>
            <source>e.g. PMK 32/2025</source>
            <translation>mis. PMK 32/2025</translation>
        </message>
        <message>
            <source>e.g. {foreign} (USD) or {rupiah} (IDR)</source>
            <translation>mis. {foreign} (USD) atau {rupiah} (IDR)</translation>
        </message>
        <message>
            <source>{count} rates</source>
            <translation>{count} tarif</translation>
        </message>
    </context>
    <context>
        <name>TravelCostsMenu</name>
        <message>
            <source>&amp;Travel-cost rates…</source>
            <translation>&amp;Tarif biaya perjalanan…</translation>
        </message>
        <message>
            <source>Air fares, visa, insurance, representation and other costs of travel abroad, with their sources</source>
            <translation>Tiket pesawat, visa, asuransi, uang representasi dan biaya perjalanan luar negeri lainnya, beserta sumbernya</translation>
        </message>
    </context>
    <context>
        <name>UsersDialog</name>
        <message>
            <source>&amp;Add person…</source>
            <translation>&amp;Tambah pengguna…</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nama:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Peran:</translation>
        </message>
        <message>
            <source>&amp;Save changes</source>
            <translation>&amp;Simpan perubahan</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktif</translation>
        </message>
        <message>
            <source>Blocked</source>
            <translation>Diblokir</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>Each person signs in to the server with their own user name and password. Clerks keep the records; the head and administrators also change the office's reference data; only administrators manage users.</source>
            <translation>Setiap pengguna masuk ke server dengan nama pengguna dan kata sandinya sendiri. Staf mengelola data; kepala dan administrator juga mengubah data acuan kantor; hanya administrator yang mengelola pengguna.</translation>
        </message>
        <message>
            <source>May sign in (not blocked)</source>
            <translation>Boleh masuk (tidak diblokir)</translation>
        </message>
        <message>
            <source>Must choose a password</source>
            <translation>Harus memilih kata sandi</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>New first &amp;password…</source>
            <translation>Kata sandi &amp;pertama baru…</translation>
        </message>
        <message>
            <source>On this workstation each person is their Windows account. Clerks keep the records; the head and administrators also change the office's reference data; only administrators manage users.</source>
            <translation>Di komputer ini setiap pengguna adalah akun Windows-nya. Staf mengelola data; kepala dan administrator juga mengubah data acuan kantor; hanya administrator yang mengelola pengguna.</translation>
        </message>
        <message>
            <source>Only an administrator can change this list.</source>
            <translation>Hanya administrator yang dapat mengubah daftar ini.</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Peran</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Tersimpan.</translation>
        </message>
        <message>
            <source>Selected person</source>
            <translation>Pengguna terpilih</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Nama pengguna</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Pengguna</translation>
        </message>
    </context>
    <context>
        <name>UsersMenu</name>
        <message>
            <source>&amp;Change my password…</source>
            <translation>&amp;Ganti kata sandi saya…</translation>
        </message>
        <message>
            <source>&amp;Users…</source>
            <translation>Pengg&amp;una…</translation>
        </message>
        <message>
            <source>Who uses this database, their roles, blocking (administrators)</source>
            <translation>Siapa yang memakai basis data ini, perannya, pemblokiran (administrator)</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Bring in the partners and agreements your office kept in Excel workbooks.</source>
            <translation>Masukkan mitra dan perjanjian yang selama ini dicatat kantor dalam buku kerja Excel.</translation>
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
            <source>Load the demonstration data</source>
            <translation>Muat data contoh</translation>
        </message>
        <message>
            <source>Loading the demonstration data…</source>
            <translation>Memuat data contoh…</translation>
        </message>
        <message>
            <source>Opened recently</source>
            <translation>Terakhir dibuka</translation>
        </message>
        <message>
            <source>Start with empty registers</source>
            <translation>Mulai dengan daftar kosong</translation>
        </message>
        <message>
            <source>This database has no partners, agreements or delegations yet. Choose how to begin; you can change everything later.</source>
            <translation>Basis data ini belum berisi mitra, perjanjian, atau delegasi. Pilih cara memulai; semuanya dapat diubah nanti.</translation>
        </message>
        <message>
            <source>Type in your first partner now.</source>
            <translation>Ketik mitra pertama Anda sekarang.</translation>
        </message>
        <message>
            <source>Welcome to Secretariat</source>
            <translation>Selamat datang di Secretariat</translation>
        </message>
    </context>
    <context>
        <name>Workers</name>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
    </context>
    <context>
        <name>_RunningPage</name>
        <message>
            <source>%1 of %2 rows checked (%3)</source>
            <translation>%1 dari %2 baris diperiksa (%3)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Cancelled: nothing was saved.</source>
            <translation>Dibatalkan: tidak ada yang disimpan.</translation>
        </message>
        <message>
            <source>Cannot import</source>
            <translation>Tidak dapat mengimpor</translation>
        </message>
        <message>
            <source>Reading the workbook…</source>
            <translation>Membaca buku kerja…</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Menghentikan…</translation>
        </message>
        <message>
            <source>The import failed; nothing was saved.</source>
            <translation>Impor gagal; tidak ada yang disimpan.</translation>
        </message>
    </context>
</TS>
