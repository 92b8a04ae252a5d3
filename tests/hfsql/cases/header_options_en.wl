// Options of PC SOFT's C header HFConstant.h declared this session (docs/builtins.md
// "Constant values"): hDefault (HPARSEMODEDEFAULT), hDistinct, the query modes and the
// text import modes, each where it acts
Trace(hDefault, hDistinct, hQueryBreakable, hNoBind, hWithTransaction)   // expect: 128, 2048, 2, 32, 2097152
Trace(hImpCreation, hImpTestDuplicates, hImpNoDelimiter, hImpIgnoreInvalidLine, hImpBreakable)   // expect: 1, 4, 16, 64, 8192
FOR EACH s, n OF ["Dupont", "Martin", "Dupont", "Albert", "Martin", "Dupont"]
	HReset(Customer)
	Customer.Name = s
	Customer.Email = s + n + "@example.com"
	HAdd(Customer)
END
// hDistinct: each name once, the first record of a name forwards, the last backwards
sSeen is string
HReadFirst(Customer, Name, hDefault)
WHILE NOT HOut(Customer)
	sSeen += Customer.Name + HRecNum(Customer) + " "
	HReadNext(Customer, Name, hDistinct)
END
Trace(NoSpace(sSeen))                                               // expect: Albert4 Dupont1 Martin2
sSeen = ""
HReadLast(Customer, Name)
WHILE NOT HOut(Customer)
	sSeen += Customer.Name + HRecNum(Customer) + " "
	HReadPrevious(Customer, Name, hDistinct + hLockWrite)
END
Trace(NoSpace(sSeen), HErrorLock())                                 // expect: Martin5 Dupont6 Albert4, 0
// without hDistinct every record is read
nCount is int = 0
HReadFirst(Customer, Name)
WHILE NOT HOut(Customer)
	nCount++
	HReadNext(Customer, Name)
END
Trace(nCount)                                                       // expect: 6
// the query modes are accepted, alone or together
QRY is Data Source
Trace(HExecuteSQLQuery(QRY, hNoBind + hWithTransaction, "SELECT Name FROM Customer WHERE Name = 'Albert'"))   // expect: 1
Trace(HExecuteSQLQuery(QRY, hQueryBreakable, "UPDATE Customer SET City = 'Lyon' WHERE Name = 'Martin'"))   // expect: 1
HReadSeekFirst(Customer, Name, "Martin")
Trace(Customer.City)                                                // expect: Lyon
// text imports: hImpCreation replaces the records, hImpIgnoreInvalidLine skips a line of
// too many values, hImpNoDelimiter keeps double quotes as text
sCsv is string = fTempFile()
fSaveText(sCsv, "Zola;zola@example.com" + CR + "Hugo;hugo@example.com;Paris;extra" + CR)
Trace(HImportText(Customer, sCsv, "Name,Email,City", ";", hImpCreation), HNbRec(Customer))   // expect: 0, 6
Trace(HImportText(Customer, sCsv, "Name,Email,City", ";", hImpCreation + hImpIgnoreInvalidLine), HNbRec(Customer))   // expect: 1, 1
HReadFirst(Customer, Name)
Trace(Customer.Name)                                                // expect: Zola
fSaveText(sCsv, """Sand"";sand@example.com" + CR)
Trace(HImportText(Customer, sCsv, "Name,Email", ";", hImpNoDelimiter + hImpTestDuplicates + hImpBreakable))   // expect: 1
HReadSeekFirst(Customer, Email, "sand@example.com")
Trace(Customer.Name)                                                // expect: "Sand"
// HExportXML's modes (eHEXPORTMODE): the file is written anew, without XSL
Trace(hExpCreation, hExpNormal, hExpBreakable, hExpWithoutXSL)     // expect: 1, 2, 4, 8
fSaveText(sCsv, "old")
Trace(HExportXML(Customer, sCsv, hExpCreation + hExpWithoutXSL), Left(fLoadText(sCsv), 5))   // expect: 1, <?xml
Trace(HExportXML(Customer, sCsv, "Name", hExpNormal + hExpBreakable), Position(fLoadText(sCsv), "<Name>Zola</Name>") > 0)   // expect: 1, 1
fDelete(sCsv)
// HErrorInfo(hErrFullDetails) (HFConstant.h's HEI_FULLERROR, 1089): every part, one a line
Trace(HErrorInfo(hErrFullDetails))                                  // expect: 
HReset(Customer)
Customer.Name = "Zola"
Customer.Email = "zola@example.com"
Trace(HAdd(Customer), hErrFullDetails)                              // expect: 0, 1089
Trace(Position(HErrorInfo(hErrFullDetails), HErrorInfo()) = 1, Position(HErrorInfo(hErrFullDetails), "Item: Email") > 0)   // expect: 1, 1
// hCheckDuplicates / hCheckIntegrity (0x20000, 0x40000): HAdd checks as ever; with the
// links switched off, hCheckIntegrity is refused in words rather than left unchecked
Trace(hCheckDuplicates, hCheckIntegrity)                            // expect: 131072, 262144
HReset(Orders)
Orders.CustomerID = 42
Trace(HAdd(Orders, hCheckIntegrity + hCheckDuplicates), HErrorIntegrity())   // expect: 0, 1
HSetIntegrity(False)
Trace(HAdd(Orders, hCheckIntegrity), Position(HErrorInfo(), "hCheckIntegrity cannot check") > 0, HNbRec(Orders))   // expect: 0, 1, 0
Trace(HAdd(Orders, hCheckDuplicates), HNbRec(Orders))              // expect: 1, 1
// HSetIntegrity's constraints are eHRULE's bits: HALLRULES (8, every rule; no WLanguage
// name found) is what WINDEV Mobile's runtime passes when none is given
Trace(hCardinality, hOnUpdate, hOnDelete)                           // expect: 1, 2, 4
Trace(HSetIntegrity("*", "*", 8, True), HSetIntegrity("*", "*", 16, True), HError() <> 0)   // expect: 0, 0, 1
HReset(Orders)
Orders.CustomerID = 43
Trace(HAdd(Orders), HErrorIntegrity())                              // expect: 0, 1
// HNbRec's state 0 is the default (WINDEV Mobile's runtime passes 0 when none is given):
// the active records, as without it (it counted none)
Trace(HNbRec(Orders, 0), HNbRec(Orders), HNbRec(Orders, hStateActive))   // expect: 1, 1, 1
