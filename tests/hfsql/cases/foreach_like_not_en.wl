// FOR EACH File WHERE Item LIKE NOT pattern: no form of LIKE (SQL and HFilter's condition
// write NOT LIKE). It read as LIKE given the boolean NOT "P%": wl check said nothing and the
// run stopped with "A string cannot be used as a boolean"; now refused at the NOT, in check too.
HReset(Customer)
Customer.Name = "Paul"
HAdd(Customer)
FOR EACH Customer WHERE Name LIKE NOT "P%" // expect error: 'LIKE NOT' is no operator; the negation is written before it: Item NOT LIKE pattern
	Trace(Customer.Name)
END
