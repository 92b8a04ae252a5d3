// Methods give back the parameters they assign, as procedures do: WLanguage passes
// parameters by reference unless LOCAL (docs/semantics.md §4)
CFiller is a Class
    m_n is int
END
CQuiet is a Class
    inherits from CFiller
END
Pt is Structure
    x is int
END
f is CFiller
v is variant
n is int
s is string
f.Fill(v, n, s)
Trace(v, n, s) // expect: filled, 7, text
f:Fill(v, n, s) // the `:` form too
Trace(n) // expect: 7
t is array of 3 int
f.Fill(v, t[2], s)
Trace(t[2]) // expect: 7
p is Pt
f.Fill(v, p.x, s)
Trace(p.x) // expect: 7
f.Fill(v, f.m_n, s)
Trace(f.m_n) // expect: 7
n = 1
f.Keep(n)
Trace(n) // expect: 1
Trace(f.Twice(n), n) // expect: r, 2
Trace(f.Twice(n + 1), n) // expect: r, 2
CFiller.AddFive(n)
Trace(n) // expect: 7
CFiller::AddFive(n)
Trace(n) // expect: 12
f.Inner()
// expect: filled, text
Trace(f.m_n) // expect: 8
j is variant
f.Json(j)
Trace(j.name) // expect: Ann
q is CQuiet
n = 3
q.Twice(n) // CQuiet's own Twice assigns nothing: n is unchanged
// expect: quiet, 3
Trace(n) // expect: 3
q.Both(n)
Trace(n) // expect: 6
Double(n)
Trace(n) // expect: 12

PROCEDURE Double(x)
x = x * 2

PROCEDURE CFiller::Fill(a, b is int, c is string)
a = "filled"
b = 7
c = "text"

PROCEDURE CFiller::Keep(LOCAL k is int)
k = 99

PROCEDURE GLOBAL CFiller::AddFive(g)
g += 5

PROCEDURE CFiller::Twice(x)
x = x * 2
RESULT "r"

PROCEDURE CFiller::Inner()
v2 is variant
s2 is string
Fill(v2, m_n, s2)
m_n++
Trace(v2, s2)

PROCEDURE CFiller::Json(target)
target.name = "Ann"

PROCEDURE CQuiet::Twice(x)
Trace("quiet", x)

PROCEDURE CQuiet::Both(x)
Ancestor.Twice(x)
