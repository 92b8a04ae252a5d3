// Migrating an old file (all text) to a new one with real types with HCopyRecord:
// each item of the same name is converted as an assignment converts it (a text "1"
// into a Boolean: True, it stopped the program; "0,10" into a currency: exactly 0.10,
// it gave the real's binary digits 0.1000000000000000055...)
fdOld is File Description
fdOld..Name = "OldCustomer"
Trace(DescribeFile(fdOld, [hItemText, hItemText, hItemText, hItemText, hItemText]))   // expect: 1
fdNew is File Description
fdNew..Name = "NewCustomer"
Trace(DescribeFile(fdNew, [hItemInt, hItemCurrency, hItemDate, hItemBoolean, hItemInt]))   // expect: 1
HCreation(OldCustomer)
HCreation(NewCustomer)
AddOld("0042", "1234.50", "20240115", "1", "not a number")
AddOld("7", "0,10", "15/01/2024", "0", "12")
nMigrated is int
FOR EACH OldCustomer
	HReset(NewCustomer)
	IF NOT HCopyRecord(NewCustomer, OldCustomer) THEN CONTINUE
	// a date in French format: converted by hand, as the developer does
	IF Position(OldCustomer.Since, "/") > 0 THEN
		NewCustomer.Since = StringToDate(OldCustomer.Since, "DD/MM/YYYY")
	END
	IF HAdd(NewCustomer) THEN nMigrated++
END
Trace(nMigrated)                                                   // expect: 2
FOR EACH NewCustomer ON Code
	Trace(NewCustomer.Code, NewCustomer.Amount, NewCustomer.Since, NewCustomer.Active, NewCustomer.Note)
END
// expect: 7, 0.1, 20240115, 0, 12
// expect: 42, 1234.5, 20240115, 1, 0
// the values read back have their types: arithmetic and date parts
HReadSeekFirst(NewCustomer, "Code", 42)
Trace(NewCustomer.Code + 1, NewCustomer.Amount * 2, NewCustomer.Since..Year, NOT NewCustomer.Active)   // expect: 43, 2469, 2024, 0
HReadSeekFirst(NewCustomer, "Code", 7)
Trace(NewCustomer.Amount * 3 = 0.3)                          // expect: 1
// the same conversions by assignment
NewCustomer.Active = "1"
NewCustomer.Amount = "12,35"
Trace(NewCustomer.Active, NewCustomer.Amount)                 // expect: 1, 12.35
NewCustomer.Active = "0"
Trace(NewCustomer.Active)                                     // expect: 0

PROCEDURE DescribeFile(fd is File Description, arrTypes is array of int)
arrNames is array of strings = ["Code", "Amount", "Since", "Active", "Note"]
id is Item Description
FOR i = 1 _TO_ arrNames..Count
	id..Name = arrNames[i]
	id..Type = arrTypes[i]
	id..Size = (arrTypes[i] = hItemText ? 20 ELSE 0)
	id..KeyType = (i = 1 ? hUniqueKey ELSE hNotAKey)
	HDescribeItem(fd, id)
END
RESULT HDescribeFile(fd)

PROCEDURE AddOld(sCode, sAmount, sSince, sActive, sNote)
HReset(OldCustomer)
OldCustomer.Code = sCode
OldCustomer.Amount = sAmount
OldCustomer.Since = sSince
OldCustomer.Active = sActive
OldCustomer.Note = sNote
HAdd(OldCustomer)
