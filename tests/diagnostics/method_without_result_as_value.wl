// a method with no RESULT called as a value on a variable declared of its class (not
// dynamic: the object is of that very class): WL117, as for a procedure; the run stops at
// that call with the same words. Through a dynamic object, or a method of the object
// itself, a derived class may redefine it with a result: not judged
CCounter is Class
    m_n is int
END
CLogger is Class
END
c is CCounter
n is int = c.Bump() // error: WL117:14 'CCounter::Bump' gives no result (it has no RESULT): its call cannot be used as a value
Trace(c.Count() + n)
c.Bump()
d is dynamic CCounter = new CCounter
Trace(d.Bump())
l is CLogger
IF l.Write("x") THEN Trace("?") // error: WL117:6 'CLogger::Write' gives no result (it has no RESULT): its call cannot be used as a value

PROCEDURE CCounter::Bump()
m_n++

PROCEDURE CCounter::Count()
RESULT m_n

PROCEDURE CLogger::Write(s is string)
Trace(s)
