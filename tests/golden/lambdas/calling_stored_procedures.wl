// a procedure stored in an array's element, an associative array's or returned by a call
// is called by writing its arguments after it: `t[2](7)`, `a["d"](4)`, `Maker()(5)`
// (docs/semantics.md "Procedures as values"); lambdas made in a loop share the loop
// variable, as every internal procedure shares the variables of the code around it:
// called after the loop, they see its last value (decided, docs/semantics.md "Lambdas")
ops is array of procedure = [Double, Square]
Trace(ops[2](7)) // expect: 49
Trace(ops[1](ops[2](3))) // expect: 18
a is associative array of procedure
a["d"] = Double
Trace(a["d"](4)) // expect: 8
Trace(Maker()(5)) // expect: 10
adders is array of procedure
FOR i = 1 TO 3
	Add(adders, (x) => x + i)
	Trace(adders[i](10)) // expect: 11
	// expect: 12
	// expect: 13
END
Trace(adders[1](10), adders[3](10)) // expect: 14, 14
total is int
FOR EACH n OF [1, 2, 3]
	ArraySort(ops, asFunction, (p, q) => { total += n; RESULT 0 })
END
Trace(total) // expect: 6
v is array of variant = [1]
Trace(v[1](2)) // expect error: 'v[...]' holds a value of type integer, not a procedure: it cannot be called.
PROCEDURE Double(x)
RESULT 2 * x
PROCEDURE Square(x)
RESULT x * x
PROCEDURE Maker()
p is procedure = Double
RESULT p
