// Help page dbgCheckNull ?1000019778: its example as written, with a FindCustomer that
// returns the CCustomer object of a known customer and Null otherwise, and an AddCustomer
// (both ours, as the page describes them); then dbgCheckNotNull once the customer is
// added. A check that holds shows nothing.
CCustomer is Class
	Name is string
END
garrCustomers is array of CCustomer dynamic
CustomerName is string = "Smith"
// A customer who already exists must not be added
dbgCheckNull(FindCustomer(CustomerName), "Customer '%1' is already known", CustomerName)
// Adds the customer
AddCustomer(CustomerName)
dbgCheckNotNull(FindCustomer(CustomerName), "Customer '%1' is not known", CustomerName)
Trace(garrCustomers.Count, FindCustomer(CustomerName).Name)
// expect: 1, Smith

// Finds a customer by name: its CCustomer object, Null if the customer is not known
PROCEDURE FindCustomer(sName is string)
FOR EACH c OF garrCustomers
	IF c.Name = sName THEN RESULT c
END
RESULT Null

PROCEDURE AddCustomer(sName is string)
c is dynamic CCustomer = new CCustomer
c.Name = sName
Add(garrCustomers, c)
