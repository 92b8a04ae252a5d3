// (method b) Events notified to subscribers: procedures given to a parameter typed
// Procedure, kept in an array of Procedure; a lambda counting in a variable of the code
// around it; an optional Procedure parameter (= Null) tested before the call; an
// internal procedure passed as a callback.
garrSubscribers is array of Procedure
gsLog is string

Subscribe(AuditLog)
Subscribe(ThresholdAlert)
nCount is int
Subscribe((e, m) => { nCount++ })
Trace(Publish("order", 250))                   // expect: 3
Trace(Publish("invoice", 1500))                // expect: ALERT invoice 1500
                                               // expect: 3
Trace(gsLog)                                   // expect: order=250 | invoice=1500
Trace(nCount)                                  // expect: 2
arr is array of int = [10, 20, 30]
INTERNAL PROCEDURE Line(i, n)
	Trace("line " + i + ": " + n)
END
Trace(ProcessBatch(arr, Line, (t) => Trace("total " + t)))
// expect: line 1: 10
// expect: line 2: 20
// expect: line 3: 30
// expect: total 60
// expect: 60
Trace(ProcessBatch([1, 2], (i, n) => { }))     // expect: 3

PROCEDURE Subscribe(pSubscriber is Procedure)
Add(garrSubscribers, pSubscriber)

PROCEDURE Publish(sEvent is string, nAmount is int = 0) : int
nNotified is int
FOR EACH p OF garrSubscribers
	p(sEvent, nAmount)
	nNotified++
END
RESULT nNotified

PROCEDURE AuditLog(sEvt, nAmt)
gsLog += [" | "] + sEvt + "=" + nAmt

PROCEDURE ThresholdAlert(sEvt is string, nAmt is int)
IF nAmt > 1000 THEN Trace("ALERT " + sEvt + " " + nAmt)

PROCEDURE ProcessBatch(arrAmounts is array of int, pOnEach is Procedure, pOnEnd is procedure = Null)
nTotal is int
FOR EACH n, i OF arrAmounts
	nTotal += n
	pOnEach(i, n)
END
IF pOnEnd <> Null THEN pOnEnd(nTotal)
RESULT nTotal
