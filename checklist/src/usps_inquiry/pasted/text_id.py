"""Kalimat pembaca teks tempelan dalam bahasa Indonesia, per kode (lihat :mod:`.text`).

Istilah mengikuti ``includes/glossary.id.md``. Status yang artinya belum diterbitkan pemiliknya
dalam salinan yang kami baca (``unverified`` di :mod:`.statuses`) memakai kata "biasanya".
Indonesian has no plural form: each counted entry needs only ``other``.
"""

from __future__ import annotations

CATALOGUE: dict[str, str | dict[str, str]] = {
    # --- Yang ditempel ------------------------------------------------------------------------
    "paste.not_text": "Tempelkan teksnya apa adanya: riwayat pelacakan, atau email dari USPS.",
    "paste.empty": "Tempelkan riwayat pelacakan dari USPS, Pos Indonesia, atau Bea Cukai, atau email balasan USPS.",
    "paste.too_long": "Teks ini lebih dari sekadar riwayat pelacakan, jadi hanya {limit} karakter pertama yang dibaca. "
    "Salin riwayat pelacakannya saja, atau emailnya saja.",
    "paste.too_many_lines": "Hanya {limit} baris pertama yang dibaca. Salin riwayat pelacakannya saja, atau emailnya saja.",
    "paste.markup": "Sepertinya ini kode halaman web, jadi hanya teksnya yang dibaca. "
    "Lain kali, pilih riwayatnya langsung di halaman lalu salin.",
    "paste.unknown": {
        "other": "Tidak ada status pelacakan atau balasan USPS yang dikenali dalam {count} baris ini. "
        "Tempelkan riwayat pelacakan dari USPS, Pos Indonesia, atau Bea Cukai, atau email balasan USPS.",
    },
    "paste.other_carrier": "Sepertinya ini pelacakan {carrier}, bukan USPS, Pos Indonesia, atau Bea Cukai. "
    "USPS tidak bisa membantu: tanyakan ke {carrier} atau ke penjualnya.",
    "paste.line.unknown": "Tidak dikenali: baris ini disimpan persis seperti yang Anda tempel.",
    "paste.unknown_lines": {
        "other": "{count} baris tidak dikenali dan ditampilkan persis seperti yang Anda tempel.",
    },
    "paste.unknown_lines_cut": "{count} baris tidak dikenali; {kept} baris pertama ditampilkan persis seperti "
    "yang Anda tempel.",
    "paste.several_numbers": "Teks ini berisi {count} nomor pelacakan yang berbeda. Nomor pertama yang diusulkan; "
    "pastikan itu nomor kiriman yang Anda tanyakan.",
    "paste.future": "Ada pemindaian bertanggal setelah hari ini. Periksa tanggal di perangkat Anda, "
    "atau apakah teksnya tersalin utuh.",
    "paste.no_date": "Tidak ada pemindaian yang bertanggal, jadi tidak bisa dihitung sudah berapa lama kiriman "
    "tidak bergerak. Salin riwayatnya beserta tanggalnya.",
    # --- Yang ditunjukkan riwayat -------------------------------------------------------------
    "paste.stale": {
        "other": "Pemindaian terakhir {count} hari yang lalu, pada {date}. Kiriman yang {count} hari tidak "
        "bergerak sudah layak ditanyakan.",
    },
    "paste.arriving_late": {
        "other": "Status “Arriving Late” (tiba terlambat) sudah tampil selama {count} minggu. Itu lebih dari "
        "sekadar terlambat: minta USPS mencari kiriman ini.",
    },
    "paste.customs_id": "Status ini biasanya berarti kiriman menunggu di Bea Cukai, sering kali menunggu bea masuk "
    "dan pajaknya dibayar. Cek di beacukai.go.id/barangkiriman dengan nomor pelacakannya.",
    "paste.customs_us": "Kiriman biasanya sedang diperiksa bea cukai AS. USPS tidak bisa mempercepatnya; "
    "kalau tertahan berminggu-minggu, pengirim atau penerima bisa bertanya ke USPS.",
    "paste.pay_safely": "Bayar bea masuk dan pajak hanya lewat kode billing atau virtual account Pos Indonesia. "
    "Bea Cukai tidak pernah meminta transfer ke rekening pribadi.",
    "paste.not_found": "Bea Cukai tidak punya data nomor ini. Mungkin kiriman belum tiba di Indonesia, atau "
    "belum dilaporkan oleh pos – atau nomornya palsu. Kalau ada yang meminta Anda membayar agar "
    "barang ini dilepas, itu penipuan: jangan bayar.",
    "paste.documents": "Bea Cukai meminta dokumen, misalnya invoice, bukti pembayaran, atau NPWP. "
    "Kirimkan sesuai petunjuk Pos Indonesia; tanpa itu barangnya tidak bisa dikeluarkan.",
    "paste.delivered": "Pelacakan menyatakan kiriman sudah diantar. Kalau belum Anda terima, cari di sekitar alamat "
    "dan tanyakan tetangga, lalu isi Help Request Form USPS; kalau setelah 7 hari kerja belum "
    "juga ada, ajukan penelusuran Missing Mail.",
    "paste.delivered_pos": "Pos Indonesia menyatakan kiriman sudah diantar. Kalau belum Anda terima, tanyakan "
    "orang di alamat itu, lalu kantor Pos Indonesia terdekat, dengan menyebutkan nomor pelacakannya.",
    "paste.returning": "Kiriman sedang dalam perjalanan kembali ke pengirim. Minta pengirim memantaunya, "
    "dan menanyakan alasan yang diberikan USPS.",
    # --- Balasan USPS ---------------------------------------------------------------------------
    "paste.reply_case": "Catat nomor kasus {case}: sebutkan di setiap tindak lanjut.",
    "paste.reply_no_case": "Nomor kasus tidak ditemukan. Cari di subjek atau baris pertama email, "
    "lalu catat untuk tindak lanjut.",
    # --- Mengapa jawaban ini diusulkan ----------------------------------------------------------
    "paste.why.tracking_number": "Teks ini berisi nomor pelacakan {number}.",
    "paste.why.case_number": "Email USPS menyebutkan nomor kasus {case}.",
    "paste.why.direction.domestic": "Semua pemindaian ada di dalam AS.",
    "paste.why.direction.from_us": "Kiriman berangkat dari AS ke luar negeri.",
    "paste.why.direction.to_us": "Kiriman dikirim dari negara lain ke AS.",
    "paste.why.mailed_on": "Pemindaian pertama saat kiriman sudah di tangan pos bertanggal {date}.",
    "paste.why.service": "Halaman pelacakan menyebutkan layanannya.",
    "paste.why.problem.delivered_not_received": "Pelacakan menyatakan sudah diantar. Pilih ini kalau kiriman "
    "tidak sampai ke tangan Anda.",
    "paste.why.problem.returned_to_sender": "Pelacakan menyatakan kiriman sedang dikembalikan ke pengirim.",
    "paste.why.problem.held_at_customs": "Pemindaian terakhir menunjukkan kiriman ada di bea cukai.",
    "paste.why.problem.damaged": "Ada pemindaian yang menyatakan kiriman rusak.",
    "paste.why.problem.not_arrived": "Kiriman belum diantar dan sudah cukup lama tidak bergerak.",
    # --- Permintaan dari halaman atau baris perintah ---------------------------------------------
    "paste.request.not_object": "Permintaan harus berupa objek berisi “text”, “lang”, dan “today”.",
    "paste.request.text": "“text” harus berisi teks yang ditempel.",
    "paste.request.lang": "“lang” harus “id” atau “en”.",
    "paste.request.today": "“today” harus berupa tanggal, misalnya 2026-03-20.",
    # --- Arti status (statuses.py) ----------------------------------------------------------------
    "paste.status.usps.label_created": "Pengirim sudah membuat label, tetapi biasanya barangnya belum diserahkan "
    "ke USPS. Status ini biasanya berubah setelah pengirim menyerahkannya.",
    "paste.status.usps.shipping_partner": "Kiriman biasanya masih di perusahaan mitra pengiriman si pengirim; "
    "USPS baru mengambil alih sesudahnya.",
    "paste.status.usps.acceptance_pending": "Kiriman biasanya sudah diserahkan, tetapi belum dipindai masuk oleh USPS. "
    "Pemindaian berikutnya biasanya di pusat pemrosesan USPS.",
    "paste.status.usps.accepted": "USPS sudah menerima kiriman; sejak ini biasanya kiriman ada di tangan USPS. "
    "Biasanya inilah tanggal pengiriman.",
    "paste.status.usps.arrived_facility": "Biasanya berarti kiriman tiba di pusat pemrosesan USPS, "
    "masih di tangan USPS.",
    "paste.status.usps.departed_facility": "Biasanya berarti kiriman sudah keluar dari pusat pemrosesan USPS "
    "menuju tujuan berikutnya.",
    "paste.status.usps.processed": "Biasanya berarti kiriman disortir di pusat pemrosesan. Di ISC (International "
    "Service Center), ini biasanya persinggahan terakhir di AS sebelum kiriman keluar negeri.",
    "paste.status.usps.in_transit": "Biasanya berarti kiriman sedang dalam perjalanan antarpusat pemrosesan; "
    "pemindaian baru muncul setelah tiba.",
    "paste.status.usps.arriving_late": "Biasanya berarti kiriman masih bergerak, tetapi lebih lambat dari perkiraan. "
    "Kalau status ini bertahan berminggu-minggu, minta USPS mencarinya.",
    "paste.status.usps.departed": "Biasanya berarti kiriman sudah berangkat dari pusat pemrosesan atau dari negara "
    "asal, menuju pos berikutnya.",
    "paste.status.usps.origin_preparing": "Biasanya berarti pos di negara asal sedang menyiapkan pengiriman ke AS; "
    "kiriman masih di tangan pos itu, belum di USPS.",
    "paste.status.usps.arrived_destination": "Biasanya berarti kiriman sudah tiba di negara tujuan; "
    "di sana biasanya diperiksa bea cukai lebih dulu.",
    "paste.status.usps.customs": "Biasanya berarti kiriman ada di bea cukai, yang memeriksanya dan mungkin "
    "memungut bea masuk serta pajak. Pos belum bisa meneruskannya sebelum dilepas bea cukai.",
    "paste.status.usps.customs_released": "Biasanya berarti bea cukai sudah melepas kiriman, dan pos "
    "meneruskannya untuk diantar.",
    "paste.status.usps.arrived_post_office": "Biasanya berarti kiriman sudah tiba di kantor pos yang akan "
    "mengantarnya; biasanya tak lama lagi diantar.",
    "paste.status.usps.out_for_delivery": "Biasanya berarti kiriman sudah dibawa petugas pengantar dan diantar hari ini.",
    "paste.status.usps.notice_left": "Biasanya berarti petugas sudah mencoba mengantar dan meninggalkan "
    "pemberitahuan. Ambil di kantor pos atau jadwalkan pengantaran ulang.",
    "paste.status.usps.available_for_pickup": "Biasanya berarti kiriman menunggu diambil di kantor pos. "
    "Kalau tidak diambil, biasanya dikembalikan ke pengirim.",
    "paste.status.usps.delivered": "USPS biasanya memindai ini saat kiriman ditinggalkan di alamat tujuan. "
    "Kalau tidak sampai ke tangan Anda, cari di sekitar alamat dan tanyakan tetangga dulu.",
    "paste.status.usps.return": "Biasanya berarti kiriman tidak bisa diantar dan sedang dikembalikan ke pengirim.",
    "paste.status.usps.forwarded": "Biasanya berarti kiriman diteruskan ke alamat baru (karena pindah alamat).",
    "paste.status.usps.missent": "Biasanya berarti kiriman salah kirim dan sedang diteruskan ke tempat yang benar.",
    "paste.status.usps.damaged": "Biasanya berarti kiriman rusak di perjalanan. Simpan kemasannya: "
    "klaim mungkin memerlukannya.",
    "paste.status.usps.no_access": "Biasanya berarti petugas tidak bisa mencapai pintu atau tidak menemukan tempat "
    "yang aman. Pengantaran biasanya dicoba lagi.",
    "paste.status.usps.awaiting_delivery_scan": "Biasanya berarti kiriman sudah dibawa untuk diantar, tetapi belum "
    "dipindai sebagai terkirim; mungkin masih akan diantar.",
    "paste.status.pos.posting": "Pos sudah menerima kiriman dari pengirim; biasanya inilah tanggal pengiriman.",
    "paste.status.pos.arrival_outward": "Biasanya berarti kiriman tiba di kantor tukar internasional negara asal, "
    "tempat kiriman disiapkan untuk keluar negeri.",
    "paste.status.pos.departure_outward": "Biasanya berarti kiriman sudah berangkat dari negara asal.",
    "paste.status.pos.arrival_inward": "Biasanya berarti kiriman sudah tiba di Indonesia dan masuk ke Bea Cukai lebih dulu.",
    "paste.status.pos.customs": "Biasanya berarti kiriman ada di Bea Cukai, yang memeriksanya dan mungkin memungut "
    "bea masuk serta pajak. Cek di beacukai.go.id/barangkiriman.",
    "paste.status.pos.released": "Biasanya berarti Bea Cukai sudah melepas kiriman, dan Pos Indonesia "
    "meneruskannya untuk diantar.",
    "paste.status.pos.departure_inward": "Biasanya berarti kiriman sudah berangkat dari kantor tukar menuju kantor "
    "Pos Indonesia yang akan mengantarnya.",
    "paste.status.pos.arrival_delivery_office": "Biasanya berarti kiriman sudah tiba di kantor Pos Indonesia yang "
    "akan mengantarnya.",
    "paste.status.pos.out_for_delivery": "Biasanya berarti kurir Pos Indonesia sedang membawa kiriman ke alamat Anda.",
    "paste.status.pos.delivery_failed": "Biasanya berarti pengantaran gagal; Pos Indonesia biasanya mencoba lagi, "
    "atau menyimpannya di kantor pos.",
    "paste.status.pos.delivered": "Pos Indonesia biasanya memindai ini saat kiriman diserahkan di alamat tujuan.",
    "paste.status.pos.returned": "Biasanya berarti kiriman sedang dikembalikan ke pengirim.",
    "paste.status.bc.not_found": "Bea Cukai tidak punya datanya: barang belum tiba, belum dilaporkan, "
    "atau nomornya palsu.",
    "paste.status.bc.received": "Dokumen barang sudah masuk ke sistem Bea Cukai dan menunggu divalidasi.",
    "paste.status.bc.validated": "Sistem Bea Cukai sudah selesai memvalidasi dokumennya.",
    "paste.status.bc.sppbmcp": "Bea Cukai sudah menetapkan bea masuk dan pajaknya dari dokumen (SPPBMCP); "
    "barangnya masih bisa dipindai x-ray setelah dibawa pos.",
    "paste.status.bc.awaiting_inspection": "Bea Cukai ingin memeriksa fisik barang dan menunggu pos membawanya. "
    "Makin lama menunggu, makin besar biaya gudang dari pos.",
    "paste.status.bc.inspected": "Bea Cukai sudah memeriksa barangnya dan mencatat hasilnya (LHP).",
    "paste.status.bc.documents": "Bea Cukai meminta dokumen (NPD), misalnya invoice, bukti pembayaran, atau NPWP.",
    "paste.status.bc.billing": "Biasanya berarti ada tagihan bea masuk dan pajak yang harus dibayar sebelum "
    "barang dikeluarkan.",
    "paste.status.bc.paid": "Biasanya berarti bea masuk dan pajak sudah dibayar; barang biasanya segera dikeluarkan.",
    "paste.status.bc.released": "Biasanya berarti Bea Cukai sudah melepas barangnya, dan Pos Indonesia "
    "meneruskannya untuk diantar.",
    "paste.status.reply.received": "Biasanya ini email otomatis tanda USPS sudah menerima permintaan Anda; "
    "biasanya belum dibaca petugas.",
    "paste.status.reply.forwarded_local": "Biasanya berarti USPS meneruskan permintaan Anda ke kantor pos setempat, "
    "yang biasanya akan menghubungi Anda. Kalau tidak ada kabar, tindak lanjuti dengan nomor kasusnya.",
    "paste.status.reply.search_opened": "Biasanya berarti USPS sudah membuka penelusuran kiriman dan akan "
    "mengirim kabar lewat email.",
    "paste.status.reply.closed": "Biasanya berarti USPS menganggap kasusnya selesai. Kalau masalah Anda belum "
    "beres, tindak lanjuti dengan nomor kasusnya.",
    "paste.status.reply.country_of_origin": "Biasanya berarti USPS meminta penelusuran dimulai di negara asal "
    "kiriman, oleh pengirimnya.",
    "paste.status.reply.claim": "Biasanya berarti USPS mengarahkan Anda untuk mengajukan klaim ganti rugi.",
}
