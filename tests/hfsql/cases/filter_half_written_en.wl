// HFilter's condition half written (an operator with nothing after it, a trailing AND,
// a value with no operator, an item alone, an unclosed parenthesis) is HFilter's error:
// it returns "", HError() is set, nothing is sent to the database, and the reads that
// follow see every record. It returned the key and HError() 0, and the next read failed
// with the database's words ("near ')': syntax error"). Decided, INFERRED: docs/hfsql.md
// "Filters".
HReset(Customer)
Customer.Name = "Dupont"
Customer.City = "Paris"
HAdd(Customer)
Customer.Name = "Martin"
Customer.City = "Lyon"
HAdd(Customer)
Trace("[" + HFilter(Customer, "City = ") + "]", HError() <> 0, ErrorOccurred)   // expect: [], 1, 1
Trace(Position(HErrorInfo(), "operator") > 0)                                    // expect: 1
Trace(HReadFirst(Customer, Name), Customer.Name, ErrorOccurred)                 // expect: 1, Dupont, 0
Trace("[" + HFilter(Customer, "City = 'Paris' AND") + "]")                           // expect: []
Trace("[" + HFilter(Customer, "City 'Paris'") + "]")                                 // expect: []
Trace("[" + HFilter(Customer, "City") + "]")                                         // expect: []
Trace("[" + HFilter(Customer, "(City = 'Paris'") + "]")                              // expect: []
Trace("[" + HFilter(Customer, "City = 'Paris')") + "]")                              // expect: []
Trace("[" + HFilter(Customer, "Name = 'Dupont' OR OR City = 'Lyon'") + "]")          // expect: []
// whole conditions still filter
Trace(HFilter(Customer, "NOT (City = 'Paris') AND Name <> 'X'"))                 // expect: City
FOR EACH Customer
	Trace(Customer.Name)                                                          // expect: Martin
END
HDeactivateFilter(Customer)
Trace(HFilter(Customer, "Name NOT LIKE 'M%' OR City BETWEEN 'A' AND 'K'"))       // expect: Name
FOR EACH Customer
	Trace(Customer.Name)                                                          // expect: Dupont
END
HDeactivateFilter(Customer)
// an operand in parentheses is an operand (refused since the check above came: HError 70800)
Trace(HFilter(Customer, "(City) = 'Paris' AND ((Name)) <> ('Martin') AND (Name) <> 'X'"), ErrorOccurred)   // expect: City, 0
FOR EACH Customer
	Trace(Customer.Name)                                                          // expect: Dupont
END
HDeactivateFilter(Customer)
Trace(HFilter(Customer, "(Name) = 'Martin'"))                                    // expect: Name
FOR EACH Customer
	Trace(Customer.Name)                                                          // expect: Martin
END
HDeactivateFilter(Customer)
// still half written: an operand alone, conditions compared, a condition left open inside
Trace("[" + HFilter(Customer, "(City)") + "]")                                       // expect: []
Trace("[" + HFilter(Customer, "(City = 'Paris') = 'Lyon'") + "]")                   // expect: []
Trace("[" + HFilter(Customer, "(City = 'Paris' AND Name) = 'X'") + "]")             // expect: []
// a value past the fifth parameter stops the run, as too many values do on any function
Trace(HFilter(Customer, Name, "A", "K", "City = 'Paris'", "one more"))
// expect error: HFilter expects 2 to 5 parameter(s) but received 6.
