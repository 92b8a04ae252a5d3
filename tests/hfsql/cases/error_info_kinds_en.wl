// HErrorInfo's kinds (HFConstant.h's eHERRORINFO, 1070-1093; docs/builtins.md "Constant
// values"): the header's numbers; a kind wlinterp has nothing for answers "", as WINDEV
// Mobile's runtime does, where it used to answer the message
Trace(hErrMessage, hErrFile, hErrItem, hErrWDD, hErrFIC, hErrNDX, hErrMMO, hErrLink)   // expect: 1070, 1071, 1072, 1073, 1074, 1075, 1076, 1077
Trace(hErrSystemCode, hErrSystemMessage, hErrRecNum, hErrInfo, hErrDatabaseCode, hErrNativeCode)   // expect: 1078, 1079, 1080, 1081, 1083, 1084
Trace(hErrADOCode, hErrDatabaseMessage, hErrNativeMessage, hErrADOMessage, hErrFullDetails)   // expect: 1085, 1086, 1087, 1088, 1089
Trace(hErrClientInfo, hErrServerInfo, hErrLockInfo, hErrServer)   // expect: 1090, 1091, 1092, 1093
HReset(Customer)
Customer.Name = "Dupont"
Customer.Email = "dupont@example.com"
HAdd(Customer)
HReset(Customer)
Customer.Name = "Martin"
Customer.Email = "dupont@example.com"
IF NOT HAdd(Customer) THEN
	// the kinds a real error handler asks for
	Trace(HErrorDuplicates(), HErrorInfo(hErrFile), HErrorInfo(hErrItem))   // expect: 1, Customer, Email
	Trace(Length(HErrorInfo(hErrMessage)) > 0, HErrorInfo(hErrMessage) = HErrorInfo())   // expect: 1, 1
	// hErrInfo: the message first, then the database's own words
	Trace(Position(HErrorInfo(hErrInfo), HErrorInfo()) = 1)   // expect: 1
	// ErrorInfo's errFullDetails (19) gives HErrorInfo's full details too
	Trace(HErrorInfo(19) = HErrorInfo(hErrFullDetails))   // expect: 1
	// the database's own code: SQLite's extended result code, PostgreSQL's SQLSTATE
	sCode is string = HErrorInfo(hErrDatabaseCode)
	Trace(sCode <> "", Position("2067 23505", sCode) > 0)   // expect: 1, 1
	// nothing known of the system, the native layer, the lock or the server
	Trace("[" + HErrorInfo(hErrSystemCode) + HErrorInfo(hErrSystemMessage) + HErrorInfo(hErrNativeCode) + "]")   // expect: []
	Trace("[" + HErrorInfo(hErrLockInfo) + HErrorInfo(hErrServer) + HErrorInfo(hErrLink) + "]")   // expect: []
	// a number that is no kind at all: "" as well
	Trace("[" + HErrorInfo(12345) + "]")   // expect: []
END
// after a success every kind is empty
HReset(Customer)
Customer.Name = "Martin"
Customer.Email = "martin@example.com"
Trace(HAdd(Customer), "[" + HErrorInfo(hErrInfo) + HErrorInfo(hErrFile) + HErrorInfo(hErrDatabaseCode) + "]")   // expect: 1, []
// a query the database refuses gives its code too (SQLite 1, PostgreSQL 42P01)
QRY is Data Source
Trace(HExecuteSQLQuery(QRY, "SELECT * FROM no_such_table"), Position("1 42P01", HErrorInfo(hErrDatabaseCode)) > 0)   // expect: 0, 1
