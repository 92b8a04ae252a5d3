// FOR EACH File WHERE: LIKE, BETWEEN ... AND, IN (...) and their NOT forms, as HFilter's
// condition takes them, and a value written on the left ("Nice" = City, 20 < Balance):
// each was a compile error ("unexpected 'LIKE'", "the condition must compare items")
FOR i = 1 TO 4
	HReset(Customer)
	Customer.Name = "C" + i
	Customer.City = ["Paris", "Lyon", "Nice", "paris"][i]
	Customer.Balance = 10 * i
	Customer.BirthDate = ["19900105", "19901120", "19850203", "1990-06-01"][i]
	HAdd(Customer)
END
FOR EACH Customer WHERE City LIKE "Par%"
	Trace("like", Customer.Name)
END
// expect: like, C1
// expect: like, C4
FOR EACH Customer WHERE City NOT LIKE "%i%"
	Trace("not like", Customer.Name)
END
// expect: not like, C2
nLow is int = 20
FOR EACH Customer WHERE Balance BETWEEN nLow AND nLow + 10
	Trace("between", Customer.Name)
END
// expect: between, C2
// expect: between, C3
FOR EACH Customer WHERE Balance NOT BETWEEN 20 AND 30 AND City <> "Nice"
	Trace("not between", Customer.Name)
END
// expect: not between, C1
// expect: not between, C4
FOR EACH Customer WHERE City IN ("Paris", "Lyon")
	Trace("in", Customer.Name)
END
// expect: in, C1
// expect: in, C2
// expect: in, C4
FOR EACH Customer WHERE Customer.City NOT IN ("Paris", "Lyon")
	Trace("not in", Customer.Name)
END
// expect: not in, C3
FOR EACH Customer WHERE "Nice" = City
	Trace("left", Customer.Name)
END
// expect: left, C3
FOR EACH Customer WHERE 20 < Customer.Balance
	Trace("left <", Customer.Name)
END
// expect: left <, C3
// expect: left <, C4
FOR EACH Customer WHERE 15 <= Balance AND (City IN ("nice", "Lyon") OR Name LIKE "%1")
	Trace("mixed", Customer.Name)
END
// expect: mixed, C2
// expect: mixed, C3
// a date item too (it holds its YYYYMMDD digits), as in HFilter
FOR EACH Customer WHERE BirthDate LIKE "1990%" AND BirthDate NOT BETWEEN "1990-01-01" AND "1990-01-31"
	Trace("date", Customer.Name)
END
// expect: date, C2
// expect: date, C4
FOR EACH Customer WHERE Balance LIKE "1%"
	Trace("never", Customer.Name)
END
// expect error: 'LIKE' compares a text, date or time item with a pattern; Balance is none of them
