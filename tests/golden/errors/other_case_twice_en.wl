// A SWITCH's OTHER CASE is its last branch: a CASE or a second OTHER CASE after it is
// refused, in words naming the OTHER CASE before and the SWITCH; it said "unexpected
// 'CASE'; expected an expression or END".
sStatus is string = "paid"
SWITCH sStatus
	CASE "new": Trace("to check")
	OTHER CASE: Trace("other")
	CASE "paid": Trace("closed") // expect error: 'CASE' cannot follow the OTHER CASE that is at line 7: that branch is the last of the SWITCH opened at line 5, only END may follow it
END
