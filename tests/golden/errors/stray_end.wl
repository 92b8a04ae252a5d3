// an END that closes nothing is a syntax error
Trace("a")
END // expect error: END
