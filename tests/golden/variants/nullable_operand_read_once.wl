// A nullable operand is read once ("Allowing nullable types" ?1511031): a `<get>`
// property declared `int?` and used in an operation runs once per use, whether its
// value is Null or not (it ran twice: once for the Null test, once for the value).
CCounter is Class
  Value is int?
  m_nCalls is int
  m_bEmpty is boolean
END
o is CCounter
Trace(o.Value + 1, o.m_nCalls) // expect: 6, 1
Trace((o.Value * 2) + 1, o.m_nCalls) // expect: 11, 2
Trace(-o.Value, o.m_nCalls) // expect: -5, 3
Trace(o.Value < 9, o.Value = 5, o.m_nCalls) // expect: 1, 1, 5
Trace(o.Value ?? 3, o.m_nCalls) // expect: 5, 6
o.m_bEmpty = True
Trace(o.Value + 1 = Null, o.m_nCalls) // expect: 1, 7
Trace(o.Value - o.Value = Null, o.m_nCalls) // expect: 1, 9
PROCEDURE CCounter::Value() : int? <get>
m_nCalls++
IF m_bEmpty THEN RESULT Null
RESULT 5
