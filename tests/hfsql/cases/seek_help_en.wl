// Help pages of the HFSQL searches, their examples as written (Info/Trace show what the
// page leaves to "process"): HSavePosition ?3044136, HRestorePosition ?3044137,
// <Source>.SavePosition ?1000025062 (a variable named Name beside the item Name: the
// item wins where the function takes an item, as the page's HReadSeekFirst(Customer,
// Name, Name) needs; it was the variable's value, "not a key"), HReadSeekFirst ?3044036,
// HReadSeek ?3044050, HReadSeekLast ?3044034 (its loop on the customers below a value
// read nothing), HSeekFirst ?3044125, <Source>.Seek ?1000025053, <Source>.Filter
// ?1000024960 (CITY = MONTPELLIER), HExecuteSQLQuery ?3044084, HTransactionEnd ?3044032
// (its second example on our files: the transaction file was refused as a data file).
AddCustomer("MOORE", "Paris", 100)
AddCustomer("Moore", "MONTPELLIER", 50)
AddCustomer("Dupont", "Lyon", 10)
Name is string = "Moore"
Name2 is string = "Dupont"
Counter is int
nPos is int
// Find a record
HReadSeekFirst(Customer, Name, Name)
WHILE HFound(Customer) = True
	// Saves the current context
	nPos = HSavePosition(Customer, Name)
	// Check a customer with another name
	HReadSeek(Customer, Name, Name2)
	IF HFound() = True THEN Counter = Counter + 1
	// Restores the context
	HRestorePosition(nPos)
	HReadNext(Customer, Name)
END
Trace(Counter)                                         // expect: 2
Counter = 0
Customer.ReadSeekFirst(Name, Name)
WHILE Customer.Found() = True
	nPos = Customer.SavePosition(Name)
	Customer.ReadSeek(Name, Name2)
	IF Customer.Found() = True THEN Counter = Counter + 1
	HRestorePosition(nPos)
	Customer.ReadNext(Name)
END
Trace(Counter)                                         // expect: 2
HReadSeekFirst(CUSTOMER, NAME, "MOORE")
IF HFound(CUSTOMER) = False THEN
	Error("Customer not found")
ELSE
	Trace("found: " + CUSTOMER.City)                   // expect: found: Paris
END
// Find the first record for which the CUSTOMER name is MOORE
HReadSeek(CUSTOMER, NAME, "MOORE")
IF HFound() THEN
	Trace("Customer MOORE found")                      // expect: Customer MOORE found
ELSE
	Trace("Customer MOORE not found")
END
// Find the last record for which the CUSTOMER name is MOORE
HReadSeekLast(CUSTOMER, NAME, "MOORE")
Trace(CUSTOMER.City)                                   // expect: MONTPELLIER
// Find all the customers whose balance is less than a specific value
X is currency = 60
HReadSeekLast(CUSTOMER, Balance, X)
WHILE NOT HOut(CUSTOMER)
	Trace(CUSTOMER.Name)
	HReadPrevious(CUSTOMER, Balance)
END
// expect: Moore
// expect: Dupont
// Find the first record for which the Customer name is Moore (not read)
HSeekFirst(Customer, Name, "Moore")
// Delete the sought record
HDelete(Customer, HRecNum())
Trace(HNbRec(Customer))                                // expect: 2
// Generic search, then exact-match search (the value ending with Charact(0))
Customer.Seek(Name, "Moo")
Trace(Customer.Found())                                // expect: 1
Customer.Seek(Name, "Moo" + Charact(0))
Trace(Customer.Found())                                // expect: 0
// "mode 5.5": a text completed with spaces to the item's size (40 here) is exact too
Customer.Seek(Name, Complete("Moo", 40))
Trace(Customer.Found())                                // expect: 0
Customer.Seek(Name, Complete("Moore", 40))
Trace(Customer.Found())                                // expect: 1
// Simple filter with condition: find the customers of a city
SearchKey is string
mycity is string
mycity = "MONTPELLIER"
SearchKey = Customer.Filter("CITY='" + mycity + "'")
Customer.ReadFirst(SearchKey)
WHILE Customer.Out() = False
	// Process the record
	Trace(Customer.Name)                               // expect: Moore
	Customer.ReadNext(SearchKey)
END
// Cancels the filter
Customer.DeactivateFilter()
CustomerQry is Data Source
HExecuteSQLQuery(CustomerQry, "SELECT NAME FROM CUSTOMER ORDER BY NAME")
FOR EACH CustomerQry
	Trace(CustomerQry.NAME)
END
// expect: Dupont
// expect: Moore
// Start transaction on the Orders data file
HTransactionStart(fTempPath() + "\Transaction.trs", "Orders")
WHEN EXCEPTION IN
	// Add the order
	HReset(Orders)
	Orders.CustomerID = Customer.CustomerID
	HAdd(Orders)
	// Validate the addition
	HTransactionEnd()
DO
	HTransactionCancel()
END
Trace(HNbRec(Orders))                                  // expect: 1
// A file left out with "-" cannot be: one transaction holds the whole database
Trace(HTransactionStart(fTempPath() + "\Transaction.trs", "Orders,-Customer"))   // expect: 0

PROCEDURE AddCustomer(sName, sCity, mBalance)
HReset(Customer)
Customer.Name = sName
Customer.City = sCity
Customer.Balance = mBalance
HAdd(Customer)
