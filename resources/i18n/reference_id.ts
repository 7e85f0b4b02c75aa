<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
    <context>
        <name>CountryFlagsDialog</name>
        <message>
            <source>{count} countries</source>
            <translation>{count} negara</translation>
        </message>
        <message>
            <source>{shown} of {count} countries</source>
            <translation>{shown} dari {count} negara</translation>
        </message>
        <message>
            <source>Saved: {country}.</source>
            <translation>Tersimpan: {country}.</translation>
        </message>
        <message>
            <source>Not saved: {country}</source>
            <translation>Tidak tersimpan: {country}</translation>
        </message>
        <message>
            <source>Countries</source>
            <translation>Negara</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <source>Name (Indonesian)</source>
            <translation>Nama (Indonesia)</translation>
        </message>
        <message>
            <source>Name (English)</source>
            <translation>Nama (Inggris)</translation>
        </message>
        <message>
            <source>Diplomatic relations</source>
            <translation>Hubungan diplomatik</translation>
        </message>
        <message>
            <source>ASEAN member</source>
            <translation>Anggota ASEAN</translation>
        </message>
        <message>
            <source>Mission country</source>
            <translation>Negara perwakilan RI</translation>
        </message>
        <message>
            <source>Indonesia has diplomatic relations with the country (KSDPL condition)</source>
            <translation>Indonesia memiliki hubungan diplomatik dengan negara ini (syarat KSDPL)</translation>
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
            <source>The Indonesian mission is in the country itself</source>
            <translation>Perwakilan RI berada di negara itu sendiri</translation>
        </message>
        <message>
            <source>— its own mission —</source>
            <translation>— perwakilan sendiri —</translation>
        </message>
        <message>
            <source>A change is saved as soon as it is made. The mission country is where the Indonesian mission accredited to a country sits when that country has none of its own; its per-diem rates apply there.</source>
            <translation>Setiap perubahan langsung disimpan. Negara perwakilan RI adalah negara tempat perwakilan RI yang merangkap akreditasi untuk suatu negara yang tidak memiliki perwakilan RI sendiri; tarif uang hariannya berlaku untuk negara itu.</translation>
        </message>
        <message>
            <source>Search by code or name…</source>
            <translation>Cari menurut kode atau nama…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
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
            <source>&amp;Reference data</source>
            <translation>Data &amp;referensi</translation>
        </message>
        <message>
            <source>Agreement &amp;stages…</source>
            <translation>&amp;Tahap perjanjian…</translation>
        </message>
        <message>
            <source>The stages of an agreement's life: names, order, what each needs</source>
            <translation>Tahap-tahap perjalanan perjanjian: nama, urutan, dan yang diperlukan setiap tahap</translation>
        </message>
        <message>
            <source>&amp;Fields of cooperation…</source>
            <translation>&amp;Bidang kerja sama…</translation>
        </message>
        <message>
            <source>The fields of cooperation agreements may name</source>
            <translation>Bidang kerja sama yang dapat disebut dalam perjanjian</translation>
        </message>
        <message>
            <source>&amp;Countries…</source>
            <translation>&amp;Negara…</translation>
        </message>
        <message>
            <source>Diplomatic relations, ASEAN membership and the Indonesian mission of each country</source>
            <translation>Hubungan diplomatik, keanggotaan ASEAN, dan perwakilan RI untuk setiap negara</translation>
        </message>
    </context>
    <context>
        <name>SectorDialog</name>
        <message>
            <source>{count} fields of cooperation</source>
            <translation>{count} bidang kerja sama</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Tersimpan.</translation>
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
            <source>Delete</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Deleted “{name}”.</source>
            <translation>“{name}” telah dihapus.</translation>
        </message>
        <message>
            <source>New field of cooperation</source>
            <translation>Bidang kerja sama baru</translation>
        </message>
        <message>
            <source>Field of cooperation “{code}”</source>
            <translation>Bidang kerja sama “{code}”</translation>
        </message>
        <message>
            <source>Type a code and the name in both languages, then Save.</source>
            <translation>Ketik kode dan nama dalam kedua bahasa, lalu Simpan.</translation>
        </message>
        <message>
            <source>Named by {count} agreement(s): it can be renamed, but its code stays and it cannot be deleted.</source>
            <translation>Disebut dalam {count} perjanjian: namanya dapat diubah, tetapi kodenya tetap dan bidang ini tidak dapat dihapus.</translation>
        </message>
        <message>
            <source>No agreement names this field yet.</source>
            <translation>Belum ada perjanjian yang menyebut bidang ini.</translation>
        </message>
        <message>
            <source>Fields of cooperation</source>
            <translation>Bidang kerja sama</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <source>Name (Indonesian)</source>
            <translation>Nama (Indonesia)</translation>
        </message>
        <message>
            <source>Name (English)</source>
            <translation>Nama (Inggris)</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Perjanjian</translation>
        </message>
        <message>
            <source>Field of cooperation</source>
            <translation>Bidang kerja sama</translation>
        </message>
        <message>
            <source>Code:</source>
            <translation>Kode:</translation>
        </message>
        <message>
            <source>e.g. maritime_affairs</source>
            <translation>mis. maritime_affairs</translation>
        </message>
        <message>
            <source>Lower-case letters, digits and _, starting with a letter; used in Excel workbooks</source>
            <translation>Huruf kecil, angka dan _, diawali huruf; dipakai dalam berkas Excel</translation>
        </message>
        <message>
            <source>Name (Indonesian):</source>
            <translation>Nama (Indonesia):</translation>
        </message>
        <message>
            <source>Name (English):</source>
            <translation>Nama (Inggris):</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;Baru</translation>
        </message>
        <message>
            <source>Empty the form to add a field of cooperation</source>
            <translation>Kosongkan formulir untuk menambah bidang kerja sama</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Hapus…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Simpan</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
    </context>
    <context>
        <name>StageEditor</name>
        <message>
            <source>A stage's code is its stable identity and cannot change; to use another code, add a new stage.</source>
            <translation>Kode tahap adalah identitas tetapnya dan tidak dapat diubah; untuk memakai kode lain, tambahkan tahap baru.</translation>
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
            <source>Order</source>
            <translation>Urutan</translation>
        </message>
        <message>
            <source>New stage</source>
            <translation>Tahap baru</translation>
        </message>
        <message>
            <source>Stage – {name}</source>
            <translation>Tahap – {name}</translation>
        </message>
        <message>
            <source>the new stage</source>
            <translation>tahap baru ini</translation>
        </message>
        <message>
            <source>the stage “{name}”</source>
            <translation>tahap “{name}”</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Tahap</translation>
        </message>
        <message>
            <source>Code:</source>
            <translation>Kode:</translation>
        </message>
        <message>
            <source>The stage's stable identifier: lower-case letters, digits and _, starting with a letter. It cannot change once the stage is saved.</source>
            <translation>Pengenal tetap tahap: huruf kecil, angka dan _, diawali huruf. Tidak dapat diubah setelah tahap disimpan.</translation>
        </message>
        <message>
            <source>e.g. legal_review</source>
            <translation>mis. legal_review</translation>
        </message>
        <message>
            <source>Name (Indonesian):</source>
            <translation>Nama (Indonesia):</translation>
        </message>
        <message>
            <source>The name clerks see in Indonesian</source>
            <translation>Nama yang dilihat staf dalam bahasa Indonesia</translation>
        </message>
        <message>
            <source>Name (English):</source>
            <translation>Nama (Inggris):</translation>
        </message>
        <message>
            <source>The name clerks see in English</source>
            <translation>Nama yang dilihat staf dalam bahasa Inggris</translation>
        </message>
        <message>
            <source>Flags:</source>
            <translation>Sifat:</translation>
        </message>
        <message>
            <source>The agreement is in force at this stage</source>
            <translation>Perjanjian berlaku pada tahap ini</translation>
        </message>
        <message>
            <source>Final stage (ends the agreement's life)</source>
            <translation>Tahap akhir (mengakhiri masa perjanjian)</translation>
        </message>
        <message>
            <source>Tick no kind (or no instrument) for a stage that applies to every agreement.</source>
            <translation>Jangan centang jenis (atau bentuk naskah) apa pun bila tahap ini berlaku untuk semua perjanjian.</translation>
        </message>
        <message>
            <source>Applies to the kinds</source>
            <translation>Berlaku untuk jenis</translation>
        </message>
        <message>
            <source>The kinds of agreement that go through this stage; none ticked: every kind</source>
            <translation>Jenis perjanjian yang melalui tahap ini; tanpa centang: semua jenis</translation>
        </message>
        <message>
            <source>Applies to the instruments</source>
            <translation>Berlaku untuk bentuk naskah</translation>
        </message>
        <message>
            <source>The instruments that go through this stage; none ticked: every instrument</source>
            <translation>Bentuk naskah yang melalui tahap ini; tanpa centang: semua bentuk naskah</translation>
        </message>
        <message>
            <source>Required documents</source>
            <translation>Dokumen wajib</translation>
        </message>
        <message>
            <source>Documents that must be attached to an agreement before it reaches this stage</source>
            <translation>Dokumen yang harus dilampirkan pada perjanjian sebelum mencapai tahap ini</translation>
        </message>
        <message>
            <source>Required fields</source>
            <translation>Isian wajib</translation>
        </message>
        <message>
            <source>Fields of the agreement that must be filled before it reaches this stage</source>
            <translation>Isian perjanjian yang harus diisi sebelum mencapai tahap ini</translation>
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
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Terapkan</translation>
        </message>
        <message>
            <source>Save and keep the window open (Ctrl+S)</source>
            <translation>Simpan dan biarkan jendela terbuka (Ctrl+S)</translation>
        </message>
    </context>
    <context>
        <name>StageListDialog</name>
        <message>
            <source>all</source>
            <translation>semua</translation>
        </message>
        <message>
            <source>Every kind of agreement</source>
            <translation>Semua jenis perjanjian</translation>
        </message>
        <message>
            <source>Every instrument</source>
            <translation>Semua bentuk naskah</translation>
        </message>
        <message>
            <source>Final stage</source>
            <translation>Tahap akhir</translation>
        </message>
        <message>
            <source>The agreement is in force</source>
            <translation>Perjanjian berlaku</translation>
        </message>
        <message>
            <source>Arrangement</source>
            <translation>PKS</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Lainnya</translation>
        </message>
        <message>
            <source>Delete stage</source>
            <translation>Hapus tahap</translation>
        </message>
        <message>
            <source>Delete the stage “{name}” ({code})?</source>
            <translation>Hapus tahap “{name}” ({code})?</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>A stage at which an agreement is, or was, cannot be deleted.</source>
            <translation>Tahap yang sedang atau pernah menjadi tahap suatu perjanjian tidak dapat dihapus.</translation>
        </message>
        <message>
            <source>Agreement stages</source>
            <translation>Tahap perjanjian</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <source>Name (Indonesian)</source>
            <translation>Nama (Indonesia)</translation>
        </message>
        <message>
            <source>Name (English)</source>
            <translation>Nama (Inggris)</translation>
        </message>
        <message>
            <source>Kinds</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>Instruments</source>
            <translation>Bentuk naskah</translation>
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
            <source>Final</source>
            <translation>Akhir</translation>
        </message>
        <message>
            <source>In force</source>
            <translation>Berlaku</translation>
        </message>
        <message>
            <source>A final stage ends the agreement's life (renewed, expired, terminated)</source>
            <translation>Tahap akhir mengakhiri masa perjanjian (diperpanjang, berakhir, diakhiri)</translation>
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
            <source>&amp;Add…</source>
            <translation>&amp;Tambah…</translation>
        </message>
        <message>
            <source>Add a stage after the one selected</source>
            <translation>Tambah tahap sesudah tahap yang dipilih</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Ubah…</translation>
        </message>
        <message>
            <source>Change the names, conditions and flags of the selected stage</source>
            <translation>Ubah nama, syarat dan sifat tahap yang dipilih</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Hapus…</translation>
        </message>
        <message>
            <source>Delete the selected stage (only when no agreement is or was at it)</source>
            <translation>Hapus tahap yang dipilih (hanya bila belum pernah ada perjanjian pada tahap itu)</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>&amp;Naikkan</translation>
        </message>
        <message>
            <source>Put the selected stage one place earlier (Ctrl+Up)</source>
            <translation>Pindahkan tahap yang dipilih satu tingkat lebih awal (Ctrl+Atas)</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>T&amp;urunkan</translation>
        </message>
        <message>
            <source>Put the selected stage one place later (Ctrl+Down)</source>
            <translation>Pindahkan tahap yang dipilih satu tingkat lebih akhir (Ctrl+Bawah)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
    </context>
</TS>
