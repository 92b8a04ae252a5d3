// Record (Variable type) ?1000020962 and HModify ?3044042: their examples as written on
// our Customer file (its LASTNAME/FIRSTNAME are our NAME/CITY; Info shows each value on
// its own line); they pass.
HReset(Customer)
Customer.Name = "Smith"
Customer.City = "Paris"
HAdd(Customer)
// CUSTOMER is a data file described in the analysis
CustomerRec is Record of CUSTOMER
CustomerRec = CUSTOMER
// Display the last and first names of the customer
Info(CustomerRec.NAME, CustomerRec.CITY)
// expect: Smith
// expect: Paris
// CUSTOMER is a data file described in the analysis
CustomerRec2 is Record of CUSTOMER
CustomerRec2.Name = "MOORE"
CustomerRec2.City = "PARIS"
// Assigns the content of the CustomerRec variable in the buffer of Customer data file
CUSTOMER = CustomerRec2
Trace(Customer.Name, Customer.City)                   // expect: MOORE, PARIS
// You have the ability to do: HAdd(CUSTOMER, CustomerRec)
HAdd(CUSTOMER, CustomerRec2)
Trace(HNbRec(Customer))                               // expect: 2
// Finds the record
HReadSeekFirst(Customer, Name, "Smith")
IF HFound() = True THEN
	// Modify a record in a data file (record described through programming)
	Customer.City = "San Francisco"
	HModify(Customer)
END
HReadSeekFirst(Customer, Name, "Smith")
Trace(Customer.City)                                  // expect: San Francisco
