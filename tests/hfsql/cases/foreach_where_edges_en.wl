// FOR EACH File WHERE's edge forms, on both databases, check and run agreeing
STRUCTURE Limits
	nMin is int
END
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
// a variable or a structure's member on the left of an item is a value, the comparison
// read the other way round (the run stopped: "'sCity' is not an item of the data file")
sCity is string = "Nice"
FOR EACH Customer WHERE sCity = City
	Trace("variable", Customer.Name)
END
// expect: variable, C3
stLim is Limits
stLim.nMin = 15
FOR EACH Customer WHERE stLim.nMin < Balance AND sCity <> Customer.City
	Trace("member", Customer.Name)
END
// expect: member, C2
InProcedure()
PROCEDURE InProcedure()
FOR EACH Customer WHERE stLim.nMin > Customer.Balance OR sCity = City
	Trace("global", Customer.Name)
END
// expect: global, C1
// expect: global, C3
