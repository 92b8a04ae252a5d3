// A line that is only an expression (as help pages write results: `DayArray[2] //
// Returns "Tuesday"`) runs: the value is computed, then dropped (docs/semantics.md);
// `wl check` warns WL210. An error in it still stops the line.
DayArray is array of strings = ["Monday", "Tuesday", "Wednesday"]
DayArray[2] // Returns "Tuesday"
Text is string = "ABCDEFGHIJ"
Text[[5]] // Returns "E"
Text[[2 TO 4]]
Trace(DayArray[2], Text[[5]]) // expect: Tuesday, E
WHEN EXCEPTION IN
	DayArray[9]
DO
	Trace("caught") // expect: caught
END
Trace("after") // expect: after
