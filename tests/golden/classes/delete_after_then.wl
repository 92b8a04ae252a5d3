// `delete o` after a one-line IF's THEN or ELSE (`IF o <> Null THEN delete o`) is the
// statement (it was a syntax error: the word was only read so at a line's start); a
// variable named `a` takes `<-` (`a <- b`, it was a syntax error)
CRes is Class
    m_n is int
END
o is CRes dynamic = new CRes
IF o <> Null THEN delete o
// expect: closing 0
Trace(o = Null) // expect: 1
IF o <> Null THEN Trace("kept") ELSE Trace("gone") // expect: gone
a is CRes dynamic
b is CRes dynamic = new CRes(5)
a <- b
Trace(a.m_n) // expect: 5
IF a = Null THEN Trace("none") ELSE delete a
// expect: closing 5
Trace(a = Null) // expect: 1
PROCEDURE CRes::Constructor(n is int = 0)
:m_n = n
PROCEDURE CRes::Destructor()
Trace("closing " + :m_n)
