// FOR EACH File WHERE/WITH: the comparisons joined by OR and NOT too, in parentheses as
// written (it was a compile error: "the condition must compare items with values")
FOR i = 1 TO 4
	HReset(Customer)
	Customer.Name = "C" + i
	HAdd(Customer)
	HReset(Orders)
	Orders.CustomerID = Customer.CustomerID
	Orders.Total = 50 * i
	Orders.Status = i MODULO 2
	HAdd(Orders)
END
FOR EACH Orders WITH CustomerID >= 2 AND Status = 0
	Trace("and", Orders.CustomerID)
END
// expect: and, 2
// expect: and, 4
FOR EACH Orders WHERE Total > 150 OR Orders.Status = 1
	Trace("or", Orders.CustomerID)
END
// expect: or, 1
// expect: or, 3
// expect: or, 4
FOR EACH Orders WITH (Total > 150 OR Status = 1) AND NOT CustomerID = 3
	Trace("and not", Orders.CustomerID)
END
// expect: and not, 1
// expect: and not, 4
nLimit is int = 100
FOR EACH Orders ON OrderID WITH NOT (Status = 1) OR Total < nLimit
	Trace("not", Orders.CustomerID)
END
// expect: not, 1
// expect: not, 2
// expect: not, 4
