// `<useful>` / `<utile>` on a procedure or a parameter is the developer's word that it is
// used though nothing seems to use it (in WINDEV it silences the compiler's "unused"
// warning): no WL202 at the procedure's parameters, no WL203 at a script procedure
// nothing calls. It said "the parameter 'x' is never used" (L, 5 Dec 2026 evening).
Trace(Typed(1))
Trace(Kept(1, 2))
Trace(Other(1))
PROCEDURE Typed(LOCAL n is int <useful>)
RESULT 3
PROCEDURE Kept(x <useful>, y is int <useful>)
RESULT 0
PROCEDURE Other(a, b = 0) // warning: WL202:20 the parameter 'b' is never used
RESULT a
PROCEDURE CalledByName() <useful>
Trace("by name")
PROCEDURE Forgotten()
Trace("never") // warning: WL203:1 this code is never run: it is the body of the procedure 'Forgotten', which nothing calls
