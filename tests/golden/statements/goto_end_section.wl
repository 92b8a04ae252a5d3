// `GOTO END` goes to the procedure's END: section: the body is left there, as RETURN
// leaves it, and the END: code runs (docs/semantics.md "GOTO and labels", decided:
// no stored page). It was read as a call of an unknown 'GOTO', the END closing the IF
// (wl check: WL102; the run went on with the line after it).
Process(2)
// expect: processing 2
// expect: leaving 2
Process(-1)
// expect: leaving -1
Scan()
// expect: 1
// expect: 2
// expect: left the loop
PROCEDURE Process(n)
IF n < 0 THEN GOTO END
Trace("processing " + n)
END:
Trace("leaving " + n)
PROCEDURE Scan()
FOR i = 1 TO 5
	IF i = 3 THEN
		goto End
	END
	Trace(i)
END
end:
	Trace("left the loop")
