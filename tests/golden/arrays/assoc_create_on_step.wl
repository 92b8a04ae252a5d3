// Changing an element of an associative array that does not exist creates it first
// (docs/semantics.md, "Changing an element that does not exist creates it"): `++`, `--`,
// `+=` inside an expression and through members at any depth, as `=` does.
Counter is Structure
    n is int
END
Holder is Structure
    c is Counter
END
Box is Structure
    m is associative array of Counter
END
m is associative array of Counter
x is int = ++m["a"].n
Trace(x, m["a"].n) // expect: 1, 1
y is int = m["b"].n++
Trace(y, m["b"].n) // expect: 0, 1
m["c"].n--
Trace(m["c"].n) // expect: -1
deep is associative array of Holder
deep["p"].c.n = 4
deep["q"].c.n += 4
deep["r"].c.n++
Trace(deep["p"].c.n, deep["q"].c.n, deep["r"].c.n) // expect: 4, 4, 1
b is Box
b.m["k"].n++
Trace(b.m["k"].n) // expect: 1
counts is associative array of int
Trace(counts["w"]++, counts["w"], ++counts["v"]) // expect: 0, 1, 1
texts is associative array of string
texts["s"]++
Trace(texts["s"]) // expect: 1
Trace(m..Occurrence, deep..Occurrence) // expect: 3, 3
Trace(m["never"].n, m..Occurrence) // expect: 0, 3
