// A function built on another names itself when it refuses a value: NoCharacter said
// "NoSpace expects a string", CharactUnicode "Charact: -5 ...", DateTimeLocalToUTC showed
// a Duration as 'WLDuration(5400000)' and DateTimeToEpoch did not name itself.
arrCodes is Variant = [1]
duWait is Duration = 90 min
WHEN EXCEPTION IN
	Trace(NoCharacter(arrCodes, "x"))
DO
	Trace(ExceptionInfo()) // expect: NoCharacter expects a string, not a value of type array.
END
WHEN EXCEPTION IN
	Trace(NoLeftCharacter(arrCodes, "x"))
DO
	Trace(ExceptionInfo()) // expect: NoLeftCharacter expects a string, not a value of type array.
END
WHEN EXCEPTION IN
	Trace(CharactUnicode(-5))
DO
	Trace(ExceptionInfo()) // expect: CharactUnicode: -5 is not a valid character code.
END
WHEN EXCEPTION IN
	Trace(DateTimeLocalToUTC(duWait))
DO
	Trace(ExceptionInfo()) // expect: DateTimeLocalToUTC: '1 h 30 min' is not a valid datetime (DateTimeValid gives False for it).
END
WHEN EXCEPTION IN
	Trace(DateTimeToEpoch("-3,5"))
DO
	Trace(ExceptionInfo()) // expect: DateTimeToEpoch: '-3,5' is not a valid datetime (DateTimeValid gives False for it).
END
Trace(NoCharacter("xxaxx", "x"), NoLeftCharacter("xxaxx", "x"), NoRightCharacter("xxaxx", "x")) // expect: a, axx, xxa
Trace(CharactUnicode(233), NoSpace("  a  ")) // expect: é, a
