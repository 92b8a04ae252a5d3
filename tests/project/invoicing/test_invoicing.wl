// Tests of pInvoicing and CInvoiceSequence (run with --now "2026-12-03 10:00")
gsOutbox = fTempPath() + ["/"] + "outbox_test_" + Random(1, 999999)
CInvoiceSequence.Reset()

PROCEDURE test_numbers_restart_each_year()
seq is CInvoiceSequence
dbgCheckEqual(seq.Next(), "INV-2026-0001")
seq.m_sPrefix = "CRN"
dbgCheckEqual(seq.Next(), "CRN-2026-0002", "one counter for every prefix")
dbgCheckEqual(InvoiceSequence.Last, 2)

PROCEDURE test_due_dates_skip_weekends()
dbgCheckEqual(DueDate("20261130"), "20261230")
dbgCheckEqual(DueDate("20261105"), "20261207", "Saturday 5/12 -> Monday 7/12")
dbgCheckEqual(DueDate("20261106"), "20261207", "Sunday 6/12 -> Monday 7/12")

PROCEDURE test_vat_rounded_per_rate()
inv is STInvoice = InvoiceFromText("T", "t@example.org", "A;a;1;0.05;5.5" + CR + "B;b;3;0.05;5.5" + CR + "C;c;1;9.99;20", "20261201")
// 5.5% of 0.20 = 0.011 -> 0.01, 20% of 9.99 = 1.998 -> 2.00
dbgCheckEqual(inv.mNet, 10.19)
dbgCheckEqual(inv.mVAT, 2.01)
dbgCheckEqual(inv.mGross, 12.2)

PROCEDURE test_zero_quantity_throws()
WHEN EXCEPTION IN
	InvoiceFromText("T", "t@example.org", "A;a;0;1;20")
DO
	dbgCheckEqual(ExceptionInfo(errCode), 1)
	dbgCheckTrue(ExceptionInfo(errMessage) [= "INV-2026-0001: line A")
END

PROCEDURE test_xml_reads_back()
inv is STInvoice = InvoiceFromText("Café Noir", "cafe@example.org", "K1;Kettle;2;19.90;20", "20261201")
doc is xmlDocument = XMLOpen(InvoiceToXML(inv), fromString)
dbgCheckEqual(doc.Invoice:issued, "2026-12-01")
dbgCheckEqual(doc.Invoice.Buyer.Name, "Café Noir")
dbgCheckEqual(doc.Invoice.Lines.Line..Occurrence, 1)
dbgCheckEqual(doc.Invoice.Lines.Line[1]:sku, "K1")
dbgCheckEqual(doc.Invoice.Totals.Gross, "47.76")

PROCEDURE test_json_summary()
inv is STInvoice = InvoiceFromText("Café Noir", "cafe@example.org", "K1;Kettle;2;19.90;20", "20261201")
v is Variant = JSONToVariant(InvoiceToJSON(inv))
dbgCheckEqual(v.number, "INV-2026-0001")
dbgCheckEqual(v.totals.vat, 7.96)
dbgCheckEqual(v.due, "2026-12-31")

PROCEDURE test_mail_with_two_attachments()
inv is STInvoice = InvoiceFromText("Café Noir", "cafe@example.org", "K1;Kettle;2;19.90;20", "20261201")
fMakeDir(gsOutbox)
dbgCheckTrue(SendInvoice(inv))
// expect mail count: 1
// expect mail: To: cafe@example.org
// expect mail: Subject: Invoice INV-2026-0001 - 47.76 EUR due 31/12/2026
fDelete(gsOutbox + ["/"] + "INV-2026-0001.xml")
fDelete(gsOutbox + ["/"] + "INV-2026-0001.json")
fRemoveDir(gsOutbox)

PROCEDURE test_copy_to_accounting()
inv is STInvoice = InvoiceFromText("Big", "big@example.org", "X;x;1;5000;20", "20261201")
fMakeDir(gsOutbox)
dbgCheckTrue(SendInvoice(inv, True))
// expect mail: Cc: accounting@atelier-nord.example
fDelete(gsOutbox + ["/"] + "INV-2026-0001.xml")
fDelete(gsOutbox + ["/"] + "INV-2026-0001.json")
fRemoveDir(gsOutbox)
