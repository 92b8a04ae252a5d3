// Left and Right given an array or a structure where they want a text: WL115 at the
// argument, as Middle and Upper already said (the check was silent: their first
// parameter was typed `object`, so only the run said "Left expects a string")
STRUCTURE Order
	sRef is string
END
arrRefs is array of strings = ["A-12", "B-7"]
stOrder is Order
Trace(Left(arrRefs, 1)) // error: WL115:12 Left expects a string, not a value of type array
Trace(Right(stOrder, 2)) // error: WL115:13 Right expects a string, not a value of type Order (a structure)
bufRaw is Buffer = "AB"
Trace(Left(arrRefs[1], 1), Right(stOrder.sRef, 2), Left(bufRaw, 1), Right(12345, 2), Left(Today(), 4))
