// The exchange operator `a <=> b` swaps the values of two variables, members or
// elements (INFERRED: the operator pages' "See also" lists an "Exchange operator"
// whose page is not in the stored help; docs/semantics.md "The exchange operator").
// It is the multiple assignment `(a, b) = (b, a)`: each side takes the other's value
// converted to its own type; structures are copied, arrays exchange their elements.
a is int = 1
b is int = 2
a <=> b
Trace(a, b) // expect: 2, 1
s is string = "x"
n is int = 5
s <=> n
Trace(s, n) // expect: 5, 0
t is array of int = [10, 20, 30]
t[1] <=> t[3]
Trace(t[1], t[2], t[3]) // expect: 30, 20, 10
ST is Structure
  v is int
END
o1, o2 are ST
o1.v = 1
o2.v = 2
o1 <=> o2
Trace(o1.v, o2.v) // expect: 2, 1
o1.v <=> a
Trace(o1.v, a) // expect: 2, 2
