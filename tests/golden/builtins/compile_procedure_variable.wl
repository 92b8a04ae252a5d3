// Compile, syntax 2 of ?3013015: `f is procedure = Compile(name, code)` gives the
// procedure compiled (ErrorOccurred False), callable as f() and by its name; the
// program's own code calls a procedure it compiles with a literal name (decided)
f is procedure = Compile("Twice", "PROCEDURE X(n is int)" + CR + "RESULT n * 2")
Trace(ErrorOccurred)   // expect: 0
Trace(f(21))   // expect: 42
Trace(ExecuteProcess("Twice", trtProcedure, 5))   // expect: 10
Trace(Twice(4) + 1)   // expect: 9
// compiling the name again (an assignment, not a declaration): f and the name, the new code
f = Compile("Twice", "RESULT MyParameters[1] * 3")
Trace(f(2), Twice(2))   // expect: 6, 6
// code that does not compile: ErrorOccurred, ErrorInfo says why, f is Null
g is procedure = Compile("Broken", "RESULT +")
Trace(ErrorOccurred, Left(ErrorInfo(), 15), g = Null)   // expect: 1, Compile: line 1, 1
// a procedure the program compiles by name, called before Compile made it
Broken(1)
// expect error: 'Broken' is a procedure the program compiles with Compile, and it has not been compiled (yet): it cannot be called.
