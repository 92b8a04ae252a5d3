// HFilterStartsWith (and HFilter, HFilterIdentical, HFilterContains,
// HFilterIncludedBetween) on a key the file does not have returned "" with HError set,
// while HReadFirst and HReadSeekFirst stop the run there and `wl check --analysis`
// says WL109 "the run stops there": the filters now stop at the key with the same words.
HReset(Customer)
Customer.Name = "Smith"
HAdd(Customer)
Trace(HFilterStartsWith(Customer, "Name", "Sm"))    // expect: Name
Trace(HFilterStartsWith(Customer, "Nme", "Sm"))
// expect error: 'Nme' is not a key or an item of the data file Customer.
