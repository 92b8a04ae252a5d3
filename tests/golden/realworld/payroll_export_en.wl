// A month's payroll export: employees and their hours in a data file described in code,
// read with an SQL query, overtime by bands with SWITCH on ranges, exact amounts in
// numeric and currency, the working days of the month, a fixed-width bank file built
// line by line and checked, errors caught per employee, and a JSON recap.
STEmployee is Structure
	sID is string
	sName is string
	moRate is currency
	nHours is int
	sIBAN is string
END

fdHours is File Description
itm is Item Description
fdHours..Name = "Hours"
itm..Name = "EmpID" ; itm..Type = hItemText ; itm..Size = 6 ; itm..KeyType = hUniqueKey
HDescribeItem(fdHours, itm)
itm..Name = "FullName" ; itm..Type = hItemText ; itm..Size = 30 ; itm..KeyType = hNotAKey
HDescribeItem(fdHours, itm)
itm..Name = "Rate" ; itm..Type = hItemCurrency ; itm..KeyType = hNotAKey
HDescribeItem(fdHours, itm)
itm..Name = "Worked" ; itm..Type = hItemInt ; itm..KeyType = hNotAKey
HDescribeItem(fdHours, itm)
itm..Name = "IBAN" ; itm..Type = hItemText ; itm..Size = 34 ; itm..KeyType = hNotAKey
HDescribeItem(fdHours, itm)
HDescribeFile(fdHours)
HCreation(Hours)

sRows is string = [
	E001|Ada Lovelace|24.50|151|FR7630006000011234567890189
	E002|Blaise Pascal|19.75|172|FR7630006000019876543210982
	E003|Emilie du Chatelet|31.10|190|
	E004|Alan Turing|27.00|0|FR7630006000015555555555506
]
FOR EACH STRING sRow OF sRows SEPARATED BY CR
	Hours.EmpID = ExtractString(sRow, 1, "|")
	Hours.FullName = ExtractString(sRow, 2, "|")
	Hours.Rate = Val(ExtractString(sRow, 3, "|"))
	Hours.Worked = Val(ExtractString(sRow, 4, "|"))
	Hours.IBAN = ExtractString(sRow, 5, "|")
	HAdd(Hours)
END

// the working days of December 2025 (Monday to Friday)
dDay is Date = "20251201"
nWorkingDays is int
LOOP
	IF DateToDay(dDay) <= 5 THEN nWorkingDays++
	dDay..Day++
	IF dDay..Month <> 12 THEN BREAK
END
Trace("Working days: " + nWorkingDays)
// expect: Working days: 23
nBaseHours is int = nWorkingDays * 7

arrStaff is array of STEmployee
qryStaff is Data Source
IF NOT HExecuteSQLQuery(qryStaff, hQueryDefault, "SELECT EmpID, FullName, Rate, Worked, IBAN FROM Hours WHERE Worked > 0 ORDER BY EmpID") THEN
	Trace(HErrorInfo())
END
FOR EACH qryStaff
	st is STEmployee
	st.sID = qryStaff.EmpID
	st.sName = qryStaff.FullName
	st.moRate = qryStaff.Rate
	st.nHours = qryStaff.Worked
	st.sIBAN = qryStaff.IBAN
	ArrayAdd(arrStaff, st)
END
Trace(ArrayCount(arrStaff) + " employees paid, base " + nBaseHours + " h")
// expect: 3 employees paid, base 161 h

sBankFile is string
moTotal is currency
nErrors is int
FOR EACH st OF arrStaff
	WHEN EXCEPTION IN
		moGross is currency = GrossPay(st, nBaseHours)
		sBankFile += BankLine(st, moGross) + CR
		moTotal += moGross
		Trace(StringBuild("%1 %2: %3", st.sID, st.sName, NumToString(moGross, "10.2f")))
	DO
		nErrors++
		Trace(st.sID + " skipped: " + ExceptionInfo(errMessage))
	END
END
// expect: E001 Ada Lovelace:    3699.50
// expect: E002 Blaise Pascal:    3466.13
// expect: E003 skipped: no IBAN for Emilie du Chatelet
Trace("Total " + NumToString(moTotal, ".2f") + ", " + nErrors + " error(s)")
// expect: Total 7165.63, 1 error(s)

// every line of the bank file is 80 characters wide
bWidthOK is boolean = True
FOR EACH STRING sLine OF sBankFile SEPARATED BY CR
	IF sLine <> "" _AND_ Length(sLine) <> 80 THEN bWidthOK = False
END
Trace(bWidthOK, Left(ExtractLine(sBankFile, 1), 50))
// expect: 1, E001  FR7630006000011234567890189       0000369950

jRecap is JSON
jRecap.month = "2025-12"
jRecap.paid = ArrayCount(arrStaff) - nErrors
jRecap.total = moTotal
Trace(VariantToJSON(jRecap))
// expect: {"month":"2025-12","paid":2,"total":7165.63}

PROCEDURE GrossPay(st is STEmployee, nBase is int) : currency
nExtra is int = Max(0, st.nHours - nBase)
moPay is currency = Min(st.nHours, nBase) * st.moRate
SWITCH nExtra
	CASE 0
		// nothing more
	CASE 1 TO 8
		moPay += nExtra * st.moRate * 1.25
	OTHER CASE
		moPay += 8 * st.moRate * 1.25 + (nExtra - 8) * st.moRate * 1.5
END
IF st.sIBAN = "" THEN ExceptionThrow(1, "no IBAN for " + st.sName)
RESULT Round(moPay, 2)

PROCEDURE BankLine(st is STEmployee, moAmount is currency) : string
sCents is string = NumToString(moAmount * 100, "010d")
RESULT Complete(st.sID, 6) + Complete(st.sIBAN, 34) + sCents + Repeat(" ", 30)
