// FOR EACH File WITH/WHERE Item [= value (starts with) and [=] (contains): the text item
// compared as the item's key compares (case and accents ignored on a text key)
AddCustomer("Alain", "Paris")
AddCustomer("albert", "Lyon")
AddCustomer("Émilie", "Nice")
AddCustomer("Bob", "Alès")
AddCustomer("Al", "Paris")
FOR EACH Customer WITH Name [= "Al"
	Trace(Customer.Name)
END
// expect: Alain
// expect: albert
// expect: Al
FOR EACH Customer ON Name WHERE Name [= "al" AND City = "paris"
	Trace(Customer.Name)
END
// expect: Al
// expect: Alain
sStart is string = "em"
FOR EACH Customer WITH Name [= sStart
	Trace(Customer.Name, Customer.City)
END
// expect: Émilie, Nice
FOR EACH Customer ON Name WITH Name [=] "LI"
	Trace(Customer.Name)
END
// expect: Émilie
FOR EACH Customer WITH City [=] "YO"
	Trace(Customer.City)
END
// expect: Lyon
n is int = 0
FOR EACH Customer WITH Name [= "Z"
	n++
END
Trace(n)   // expect: 0
FOR EACH Customer WITH Balance [= "1"
	n++
END
// expect error: '[=' compares a text item with a text; Balance is no text item

PROCEDURE AddCustomer(sName, sCity)
HReset(Customer)
Customer.Name = sName
Customer.City = sCity
HAdd(Customer)
