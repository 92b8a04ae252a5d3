// ArrayAdd on an associative array: key then value (docs/builtins.md "ArrayAdd on an
// associative array": decided, no stored page); the result is the number of elements.
Prices is associative array of real
Trace(ArrayAdd(Prices, "pear", 2.5))    // expect: 1
Trace(ArrayAdd(Prices, "plum", 4))      // expect: 2
Trace(Prices["plum"])                   // expect: 4
// an existing key: its value is replaced, as Prices["pear"] = 3 would
Trace(ArrayAdd(Prices, "pear", 3))      // expect: 2
Trace(Prices["pear"])                   // expect: 3
// without the value: the element type's empty value
Trace(Add(Prices, "fig"))               // expect: 3
Trace(Prices["fig"])                    // expect: 0
// WithDuplicates: one more element
Tags is associative array (WithDuplicates) of strings
ArrayAdd(Tags, "k", "one")
Trace(ArrayAdd(Tags, "k", "two"))       // expect: 2
// a key and a value for an ordinary array is an error
t is array of int
ArrayAdd(t, 1, 2)                       // expect error: only given for an associative array
