// Nightly batch: steps kept as procedures in an array of structures (a procedure passed
// to a `procedure` parameter, called through the member), each step isolated by WHEN
// EXCEPTION; a step turns an exception into a non-fatal error (CASE EXCEPTION +
// ErrorThrow), an error is propagated up two levels (CASE ERROR + ErrorPropagate), the
// run goes on and counts the failed steps.
STStep is Structure
	sName is string
	pcStep is procedure
END
arrSteps is array of STStep
gsLog is string
gnFailed is int

AddStep("purge", StepPurge)
AddStep("rates", StepRates)
AddStep("export", StepExport)
AddStep("mail", StepMail)

FOR EACH st OF arrSteps
	WHEN EXCEPTION IN
		bOK is boolean = st.pcStep()
		Log(st.sName, bOK ? "ok" ELSE "failed: " + ErrorInfo(errMessage))
		IF NOT bOK THEN gnFailed++
	DO
		gnFailed++
		Log(st.sName, "exception " + ExceptionInfo(errCode) + ": " + ExceptionInfo(errMessage))
	END
END
Trace(gsLog)
// expect: purge   ok
// expect: rates   failed: no rate: Division by zero.
// expect: export  failed: fOpen: cannot open '/nonexistent/dir/x.csv': No such file or directory.
// expect: mail    exception 42: SMTP server not configured
Trace(gnFailed + " step(s) failed") // expect: 3 step(s) failed

PROCEDURE AddStep(sName is string, pcStep is procedure)
st is STStep
st.sName = sName
st.pcStep = pcStep
arrSteps.Add(st)

PROCEDURE Log(sStep is string, sWhat is string)
gsLog += [CR] + Complete(sStep, 8) + sWhat

PROCEDURE StepPurge() : boolean
nKept is int
FOR i = 1 TO 5
	IF i = 3 THEN CONTINUE
	nKept++
END
RESULT nKept = 4

PROCEDURE StepRates() : boolean
// a division by zero inside is caught here and turned into a non-fatal failure
rRate is real = ComputeRate(0)
RESULT rRate > 0
CASE EXCEPTION:
	ErrorThrow(ExceptionInfo(errCode), "no rate: " + ExceptionInfo(errMessage))
	RESULT False

PROCEDURE ComputeRate(nDays is int) : real
RESULT 365 / nDays

PROCEDURE StepExport() : boolean
// an error thrown three calls down goes up as is
RESULT Level1()

PROCEDURE Level1()
RESULT Level2()
CASE ERROR:
	ErrorPropagate()
	RESULT False

PROCEDURE Level2()
IF fOpen("/nonexistent/dir/x.csv", foRead) = -1 THEN
	ErrorPropagate()
	RESULT False
END
RESULT True

PROCEDURE StepMail() : boolean
ExceptionThrow(42, "SMTP server not configured")
RESULT True
