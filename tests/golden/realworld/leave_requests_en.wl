// An HR department's leave requests: paid leave, time off in lieu and sick leave as
// classes derived from a base request, working days counted without weekends and public
// holidays, balances in a data file described in code, a summary per employee in an
// associative array, a JSON export written and read back.
CRequest is Class
	PROTECTED
	m_sEmployeeID is string
	m_dStart is Date
	m_dEnd is Date
	GLOBAL
	s_nRequests is int
	s_arrHolidays is array of Dates
END

CPaidLeave is Class
	inherits from CRequest
END

CTimeOffInLieu is Class
	inherits from CRequest
	CONSTANT MAX_DAYS = 2
END

CSickLeave is Class
	inherits from CRequest
END

fdEmp is File Description
itm is Item Description
fdEmp..Name = "Employee"
itm..Name = "EmployeeID" ; itm..Type = hItemText ; itm..Size = 8 ; itm..KeyType = hUniqueKey
HDescribeItem(fdEmp, itm)
itm..Name = "Name" ; itm..Type = hItemText ; itm..Size = 30 ; itm..KeyType = hNotAKey
HDescribeItem(fdEmp, itm)
itm..Name = "LeaveBalance" ; itm..Type = hItemInt ; itm..KeyType = hNotAKey
HDescribeItem(fdEmp, itm)
itm..Name = "TOILBalance" ; itm..Type = hItemInt ; itm..KeyType = hNotAKey
HDescribeItem(fdEmp, itm)
HDescribeFile(fdEmp)
HCreation(Employee)
FOR EACH STRING sLine OF "E001;Smith;25;3|E002;Jones;10;2|E003;Brown;20;0" SEPARATED BY "|"
	Employee.EmployeeID = ExtractString(sLine, 1, ";")
	Employee.Name = ExtractString(sLine, 2, ";")
	Employee.LeaveBalance = Val(ExtractString(sLine, 3, ";"))
	Employee.TOILBalance = Val(ExtractString(sLine, 4, ";"))
	HAdd(Employee)
END

Add(CRequest::s_arrHolidays, "20251225")
Add(CRequest::s_arrHolidays, "20251226")
Add(CRequest::s_arrHolidays, "20260101")

arrRequests is array of CRequest dynamic
Add(arrRequests, new CPaidLeave("E001", "20251222", "20260102"))
Add(arrRequests, new CTimeOffInLieu("E002", "20251205", "20251205"))
Add(arrRequests, new CPaidLeave("E002", "20251210", "20251216"))
Add(arrRequests, new CPaidLeave("E003", "20251215", "20251212"))
Add(arrRequests, new CSickLeave("E003", "20251201", "20251203"))
Add(arrRequests, new CPaidLeave("E002", "20251217", "20251231"))
Add(arrRequests, new CTimeOffInLieu("E001", "20251208", "20251210"))

aaDays is associative array of int
FOR EACH r OF arrRequests
	WHEN EXCEPTION IN
		nDays is int = r.Grant()
		aaDays[r.EmployeeID] += nDays
		Trace(StringBuild("%1 %2: %3 day(s) granted", r.EmployeeID, r.Caption(), nDays))
	DO
		Trace(r.EmployeeID + " refused: " + ExceptionInfo(errMessage))
	END
END
// expect: E001 paid leave: 7 day(s) granted
// expect: E002 time off in lieu: 1 day(s) granted
// expect: E002 paid leave: 5 day(s) granted
// expect: E003 refused: 15/12/2025 is after 12/12/2025
// expect: E003 sick leave: 3 day(s) granted
// expect: E002 refused: 9 day(s) asked, balance 5
// expect: E001 refused: at most 2 days of time off in lieu in a row

Trace(CRequest::s_nRequests + " requests, " + aaDays..Count + " employees")
// expect: 7 requests, 3 employees

// the balances after the granted requests, by name
FOR EACH Employee ON Name
	Trace(Complete(Employee.Name, 8) + NumToString(Employee.LeaveBalance, "3d") + NumToString(Employee.TOILBalance, "3d") + "; taken " + aaDays[Employee.EmployeeID])
END
// expect: Brown    20  0; taken 3
// expect: Jones     5  1; taken 6
// expect: Smith    18  3; taken 7

// the month's JSON export, written and read back
jExport is JSON
jExport.month = "2025-12"
jExport.employees = []
FOR EACH nTaken, sID OF aaDays
	HReadSeekFirst(Employee, EmployeeID, sID)
	nRank is int = jExport.employees..Count + 1
	jExport.employees[nRank].id = sID
	jExport.employees[nRank].name = Employee.Name
	jExport.employees[nRank].taken = nTaken
END
sFile is string = fTempPath() + fSep() + "leave_" + jExport.month + ".json"
fSaveText(sFile, VariantToJSON(jExport))
vBack is Variant = JSONToVariant(fLoadText(sFile))
nTotal is int = 0
FOR EACH e OF vBack.employees
	nTotal += e.taken
END
Trace(vBack.month + ": " + vBack.employees..Count + " employees, " + nTotal + " days")
// expect: 2025-12: 3 employees, 16 days
fDelete(sFile)

PROCEDURE CRequest::Constructor(sEmployeeID is string, dStart is Date, dEnd is Date)
	:m_sEmployeeID = sEmployeeID
	:m_dStart = dStart
	:m_dEnd = dEnd
	CRequest::s_nRequests++

PROCEDURE CRequest::EmployeeID() <get>
	RESULT :m_sEmployeeID

PROCEDURE CRequest::Caption() : string
	RESULT "absence"

// the days from Monday to Friday between the two dates included, public holidays left out
PROCEDURE CRequest::WorkingDays() : int
	IF :m_dEnd < :m_dStart THEN
		ExceptionThrow(1, StringBuild("%1 is after %2", DateToString(:m_dStart, "DD/MM/YYYY"), DateToString(:m_dEnd, "DD/MM/YYYY")))
	END
	n is int
	d is Date = :m_dStart
	WHILE d <= :m_dEnd
		SWITCH DateToDay(d)
			CASE 1 TO 5 : IF ArraySeek(CRequest::s_arrHolidays, asLinear, d) = -1 THEN n++
			OTHER CASE
		END
		d..Day++
	END
	RESULT n

// grants the request: its number of days, once the checks of its kind are passed
PROCEDURE CRequest::Grant() : int
	RESULT :WorkingDays()

PROCEDURE CPaidLeave::Caption() : string
	RESULT "paid leave"

PROCEDURE CPaidLeave::Grant() : int
	n is int = CRequest::Grant()
	IF NOT HReadSeekFirst(Employee, EmployeeID, :m_sEmployeeID) THEN ExceptionThrow(2, "unknown employee")
	IF n > Employee.LeaveBalance THEN ExceptionThrow(3, StringBuild("%1 day(s) asked, balance %2", n, Employee.LeaveBalance))
	Employee.LeaveBalance -= n
	HModify(Employee)
	RESULT n

PROCEDURE CTimeOffInLieu::Caption() : string
	RESULT "time off in lieu"

PROCEDURE CTimeOffInLieu::Grant() : int
	n is int = CRequest::Grant()
	IF n > MAX_DAYS THEN ExceptionThrow(4, "at most " + MAX_DAYS + " days of time off in lieu in a row")
	HReadSeekFirst(Employee, EmployeeID, :m_sEmployeeID)
	IF n > Employee.TOILBalance THEN ExceptionThrow(3, "not enough time off in lieu")
	Employee.TOILBalance -= n
	HModify(Employee)
	RESULT n

PROCEDURE CSickLeave::Caption() : string
	RESULT "sick leave"
