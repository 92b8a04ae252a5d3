// An hErr... kind as an associative array's key is the HError() number it equals, so
// a message or a count kept per kind is found by HError() (docs/hfsql.md "HError
// compared with the hErr... kinds"; the kind was keyed by its bit, 4, and
// aaMessage[HError()] found nothing after a duplicate)
aaMessage is associative array of strings
aaMessage[hErrDuplicates] = "this e-mail address is already known"
aaMessage[hErrIntegrity] = "no such customer"
aaCount is associative array of int
AddCustomer("Dupont", "dupont@example.com", aaMessage, aaCount)   // expect: added
AddCustomer("Durand", "dupont@example.com", aaMessage, aaCount)   // expect: this e-mail address is already known
AddCustomer("Duval", "DUPONT@example.com", aaMessage, aaCount)    // expect: this e-mail address is already known
HReset(Orders)
Orders.CustomerID = 99
IF NOT HAdd(Orders) THEN Trace(aaMessage[HError()])   // expect: no such customer
Trace(aaCount[hErrDuplicates], aaCount[70200], aaCount.Count)   // expect: 2, 2, 1
FOR EACH nCount, nError OF aaCount
	Trace(nError, nCount)                              // expect: 70200, 2
END
Trace(aaMessage[hErrLock] = "", aaMessage.Count)       // expect: 1, 2
// the kinds are still HOnError's bits, combined with +
Trace(hErrLock + hErrDuplicates, hErrDuplicates = 4)   // expect: 5, 1

PROCEDURE AddCustomer(LOCAL sName is string, LOCAL sEmail is string, aaMessage, aaCount)
HReset(Customer)
Customer.Name = sName
Customer.Email = sEmail
IF HAdd(Customer) THEN
	Trace("added")
ELSE
	aaCount[HError()]++
	Trace(aaMessage[HError()])
END
