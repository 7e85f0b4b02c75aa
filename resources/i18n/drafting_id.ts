<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
    <context>
        <name>AgreementFamilyPanel</name>
        <message>
            <source>Agreement</source>
            <translation>Perjanjian</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Tahap</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Berakhir</translation>
        </message>
        <message>
            <source>Renew…</source>
            <translation>Perpanjang…</translation>
        </message>
        <message>
            <source>Close the previous agreement as renewed</source>
            <translation>Tutup perjanjian sebelumnya sebagai diperpanjang</translation>
        </message>
        <message>
            <source>Agreement tree (double-click to open)</source>
            <translation>Pohon perjanjian (klik ganda untuk membuka)</translation>
        </message>
        <message>
            <source>Renewals</source>
            <translation>Perpanjangan</translation>
        </message>
        <message>
            <source>Save the agreement first (Apply).</source>
            <translation>Simpan perjanjian terlebih dahulu (Terapkan).</translation>
        </message>
        <message>
            <source>(no number yet)</source>
            <translation>(belum bernomor)</translation>
        </message>
        <message>
            <source>Renewal chain, oldest first:</source>
            <translation>Rantai perpanjangan, dari yang terlama:</translation>
        </message>
        <message>
            <source>This agreement renews no other and has not been renewed.</source>
            <translation>Perjanjian ini tidak memperpanjang perjanjian lain dan belum diperpanjang.</translation>
        </message>
        <message>
            <source>Renewed by {name}.</source>
            <translation>Diperpanjang dengan {name}.</translation>
        </message>
        <message>
            <source>An agreement can be renewed once it is signed.</source>
            <translation>Perjanjian dapat diperpanjang setelah ditandatangani.</translation>
        </message>
        <message>
            <source>Renew</source>
            <translation>Perpanjang</translation>
        </message>
        <message>
            <source>The renewal is registered at the first stage. Open it now?</source>
            <translation>Perpanjangan dicatat pada tahap pertama. Buka sekarang?</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Buka</translation>
        </message>
        <message>
            <source>Close the previous agreement</source>
            <translation>Tutup perjanjian sebelumnya</translation>
        </message>
    </context>
    <context>
        <name>AgreementParts</name>
        <message>
            <source>Assessment summary</source>
            <translation>Ringkasan penilaian</translation>
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
            <source>Up</source>
            <translation>Naik</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Turun</translation>
        </message>
        <message>
            <source>Add from library</source>
            <translation>Tambah dari pustaka</translation>
        </message>
        <message>
            <source>New article</source>
            <translation>Pasal baru</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Reset to the library</source>
            <translation>Kembalikan ke pustaka</translation>
        </message>
        <message>
            <source>Replace the agreement's text with the clause library's, filled in from the record</source>
            <translation>Ganti naskah perjanjian dengan naskah pustaka klausul yang diisi dari data perjanjian</translation>
        </message>
        <message>
            <source>Preamble and articles:</source>
            <translation>Pembukaan dan pasal:</translation>
        </message>
        <message>
            <source>Heading in Indonesian</source>
            <translation>Judul dalam bahasa Indonesia</translation>
        </message>
        <message>
            <source>Heading in English</source>
            <translation>Judul dalam bahasa Inggris</translation>
        </message>
        <message>
            <source>Indonesian text; one paragraph per line</source>
            <translation>Teks bahasa Indonesia; satu paragraf per baris</translation>
        </message>
        <message>
            <source>English text; one paragraph per line</source>
            <translation>Teks bahasa Inggris; satu paragraf per baris</translation>
        </message>
        <message>
            <source>Bahasa Indonesia</source>
            <translation>Bahasa Indonesia</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Bahasa Inggris</translation>
        </message>
        <message>
            <source>F4 (215 × 330 mm)</source>
            <translation>F4 (215 × 330 mm)</translation>
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
            <source>Save text</source>
            <translation>Simpan naskah</translation>
        </message>
        <message>
            <source>Undo changes</source>
            <translation>Batalkan perubahan</translation>
        </message>
        <message>
            <source>Paper:</source>
            <translation>Kertas:</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versi</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>Dibuat</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Oleh</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Kertas</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>Pasal</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Berkas</translation>
        </message>
        <message>
            <source>Open PDF</source>
            <translation>Buka PDF</translation>
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
            <source>Versions generated (stored with the agreement's documents):</source>
            <translation>Versi yang telah dibuat (disimpan di dokumen perjanjian):</translation>
        </message>
        <message>
            <source>Save the agreement first (Apply) to edit its text and make drafts.</source>
            <translation>Simpan perjanjian terlebih dahulu (Terapkan) untuk menyunting naskahnya dan membuat rancangan.</translation>
        </message>
        <message>
            <source>This type of agreement has no clause library: drafts are made for Letters of Intent, MoUs and implementing arrangements.</source>
            <translation>Jenis perjanjian ini tidak memiliki pustaka klausul: rancangan dibuat untuk Pernyataan Kehendak (LoI), Nota Kesepahaman dan perjanjian pelaksana.</translation>
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
            <source>Preamble</source>
            <translation>Pembukaan</translation>
        </message>
        <message>
            <source>Article {number}: {heading}</source>
            <translation>Pasal {number}: {heading}</translation>
        </message>
        <message>
            <source>Preamble: the parties and the recitals, one per line</source>
            <translation>Pembukaan: para pihak dan konsiderans, satu per baris</translation>
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
            <source>Text saved.</source>
            <translation>Naskah disimpan.</translation>
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
            <source>The agreement's edited text is discarded; drafts already generated keep theirs.</source>
            <translation>Naskah yang telah disunting dibuang; rancangan yang sudah dibuat tetap menyimpan naskahnya.</translation>
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
            <source>Reading the text…</source>
            <translation>Membaca naskah…</translation>
        </message>
        <message>
            <source>Making the PDF…</source>
            <translation>Menyusun PDF…</translation>
        </message>
        <message>
            <source>Storing the version…</source>
            <translation>Menyimpan versi…</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <source>Generating the draft…</source>
            <translation>Membuat rancangan…</translation>
        </message>
        <message>
            <source>Generating the draft</source>
            <translation>Membuat rancangan</translation>
        </message>
        <message>
            <source>Final text</source>
            <translation>Naskah final</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Rancangan</translation>
        </message>
        <message>
            <source>{kind} version {version} is stored with the agreement's documents ({file}).</source>
            <translation>{kind} versi {version} disimpan di dokumen perjanjian ({file}).</translation>
        </message>
        <message>
            <source>Draft generated</source>
            <translation>Rancangan dibuat</translation>
        </message>
        <message>
            <source>Open the PDF</source>
            <translation>Buka PDF</translation>
        </message>
        <message>
            <source>The PDF of this version was removed from the documents; its text can still be compared.</source>
            <translation>PDF versi ini telah dihapus dari dokumen; naskahnya masih dapat dibandingkan.</translation>
        </message>
        <message>
            <source>(removed from the documents)</source>
            <translation>(dihapus dari dokumen)</translation>
        </message>
        <message>
            <source>the current text</source>
            <translation>naskah saat ini</translation>
        </message>
        <message>
            <source>version {number}</source>
            <translation>versi {number}</translation>
        </message>
    </context>
    <context>
        <name>AssessmentSummaryPanel</name>
        <message>
            <source>Criterion</source>
            <translation>Kriteria</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Nilai</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Alasan</translation>
        </message>
        <message>
            <source>Assessment summary</source>
            <translation>Ringkasan penilaian</translation>
        </message>
        <message>
            <source>Save the agreement first (Apply) to see its assessment summary.</source>
            <translation>Simpan perjanjian terlebih dahulu (Terapkan) untuk melihat ringkasan penilaiannya.</translation>
        </message>
        <message>
            <source>{count} warning(s). They block nothing; moving the agreement forward records them in its stage history.</source>
            <translation>{count} peringatan. Peringatan tidak menghalangi apa pun; saat perjanjian dimajukan ke tahap berikutnya, peringatan dicatat dalam riwayat tahapnya.</translation>
        </message>
        <message>
            <source>No warnings: every condition is met with evidence and every criterion is scored.</source>
            <translation>Tidak ada peringatan: semua syarat terpenuhi dengan bukti dan semua kriteria sudah dinilai.</translation>
        </message>
        <message>
            <source>The nine conditions for cooperation with a foreign regional government (KSDPL), per partner, as recorded in the partner's record:</source>
            <translation>Sembilan syarat kerja sama dengan pemerintah daerah di luar negeri (KSDPL), per mitra, sebagaimana dicatat pada data mitra:</translation>
        </message>
        <message>
            <source>The nine conditions are the checklist for cooperation with a foreign regional government (KSDPL); shown here for information:</source>
            <translation>Sembilan syarat adalah daftar periksa kerja sama dengan pemerintah daerah di luar negeri (KSDPL); ditampilkan di sini sebagai informasi:</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Syarat</translation>
        </message>
        <message>
            <source>No criterion is scored yet.</source>
            <translation>Belum ada kriteria yang dinilai.</translation>
        </message>
        <message>
            <source>Average score {average} of 5 ({scored} of {total} criteria scored).</source>
            <translation>Nilai rata-rata {average} dari 5 ({scored} dari {total} kriteria dinilai).</translation>
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message>
            <source>Compare {old} with {new}</source>
            <translation>Bandingkan {old} dengan {new}</translation>
        </message>
        <message>
            <source>Show unchanged articles too</source>
            <translation>Tampilkan juga pasal yang tidak berubah</translation>
        </message>
        <message>
            <source>From {old} (struck through in red) to {new} (underlined in green).</source>
            <translation>Dari {old} (dicoret merah) ke {new} (digarisbawahi hijau).</translation>
        </message>
    </context>
    <context>
        <name>RenewDialog</name>
        <message>
            <source>Renew {name}</source>
            <translation>Perpanjang {name}</translation>
        </message>
        <message>
            <source> months</source>
            <translation> bulan</translation>
        </message>
        <message>
            <source>e.g. both parties agreed to renew at the joint meeting</source>
            <translation>mis. kedua pihak sepakat memperpanjang dalam rapat bersama</translation>
        </message>
        <message>
            <source>In force from:</source>
            <translation>Berlaku mulai:</translation>
        </message>
        <message>
            <source>Term:</source>
            <translation>Jangka waktu:</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Catatan:</translation>
        </message>
        <message>
            <source>The renewal is a new agreement linked to this one. It starts at the first stage with this agreement's partners, fields and text; this agreement stays in force until the renewal is signed.</source>
            <translation>Perpanjangan adalah perjanjian baru yang terhubung dengan perjanjian ini. Perpanjangan dimulai pada tahap pertama dengan mitra, bidang dan naskah perjanjian ini; perjanjian ini tetap berlaku sampai perpanjangan ditandatangani.</translation>
        </message>
        <message>
            <source>Renew</source>
            <translation>Perpanjang</translation>
        </message>
    </context>
    <context>
        <name>TextComparisonView</name>
        <message>
            <source>changed and moved</source>
            <translation>diubah dan dipindah</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>diubah</translation>
        </message>
        <message>
            <source>moved</source>
            <translation>dipindah</translation>
        </message>
        <message>
            <source>added</source>
            <translation>ditambahkan</translation>
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
            <source>Article {number}</source>
            <translation>Pasal {number}</translation>
        </message>
        <message>
            <source>Article {old} → {new}</source>
            <translation>Pasal {old} → {new}</translation>
        </message>
        <message>
            <source>The two texts are identical.</source>
            <translation>Kedua naskah sama persis.</translation>
        </message>
        <message>
            <source>{changed} changed, {moved} moved, {added} added, {removed} removed, {unchanged} unchanged</source>
            <translation>{changed} diubah, {moved} dipindah, {added} ditambahkan, {removed} dihapus, {unchanged} tidak berubah</translation>
        </message>
        <message>
            <source>Indonesian</source>
            <translation>Bahasa Indonesia</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Bahasa Inggris</translation>
        </message>
        <message>
            <source>Preamble</source>
            <translation>Pembukaan</translation>
        </message>
        <message>
            <source>(text unchanged)</source>
            <translation>(teks tidak berubah)</translation>
        </message>
    </context>
</TS>
