// HFilter's `]=` (starts with) and `]` (contains) before a text, as the Data Source page
// (?1514053) writes a view's condition "NAME]='A'" (INFERRED: what the operators mean;
// the condition language's page is not stored). Case is ignored, as for `=` on text;
// `%` and `_` in the text are themselves, not wildcards
HReset(Customer)
FOR EACH s OF ["Alice", "albert", "Bernard", "Al_bis", "Zoé 100%"]
	Customer.Name = s
	HAdd(Customer)
END
HFilter(Customer, "Name]='Al'")
FOR EACH Customer ON Name
	Trace(Customer.Name)
END
// expect: Al_bis
// expect: albert
// expect: Alice
HFilter(Customer, "Name ]= 'Al_'")
FOR EACH Customer
	Trace(Customer.Name)                                  // expect: Al_bis
END
HFilter(Customer, "Name ] 'ER' AND Name ]= 'b'")
FOR EACH Customer
	Trace(Customer.Name)                                  // expect: Bernard
END
HFilter(Customer, "Name ] '0%'")
FOR EACH Customer
	Trace(Customer.Name)                                  // expect: Zoé 100%
END
HDeactivateFilter(Customer)
Trace(HFilter(Customer, "Name ]= 3"), ErrorOccurred)      // expect: , 1
// only a text item, named just before them: a currency item, or no item, is refused
// (it failed only when the records were read, with a bare "database error" on PostgreSQL)
Trace(HFilter(Customer, "Balance ]= '1'"), ErrorOccurred)  // expect: , 1
Trace(HFilter(Customer, "]= 'a'"), ErrorOccurred)          // expect: , 1
