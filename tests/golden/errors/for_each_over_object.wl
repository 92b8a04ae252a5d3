// FOR EACH over a value with no elements stops the run naming what the loop goes through
// (the variable as written, its class or structure), as wl check's WL110 does
CBag is Class
    m_n is int
END
o is CBag
Trace("before") // expect: before
GoThrough(o)
PROCEDURE GoThrough(x)
FOR EACH y OF x // expect error: FOR EACH cannot go through 'x', a CBag (class): it has no elements
    Trace(y)
END
