// Weighing a pallet at the dock: the scale (MT-SICS protocol, command "S") is asked
// over TCP; the weight is accepted once STABLE_READS consecutive stable reads agree.
CONSTANT
	STABLE_READS = 3
	MAX_TRIES = 10
END

STWeighing is structure
	rWeightKg	is real
	bStable		is boolean
	sError		is string
END

gnPort is int = {port}
IF NOT SocketConnect("Scale", gnPort, "127.0.0.1", 2000) THEN
	Trace("Scale unreachable: " + ErrorInfo(errMessage))
	RETURN
END
SocketChangeTransmissionMode("Scale", SocketEndTag, CR)

rWeight is real = WeighPallet("Scale")
IF rWeight > 0 THEN
	Trace("Weight accepted: " + NumToString(rWeight, ".3f") + " kg")
ELSE
	Trace("Weighing refused")
END
// the scale overloaded
Trace(ReadWeighing("Scale").sError)
SocketClose("Scale")

// Reads one weighing: "S S     12.345 kg" (stable), "S D ..." (dynamic), "S +" / "S -" (out of range)
PROCEDURE ReadWeighing(LOCAL sScale is string) : STWeighing
stW is STWeighing
IF NOT SocketWrite(sScale, "S") THEN
	stW.sError = ErrorInfo(errMessage)
	RESULT stW
END
sAnswer is string = SocketRead(sScale, False, 1500)
IF ErrorOccurred THEN
	stW.sError = ErrorInfo(errMessage)
	RESULT stW
END
sAnswer = NoSpace(sAnswer)
SWITCH ExtractString(sAnswer, 2, " ")
	CASE "S", "D"
		stW.bStable = (ExtractString(sAnswer, 2, " ") = "S")
		sValue is string = NoSpace(Middle(sAnswer, 4))
		sUnit is string = ExtractString(sValue, 1, " ", FromEnd)
		stW.rWeightKg = Val(ExtractString(sValue, 1, " "))
		IF sUnit ~= "g" THEN stW.rWeightKg = stW.rWeightKg / 1000
	CASE "+" : stW.sError = "overload"
	CASE "-" : stW.sError = "underload"
	OTHER CASE : stW.sError = "unexpected answer: " + sAnswer
END
RESULT stW

PROCEDURE WeighPallet(LOCAL sScale is string) : real
arrStable is array of reals
FOR nTry = 1 _TO_ MAX_TRIES
	stW is STWeighing = ReadWeighing(sScale)
	IF stW.sError <> "" THEN
		Trace("Try " + nTry + ": " + stW.sError)
		RESULT -1
	END
	IF NOT stW.bStable THEN
		ArrayDeleteAll(arrStable)
		CONTINUE
	END
	IF arrStable..Occurrence > 0 _AND_ arrStable[arrStable..Occurrence] <> stW.rWeightKg THEN
		ArrayDeleteAll(arrStable)
	END
	ArrayAdd(arrStable, stW.rWeightKg)
	IF arrStable..Occurrence = STABLE_READS THEN
		Trace("Stable after " + nTry + " reads")
		RESULT stW.rWeightKg
	END
END
RESULT -1
