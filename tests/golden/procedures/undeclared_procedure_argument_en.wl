// A bare name given to a procedure's parameter declared `is procedure` that names no
// procedure (nor a variable) stops where it is written, naming it, as for a built-in
// taking a procedure (threads/undeclared_procedure_en.wl); it was read as an empty
// variant and the callee stopped later on "'p' holds a value of type string, not a
// procedure". docs/builtins.md "Threads, semaphores and mutexes".
Trace("before") // expect: before
AddStep("mail", SendMial) // expect error: AddStep: there is no procedure named 'SendMial'; did you mean SendMail?
Trace("never reached")

PROCEDURE AddStep(sName is string, p is procedure)
Trace(sName)
p()

PROCEDURE SendMail()
Trace("sent")
