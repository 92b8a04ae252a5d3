// (method b) A customer import from a CSV as WINDEV developers write it: HAdd per line,
// e-mail duplicates (HErrorDuplicates) and lines without a name written to a rejects
// file with their reason; read = added + rejected, nothing silently lost.
sDir is string = fTempPath() + fSep() + "customer_import_" + GetIdentifier()
fMakeDir(sDir)
sCSV is string = sDir + fSep() + "customers.csv"
sRejects is string = sDir + fSep() + "rejects.csv"
fSaveText(sCSV, "Name;City;Email;Balance" + CR + ...
	"Smith;Leeds;smith@example.com;120.50" + CR + ...
	"Brown;York;brown@example.com;0" + CR + ...
	"Jones;Bath;SMITH@example.com;15" + CR + ...
	";Leeds;noname@example.com;3" + CR + ...
	"Zoë Öst;Hull;zoe@example.com;-7.25" + CR)
nRead, nAdded, nRejected are int
nFile is int = fOpen(sRejects, foCreate)
IF nFile = -1 THEN
	Error("Cannot create " + sRejects + ": " + ErrorInfo())
	RETURN
END
fWriteLine(nFile, "Line;Reason;Content")
nLineNum is int = 0
FOR EACH STRING sLine OF fLoadText(sCSV) SEPARATED BY CR
	nLineNum++
	IF nLineNum = 1 OR sLine = "" THEN CONTINUE  // the header, the end of the file
	nRead++
	sName is string = NoSpace(ExtractString(sLine, 1, ";"))
	IF sName = "" THEN
		fWriteLine(nFile, StringBuild("%1;name missing;%2", nLineNum, sLine))
		nRejected++
		CONTINUE
	END
	HReset(Customer)
	Customer.Name = sName
	Customer.City = ExtractString(sLine, 2, ";")
	Customer.Email = Lower(ExtractString(sLine, 3, ";"))
	Customer.Balance = Val(ExtractString(sLine, 4, ";"))
	IF HAdd(Customer) THEN
		nAdded++
	ELSE IF HErrorDuplicates() THEN
		fWriteLine(nFile, StringBuild("%1;duplicate;%2", nLineNum, sLine))
		nRejected++
	ELSE
		fWriteLine(nFile, StringBuild("%1;%2;%3", nLineNum, HErrorInfo(hErrMessage), sLine))
		nRejected++
	END
END
fClose(nFile)
Trace(StringBuild("%1 read, %2 added, %3 rejected", nRead, nAdded, nRejected))  // expect: 5 read, 3 added, 2 rejected
IF nRead <> nAdded + nRejected THEN Trace("lines lost!")
Trace(fLoadText(sRejects))
// expect: Line;Reason;Content
// expect: 4;duplicate;Jones;Bath;SMITH@example.com;15
// expect: 5;name missing;;Leeds;noname@example.com;3
// expect:
FOR EACH Customer ON Name
	Trace(Customer.Name, Customer.City, Customer.Email, Customer.Balance)
END
// expect: Brown, York, brown@example.com, 0
// expect: Smith, Leeds, smith@example.com, 120.5
// expect: Zoë Öst, Hull, zoe@example.com, -7.25
fRemoveDir(sDir, frRecursive)
