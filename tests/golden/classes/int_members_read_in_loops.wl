// An int member of an object a loop holds is read there without a type test
// (compiler/typed_members.py): every way a value reaches the member converts it first,
// so each sum below adds integers (a 3.7 stored as it is would print 7.4, a "12" stop)
CCounter is a Class
    n is int
END
STitle is Structure
    n is real
    label is string
END
a is CCounter(3.7)
t is int = 0
FOR i = 1 TO 2
    t = t + a.n
END
Trace("constructor", t) // expect: constructor, 6
b is CCounter
b.SetN("12")
t = 0
FOR i = 1 TO 2
    t = t + b.n
END
Trace("method", t) // expect: method, 24
c is CCounter
c.n = 2.9
c.n += 0.8
t = 0
FOR i = 1 TO 2
    t += c.n
END
Trace("assignment", t) // expect: assignment, 4
s is STitle
s.n = 5.5
d is CCounter
d <= s
t = 0
FOR i = 1 TO 2
    t = t + d.n
END
Trace("homonymous copy", t) // expect: homonymous copy, 10
e is CCounter
Put(e.n)
t = 0
FOR i = 1 TO 2
    t = t + e.n
END
Trace("by address", t) // expect: by address, 14
buf is Buffer
s.n = 4.25
Serialize(s, buf, psdJSON)
f is CCounter
Deserialize(f, buf, psdJSON)
t = 0
FOR i = 1 TO 2
    t = t + f.n
END
Trace("Deserialize", t) // expect: Deserialize, 8
g is CCounter
(g.n, s.label) = (6.6, "x")
t = 0
FOR i = 1 TO 2
    t = t + g.n
END
Trace("multiple assignment", t, s.label) // expect: multiple assignment, 12, x
arr is array of CCounter
ArrayAdd(arr)
arr[1].n = 1.5
h is CCounter = arr[1]
t = 0
FOR i = 1 TO 2
    t = t + h.n
END
Trace("array element", t) // expect: array element, 2
m is CCounter
ExecuteProcess(m, "SetN", 8.8)
t = 0
FOR i = 1 TO 2
    t = t + m.n
END
Trace("ExecuteProcess", t) // expect: ExecuteProcess, 16
j is JSON
j.n = 2.5
p is CCounter = j
t = 0
FOR i = 1 TO 2
    t = t + p.n
END
Trace("JSON", t) // expect: JSON, 4
q is CCounter
q.n = 2147483647
q.n++
t = 0
FOR i = 1 TO 1
    t = t + q.n
END
Trace("wrapped", t) // expect: wrapped, -2147483648

PROCEDURE CCounter::Constructor(v = 0)
n = v

PROCEDURE CCounter::SetN(v)
:n = v

PROCEDURE Put(x)
x = 7.5
