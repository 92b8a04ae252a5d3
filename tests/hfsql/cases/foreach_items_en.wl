// FOR EACH File: File.Item in the body reads the loop's record, and what the name
// designates when the body changes it (docs/hfsql.md, "Performance")
AddCustomer("Ann", 10)
AddCustomer("Bob", 2.5)
AddCustomer("Cy", 0.000001)
mTotal is currency
FOR EACH Customer ON Name
	mTotal += Customer.Balance
	Trace(Customer.Name, Customer.Balance, mTotal)
END
// expect: Ann, 10, 10
// expect: Bob, 2.5, 12.5
// expect: Cy, 0.000001, 12.500001
mTotal -= 12.5
Trace(mTotal)                                   // expect: 0.000001
// a read in the body moves the buffer: the loop's items show it
FOR EACH Customer ON Name
	IF Customer.Name = "Ann" THEN HReadSeekFirst(Customer, Name, "Cy")
	Trace(Customer.Name)
END
// expect: Cy
// expect: Bob
// expect: Cy
// an item that is not one: the general path's error, as outside the loop
FOR EACH Customer ON Name
	WHEN EXCEPTION IN
		Trace(Customer.Nothing)
	DO
		Trace("not an item")
	END
	BREAK
END
// expect: not an item
// the name designates another table in the body: its buffer, not the loop's
FOR EACH Customer ON Name
	HChangeName(Customer, "Customer2")
	Trace(HOut(Customer), Customer.Name = "")
	HChangeName(Customer, "")
	BREAK
END
// expect: 1, 1
// nested loops on two files, and on the same file
AddOrder(1, 5.25)
AddOrder(2, 7)
FOR EACH Customer ON Name
	FOR EACH Orders
		IF Orders.CustomerID = Customer.CustomerID THEN Trace(Customer.Name, Orders.Total)
	END
END
// expect: Ann, 5.25
// expect: Bob, 7
n is int
FOR EACH Customer
	FOR EACH Customer
		n++
	END
END
Trace(n)                                        // expect: 9

PROCEDURE AddCustomer(sName is string, mBalance is currency)
HReset(Customer)
Customer.Name = sName
Customer.Balance = mBalance
RESULT HAdd(Customer)

PROCEDURE AddOrder(nCustomer is int, mTotal is currency)
HReset(Orders)
Orders.CustomerID = nCustomer
Orders.Total = mTotal
RESULT HAdd(Orders)
