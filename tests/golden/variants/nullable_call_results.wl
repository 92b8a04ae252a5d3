// A call whose declared result is nullable (`PROCEDURE Q() : int?`, "Allowing nullable
// types" ?1511031) is a nullable operand as a nullable variable is: `Q() + 1` is Null
// when Q returns Null (it computed 1), an order comparison with it is False (it stopped
// the run), and each operand is still read once, left to right.
CStock is Class
  m_nQty is int
END
o is CStock
Trace(Q(0) + 1 = Null, Q(3) + 1) // expect: 1, 4
Trace(-Q(0) = Null, Q(0) * 2 = Null) // expect: 1, 1
Trace(Q(0) < 3, Q(0) = Null, Q(0) ?? 7) // expect: 0, 1, 7
n is int? = Q(0) + 1
Trace(n = Null) // expect: 1
k is int = Q(0) + 1
Trace(k) // expect: 0
Trace(o.Remaining() + 1 = Null) // expect: 1
o.m_nQty = 4
Trace(o.Remaining() * 10) // expect: 40
s is string = ""
Trace(Logged("a", s) + Q(0) = Null, s) // expect: 1, a
Trace(Logged("b", s) + Q(2) * Logged("c", s), s) // expect: 3, abc

PROCEDURE Q(x is int) : int?
IF x > 0 THEN RESULT x
RESULT Null

PROCEDURE Logged(sStep is string, sLog is string) : int
sLog += sStep
RESULT 1

PROCEDURE CStock::Remaining() : int?
IF m_nQty = 0 THEN RESULT Null
RESULT m_nQty
