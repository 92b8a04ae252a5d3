// A second `?` (`int??`) is no type: refused at its line (it was taken for `int`;
// "Allowing nullable types" ?1511031, docs/semantics.md "The null operators").
nTwice is int?? = 3 // expect error: 'int??' is not a type: '?' is written once
Trace(nTwice)
