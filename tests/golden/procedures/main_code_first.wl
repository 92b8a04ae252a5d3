// the main code comes first; a procedure runs to the next PROCEDURE or the end of the file
Trace("start") // expect: start
One() // expect: one
Two() // expect: two
Trace("end") // expect: end

PROCEDURE One()
Trace("one")

PROCEDURE Two()
Trace("two")
