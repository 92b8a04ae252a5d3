// HReadFirst(Customer, Nme): a key named bare that nothing declares (a typo of Name)
// was an empty variant: a warning, then the file read in its own order (Zoe first).
// The run now stops at the name, as for the text "Nme"; `wl check --analysis` says
// WL109 there, "did you mean Name?". docs/hfsql.md "Reading and browsing".
HReset(Customer)
Customer.Name = "Zoe"
HAdd(Customer)
Customer.Name = "Adam"
HAdd(Customer)
HReadFirst(Customer, Name)
Trace(Customer.Name)                  // expect: Adam
HReadFirst(Customer, Nme)
// expect error: 'Nme' is not a key or an item of the data file Customer.
