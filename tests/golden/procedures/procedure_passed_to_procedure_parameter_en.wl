// A procedure named as the argument of a parameter declared `is procedure` is passed, even
// one that needs no argument (it was called and its result passed: "'p' holds a value of
// type boolean, not a procedure"); a structure member holding a procedure is called by
// `st.member()` (it was "Unknown method 'pcStep' for a value of type structure")
STStep is Structure
	sName is string
	pcRun is procedure
END
arrSteps is array of STStep
AddStep("first", SayHello)
AddStep("second", SayBye)
Trace(arrSteps..Occurrence) // expect: 2
FOR EACH st OF arrSteps
	Trace(st.sName + ": " + st.pcRun())
END
// expect: first: hello
// expect: second: bye
RunTwice(SayHello) // expect: hello hello
// a parameter without the type still gets the call's result, as before
Show(SayBye) // expect: shown: bye
// a variable declared of the structure too (it was WL109 "not a method of STStep"),
// and its wrong count is the run-time error naming the procedure
stOne is STStep
stOne.pcRun = SayBye
Trace(stOne.pcRun()) // expect: bye
tSteps is array of 1 procedure
tSteps[1] = SayHello
Trace(tSteps[1]()) // expect: hello
stOne.pcRun(1) // expect error: SayBye expects 0 parameter(s) but received 1.

PROCEDURE AddStep(sName is string, pcRun is procedure)
st is STStep
st.sName = sName
st.pcRun = pcRun
arrSteps.Add(st)

PROCEDURE RunTwice(p is procedure)
Trace(p() + " " + p())

PROCEDURE Show(v)
Trace("shown: " + v)

PROCEDURE SayHello()
RESULT "hello"

PROCEDURE SayBye()
RESULT "bye"
