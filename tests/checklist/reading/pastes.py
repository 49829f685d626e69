"""Real-shaped pastes, written from the published formats and status lists (not copied from a reader).

USPS Tracking (tools.usps.com) gives, when its history is selected and copied, each event as the
status, the place and the date on separate lines; its older page gave one line per event. Pos
Indonesia shows UPU event names with a date, an office and the event; Bea Cukai's barang kiriman
result lists dated statuses in its own words; USPS's Email Us replies quote a case number.
"""

DELIVERED_NOT_RECEIVED = """\
Tracking Number:
9400 1112 0620 6406 2607 87
Copy
Add to Informed Delivery
Latest Update
Your item was delivered in or at the mailbox at 2:15 pm on March 10, 2026 in BROOKLYN, NY 11201.
Delivered
Delivered, In/At Mailbox
BROOKLYN, NY 11201
March 10, 2026, 2:15 pm
Out for Delivery
BROOKLYN, NY 11201
March 10, 2026, 6:10 am
Arrived at Post Office
BROOKLYN, NY 11201
March 10, 2026, 5:01 am
Departed USPS Regional Facility
BROOKLYN NY DISTRIBUTION CENTER
March 9, 2026, 11:48 pm
Arrived at USPS Regional Facility
BROOKLYN NY DISTRIBUTION CENTER
March 9, 2026, 3:20 am
USPS in possession of item
AUSTIN, TX 78701
March 5, 2026, 4:41 pm
Hide Tracking History
Product Information
Postal Product: Priority Mail®
Features: USPS Tracking®
"""

ARRIVING_LATE = """\
USPS Tracking®
Tracking Number: 9212 3912 3456 7812 3456 70
In Transit to Next Facility, Arriving Late
February 20, 2026
Arrived at USPS Regional Facility
CHICAGO IL NETWORK DISTRIBUTION CENTER
February 14, 2026, 9:05 pm
USPS in possession of item
DENVER, CO 80202
February 12, 2026, 1:30 pm
USPS Ground Advantage®
"""

# The older page, one event a line (tab-separated as a table copies), outbound through ISC Los Angeles.
TO_INDONESIA_CUSTOMS = (
    "CP 123 456 785 US\n"
    "Priority Mail International®\n"
    "March 9, 2026, 10:12 am\tHeld in Customs\tJAKARTA, INDONESIA\n"
    "March 7, 2026, 6:05 am\tProcessed Through Facility\tJAKARTA, INDONESIA\n"
    "March 3, 2026, 9:41 pm\tDeparted\tLOS ANGELES, UNITED STATES\n"
    "March 3, 2026, 2:14 pm\tProcessed Through Facility\tISC LOS ANGELES CA (USPS)\n"
    "February 27, 2026, 11:02 am\tArrived at USPS Regional Facility\tCITY OF INDUSTRY CA DISTRIBUTION CENTER\n"
    "February 26, 2026, 4:20 pm\tUSPS in possession of item\tSAN JOSE, CA 95113\n"
)

# The same route through ISC Chicago, copied from the new page: left the US, not yet in customs.
LEAVING_US_CHICAGO = """\
EC123456785US
Processed Through Facility
ISC CHICAGO IL (USPS)
March 18, 2026, 7:45 pm
Arrived at USPS Regional Facility
CHICAGO IL NETWORK DISTRIBUTION CENTER
March 17, 2026, 5:12 am
Accepted at USPS Origin Facility
MADISON, WI 53703
March 16, 2026, 3:02 pm
Priority Mail Express International®
"""

FROM_INDONESIA = """\
RR123456785ID
Delivered, Front Door/Porch
SEATTLE, WA 98101
March 12, 2026, 1:05 pm
Out for Delivery
SEATTLE, WA 98101
March 12, 2026, 7:30 am
Inbound Out of Customs
CHICAGO, IL 60666
March 6, 2026
Inbound Into Customs
CHICAGO, IL 60666
March 5, 2026, 10:00 pm
Processed Through Facility
ISC CHICAGO IL (USPS)
March 5, 2026, 9:12 pm
Origin Post is Preparing Shipment
INDONESIA
February 24, 2026, 4:32 pm
"""

RETURN_TO_SENDER = """\
9400 1112 0620 6406 2607 87
Return to Sender Processed
SAN DIEGO, CA 92101
March 14, 2026, 8:22 am
Addressee Unknown
SAN DIEGO, CA 92101
March 13, 2026, 11:20 am
Out for Delivery
SAN DIEGO, CA 92101
March 13, 2026, 6:05 am
USPS in possession of item
PORTLAND, OR 97201
March 9, 2026, 2:10 pm
"""

POS_INBOUND = """\
Lacak Kiriman
Nomor Kiriman: CP123456785US
2026-03-14 10:21:05 | JAKARTA INTERNATIONAL MAIL PROCESSING CENTER | Arrival at inward OE
2026-03-15 08:00:11 | JAKARTA INTERNATIONAL MAIL PROCESSING CENTER | Held by Customs
2026-03-17 13:40:00 | JAKARTA INTERNATIONAL MAIL PROCESSING CENTER | Returned from Customs
2026-03-18 07:15:09 | MPC BANDUNG 40400 | Arrival at delivery office
2026-03-19 09:02:44 | KANTOR POS BANDUNG 40111 | Proses antar
"""

BEA_CUKAI_BILL = """\
Hasil Pencarian
Nomor Resi : CP123456785US
No Tanggal Status Keterangan
1 16-03-2026 08:10:11 Dokumen diterima untuk diproses Bea Cukai
2 16-03-2026 08:12:40 Selesai validasi sistem Bea Cukai
3 17-03-2026 14:05:00 Penetapan SPPBMCP (Pembayaran dan Persetujuan Keluar) menunggu penyiapan barang oleh penyelenggara Pos/PJT untuk dilakukan pemindai (x-ray) atau manifes
Bea Masuk : Rp 112.500
PPN : Rp 136.125
Total Tagihan : Rp 248.625
"""

BEA_CUKAI_NOT_FOUND = """\
Lacak Barang Kiriman
Nomor Resi: RB123456785US
Hasil pencarian: Data tidak ditemukan
"""

USPS_REPLY = """\
Date: March 16, 2026 at 9:14 AM EDT
Subject: Your USPS Inquiry - Case Number CA141722721
Dear Budi Santoso,
Thank you for contacting the United States Postal Service.
Your inquiry has been forwarded to the local Post Office for a response.
Your case number is CA141722721.
Sincerely,
USPS Customer Care
"""

JUNK = "asdf qwer 12 zxcv\nlorem ipsum dolor sit amet\n;;;; ####\n"

DHL_PAGE = """\
DHL Express
Waybill 1234567890
Delivered
Signed for by: BUDI
March 11, 2026 10:22
"""

WEB_PAGE = (
    "<!DOCTYPE html><html><head><title>USPS.com® - USPS Tracking® Results</title>"
    "<script>var x = '<b>Delivered</b>';</script></head><body>"
    "<div class='tb-status'>Delivered, In/At Mailbox</div>"
    "<div class='tb-location'>BROOKLYN, NY 11201</div>"
    "<div class='tb-date'>March 10, 2026, 2:15 pm</div>"
    "</body></html>"
)
