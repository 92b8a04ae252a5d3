// A computed indirection writing a member declared <immutable> of the method's own object
// ({s} = 9, s holding "m_n", in a method of its class) stops the run in the words
// `m_n = 9` gets there (it wrote the member); the constructor gives it its value by name.
o is CFixedCounter
Trace(o.m_n) // expect: 4
WHEN EXCEPTION IN
	o.Bump()
DO
	Trace(ExceptionInfo(errMessage)) // expect: cannot change the member 'm_n' of the class CFixedCounter: it is declared immutable, only its declaration and CFixedCounter's constructor give it a value (through the indirection {"m_n"}).
END
Trace(o.m_n) // expect: 4

CFixedCounter is Class
	m_n is int <immutable> = 3
END
PROCEDURE CFixedCounter::Constructor()
s is string = "m_" + "n"
{s} = 4

PROCEDURE CFixedCounter::Bump()
s is string = "m_" + "n"
{s} = 9
