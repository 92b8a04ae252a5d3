// HFSQL's SQL run on SQLite and PostgreSQL (docs/hfsql.md "HFSQL's SQL translated"):
// LIMIT start, count as HExecuteSQLQuery's third example builds it (?3044084), and
// WL.Function(...) given values, as its second example calls WL.DateDifference
AddCustomer("Alice")
AddCustomer("Bob")
AddCustomer("Carol")
AddCustomer("Dave")
sQuery is string = StringBuild("SELECT Name FROM customer ORDER BY Name LIMIT %1, %2", 1, 2)
HExecuteSQLQuery(QRY_Page, hQueryDefault, sQuery)
FOR EACH QRY_Page
	Trace(QRY_Page.Name)          // expect: Bob
END                              // expect: Carol
// the operands may be parameters of a Data Source
src is Data Source
src.pStart = 2
src.pCount = 5
HExecuteSQLQuery(src, "SELECT Name FROM customer ORDER BY Name LIMIT {pStart}, {pCount}")
Trace(HNbRec(src))              // expect: 2
// "LIMIT 1, 2" inside quoted text is text
HExecuteSQLQuery(QRY_Text, "SELECT 'LIMIT 1, 2' AS T")
HReadFirst(QRY_Text)
Trace(QRY_Text.T)               // expect: LIMIT 1, 2
// WLanguage functions given values, nested too
HExecuteSQLQuery(QRY_WL, "SELECT WL.DateDifference('20240101', '20240131') AS Days, " + ...
	"WL.Upper(WL.Left('wlanguage', 2)) AS Two, WL.Complete('ab', 4, '-') AS Padded")
HReadFirst(QRY_WL)
Trace(QRY_WL.Days, QRY_WL.Two, QRY_WL.Padded)   // expect: 30, WL, ab--
HExecuteSQLQuery(QRY_Where, "SELECT Name FROM customer WHERE Name = WL.Middle('xxDave', 3)")
Trace(HNbRec(QRY_Where))        // expect: 1
// hQueryWithoutCorrection too: HFSQL reads its own dialect without correcting it
HExecuteSQLQuery(QRY_Raw, hQueryWithoutCorrection, "SELECT WL.Upper('a') AS X FROM customer ORDER BY Name LIMIT 3, 1")
HReadFirst(QRY_Raw)
Trace(QRY_Raw.X, HNbRec(QRY_Raw))   // expect: A, 1
// hQueryWithoutCorrectionHF (HFConstant.h's HQUERYNOTCORRECTEDONHF) reads it the same way
HExecuteSQLQuery(QRY_RawHF, hQueryWithoutCorrectionHF, "SELECT WL.Upper('b') AS X FROM customer ORDER BY Name LIMIT 1")
HReadFirst(QRY_RawHF)
Trace(QRY_RawHF.X, HNbRec(QRY_RawHF))   // expect: B, 1
// a parameter of the query is a value too (on PostgreSQL, computed before the query is sent)
src.pName = "xxDave"
HExecuteSQLQuery(src, "SELECT Name FROM customer WHERE Name = WL.Middle({pName}, 3)")
Trace(HNbRec(src))              // expect: 1
// an unknown function, or the wrong number of arguments, is the query's failure
Trace(HExecuteSQLQuery(QRY_Bad, "SELECT WL.NoSuchFunction(1) AS X"))    // expect: 0
Trace(HErrorInfo() [= "WL.NoSuchFunction: WLanguage has no function")   // expect: 1
Trace(HExecuteSQLQuery(QRY_Bad, "SELECT WL.Left() AS X"))               // expect: 0
Trace(HErrorInfo() [= "WL.Left: given 0 argument(s); it expects")       // expect: 1

PROCEDURE AddCustomer(sName)
HReset(Customer)
Customer.Name = sName
HAdd(Customer)
