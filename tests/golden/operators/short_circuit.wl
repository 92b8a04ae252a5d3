// _AND_ / _OR_ evaluate the right side only when needed
n is int = 0
IF n <> 0 _AND_ 10 / n > 1 THEN Trace("never")
IF n = 0 _OR_ Fail() THEN Trace("short") // expect: short
Trace(True _AND_ False, False _OR_ True) // expect: 0, 1
PROCEDURE Fail()
Trace("Fail called")
RESULT True
