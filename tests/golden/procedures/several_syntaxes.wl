// Several procedures of one name (prototype overloading, help ?1514063): the call runs
// the syntax whose parameters take its arguments, by their number then their types.
Show("text")  // expect: string: text
Show(42)  // expect: integer: 42
Show(1.5)  // expect: real: 1.5
Show(2, 3)  // expect: two: 5

// the arguments' kinds known only when the line runs: chosen from the values passed
v is variant = "abc"
Show(v)  // expect: string: abc
v = 7
Show(v)  // expect: integer: 7

// an untyped parameter takes any value as it is; a typed one wins on its own type
Describe("word")  // expect: any: word
Describe(10)  // expect: int: 10

// by reference through the syntax chosen (statically, then at run time)
n is int = 1
Bump(n)
Trace(n)  // expect: 11
s is string = "a"
Bump(s)
Trace(s)  // expect: a!
w is variant = 5
Bump(w)
Trace(w)  // expect: 15
w = "b"
Bump(w)
Trace(w)  // expect: b!

// a procedure value and a call by name choose when they run
p is procedure = Show
p("ref")  // expect: string: ref
p(8)  // expect: integer: 8
Trace(Total(2, 3), Total("2", "3"))  // expect: 5, 23

// a syntax with a default value, and one with exactly the arguments given
Pad("x")  // expect: one: x
Pad("x", 3)  // expect: two: x3

PROCEDURE Show(s is string)
Trace("string: " + s)

PROCEDURE Show(n is int)
Trace("integer: " + n)

PROCEDURE Show(r is real)
Trace("real: " + r)

PROCEDURE Show(a is int, b is int)
Trace("two: " + (a + b))

PROCEDURE Describe(x)
Trace("any: " + x)

PROCEDURE Describe(i is int)
Trace("int: " + i)

PROCEDURE Bump(x is int)
x += 10

PROCEDURE Bump(x is string)
x += "!"

PROCEDURE Total(a is int, b is int)
RESULT a + b

PROCEDURE Total(a is string, b is string)
RESULT a + b

PROCEDURE Pad(s is string)
Trace("one: " + s)

PROCEDURE Pad(s is string, n is int = 1)
Trace("two: " + s + n)
