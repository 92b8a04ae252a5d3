// `let x = F(...)` takes the result type F declares (Type inference ?3087003: the
// variable takes the type of the value it is given): HashString gives a Buffer (it was a
// Variant answering wlString), Length an int, Upper a string; a procedure of ours named
// like a built-in is not the built-in (semantics/let_results.py).
let b = HashString(HA_MD5, "abc")
Trace(TypeVar(b) = wlBuffer)   // expect: 1
Trace(BufferToHexa(b, NoGrouping))   // expect: 900150983CD24FB0D6963F7D28E17F72
let n = Length("abcd")
Trace(TypeVar(n) = wlInt, n)   // expect: 1, 4
n = "12"
Trace(n + 1)   // expect: 13
let s = Upper("abc")
Trace(TypeVar(s) = wlString, s)   // expect: 1, ABC
let d = Today()
Trace(TypeVar(d) = wlDate)   // expect: 1
let m = Middle("abcdef", 2, 3)
Trace(m)   // expect: bcd
let k = Ceiling("abc")   // our Ceiling, not the built-in (whose result is a number)
Trace(k)   // expect: abc!
PROCEDURE Ceiling(x)
RESULT x + "!"
