// hLimitParsing given to HReadNext (not to the search) did nothing, silently: the loop
// below read the Smiths after Jones. It now ends the search's browse past the sought
// value (HOut True); with no search in progress it is refused in words (INFERRED:
// HReadNext's page is not stored; docs/hfsql.md "hLimitParsing on HReadNext").
HReset(Customer)
Customer.Name = "Smith"
HAdd(Customer)
Customer.Name = "Jones"
HAdd(Customer)
Customer.Name = "Smith"
HAdd(Customer)
n is int = 0
HReadSeekFirst(Customer, Name, "Jones")
WHILE NOT HOut(Customer)
	n++
	HReadNext(Customer, Name, hLimitParsing)
END
Trace(n, HFound(Customer))                            // expect: 1, 0
n = 0
HReadSeekFirst(Customer, Name, "Jones")
WHILE NOT HOut(Customer)
	n++
	HReadNext(Customer, Name)
END
Trace(n)                                              // expect: 3
HReadFirst(Customer, Name)
Trace(HReadNext(Customer, Name, hLimitParsing), ErrorOccurred)   // expect: 0, 1
Trace(HErrorInfo())
// expect: HReadNext: hLimitParsing limits the browse of a search (HReadSeek, HReadSeekFirst...), and no search is in progress on Customer.
