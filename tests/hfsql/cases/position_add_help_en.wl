// Help pages run as written (Trace where they "process the record"; our Customer's items
// in place of theirs): HLast ?3044101, <Source>.Next ?1000025070, <Source>.ReadNext
// ?1000025035, <Source>.Filter ?1000024960 (its second example: bounds and a condition,
// the quotes of the value prefixed with a backslash; our Name key and Balance and Société
// items for its InvoiceDate, TotalIOT and DiscountType), HAdd ?3044147, <Source>.Reset
// ?1000025052, HState ?3044081, <Source>.State ?1000024943, HExecuteSQLQuery ?3044084.
// Each gives what its page states; they pass.
AddCustomer("Moore", "Paris", 2000, "O'Neil")
AddCustomer("Dupont", "MONTPELLIER", 2000, "Other")
AddCustomer("Clark", "Nice", 100, "O'Neil")
AddCustomer("Adams", "MONTPELLIER", 2000, "O'Neil")
// HLast: positions without reading ("HFSQL variables are not updated"); HRecNum tells where
HReadFirst(Customer, Name)
// Browse a data file from the last record
HLast(Customer, Name)
WHILE NOT HOut()
	// Process the record
	Trace(HRecNum(), Customer.Name)
	HPrevious(Customer, Name)
END
// expect: 1, Adams
// expect: 2, Adams
// expect: 3, Adams
// expect: 4, Adams
// "the data file is empty ...: HOut returns True"; False with HFound False, HError 0
Trace(HLast(Product, Label), HOut(), HFound(), HError())        // expect: 0, 1, 0, 0
// <Source>.Next: "not to do Customer.Delete() but Customer.Delete(Customer.RecNum())"
Customer.First(Name)
Customer.Next(Name)
Trace(Customer.Found(), Customer.RecNum(), Customer.Name)       // expect: 1, 3, Adams
Trace(Customer.Delete(Customer.RecNum()), HNbRec(Customer))     // expect: 1, 3
Trace(HState(Customer, 3) = hStateDel)                          // expect: 1
// <Source>.ReadNext: the loop of its page
Customer.ReadFirst(Name)
WHILE Customer.Out() = False
	// Process the record
	Trace(Customer.Name)
	Customer.ReadNext(Name)
END
// expect: Adams
// expect: Dupont
// expect: Moore
// <Source>.Filter, second example: a bounded key and a condition
sDiscountType is string = "O'Neil"
SearchKey is string
SearchKey = Customer.Filter(Name, "A", "N", ...
StringBuild("Balance>1500 AND Société='%1'", ...
Replace(sDiscountType, "'", "\'")))
// The Replace function is used to prefix the quotes
// contained in sDiscountType with a backslash
IF SearchKey <> "" THEN
	Customer.ReadFirst(SearchKey)
	WHILE Customer.Out() = False
		// Process the record: send a thank-you letter
		Trace(SearchKey, Customer.Name)
		Customer.ReadNext(SearchKey)
	END
END
// expect: Name, Adams
// expect: Name, Moore
Customer.DeactivateFilter()
// HAdd: "The added record becomes the current record. The automatic identifier is
// automatically filled. By default, the current iteration is not affected", and the
// whole record in memory is written ("otherwise, the content of record previously read")
HReadFirst(Customer, Name)
Customer.Name = "Zed"
// (record number 3, deleted above, is reused: HDelete ?3044018)
Trace(HAdd(Customer), HRecNum(), Customer.CustomerID)         // expect: 1, 3, 5
HReadNext(Customer, Name)
Trace(Customer.Name)                                            // expect: Dupont
HReadSeekFirst(Customer, Name, "Zed")
Trace(Customer.City, Customer.Balance)                          // expect: MONTPELLIER, 2000
// a unique key's value already there: "HErrorDuplicates returns True ... The record is
// not added"
HReset(Customer)
Customer.Name = "First"
Customer.Email = "first@example.org"
HAdd(Customer)
HReset(Customer)
Customer.Name = "Second"
Customer.Email = "first@example.org"
Trace(HAdd(Customer), HErrorDuplicates())                       // expect: 0, 1
Trace(HNbRec(Customer))                                         // expect: 5
// <Source>.Reset: the items take their default values, NewRecord becomes True
HReadFirst(Customer, Name)
Trace(Customer..NewRecord)                                      // expect: 0
// Assign the default values to the items
Trace(Customer.Reset(), Customer.Name = "", Customer..NewRecord)   // expect: 1, 1, 1
HReadFirst(Customer, Name)
Trace(Customer.Reset("*"), Customer.City = "")                  // expect: 1, 1
HReadFirst(Customer, Name)
Trace(Customer.Reset(City), Customer.Name, Customer.City = "")  // expect: 1, Adams, 1
// HState and <Source>.State: the example of each page
HRead(Customer, 1)
IF HState(Customer) = hStateActive THEN
	// Processes
	Trace("active")                                             // expect: active
END
IF Customer.State() = hStateActive THEN
	Trace("still active")                                       // expect: still active
END
// HExecuteSQLQuery: "a query will not be initialized if the query name is already used in
// the current analysis (name of data file ...)" or if "a syntax error is found"; "If a
// query with the same name already exists, this query is replaced. The result is
// re-calculated."
Trace(HExecuteSQLQuery("Customer", "SELECT Name FROM Customer WHERE City = 'Nice'"), ...
	HError() <> 0, HNbRec(Customer))                            // expect: 0, 1, 5
Trace(HExecuteSQLQuery("QRY_Cities", "SELEC City FROM Customer"), HError() <> 0)   // expect: 0, 1
Trace(HExecuteSQLQuery("QRY_Cities", "SELECT City FROM Customer WHERE City = 'Paris'"), ...
	HNbRec("QRY_Cities"))                                       // expect: 1, 1
Trace(HExecuteSQLQuery("QRY_Cities", "SELECT City FROM Customer"), HNbRec("QRY_Cities"))
// expect: 1, 5

PROCEDURE AddCustomer(sName is string, sCity is string, mBalance is currency, sCompany is string)
HReset(Customer)
Customer.Name = sName
Customer.City = sCity
Customer.Balance = mBalance
Customer.Société = sCompany
HAdd(Customer)
