// Browsing a key whose items may be NULL: NULL values come first, in record order,
// both ways, and several NULLs are allowed in a unique key
emails is array of strings = ["b@x", "", "a@x", "", "c@x"]
FOR i = 1 TO 5
	HReset(Customer)
	Customer.Name = "C" + i
	IF emails[i] <> "" THEN Customer.Email = emails[i]
	HAdd(Customer)
END
HReadFirst(Customer, Email)
WHILE NOT HOut()
	Trace(Customer.Name, Customer.Email = Null)
	HReadNext(Customer, Email)
END
// expect: C2, 1
// expect: C4, 1
// expect: C3, 0
// expect: C1, 0
// expect: C5, 0
HReadLast(Customer, Email)
WHILE NOT HOut()
	Trace(Customer.Name)
	HReadPrevious(Customer, Email)
END
// expect: C5
// expect: C1
// expect: C3
// expect: C4
// expect: C2
n is int
FOR EACH Customer ON Email
	n++
END
Trace(n)                                  // expect: 5
