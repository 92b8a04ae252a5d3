// Help page "Typecasting of parameters" (?1514076), "Default typecasting of parameters":
// its example as written (the page mixes PROCÉDURE and English), with traces: the
// untyped parameter takes the type of the variable passed (an int), and the increment
// reaches the caller's variable (parameters are passed by address). The page's second
// example, an int passed to a parameter declared `is string`, is a compilation error in
// WINDEV; wlinterp converts it (docs/semantics.md, "Optional parameters ... Typed parameters
// convert the argument"): not run.
Index is int
// Call to MyProc procedure
MyProc(Index)
Trace(Index) // expect: 1
// // -- Declaration of MyProc procedure
PROCÉDURE MyProc(Counter)
// Counter is an integer
Trace(TypeVar(Counter) = wlInt) // expect: 1
Counter += 1
