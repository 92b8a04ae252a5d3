// HReadNext ?3044037 and HNext ?3044027 (English twin of the French pages): their
// loops, a Trace where the record is processed (our Customer and its Name item). HReadNext
// reads and returns HFound's value; HNext does not read: the record in memory is not
// modified, HRecNum tells where the browse is.
HReset(Customer)
Customer.Name = "Martin"
HAdd(Customer)
Customer.Name = "Dupont"
HAdd(Customer)
Customer.Name = "Durand"
HAdd(Customer)
HReadFirst(Customer, Name)
WHILE HOut() = False
	Trace(Customer.Name)
	HReadNext(Customer, Name)
END
// expect: Dupont
// expect: Durand
// expect: Martin
HReadLast(Customer, Name)
Trace(HReadNext(Customer, Name), HFound(), HOut())                // expect: 0, 0, 1
HReadFirst(Customer, Name)
Trace(HReadNext(Customer, Name), HFound(), Customer.Name)         // expect: 1, 1, Durand
HReadFirst(Customer, Name)
HNext(Customer, Name)
Trace(Customer.Name, HRecNum(Customer))                          // expect: Dupont, 3
HFirst(Customer, Name)
WHILE HOut(Customer) = False
	Trace(HRecNum(Customer))
	HNext(Customer, Name)
END
// expect: 2
// expect: 3
// expect: 1
