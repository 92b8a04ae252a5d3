// File.Item = value: the first write of a statement looks the file up, the next ones
// store into the buffer directly while the name still designates that file (docs/hfsql.md,
// "Performance"): the values are converted to the item's type all the same
FOR i = 1 TO 3
	HReset(Customer)
	Customer.Name = "C" + i
	Customer.Balance = i                            // an integer into a currency
	Customer.VIP = i - 2                            // a number into a boolean
	IF i = 3 THEN Customer.Balance = 0.1234567      // a real: rounded to 6 decimals
	HAdd(Customer)
END
FOR EACH Customer ON Name
	Trace(Customer.Name, Customer.Balance, Customer.Balance / 4, Customer.VIP)
END
// expect: C1, 1, 0.25, 1
// expect: C2, 2, 0.5, 0
// (a currency item divided: its 6 decimals, docs/semantics.md "Currency and numeric products and quotients"; it was 0.03086425 before 4aa6fee2)
// expect: C3, 0.123457, 0.030864, 1
// a currency made from an integer, then changed, or reset: what the buffer holds is written
HReset(Customer)
Customer.Name = "W1"
Customer.Balance = 7
Customer.Balance = Customer.Balance + 0.5
HAdd(Customer)
HReset(Customer)
Customer.Name = "W2"
Customer.Balance = 9
HReset(Customer)
Customer.Name = "W3"
HAdd(Customer)
HReadSeekFirst(Customer, Name, "W1")
Trace(Customer.Balance)                         // expect: 7.5
HReadSeekFirst(Customer, Name, "W3")
Trace(Customer.Balance)                         // expect: 0
// the name designates another file between two writes: the writes follow it
FOR i = 1 TO 2
	IF i = 2 THEN HChangeName(Customer, "Customer2")
	HReset(Customer)
	Customer.Name = "N" + i
	HAdd(Customer)
END
Trace(HNbRec(Customer))                         // expect: 1
HChangeName(Customer, "")
Trace(HNbRec(Customer))                         // expect: 6
// a name that is no item: the general path's error, each time
FOR i = 1 TO 2
	WHEN EXCEPTION IN
		Customer.Nothing = i
	DO
		Trace("not an item", i)
	END
END
// expect: not an item, 1
// expect: not an item, 2
