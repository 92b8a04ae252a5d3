// VariableReset: a variable back to a fresh declaration's value; Soundex: the classic
// phonetic key (docs/builtins.md "VariableReset", "Soundex").
ST_P is Structure
    name is string = "x"
    n is int
    t is array of int
END
p is ST_P
p.name = "Ann"; p.n = 5; Add(p.t, 1)
VariableReset(p)
Trace(p.name, p.n, ArrayCount(p.t))   // expect: x, 0, 0
n is int = 5
s is string = "a"
v is Variant = 3
VariableReset(n)
VariableReset(s)
VariableReset(v)
Trace(n, s = "", v = Null)   // expect: 0, 1, 1
a is array of int = [1, 2]
VariableReset(a)
f is array of 3 int
f[2] = 4
VariableReset(f)
Trace(ArrayCount(a), ArrayCount(f), f[2])   // expect: 0, 3, 0
m is associative array of int
m["a"] = 1
VariableReset(m)
w is Variant
w.a = 1
VariableReset(w)
Trace(m..Occurrence, w = Null)   // expect: 0, 1
q is ST_P
q.name = "y"
VariableReset(q.name)
Trace(q.name = "")   // expect: 1
Trace(Soundex("Robert"), Soundex("Rupert"), Soundex("Ashcraft"), Soundex("Tymczak"))   // expect: R163, R163, A261, T522
Trace(Soundex("Pfister"), Soundex("Honeyman"), Soundex("Lee"), Soundex("123") = "")   // expect: P236, H555, L000, 1
