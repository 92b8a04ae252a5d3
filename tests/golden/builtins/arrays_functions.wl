// ArrayAdd, Add, ArrayCount, ArrayDeleteAll together
names is array of strings
ArrayAdd(names, "Ann")
Add(names, "Bob")
Trace(ArrayCount(names), names[2]) // expect: 2, Bob
ArrayDeleteAll(names)
Trace(ArrayCount(names)) // expect: 0
