// An incoming orders folder processed as a WINDEV developer writes it: each XML order
// opened (XMLOpen fromFile, ErrorOccurred for a broken file), its amount checked with
// IsNumeric on the node, the file moved to Done or Rejected (fMoveFile), a summary built
// by ArrayAddLine and saved by ArrayToCSV. IsNumeric(xDoc.Order.Amount) was False
// whatever the node held (every order was rejected): a node is judged by its text.
// French twin: commandes_entrantes_fr.wl.
sRoot is string = fTempPath() + "\wl_golden_inbox_" + Random(1, 99999)
sInbox is string = sRoot + "\Inbox"
fMakeDir(sInbox)
fMakeDir(sRoot + "\Done")
fMakeDir(sRoot + "\Rejected")
fSaveText(sInbox + "\order_001.xml", "<Order id=""001""><Customer>ACME</Customer><Amount>150.00</Amount></Order>")
fSaveText(sInbox + "\order_002.xml", "<Order id=""002""><Customer>Globex</Customer><Amount>abc</Amount></Order>")
fSaveText(sInbox + "\order_003.xml", "<Order id=""003""><Customer>Initech</Customer><Amount>99.90")
fSaveText(sInbox + "\readme.txt", "not an order")

arrSummary is array of 0 by 3 strings
sFiles is string = fListFile(sInbox + "\*.xml")
arrFiles is array of strings
StringToArray(sFiles, arrFiles, CR)
ArraySort(arrFiles)
FOR EACH sFile OF arrFiles
	sName is string = fExtractPath(sFile, fFileName + fExtension)
	sStatus is string = "OK"
	WHEN EXCEPTION IN
		xDoc is xmlDocument = XMLOpen(sFile, fromFile)
		IF ErrorOccurred THEN
			sStatus = "unreadable: " + Left(ErrorInfo(errMessage), 20)
		ELSE IF NOT IsNumeric(xDoc.Order.Amount) THEN
			sStatus = "bad amount"
		END
	DO
		sStatus = "unreadable"
	END
	IF sStatus = "OK" THEN
		fMoveFile(sFile, sRoot + "\Done\" + sName)
	ELSE
		fMoveFile(sFile, sRoot + "\Rejected\" + sName)
	END
	ArrayAddLine(arrSummary, sName, sStatus, fSize(sRoot + "\" + (sStatus = "OK" ? "Done" ELSE "Rejected") + "\" + sName))
END
sCSV is string = ArrayToCSV(arrSummary)
fSaveText(sRoot + "\summary.csv", sCSV)
Trace(sCSV)
Trace(fListFile(sRoot + "\Done\*.*") <> "", StringCount(fListFile(sRoot + "\Rejected\*.*"), CR) + 1)
Trace(fFileExist(sInbox + "\readme.txt"))
fRemoveDir(sRoot, frRecursive)

// what it prints
// expect: order_001.xml;OK;72
// expect: order_002.xml;bad amount;71
// expect: order_003.xml;unreadable: XMLOpen: invalid XML;57
// expect: 1, 2
// expect: 1
