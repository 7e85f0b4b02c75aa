<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en_GB">
    <context>
        <name>ActivityDialog</name>
        <message>
            <location filename="../../src/secretariat/gui/editors/activity.py" line="+64" />
            <source>(none)</source>
            <translation>(tidak ada)</translation>
        </message>
        <message>
            <location line="+102" />
            <source>Indicator {n}, name</source>
            <translation>Indikator {n}, nama</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Indicator {n}, value</source>
            <translation>Indikator {n}, nilai</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Indicator {n}, unit</source>
            <translation>Indikator {n}, satuan</translation>
        </message>
        <message>
            <location line="+4" />
            <source>New activity</source>
            <translation>Kegiatan baru</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Activity – {title}</source>
            <translation>Kegiatan – {title}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the new activity</source>
            <translation>kegiatan baru ini</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the activity {title}</source>
            <translation>kegiatan {title}</translation>
        </message>
        <message>
            <location filename="../../ui/activity_dialog.ui" line="+14" />
            <source>Activity</source>
            <translation>Kegiatan</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Date:</source>
            <translation>Tanggal:</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Kind:</source>
            <translation>Jenis:</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Title:</source>
            <translation>Judul:</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Description:</source>
            <translation>Uraian:</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Delegation:</source>
            <translation>Delegasi:</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Budget line:</source>
            <translation>Baris anggaran:</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Indicators (what it produced)</source>
            <translation>Indikator (hasil yang dicapai)</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Indicator</source>
            <translation>Indikator</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Value</source>
            <translation>Nilai</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Unit</source>
            <translation>Satuan</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Add row</source>
            <translation>Tambah baris</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Remove row</source>
            <translation>Hapus baris</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save and close</source>
            <translation>Simpan dan tutup</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Apply</source>
            <translation>Terapkan</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save and keep the window open (Ctrl+S)</source>
            <translation>Simpan dan biarkan jendela tetap terbuka (Ctrl+S)</translation>
        </message>
    </context>
    <context>
        <name>AgreementEditor</name>
        <message>
            <location filename="../../src/secretariat/gui/editors/agreement.py" line="+110" />
            <source>(none)</source>
            <translation>(tidak ada)</translation>
        </message>
        <message>
            <location line="+102" />
            <source>Computed from the term: in force until {date}.</source>
            <translation>Dihitung dari jangka waktu: berlaku sampai {date}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Enter the expiry date, or the date in force and the term.</source>
            <translation>Isi tanggal berakhir, atau tanggal mulai berlaku dan jangka waktunya.</translation>
        </message>
        <message>
            <location line="+65" />
            <source>(new – starts at the first stage)</source>
            <translation>(baru – dimulai pada tahap pertama)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the agreement first (Apply) to move it through its stages.</source>
            <translation>Simpan perjanjian dahulu (Terapkan) untuk memindahkan tahapnya.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>In force.</source>
            <translation>Sedang berlaku.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Save the agreement first (Apply) to record its activities.</source>
            <translation>Simpan perjanjian dahulu (Terapkan) untuk mencatat kegiatannya.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Save the agreement first (Apply) to attach documents.</source>
            <translation>Simpan perjanjian dahulu (Terapkan) untuk melampirkan dokumen.</translation>
        </message>
        <message>
            <location line="+89" />
            <source>Score for {criterion}</source>
            <translation>Nilai untuk {criterion}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason for {criterion}</source>
            <translation>Alasan untuk {criterion}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>New agreement</source>
            <translation>Perjanjian baru</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Agreement – {name}</source>
            <translation>Perjanjian – {name}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the new agreement</source>
            <translation>perjanjian baru ini</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the agreement {name}</source>
            <translation>perjanjian {name}</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Move to stage</source>
            <translation>Pindah tahap</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the changes first: the stage rules look at the agreement as it is stored.</source>
            <translation>Simpan perubahan dahulu: aturan tahapan memeriksa perjanjian sebagaimana tersimpan.</translation>
        </message>
        <message>
            <location line="+18" />
            <location line="+6" />
            <source>Remove activity</source>
            <translation>Hapus kegiatan</translation>
        </message>
        <message>
            <location line="-6" />
            <source>Remove this activity and its indicators?</source>
            <translation>Hapus kegiatan ini beserta indikatornya?</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+39" />
            <location filename="../../ui/agreement_editor.ui" line="+1111" />
            <location line="+121" />
            <source>Remove</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <location line="-26" />
            <location line="+7" />
            <source>Attach a document</source>
            <translation>Lampirkan dokumen</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Open document</source>
            <translation>Buka dokumen</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+7" />
            <source>Remove document</source>
            <translation>Hapus dokumen</translation>
        </message>
        <message>
            <location line="-6" />
            <source>Remove this document from the agreement? The stored copy is deleted when nothing else uses it.</source>
            <translation>Hapus dokumen ini dari perjanjian? Salinan yang tersimpan dihapus bila tidak dipakai data lain.</translation>
        </message>
        <message>
            <location filename="../../ui/agreement_editor.ui" line="-1218" />
            <source>Agreement</source>
            <translation>Perjanjian</translation>
        </message>
        <message>
            <location line="+22" />
            <source>General</source>
            <translation>Umum</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Title (Indonesian):</source>
            <translation>Judul (Indonesia):</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Title (English):</source>
            <translation>Judul (Inggris):</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Kind:</source>
            <translation>Jenis:</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Instrument:</source>
            <translation>Bentuk naskah:</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Our number:</source>
            <translation>Nomor daerah:</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Partner's number:</source>
            <translation>Nomor mitra:</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Partners:</source>
            <translation>Mitra:</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Filter partners…</source>
            <translation>Saring mitra…</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Fields of cooperation:</source>
            <translation>Bidang kerja sama:</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Validity</source>
            <translation>Masa berlaku</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Signed on:</source>
            <translation>Ditandatangani pada:</translation>
        </message>
        <message>
            <location line="+15" />
            <location line="+76" />
            <location line="+114" />
            <source>Tick to enter a date; untick to leave it empty</source>
            <translation>Centang untuk mengisi tanggal; hapus centang untuk mengosongkannya</translation>
        </message>
        <message>
            <location line="-146" />
            <source>Signed at:</source>
            <translation>Ditandatangani di:</translation>
        </message>
        <message>
            <location line="+17" />
            <source>In force from:</source>
            <translation>Berlaku mulai:</translation>
        </message>
        <message>
            <location line="+59" />
            <source>Term:</source>
            <translation>Jangka waktu:</translation>
        </message>
        <message>
            <location line="+18" />
            <location line="+121" />
            <source> months</source>
            <translation> bulan</translation>
        </message>
        <message>
            <location line="-118" />
            <location line="+121" />
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <location line="-87" />
            <source>Expires on:</source>
            <translation>Berakhir pada:</translation>
        </message>
        <message>
            <location line="+66" />
            <source>Notice period:</source>
            <translation>Masa pemberitahuan:</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Last day to give notice:</source>
            <translation>Batas akhir pemberitahuan:</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Links</source>
            <translation>Keterkaitan</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Part of:</source>
            <translation>Bagian dari:</translation>
        </message>
        <message>
            <location line="+37" />
            <location line="+49" />
            <location line="+40" />
            <location line="+498" />
            <source>Open</source>
            <translation>Buka</translation>
        </message>
        <message>
            <location line="-575" />
            <source>Renews:</source>
            <translation>Memperpanjang:</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Renewed by:</source>
            <translation>Diperpanjang oleh:</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Implementing arrangements under this agreement (double-click to open):</source>
            <translation>Perjanjian turunan (PKS) di bawah perjanjian ini (klik ganda untuk membuka):</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Stage</source>
            <translation>Tahap</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Current stage:</source>
            <translation>Tahap saat ini:</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Move to stage…</source>
            <translation>Pindah tahap…</translation>
        </message>
        <message>
            <location line="+19" />
            <source>History:</source>
            <translation>Riwayat:</translation>
        </message>
        <message>
            <location line="+32" />
            <location line="+204" />
            <source>Date</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <location line="-199" />
            <source>From</source>
            <translation>Dari</translation>
        </message>
        <message>
            <location line="+5" />
            <source>To</source>
            <translation>Ke</translation>
        </message>
        <message>
            <location line="+5" />
            <source>By</source>
            <translation>Oleh</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Note</source>
            <translation>Catatan</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Assessment</source>
            <translation>Penilaian</translation>
        </message>
        <message>
            <location line="+6" />
            <source>How well the cooperation meets the four grounds of regional cooperation (Law 23/2014 Art. 363): 1 = poor, 5 = excellent. A score needs its reason; it is saved with the agreement.</source>
            <translation>Sejauh mana kerja sama memenuhi empat prinsip kerja sama daerah (UU 23/2014 Pasal 363): 1 = buruk, 5 = sangat baik. Setiap nilai perlu alasannya; penilaian disimpan bersama perjanjian.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Criterion</source>
            <translation>Kriteria</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Score (1–5)</source>
            <translation>Nilai (1–5)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Reason</source>
            <translation>Alasan</translation>
        </message>
        <message>
            <location line="+106" />
            <source>Activities</source>
            <translation>Kegiatan</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Title</source>
            <translation>Judul</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Indicators</source>
            <translation>Indikator</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Add…</source>
            <translation>Tambah…</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Edit…</source>
            <translation>Ubah…</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Documents</source>
            <translation>Dokumen</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Document</source>
            <translation>Dokumen</translation>
        </message>
        <message>
            <location line="+5" />
            <source>File</source>
            <translation>Berkas</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Size</source>
            <translation>Ukuran</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Added by</source>
            <translation>Ditambahkan oleh</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Added on</source>
            <translation>Ditambahkan pada</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Add file…</source>
            <translation>Tambah berkas…</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Notes</source>
            <translation>Catatan</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save and close</source>
            <translation>Simpan dan tutup</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Apply</source>
            <translation>Terapkan</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save and keep the window open (Ctrl+S)</source>
            <translation>Simpan dan biarkan jendela tetap terbuka (Ctrl+S)</translation>
        </message>
    </context>
    <context>
        <name>BudgetLineEditor</name>
        <message>
            <location filename="../../src/secretariat/gui/editors/budget_line.py" line="+62" />
            <source>(none)</source>
            <translation>(tidak ada)</translation>
        </message>
        <message>
            <location line="+52" />
            <source>Save the budget line first (Apply) to record its transactions.</source>
            <translation>Simpan baris anggaran dahulu (Terapkan) untuk mencatat transaksinya.</translation>
        </message>
        <message>
            <location line="+37" />
            <source>New budget line</source>
            <translation>Baris anggaran baru</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Budget line – {code} ({year})</source>
            <translation>Baris anggaran – {code} ({year})</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the new budget line</source>
            <translation>baris anggaran baru ini</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the budget line {code}</source>
            <translation>baris anggaran {code}</translation>
        </message>
        <message>
            <location line="+29" />
            <location line="+7" />
            <source>Remove transaction</source>
            <translation>Hapus transaksi</translation>
        </message>
        <message>
            <location line="-6" />
            <source>Remove the transaction of {amount} on {date}?</source>
            <translation>Hapus transaksi sebesar {amount} pada {date}?</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../ui/budget_line_editor.ui" line="+419" />
            <source>Remove</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <location filename="../../ui/budget_line_editor.ui" line="-405" />
            <location line="+22" />
            <source>Budget line</source>
            <translation>Baris anggaran</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Fiscal year:</source>
            <translation>Tahun anggaran:</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Account code:</source>
            <translation>Kode rekening:</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Activity:</source>
            <translation>Kegiatan:</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Description:</source>
            <translation>Uraian:</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Planned (Rp):</source>
            <translation>Pagu (Rp):</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Agreement:</source>
            <translation>Perjanjian:</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Delegation:</source>
            <translation>Delegasi:</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Totals</source>
            <translation>Jumlah</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Realised:</source>
            <translation>Realisasi:</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Remaining:</source>
            <translation>Sisa pagu:</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Grants received:</source>
            <translation>Hibah diterima:</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Transactions</source>
            <translation>Transaksi</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Date</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Amount</source>
            <translation>Jumlah</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Rate</source>
            <translation>Kurs</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Rupiah</source>
            <translation>Rupiah</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Donor</source>
            <translation>Pemberi</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Description</source>
            <translation>Uraian</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Add…</source>
            <translation>Tambah…</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Edit…</source>
            <translation>Ubah…</translation>
        </message>
        <message>
            <location line="+54" />
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save and close</source>
            <translation>Simpan dan tutup</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Apply</source>
            <translation>Terapkan</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save and keep the window open (Ctrl+S)</source>
            <translation>Simpan dan biarkan jendela tetap terbuka (Ctrl+S)</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <location filename="../../src/secretariat/gui/editors/contact.py" line="+78" />
            <source>New contact person</source>
            <translation>Narahubung baru</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contact person – {name}</source>
            <translation>Narahubung – {name}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the new contact person</source>
            <translation>narahubung baru ini</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the contact person {name}</source>
            <translation>narahubung {name}</translation>
        </message>
        <message>
            <location filename="../../ui/contact_dialog.ui" line="+14" />
            <source>Contact person</source>
            <translation>Narahubung</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Name:</source>
            <translation>Nama:</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Position:</source>
            <translation>Jabatan:</translation>
        </message>
        <message>
            <location line="+17" />
            <source>E-mail:</source>
            <translation>E-mail:</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Telephone:</source>
            <translation>Telepon:</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Languages:</source>
            <translation>Bahasa:</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Passport type:</source>
            <translation>Jenis paspor:</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Passport number:</source>
            <translation>Nomor paspor:</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Passport valid until:</source>
            <translation>Paspor berlaku sampai:</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Tick to enter a date; untick to leave it empty</source>
            <translation>Centang untuk mengisi tanggal; hapus centang untuk mengosongkannya</translation>
        </message>
        <message>
            <location line="+44" />
            <source>Notes:</source>
            <translation>Catatan:</translation>
        </message>
        <message>
            <location line="+53" />
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save and close</source>
            <translation>Simpan dan tutup</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Apply</source>
            <translation>Terapkan</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save and keep the window open (Ctrl+S)</source>
            <translation>Simpan dan biarkan jendela tetap terbuka (Ctrl+S)</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <location filename="../../src/secretariat/gui/dashboard.py" line="+142" />
            <source>Reading…</source>
            <extracomment>Jobs kept referenced until Qt deletes them (they delete themselves after they ended). Emitted after the reminders were read and shown (tests wait for it).</extracomment>
            <translation>Membaca…</translation>
        </message>
        <message>
            <location line="+63" />
            <source>Refresh</source>
            <translation>Muat ulang</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Read the reminders again (F5)</source>
            <translation>Baca ulang pengingat (F5)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Double-click an item (or press Enter) to open its record.</source>
            <translation>Klik ganda sebuah baris (atau tekan Enter) untuk membuka datanya.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Partner / country</source>
            <translation>Mitra / negara</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Date</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Days left</source>
            <translation>Sisa hari</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Number and title</source>
            <translation>Nomor dan judul</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What is needed</source>
            <translation>Yang perlu dilakukan</translation>
        </message>
        <message>
            <location line="+5" />
            <source>What needs doing – {date}</source>
            <translation>Yang perlu dikerjakan – {date}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Could not read the reminders: {error}</source>
            <translation>Pengingat tidak dapat dibaca: {error}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Agreements expiring (within {days} days)</source>
            <translation>Perjanjian akan berakhir (dalam {days} hari)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Past the last date to give notice</source>
            <translation>Lewat batas pemberitahuan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dormant agreements (nothing for {months} months)</source>
            <translation>Perjanjian tidak aktif (dormant, {months} bulan tanpa kegiatan)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delegations departing ≤ {days} days: permits/passports</source>
            <translation>Delegasi berangkat ≤ {days} hari: izin/paspor</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Budget lines over plan</source>
            <translation>Anggaran melebihi rencana</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Nothing to do here.</source>
            <translation>Tidak ada yang perlu dikerjakan.</translation>
        </message>
        <message>
            <source>… and {count} more (the first {shown} are shown)</source>
            <translation>… dan {count} lainnya ({shown} pertama ditampilkan)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{count} reminders · read at {time}</source>
            <translation>{count} pengingat · dibaca pukul {time}</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Expired {days} days ago, still at the stage “{stage}”: record its renewal or end.</source>
            <translation>Berakhir {days} hari lalu, masih pada tahap “{stage}”: catat perpanjangan atau pengakhirannya.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Expires within {days} days: decide on renewal.</source>
            <translation>Berakhir dalam {days} hari: putuskan perpanjangannya.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>(Expiry computed from the term.)</source>
            <translation>(Tanggal berakhir dihitung dari jangka waktu.)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Give notice or agree on renewal now ({months} months' notice); expires {expiry}.</source>
            <translation>Sampaikan pemberitahuan atau sepakati perpanjangan sekarang (pemberitahuan {months} bulan); berakhir {expiry}.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Nothing recorded since it took effect ({date}): plan an activity or review it.</source>
            <translation>Belum ada yang tercatat sejak berlaku ({date}): rencanakan kegiatan atau tinjau kembali.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No activity, visit or spending for {months} months: plan one or review it.</source>
            <translation>Tidak ada kegiatan, kunjungan atau belanja selama {months} bulan: rencanakan atau tinjau kembali.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Permits: {list}</source>
            <translation>Izin: {list}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} (valid until {date})</source>
            <translation>{name} (berlaku sampai {date})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{name} (no passport recorded)</source>
            <translation>{name} (paspor belum tercatat)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Passports to renew (valid until {date} needed): {list}</source>
            <translation>Paspor perlu diperbarui (harus berlaku sampai {date}): {list}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Over by {over} (plan {plan}, realised {realised}).</source>
            <translation>Lebih {over} (pagu {plan}, realisasi {realised}).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Fiscal year {year}</source>
            <translation>TA {year}</translation>
        </message>
    </context>
    <context>
        <name>DelegationEditor</name>
        <message>
            <location filename="../../src/secretariat/gui/editors/delegation.py" line="+66" />
            <source>(none)</source>
            <translation>(tidak ada)</translation>
        </message>
        <message>
            <location line="+70" />
            <source>Save the delegation first (Apply) to add members, itinerary and permits.</source>
            <translation>Simpan delegasi dahulu (Terapkan) untuk menambah anggota, jadwal dan izin.</translation>
        </message>
        <message>
            <location line="+39" />
            <source>New delegation</source>
            <translation>Delegasi baru</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delegation – {code}</source>
            <translation>Delegasi – {code}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the new delegation</source>
            <translation>delegasi baru ini</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the delegation {code}</source>
            <translation>delegasi {code}</translation>
        </message>
        <message>
            <location line="+20" />
            <location filename="../../ui/delegation_editor.ui" line="+408" />
            <location line="+119" />
            <location line="+129" />
            <source>Remove</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Remove member</source>
            <translation>Hapus anggota</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove {name} from the delegation?</source>
            <translation>Hapus {name} dari delegasi?</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Remove itinerary item</source>
            <translation>Hapus jadwal</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Remove this item from the itinerary?</source>
            <translation>Hapus kegiatan ini dari jadwal?</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Remove permit step</source>
            <translation>Hapus langkah izin</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove the permit step {name}?</source>
            <translation>Hapus langkah izin {name}?</translation>
        </message>
        <message>
            <location line="+9" />
            <location filename="../../ui/delegation_editor.ui" line="-30" />
            <source>Add the usual steps</source>
            <translation>Tambah langkah baku</translation>
        </message>
        <message>
            <location filename="../../ui/delegation_editor.ui" line="-612" />
            <source>Delegation</source>
            <translation>Delegasi</translation>
        </message>
        <message>
            <location line="+22" />
            <source>General</source>
            <translation>Umum</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Code:</source>
            <translation>Kode:</translation>
        </message>
        <message>
            <location line="+16" />
            <source>given when saved</source>
            <translation>diberikan saat disimpan</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Direction:</source>
            <translation>Arah:</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Purpose:</source>
            <translation>Tujuan:</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Country:</source>
            <translation>Negara:</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Cities:</source>
            <translation>Kota:</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Dates:</source>
            <translation>Tanggal:</translation>
        </message>
        <message>
            <location line="+37" />
            <source>to</source>
            <translation>s.d.</translation>
        </message>
        <message>
            <location line="+44" />
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Agreement:</source>
            <translation>Perjanjian:</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Notes:</source>
            <translation>Catatan:</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Members</source>
            <translation>Anggota</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Role</source>
            <translation>Peran</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Position</source>
            <translation>Jabatan</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Grade</source>
            <translation>Golongan</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Passport</source>
            <translation>Paspor</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Valid until</source>
            <translation>Berlaku sampai</translation>
        </message>
        <message>
            <location line="+30" />
            <location line="+119" />
            <location line="+129" />
            <source>Add…</source>
            <translation>Tambah…</translation>
        </message>
        <message>
            <location line="-238" />
            <location line="+119" />
            <location line="+129" />
            <source>Edit…</source>
            <translation>Ubah…</translation>
        </message>
        <message>
            <location line="-225" />
            <source>Itinerary</source>
            <translation>Jadwal</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Day</source>
            <translation>Hari</translation>
        </message>
        <message>
            <location line="+5" />
            <source>From</source>
            <translation>Dari</translation>
        </message>
        <message>
            <location line="+5" />
            <source>To</source>
            <translation>Ke</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Activity</source>
            <translation>Kegiatan</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Place</source>
            <translation>Tempat</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Counterpart</source>
            <translation>Mitra pertemuan</translation>
        </message>
        <message>
            <location line="+63" />
            <source>Permits</source>
            <translation>Izin</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Step</source>
            <translation>Langkah</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+5" />
            <source>File by</source>
            <translation>Ajukan paling lambat</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Requested</source>
            <translation>Diajukan</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Granted</source>
            <translation>Terbit</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Reference</source>
            <translation>Nomor surat</translation>
        </message>
        <message>
            <location line="+104" />
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save and close</source>
            <translation>Simpan dan tutup</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Apply</source>
            <translation>Terapkan</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save and keep the window open (Ctrl+S)</source>
            <translation>Simpan dan biarkan jendela tetap terbuka (Ctrl+S)</translation>
        </message>
    </context>
    <context>
        <name>EditorPrompts</name>
        <message>
            <location filename="../../src/secretariat/gui/editors/prompts.py" line="+30" />
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Unsaved changes</source>
            <translation>Perubahan belum disimpan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the changes to {what}?</source>
            <translation>Simpan perubahan pada {what}?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>If you discard them, what you typed since the last save is lost.</source>
            <translation>Jika dibuang, isian sejak penyimpanan terakhir akan hilang.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discard</source>
            <translation>Buang</translation>
        </message>
        <message>
            <location line="+39" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <location filename="../../src/secretariat/gui/editors/base.py" line="+212" />
            <source>Saved.</source>
            <extracomment>Apply (save and stay) helps where the record has lists that need it saved first; a small part of a record (a contact, a member, ...) needs only Save and Cancel.</extracomment>
            <translation>Tersimpan.</translation>
        </message>
    </context>
    <context>
        <name>ItineraryDialog</name>
        <message>
            <location filename="../../src/secretariat/gui/editors/delegation_parts.py" line="+206" />
            <source>New itinerary item</source>
            <translation>Jadwal baru</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../../ui/itinerary_dialog.ui" line="+14" />
            <source>Itinerary item</source>
            <translation>Jadwal kegiatan</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the new itinerary item</source>
            <translation>jadwal baru ini</translation>
        </message>
        <message>
            <location line="+0" />
            <source>this itinerary item</source>
            <translation>jadwal ini</translation>
        </message>
        <message>
            <location filename="../../ui/itinerary_dialog.ui" line="+26" />
            <source>Day:</source>
            <translation>Hari:</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Time:</source>
            <translation>Waktu:</translation>
        </message>
        <message>
            <location line="+15" />
            <source>from</source>
            <translation>pukul</translation>
        </message>
        <message>
            <location line="+26" />
            <source>to</source>
            <translation>s.d.</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Activity:</source>
            <translation>Kegiatan:</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Place:</source>
            <translation>Tempat:</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Counterpart:</source>
            <translation>Mitra pertemuan:</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save and close</source>
            <translation>Simpan dan tutup</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Apply</source>
            <translation>Terapkan</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save and keep the window open (Ctrl+S)</source>
            <translation>Simpan dan biarkan jendela tetap terbuka (Ctrl+S)</translation>
        </message>
    </context>
    <context>
        <name>MemberDialog</name>
        <message>
            <location filename="../../src/secretariat/gui/editors/delegation_parts.py" line="-145" />
            <source>(none)</source>
            <translation>(tidak ada)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Link the delegation to an agreement to choose its partners' contacts.</source>
            <translation>Kaitkan delegasi dengan perjanjian untuk memilih narahubung mitranya.</translation>
        </message>
        <message>
            <location line="+68" />
            <source>New member of {code}</source>
            <translation>Anggota baru {code}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Member – {name}</source>
            <translation>Anggota – {name}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the new member</source>
            <translation>anggota baru ini</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the member {name}</source>
            <translation>anggota {name}</translation>
        </message>
        <message>
            <location filename="../../ui/member_dialog.ui" line="+14" />
            <source>Delegation member</source>
            <translation>Anggota delegasi</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Our official:</source>
            <translation>Pejabat daerah:</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Partner's contact:</source>
            <translation>Narahubung mitra:</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Name:</source>
            <translation>Nama:</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Position:</source>
            <translation>Jabatan:</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Role:</source>
            <translation>Peran:</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Per-diem grade:</source>
            <translation>Golongan uang harian:</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Passport type:</source>
            <translation>Jenis paspor:</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Passport number:</source>
            <translation>Nomor paspor:</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Passport valid until:</source>
            <translation>Paspor berlaku sampai:</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Tick to enter a date; untick to leave it empty</source>
            <translation>Centang untuk mengisi tanggal; hapus centang untuk mengosongkannya</translation>
        </message>
        <message>
            <location line="+74" />
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save and close</source>
            <translation>Simpan dan tutup</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Apply</source>
            <translation>Terapkan</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save and keep the window open (Ctrl+S)</source>
            <translation>Simpan dan biarkan jendela tetap terbuka (Ctrl+S)</translation>
        </message>
    </context>
    <context>
        <name>OfficialEditor</name>
        <message>
            <location filename="../../src/secretariat/gui/editors/official.py" line="+76" />
            <source>New official</source>
            <translation>Pejabat baru</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Official – {name}</source>
            <translation>Pejabat – {name}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the new official</source>
            <translation>pejabat baru ini</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the official {name}</source>
            <translation>pejabat {name}</translation>
        </message>
        <message>
            <location filename="../../ui/official_editor.ui" line="+14" />
            <source>Official</source>
            <translation>Pejabat</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Name:</source>
            <translation>Nama:</translation>
        </message>
        <message>
            <location line="+17" />
            <source>NIP:</source>
            <translation>NIP:</translation>
        </message>
        <message>
            <location line="+16" />
            <source>18 digits</source>
            <translation>18 angka</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Position:</source>
            <translation>Jabatan:</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Unit:</source>
            <translation>Unit kerja:</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Per-diem grade:</source>
            <translation>Golongan uang harian:</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Passport type:</source>
            <translation>Jenis paspor:</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Passport number:</source>
            <translation>Nomor paspor:</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Passport valid until:</source>
            <translation>Paspor berlaku sampai:</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Tick to enter a date; untick to leave it empty</source>
            <translation>Centang untuk mengisi tanggal; hapus centang untuk mengosongkannya</translation>
        </message>
        <message>
            <location line="+44" />
            <source>E-mail:</source>
            <translation>E-mail:</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Telephone:</source>
            <translation>Telepon:</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Still serving (offered when composing delegations)</source>
            <translation>Masih menjabat (ditawarkan saat menyusun delegasi)</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save and close</source>
            <translation>Simpan dan tutup</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Apply</source>
            <translation>Terapkan</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save and keep the window open (Ctrl+S)</source>
            <translation>Simpan dan biarkan jendela tetap terbuka (Ctrl+S)</translation>
        </message>
    </context>
    <context>
        <name>PartnerEditor</name>
        <message>
            <location filename="../../src/secretariat/gui/editors/partner.py" line="+124" />
            <source>Save the partner first (Apply) to add its contacts.</source>
            <translation>Simpan mitra dahulu (Terapkan) untuk menambah narahubungnya.</translation>
        </message>
        <message>
            <location line="+57" />
            <source>Condition {n}</source>
            <translation>Syarat {n}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Evidence for condition {n}</source>
            <translation>Bukti syarat {n}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>New partner</source>
            <translation>Mitra baru</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Partner – {name}</source>
            <translation>Mitra – {name}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the new partner</source>
            <translation>mitra baru ini</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the partner {name}</source>
            <translation>mitra {name}</translation>
        </message>
        <message>
            <location line="+32" />
            <location line="+7" />
            <source>Remove contact</source>
            <translation>Hapus narahubung</translation>
        </message>
        <message>
            <location line="-6" />
            <source>Remove the contact {name} from this partner?</source>
            <translation>Hapus narahubung {name} dari mitra ini?</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../ui/partner_editor.ui" line="+474" />
            <source>Remove</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <location filename="../../ui/partner_editor.ui" line="-460" />
            <source>Partner</source>
            <translation>Mitra</translation>
        </message>
        <message>
            <location line="+22" />
            <source>General</source>
            <translation>Umum</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Code:</source>
            <translation>Kode:</translation>
        </message>
        <message>
            <location line="+16" />
            <source>e.g. JP-OSAKA</source>
            <translation>mis. JP-OSAKA</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Name:</source>
            <translation>Nama:</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Name in its own language:</source>
            <translation>Nama dalam bahasa asli:</translation>
        </message>
        <message>
            <source>Name in Indonesian:</source>
            <translation>Nama dalam bahasa Indonesia:</translation>
        </message>
        <message>
            <source>Head&apos;s title in Indonesian:</source>
            <translation>Jabatan pimpinan dalam bahasa Indonesia:</translation>
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
            <location line="+17" />
            <source>Kind of partner:</source>
            <translation>Jenis mitra:</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Administrative level:</source>
            <translation>Tingkat administrasi:</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Country:</source>
            <translation>Negara:</translation>
        </message>
        <message>
            <location line="+23" />
            <source>City:</source>
            <translation>Kota:</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Head of the partner:</source>
            <translation>Pimpinan mitra:</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Head's title:</source>
            <translation>Jabatan pimpinan:</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Address and notes</source>
            <translation>Alamat dan catatan</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Address:</source>
            <translation>Alamat:</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Website:</source>
            <translation>Situs web:</translation>
        </message>
        <message>
            <location line="+10" />
            <source>https://</source>
            <translation>https://</translation>
        </message>
        <message>
            <location line="+10" />
            <source>E-mail:</source>
            <translation>E-mail:</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Telephone:</source>
            <translation>Telepon:</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Languages:</source>
            <translation>Bahasa:</translation>
        </message>
        <message>
            <location line="+10" />
            <source>e.g. Japanese, English</source>
            <translation>mis. Jepang, Inggris</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Notes:</source>
            <translation>Catatan:</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Contacts</source>
            <translation>Narahubung</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Position</source>
            <translation>Jabatan</translation>
        </message>
        <message>
            <location line="+5" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Telephone</source>
            <translation>Telepon</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Passport valid until</source>
            <translation>Paspor berlaku sampai</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Add…</source>
            <translation>Tambah…</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Edit…</source>
            <translation>Ubah…</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Due diligence</source>
            <translation>Uji kelayakan</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The nine conditions a partner of a KSDPL cooperation must meet (PP 28/2018). A 'Yes' needs its evidence.</source>
            <translation>Sembilan persyaratan yang harus dipenuhi mitra kerja sama KSDPL (PP 28/2018). Jawaban 'Ya' perlu buktinya.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Condition</source>
            <translation>Persyaratan</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Answer</source>
            <translation>Jawaban</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Evidence</source>
            <translation>Bukti</translation>
        </message>
        <message>
            <location line="+30" />
            <location line="+27" />
            <location line="+27" />
            <location line="+27" />
            <location line="+27" />
            <location line="+27" />
            <location line="+27" />
            <location line="+27" />
            <location line="+27" />
            <source>Document, letter or source</source>
            <translation>Dokumen, surat atau sumber</translation>
        </message>
        <message>
            <location line="+54" />
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save and close</source>
            <translation>Simpan dan tutup</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Apply</source>
            <translation>Terapkan</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save and keep the window open (Ctrl+S)</source>
            <translation>Simpan dan biarkan jendela tetap terbuka (Ctrl+S)</translation>
        </message>
    </context>
    <context>
        <name>PerDiemRateEditor</name>
        <message>
            <location filename="../../src/secretariat/gui/editors/per_diem_rate.py" line="+113" />
            <source>New per-diem rate</source>
            <extracomment>Offered first in currency lists; any ISO 4217 code may be typed.</extracomment>
            <translation>Tarif uang harian baru</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Per-diem rate – {country}, grade {grade}</source>
            <translation>Tarif uang harian – {country}, golongan {grade}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the new per-diem rate</source>
            <translation>tarif uang harian baru ini</translation>
        </message>
        <message>
            <location line="+0" />
            <source>this per-diem rate</source>
            <translation>tarif uang harian ini</translation>
        </message>
        <message>
            <location filename="../../ui/per_diem_rate_editor.ui" line="+14" />
            <source>Per-diem rate</source>
            <translation>Tarif uang harian</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Country:</source>
            <translation>Negara:</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Grade:</source>
            <translation>Golongan:</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Daily allowance:</source>
            <translation>Uang harian:</translation>
        </message>
        <message>
            <location line="+59" />
            <source>Valid from:</source>
            <translation>Berlaku mulai:</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Source:</source>
            <translation>Sumber:</translation>
        </message>
        <message>
            <location line="+10" />
            <source>e.g. PMK 49/2023, fiscal year 2024</source>
            <translation>mis. PMK 49/2023, TA 2024</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Rates are per person per day, set by the Ministry of Finance (SBM) for each grade. A country without its own rate takes the rate of the country of the accredited Indonesian mission.</source>
            <translation>Tarif per orang per hari, ditetapkan Kementerian Keuangan (SBM) untuk setiap golongan. Negara yang tidak memiliki tarif sendiri memakai tarif negara tempat perwakilan RI yang merangkap akreditasinya.</translation>
        </message>
        <message>
            <location line="+53" />
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save and close</source>
            <translation>Simpan dan tutup</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Apply</source>
            <translation>Terapkan</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save and keep the window open (Ctrl+S)</source>
            <translation>Simpan dan biarkan jendela tetap terbuka (Ctrl+S)</translation>
        </message>
    </context>
    <context>
        <name>PermitDialog</name>
        <message>
            <location filename="../../src/secretariat/gui/editors/delegation_parts.py" line="+120" />
            <source>New permit step</source>
            <translation>Langkah izin baru</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Permit step – {name}</source>
            <translation>Langkah izin – {name}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the new permit step</source>
            <translation>langkah izin baru ini</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the permit step {name}</source>
            <translation>langkah izin {name}</translation>
        </message>
        <message>
            <location filename="../../ui/permit_dialog.ui" line="+14" />
            <source>Permit step</source>
            <translation>Langkah izin</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Step:</source>
            <translation>Langkah:</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <location line="+17" />
            <source>File at least:</source>
            <translation>Ajukan paling lambat:</translation>
        </message>
        <message>
            <location line="+37" />
            <source>days before departure</source>
            <translation>hari sebelum keberangkatan</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Requested on:</source>
            <translation>Diajukan pada:</translation>
        </message>
        <message>
            <location line="+15" />
            <location line="+59" />
            <source>Tick to enter a date; untick to leave it empty</source>
            <translation>Centang untuk mengisi tanggal; hapus centang untuk mengosongkannya</translation>
        </message>
        <message>
            <location line="-15" />
            <source>Granted on:</source>
            <translation>Terbit pada:</translation>
        </message>
        <message>
            <location line="+59" />
            <source>Reference:</source>
            <translation>Nomor surat:</translation>
        </message>
        <message>
            <location line="+10" />
            <source>letter or permit number</source>
            <translation>nomor surat atau izin</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save and close</source>
            <translation>Simpan dan tutup</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Apply</source>
            <translation>Terapkan</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save and keep the window open (Ctrl+S)</source>
            <translation>Simpan dan biarkan jendela tetap terbuka (Ctrl+S)</translation>
        </message>
    </context>
    <context>
        <name>ProblemDisplay</name>
        <message>
            <location filename="../../src/secretariat/gui/editors/problems.py" line="+102" />
            <source>Nothing was saved. Please correct:</source>
            <extracomment>Installed on every editor: a field with a problem gets a red frame.</extracomment>
            <translation>Tidak ada yang disimpan. Mohon perbaiki:</translation>
        </message>
    </context>
    <context>
        <name>RecordEditors</name>
        <message>
            <location filename="../../src/secretariat/gui/editors/__init__.py" line="+61" />
            <source>Cannot open the record</source>
            <translation>Data tidak dapat dibuka</translation>
        </message>
        <message>
            <location line="+26" />
            <source>the partner {name} ({code})</source>
            <translation>mitra {name} ({code})</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+34" />
            <source>Set inactive</source>
            <translation>Nonaktifkan</translation>
        </message>
        <message>
            <location line="-28" />
            <source>the agreement {name}</source>
            <translation>perjanjian {name}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the delegation {code}</source>
            <translation>delegasi {code}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the budget line {code} ({year})</source>
            <translation>baris anggaran {code} ({year})</translation>
        </message>
        <message>
            <location line="+15" />
            <source>the official {name}</source>
            <translation>pejabat {name}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>the per-diem rate for {country}, grade {grade}, from {date}</source>
            <translation>tarif uang harian {country}, golongan {grade}, mulai {date}</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+7" />
            <source>Delete</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Delete {what}?</source>
            <translation>Hapus {what}?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This cannot be undone.</source>
            <translation>Tindakan ini tidak dapat dibatalkan.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{what} cannot be deleted.</source>
            <translation>{what} tidak dapat dihapus.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>You can set it inactive instead: it stays in the records but is no longer offered for new work.</source>
            <translation>Sebagai gantinya, data dapat dinonaktifkan: tetap tercatat tetapi tidak lagi ditawarkan untuk pekerjaan baru.</translation>
        </message>
    </context>
    <context>
        <name>StageDialog</name>
        <message>
            <location filename="../../src/secretariat/gui/editors/stage.py" line="+54" />
            <source>Move</source>
            <translation>Pindahkan</translation>
        </message>
        <message>
            <location line="+44" />
            <source>Needs: {items}</source>
            <translation>Memerlukan: {items}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This stage needs no documents or fields.</source>
            <translation>Tahap ini tidak memerlukan dokumen atau isian.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Skips: {stages}</source>
            <translation>Melewati: {stages}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Everything needed is there.</source>
            <translation>Semua yang diperlukan sudah ada.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Missing:</source>
            <translation>Yang belum ada:</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Nothing was moved. Please correct:</source>
            <translation>Tahap tidak dipindahkan. Mohon perbaiki:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nothing was moved: first complete what is missing (see above).</source>
            <translation>Tahap tidak dipindahkan: lengkapi dahulu yang belum ada (lihat di atas).</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Documents</source>
            <translation>Dokumen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stage</source>
            <translation>Tahap</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Move to stage – {name}</source>
            <translation>Pindah tahap – {name}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the stage change</source>
            <translation>perpindahan tahap ini</translation>
        </message>
        <message>
            <location filename="../../ui/stage_dialog.ui" line="+14" />
            <source>Move to stage</source>
            <translation>Pindah tahap</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Current stage:</source>
            <translation>Tahap saat ini:</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Move to:</source>
            <translation>Pindah ke:</translation>
        </message>
        <message>
            <location line="+26" />
            <source>On:</source>
            <translation>Tanggal:</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Note / reason:</source>
            <translation>Catatan / alasan:</translation>
        </message>
        <message>
            <location line="+25" />
            <source>What this stage needs</source>
            <translation>Yang diperlukan tahap ini</translation>
        </message>
        <message>
            <location line="+68" />
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save and close</source>
            <translation>Simpan dan tutup</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Apply</source>
            <translation>Terapkan</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save and keep the window open (Ctrl+S)</source>
            <translation>Simpan dan biarkan jendela tetap terbuka (Ctrl+S)</translation>
        </message>
    </context>
    <context>
        <name>TransactionDialog</name>
        <message>
            <location filename="../../src/secretariat/gui/editors/transaction.py" line="+62" />
            <source>(none)</source>
            <translation>(tidak ada)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>from the rate table</source>
            <translation>dari tabel kurs</translation>
        </message>
        <message>
            <location line="+38" />
            <source>at the rate in the office's rate table for that date</source>
            <translation>menurut kurs pada tabel kurs kantor untuk tanggal tersebut</translation>
        </message>
        <message>
            <location line="+59" />
            <source>Budget line</source>
            <translation>Baris anggaran</translation>
        </message>
        <message>
            <location line="+3" />
            <source>New transaction</source>
            <translation>Transaksi baru</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../../ui/transaction_dialog.ui" line="+14" />
            <source>Transaction</source>
            <translation>Transaksi</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the new transaction</source>
            <translation>transaksi baru ini</translation>
        </message>
        <message>
            <location line="+0" />
            <source>this transaction</source>
            <translation>transaksi ini</translation>
        </message>
        <message>
            <location filename="../../ui/transaction_dialog.ui" line="+28" />
            <source>Date:</source>
            <translation>Tanggal:</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Kind:</source>
            <translation>Jenis:</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Amount:</source>
            <translation>Jumlah:</translation>
        </message>
        <message>
            <location line="+59" />
            <source>Rate (Rp per unit):</source>
            <translation>Kurs (Rp per satuan):</translation>
        </message>
        <message>
            <location line="+20" />
            <source>In rupiah:</source>
            <translation>Dalam rupiah:</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Donor partner:</source>
            <translation>Mitra pemberi:</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Form:</source>
            <translation>Bentuk:</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Description:</source>
            <translation>Uraian:</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Reference:</source>
            <translation>Nomor surat:</translation>
        </message>
        <message>
            <location line="+10" />
            <source>e.g. SP2D number</source>
            <translation>mis. nomor SP2D</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save and close</source>
            <translation>Simpan dan tutup</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Apply</source>
            <translation>Terapkan</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save and keep the window open (Ctrl+S)</source>
            <translation>Simpan dan biarkan jendela tetap terbuka (Ctrl+S)</translation>
        </message>
    </context>
</TS>
