// Monthly invoicing run: two customers' invoices written to the outbox and mailed
gsOutbox = fTempPath() + ["/"] + "outbox_" + Random(1, 999999)
fMakeDir(gsOutbox)
CInvoiceSequence.Reset(41)
arrInvoices is array of STInvoice
arrInvoices.Add(InvoiceFromText("Boulangerie Petit", "compta@petit.example", [
	BRD-01;Bread slicer;1;1250.00;20
	SRV-02;Installation;3;85.00;20
	DOC-03;Hygiene guide;2;12.50;5.5
	], "20261130"))
arrInvoices.Add(InvoiceFromText("Hôtel du Lac", "direction@hotel-lac.example", "COF-10;Coffee machine;2;649.90;20", "20261202"))
WHEN EXCEPTION IN
	arrInvoices.Add(InvoiceFromText("Nobody", "x@y.example", "BAD;Broken;0;1;20", "20261202"))
DO
	Trace("refused: " + ExceptionInfo(errMessage))
END
FOR EACH inv OF arrInvoices
	Trace(StringBuild("%1 %2: net %3, VAT %4, gross %5, due %6", inv.sNumber, inv.sCustomer, ...
		inv.mNet, inv.mVAT, inv.mGross, DateToString(inv.dDue, "DDD DD/MM/YYYY")))
	IF SendInvoice(inv, inv.mGross > 1000) THEN
		Trace("  sent to " + inv.sCustomerEmail)
	ELSE
		Trace("  not sent: " + ErrorInfo(errMessage))
	END
END
Trace(InvoiceSequence.Last + " invoice numbers used this year")
nFiles is int
FOR EACH STRING sFile OF fListFile(gsOutbox + ["/"] + "*.*") SEPARATED BY CR
	Trace("  " + fExtractPath(sFile, fFileName + fExtension) + ", " + fSize(sFile) + " bytes")
	fDelete(sFile)
	nFiles++
END
Trace(nFiles + " files removed from the outbox")
fRemoveDir(gsOutbox)
