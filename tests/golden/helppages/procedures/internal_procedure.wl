// Help page "Internal procedure" (doc.windev.com ?1514075): an internal procedure is
// declared in the code of a process with INTERNAL PROCEDURE <Name>() ... END; "the code
// found before and after the declaration of the internal procedure is run in sequence:
// the code of the internal procedure is not run" (until it is called). Its example is
// cut off in the stored page: the traces below follow that rule.
// Code before the internal procedure
Trace("before")                         // expect: before
INTERNAL PROCEDURE MyInternalProcedure()
	Trace("inside")
END
// Code after the internal procedure
Trace("after")                          // expect: after
MyInternalProcedure()                   // expect: inside
