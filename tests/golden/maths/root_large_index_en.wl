// Root(n, index) with a large index (an index read from input, a date taken for a
// number) answers at once: it computed 2 to the power of the index to test whether the
// root was whole, and the run hung for minutes (found by REV's fuzzing of the built-ins).
Trace(Root(20261204141900000, 9999999999) < 1.0001) // expect: 1
Trace(Root(1, 9999999999), Root(0, 9999999999), Root(-1, 9999999999)) // expect: 1, 0, -1
Trace(Root(1024, 10), Root(-32, 5), Root(27, 3)) // expect: 2, -2, 3
