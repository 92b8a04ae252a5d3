// a string that is not closed on its line is a syntax error
Trace("start")
s is string = "no end // expect error: string
