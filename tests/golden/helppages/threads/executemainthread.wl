// Help page ExecuteMainThread (help.windev.com ?1000019862): its example, then the call
// the page is written for, from a secondary thread (the result is the procedure's own).
// Interact with the user
AnAnswer is string
AnAnswer = ExecuteMainThread(UserInteractionProcedure, "Message")
Trace(AnAnswer) // expect: answer to Message
ThreadExecute("SECONDARY", threadNormal, FromSecondaryThread)
ThreadWait("SECONDARY")
// expect: answer to from a thread
// "Caution: these parameters are passed by value (not by reference)"
nCount is int = 1
ExecuteMainThread(AddOne, nCount)
Trace(nCount) // expect: 1
AddOne(nCount)
Trace(nCount) // expect: 2

PROCEDURE UserInteractionProcedure(sMessage)
RESULT "answer to " + sMessage

PROCEDURE FromSecondaryThread()
Trace(ExecuteMainThread(UserInteractionProcedure, "from a thread"))

PROCEDURE AddOne(n)
n++
