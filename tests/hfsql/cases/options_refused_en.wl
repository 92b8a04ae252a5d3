// The options of the reading, writing and locking functions are HFConstant.h's
// eHPARSEMODE bits (hLockNo 0x8 to hLimitParsing 0x200000): a number holding another bit
// is refused in words (it was ignored); the named options, alone or combined, still work
HReset(Customer)
Customer.Name = "Anna"
Customer.Email = "anna@example.com"
Trace(HAdd(Customer, hDefault), HAdd(Customer, 4), HErrorInfo())   // expect: 1, 0, HAdd: 4 is not a combination of HFSQL's options (hLockNo, hLockWrite, hLockReadWrite, hGeneric, hIdentical, hDistinct, hForceIdAuto... combined with +).
Trace(HNbRec(Customer))                                          // expect: 1
Trace(HReadFirst(Customer, Name, hLockNo), Customer.Name)        // expect: 1, Anna
Trace(HReadSeekFirst(Customer, Name, "An", hGeneric + hLockWrite), Customer.Name)   // expect: 1, Anna
// a slip: the value where the options go
Trace(HReadSeekFirst(Customer, Name, "Anna", 3), Position(HErrorInfo(), "HReadSeekFirst: 3 is not") = 1)   // expect: 0, 1
Trace(HReadFirst(Customer, Name, -1), HError() <> 0)             // expect: 0, 1
Customer.City = "Lyon"
Trace(HModify(Customer, hCurrentRecNum, 0x400000), HModify(Customer, hCurrentRecNum, hNoRefresh))   // expect: 0, 1
Trace(HLockFile(Customer, 1), HLockFile(Customer, hLockWrite), HUnlockFile(Customer))   // expect: 0, 1, 1
Trace(HWrite(Customer, hCurrentRecNum, 2), HWrite(Customer, hCurrentRecNum, hWriteDefault))   // expect: 0, 1
// a query's mode too (eHQUERYMODE): hQueryDefault and the named modes run, another number is refused
QRY is Data Source
Trace(HExecuteSQLQuery(QRY, hQueryDefault, "SELECT Name FROM Customer"), HNbRec(QRY))   // expect: 1, 1
Trace(HExecuteSQLQuery(QRY, hNoBind + hQueryWithoutCorrection, "SELECT Name FROM Customer"), HNbRec(QRY))   // expect: 1, 1
Trace(HExecuteSQLQuery(QRY, 1, "SELECT Name FROM Customer"), Position(HErrorInfo(), "HExecuteSQLQuery: 1 is not a combination of a query's modes") = 1)   // expect: 0, 1
Trace(HPrepareSQLQuery(QRY, 0x80, "SELECT Name FROM Customer"), HError() <> 0)   // expect: 0, 1
// the text import's and the XML export's options too (eHIMPORTMODE, eHEXPORTMODE)
sXml is string = fTempFile()
Trace(HExportXML(Customer, sXml, hExpCreation + hExpWithoutXSL), HExportXML(Customer, sXml, 16), HErrorInfo())   // expect: 1, 0, HExportXML: 16 is not a combination of HExportXML's options.
Trace(HExportXML(Customer, sXml, "Name", 0x100), HError() <> 0)   // expect: 0, 1
Trace(HImportText(Customer, sXml, "Name", ";", 0x10000), HErrorInfo())   // expect: 0, HImportText: 65536 is not a combination of HImportText's options.
fDelete(sXml)
// HNbRec's states: a number holding another bit, or a text, was counted as the active
// records or as none, silently
Trace(HNbRec(Customer, hStateActive + hStateCrossed) >= 0, HNbRec(Customer, 16), HErrorInfo())   // expect: 1, -1, HNbRec: 16 is not a combination of states (hStateActive, hStateCrossed, hStateDel, hStateAll combined with +).
Trace(HNbRec(Customer, "active"), ErrorOccurred)   // expect: -1, 1
