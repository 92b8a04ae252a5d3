// FOR EACH File WHERE's edge forms, on both databases, check and run agreeing
FOR i = 1 TO 3
	HReset(Customer)
	Customer.Name = "C" + i
	Customer.City = ["Paris", "Lyon", "Nice"][i]
	Customer.Balance = 10 * i
	HAdd(Customer)
END
// an empty IN list: no value to be equal to (the compiler wrote "(,)": "the program is
// too complex to compile")
FOR EACH Customer WHERE City IN ()
	Trace("in ()", Customer.Name)
END
FOR EACH Customer WHERE City NOT IN () AND Balance > 20
	Trace("not in ()", Customer.Name)
END
// expect: not in (), C3
