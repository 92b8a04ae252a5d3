// Null stored into an item that does not accept NULL gives the item's default value
// (as Null stored into a variable of a simple type gives its empty value, and as
// `..Null = False` puts the default back); HAdd then succeeds. Before, Null stayed in the
// buffer and HAdd failed with a bare "database error". An item that accepts NULL keeps
// it; `..Null = True` on one that does not stays a fatal error (help page ?2512064).
Customer.Name = Null
Customer.Balance = Null
Customer.VIP = Null
Customer.Email = Null                       // Email accepts NULL
Trace("[" + Customer.Name + "]", Customer.Balance, Customer.VIP, Customer.Email = Null)
// expect: [], 0, 0, 1
Trace(HAdd(Customer), HError())            // expect: 1, 0
HReadFirst(Customer, CustomerID)
Trace(Customer.Name..Null, Customer.Email..Null) // expect: 0, 1
// a default value of the description
fd is File Description
id is Item Description
fd..Name = "Ticket"
id..Name = "Status"
id..Type = hItemText
id..Size = 10
id..DefaultValue = "open"
HDescribeItem(fd, id)
HDescribeFile(fd)
Ticket.Status = "closed"
Ticket.Status = Null
Trace(Ticket.Status, HAdd(Ticket))         // expect: open, 1
// a record written with a Null value
r is Record of Customer
r.Name = Null
r.City = "Lyon"
Trace(HAdd(Customer, r), HNbRec(Customer))  // expect: 1, 2
WHEN EXCEPTION IN
	Customer.Name..Null = True
DO
	Trace(Contains(ExceptionInfo(), "does not accept NULL")) // expect: 1
END
