// HError() compared with the hErr... kinds, as WINDEV code tests a refused write:
// `IF HError() = hErrDuplicates`; the number stays 70200 (docs/hfsql.md "HError
// compared with the hErr... kinds", decided)
Trace(SaveCustomer("Dupont", "dupont@example.com"))   // expect: added 1
Trace(SaveCustomer("Durand", "DUPONT@example.com"))   // expect: duplicate: DUPONT@example.com
Trace(HError(), HError() = 70200, HError() = 4)       // expect: 70200, 1, 0
Trace(hErrDuplicates = HError(), HError() <> hErrDuplicates, HError() = hErrLock)   // expect: 1, 0, 0
SWITCH HError()
    CASE hErrLock : Trace("locked")
    CASE hErrIntegrity, hErrDuplicates : Trace("duplicate or integrity")   // expect: duplicate or integrity
    OTHER CASE : Trace("other")
END
vErr is Variant = HError()
Trace(vErr = hErrDuplicates, vErr IN (hErrLock, hErrDuplicates))   // expect: 1, 1
nErr is int = HError()
Trace(nErr = hErrDuplicates)                          // expect: 1
// integrity: an order of a customer that does not exist
HReset(Orders)
Orders.CustomerID = 99
Trace(HAdd(Orders), HError() = hErrIntegrity, HError() = hErrDuplicates)   // expect: 0, 1, 0
// the kinds are still HOnError's bits, combined with +
Trace(hErrLock, hErrModify, hErrDuplicates, hErrIntegrity, hErrLock + hErrDuplicates)   // expect: 1, 2, 4, 8, 5
Trace(HOnError("*", hErrLock + hErrDuplicates, ""))   // expect: 1
// a kind kept in an int variable is its bit only
nKind is int = hErrDuplicates
Trace(nKind, nKind = 4)                                // expect: 4, 1
// after a success HError() is 0, equal to no kind
HReset(Customer)
Customer.Name = "Martin"
Customer.Email = "martin@example.com"
Trace(HAdd(Customer), HError(), HError() = hErrDuplicates)   // expect: 1, 0, 0
// HErrorInfo names the H* function as the line calls it, as ErrorInfo does
dsNothing is Data Source
Trace(HReadFirst(dsNothing), HError() = hErrDuplicates)   // expect: 0, 0
Trace(ExtractString(HErrorInfo(), 1, ":"))     // expect: HReadFirst
Trace(HErrorInfo() = ErrorInfo())              // expect: 1

PROCEDURE SaveCustomer(LOCAL sName is string, LOCAL sEmail is string)
HReset(Customer)
Customer.Name = sName
Customer.Email = sEmail
IF NOT HAdd(Customer) THEN
    IF HError() = hErrDuplicates THEN RESULT "duplicate: " + sEmail
    RESULT "other error " + HError()
END
RESULT "added " + Customer.CustomerID
