// SWITCH on strings compares with strict =
color is string = "green"
SWITCH color
	CASE "red": Trace("stop")
	CASE "green": Trace("go") // expect: go
	CASE "Green": Trace("never")
	OTHER CASE: Trace("?")
END
SWITCH "GREEN"
	CASE "green": Trace("case matters")
	OTHER CASE: Trace("no match") // expect: no match
END
