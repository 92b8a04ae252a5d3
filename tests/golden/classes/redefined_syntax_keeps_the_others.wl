// A derived class that redefines one syntax of an ancestor's method with several keeps
// the ancestor's other syntaxes: each call runs the syntax its parameters choose, the
// redefined one replaced (decided, INFERRED from ?6010014: docs/semantics.md, "Several
// syntaxes of one procedure"); a grandchild's redefinition replaces another one
CBase is Class
END
CDerived is Class
	inherits from CBase
END
CLeaf is Class
	inherits from CDerived
END
CPlain is Class
	inherits from CDerived
END
o is CDerived
Trace(o.Show(1), o.Show("a"), o.Show(1, 2)) // expect: derived int 1 / base int 1, base text a, base pair 12
f is CLeaf
Trace(f.Show(1), f.Show("a")) // expect: derived int 1 / base int 1, leaf text a
p is CPlain
Trace(p.Show("a"), p.Show(3, 4)) // expect: base text a, base pair 34
d is dynamic CBase = new CLeaf
Trace(d.Show(7), d.Show("z")) // expect: derived int 7 / base int 7, leaf text z
// parameters given back go through the syntax that ran
x is int = 5
o.Bump(x)
txt is string = "q"
o.Bump(txt)
Trace(x, txt) // expect: 15, q!
// expect error: no syntax of Show takes 3 parameter(s); its syntaxes: Show(n is int), Show(sText is string), Show(a is int, b is int)
Trace(o.Show(1, 2, 3)) // wl: ignore[WL104]
PROCEDURE CBase::Show(n is int)
RESULT "base int " + n
PROCEDURE CBase::Show(sText is string)
RESULT "base text " + sText
PROCEDURE CBase::Show(a is int, b is int)
RESULT "base pair " + a + b
PROCEDURE CDerived::Show(n is int)
RESULT "derived int " + n + " / " + Ancestor.Show(n)
PROCEDURE CLeaf::Show(sText is string)
RESULT "leaf text " + sText
PROCEDURE CBase::Bump(n is int)
n++
PROCEDURE CBase::Bump(sText is string)
sText += "!"
PROCEDURE CDerived::Bump(n is int)
n += 10
