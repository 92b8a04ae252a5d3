// A text function given an array (Left, Right: their text was not declared a text, so
// `wl check` said nothing while the run stopped): check and run now say the same words
// at the array (WL115, the run's "Left expects a string, not a value of type array.")
arrNames is array of strings = ["Ann", "Bob"]
WHEN EXCEPTION IN
	Trace(Left(arrNames, 1)) // wl: ignore[WL115]
DO
	Trace(ExceptionInfo(errMessage)) // expect: Left expects a string, not a value of type array.
END
Trace(Left(arrNames[2], 1), Right(arrNames[1], 2)) // expect: B, nn
Trace(Right(arrNames, 2)) // expect error: Right expects a string, not a value of type array.
