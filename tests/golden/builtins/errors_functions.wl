// ErrorOccurred and ErrorInfo before and after a propagated error
Trace(ErrorOccurred) // expect: 0
Fail()
Trace(ErrorOccurred) // expect: 1
Trace(ErrorInfo(errMessage)) // expect: it broke
Trace(ErrorInfo(errCode)) // expect: 9

PROCEDURE Fail()
ErrorPropagate(9, "it broke")
