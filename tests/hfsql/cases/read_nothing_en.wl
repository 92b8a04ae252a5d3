// When a read finds nothing, "no reading is performed" (HReadFirst ?3044051 FR, HReadLast
// ?3044140, HReadSeek ?3044050, HReadSeekFirst ?3044036): the buffer keeps the record read
// before, even one just deleted, HOut is True, HFound False, and the result is False (the
// result is HFound's value when no error occurred). VERIFIED on those pages.
HReset(Customer)
Customer.Name = "Solo"
Customer.City = "Paris"
HAdd(Customer)
Trace(HReadFirst(Customer, Name), Customer.Name, HFound(), HOut())   // expect: 1, Solo, 1, 0
HDelete(Customer)
Trace(HNbRec(Customer))                                                 // expect: 0
// after deleting the last record: nothing to read, the old record stays in the buffer
Trace(HReadFirst(Customer, Name), Customer.Name, HFound(), HOut())   // expect: 0, Solo, 0, 1
Trace(HError())                                                         // expect: 0
Trace(HReadLast(Customer, Name), Customer.City, HFound(), HOut())    // expect: 0, Paris, 0, 1
// an empty file: HReadSeekFirst reads nothing, HOut True and HFound False
Trace(HReadSeekFirst(Customer, Name, "Solo"), Customer.Name, HFound(), HOut())   // expect: 0, Solo, 0, 1
HReset(Customer)
Customer.Name = "Bob"
HAdd(Customer)
HReset(Customer)
Customer.Name = "Dan"
HAdd(Customer)
// HReadSeekFirst: no equal record but a greater one: that one is read, HOut False
Trace(HReadSeekFirst(Customer, Name, "Carl"), Customer.Name, HFound(), HOut())   // expect: 0, Dan, 0, 0
// none equal nor greater: nothing read
HReadFirst(Customer, Name)
Trace(HReadSeekFirst(Customer, Name, "Zed"), Customer.Name, HFound(), HOut())    // expect: 0, Bob, 0, 1
// HReadSeek (generic): no record starting with the value: nothing read, HOut True
Trace(HReadSeek(Customer, Name, "Carl"), Customer.Name, HFound(), HOut())        // expect: 0, Bob, 0, 1
Trace(HReadSeek(Customer, Name, "Da"), Customer.Name, HFound(), HOut())          // expect: 1, Dan, 1, 0
// a browse loop on the emptied file runs no iteration
HDeleteAll(Customer)
n is int
HReadFirst(Customer, Name)
WHILE NOT HOut()
	n++
	HReadNext(Customer, Name)
END
Trace(n, Customer.Name)                                                 // expect: 0, Dan
