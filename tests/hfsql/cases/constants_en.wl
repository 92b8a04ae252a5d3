// The HFSQL constants, each where it acts (English names)
FOR EACH s OF ["Dupont", "Dupond", "Martin"]
	HReset(Customer)
	Customer.Name = s
	Customer.Email = s + "@example.com"
	HAdd(Customer)
END
// read options
Trace(HReadFirst(Customer, Name, hDefault), Customer.Name)          // expect: 1, Dupond
Trace(HReadFirst(Customer, Name, hLockNo), Customer.Name)           // expect: 1, Dupond
Trace(HReadSeek(Customer, Name, "Dup", hGeneric), Customer.Name)    // expect: 1, Dupond
Trace(HReadSeek(Customer, Name, "Dup", hIdentical), HOut(Customer)) // expect: 0, 1
HReadSeekFirst(Customer, Name, "Dupond", hLimitParsing)
HReadNext(Customer, Name)
Trace(HOut(Customer))                                               // expect: 1
Trace(HReadLast(Customer, Name, hNoRefresh), Customer.Name)         // expect: 1, Martin
HFilter(Customer, Name, "D", "E")
Trace(HReadFirst(Customer, Email, hKeepFilter), Customer.Name)      // expect: 1, Dupond
HDeactivateFilter(Customer)
// a program's own locks do not stop its own reads and writes
Trace(HReadFirst(Customer, Name, hLockWrite), HErrorLock())         // expect: 1, 0
Customer.City = "Lyon"
Trace(HModify(Customer))                                            // expect: 1
Trace(HReadFirst(Customer, Name, hLockReadWrite), HErrorLock())     // expect: 1, 0
Trace(HUnlockRecNum(Customer, HRecNum(Customer)))                   // expect: 1
// approximate positions
HReadFirst(Customer, Name)
Trace(HGetCurrentPosition(Customer, Name, hPrecisionLow))           // expect: 1
HReadLast(Customer, Name)
Trace(HGetCurrentPosition(Customer, Name, hPrecisionMedium))        // expect: 1000
Trace(HSetPosition(Customer, Name, 1000, hPrecisionHigh), Customer.Name)   // expect: 1, Martin
// saved positions
HReadFirst(Customer, Name)
nPos is int = HSavePosition(Customer, Name)
HReadLast(Customer, Name)
Trace(HRestorePosition(nPos, hRPDefault), Customer.Name)            // expect: 1, Dupond
nPos = HSavePosition(Customer, Name)
HReadLast(Customer, Name)
Trace(HRestorePosition(nPos, hRPHF5), Customer.Name)                // expect: 1, Dupond
// record states
Trace(HState(Customer, 999) = hStateInvalid)                        // expect: 1
// isolation levels
Trace(HTransactionIsolation(hReadUncommitted), HTransactionIsolation(hRepeatableRead))   // expect: 1, 1
// error details
HReset(Customer)
Customer.Email = "dupont@example.com"
HAdd(Customer)
Trace(HErrorInfo(hErrMessage) = HErrorInfo(), HErrorInfo(hErrCode) = HError())   // expect: 1, 1
Trace(HErrorInfo(hErrDatabaseMessage) <> "")                         // expect: 1
// error kinds given to the code
Trace(HOnError("*", hErrLock + hErrIntegrity + hErrModify + hErrPassword, ""))   // expect: 1
// item types and key types of a file described in code
fd is File Description
id is Item Description
fd..Name = "Kinds"
id..Name = "Code"
id..Type = hItemUnicodeText
id..Size = 10
id..KeyType = hUniqueKey
HDescribeItem(fd, id)
id..KeyType = hNotAKey
arrNames is array of strings = ["Ratio", "Amount", "Day", "Hour", "Moment", "Flag", "Big", "Blob"]
arrTypes is array of int = [hItemReal, hItemCurrency, hItemDate, hItemTime, hItemDateTime, hItemBoolean, hItemInt8, hItemBinaryMemo]
FOR i = 1 TO 8
	id..Name = arrNames[i]
	id..Type = arrTypes[i]
	HDescribeItem(fd, id)
END
HDescribeFile(fd)
HCreation(Kinds)
HReset(Kinds)
Kinds.Code = "Ünï"
Kinds.Ratio = "1.5"
Kinds.Amount = "12.25"
Kinds.Day = "20240229"
Kinds.Hour = "13450000"
Kinds.Moment = "20240229134500000"
Kinds.Flag = 1
Kinds.Big = "9000000000"
Trace(HAdd(Kinds))                                                  // expect: 1
HReadSeekFirst(Kinds, Code, "uni")
Trace(Kinds.Code, Kinds.Ratio + 1, Kinds.Amount * 2, Kinds.Day, Kinds.Hour, Kinds.Flag, Kinds.Big + 1)
// expect: Ünï, 2.5, 24.5, 20240229, 13450000, 1, 9000000001
Trace(Left(Kinds.Moment, 12))                                       // expect: 202402291345
HReset(Kinds)
Kinds.Code = "UNI"
Trace(HAdd(Kinds), HErrorDuplicates())                              // expect: 0, 1
// memo types
sFile is string = fTempFile()
fSaveText(sFile, "RIFF....WAVE")
HAttachMemo(Kinds, Blob, sFile, hMemoWav, "a sound")
Trace(ExtractString(HInfoMemo(Kinds, Blob), 1, TAB))                // expect: WAV
HAttachMemo(Kinds, Blob, sFile, hMemoOLE)
Trace(ExtractString(HInfoMemo(Kinds, Blob), 1, TAB))                // expect: OLE
// text import options
sCsv is string = fTempFile()
fSaveText(sCsv, "Code;Ratio" + CR + "A1;2.5" + CR)
Trace(HImportText(Kinds, sCsv, "Code,Ratio", ";", hImpIgnoreFirstLine))   // expect: 1
fSaveText(sCsv, "B1;3.5" + CR)
Trace(HImportText(Kinds, sCsv, "Code,Ratio", ";", hImpNormal), HNbRec(Kinds))   // expect: 1, 3
fDelete(sFile)
fDelete(sCsv)
// providers: PostgreSQL where no server listens fails at once; HFSQL Client/Server fails too (not reachable here)
cnx is Connection
cnx..Provider = hNativeAccessPostgreSQL
cnx..Server = "127.0.0.1:1"
cnx..Database = "none"
cnx..User = "nobody"
Trace(HOpenConnection(cnx), HError() <> 0)                          // expect: 0, 1
cnxHF is Connection
cnxHF..Provider = hAccessHFClientServer
cnxHF..Server = "localhost"
Trace(HOpenConnection(cnxHF), Position(HErrorInfo(), "not available") > 0)   // expect: 0, 1
// opEndProcess from an HOnError procedure ends the program
HOnError("*", hErrDuplicates, "StopHere")
HReset(Kinds)
Kinds.Code = "A1"
HAdd(Kinds)
Trace("not reached")

PROCEDURE StopHere()
	Trace("stopping")                                               // expect: stopping
	RESULT opEndProcess
