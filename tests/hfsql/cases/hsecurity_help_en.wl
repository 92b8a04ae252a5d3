// HSecurity ?3044135 (English twin written from the French page): the result is the
// previous security level; "0 or False (by default)" (it was 1 before any call); without
// a file, every data file of the analysis.
Trace(HSecurity(False)) // Disables the protection mechanism      // expect: 0
Trace(HSecurity(True)) // Enables the protection mechanism        // expect: 0
Trace(HSecurity(Customer, 2))                                     // expect: 1
Trace(HSecurity(Customer, 0))                                     // expect: 2
Trace(HSecurity(Orders, 1))                                       // expect: 1
