// arrays are 1-based: a[1] is the first element
a is array of int = [10, 20, 30]
Trace(a[1]) // expect: 10
Trace(a[3]) // expect: 30
a[2] = 25
Trace(a[2]) // expect: 25
Trace(a..Occurrence) // expect: 3
