// In a method, an indirection naming a variable of the method reaches it, not the
// object's member of the same name: `{"x"}` with a LOCAL x = 5 and a member x = 9 gave 9,
// as `x` written plainly gives 5. A name the method has no variable for still reaches
// the member, an element of a member array too (`{"tab[2]"}`).
C is Class
	x is int
	tab is array of int
END
o is C
o.x = 9
Trace(o.M()) // expect: 5 5 2 1
Trace(o.N()) // expect: 4 30
Trace(o.x, o.tab[2]) // expect: 4, 30

PROCEDURE C::M() : string
x is int = 5
tab is array of int = [1, 2]
:x = 4
:tab = [10, 20]
RESULT {"x"} + " " + {"x", indVariable} + " " + {"tab[2]"} + " " + {"tab[1]"}

PROCEDURE C::N() : string
{"tab[2]"} = 30
RESULT {"x"} + " " + {"tab[2]"}
