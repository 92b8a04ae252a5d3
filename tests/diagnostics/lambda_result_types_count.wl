// A lambda's RESULT giving another count of values than its list of result types: WL110,
// as for a PROCEDURE header's list, naming "this lambda" (its made-up name means nothing)
fPair is procedure = (x) : (int, string) => (x, "a")
fWrong is procedure = (x) : (int, int) => 5 // error: WL110:43 RESULT gives 1 value(s) where the header of this lambda lists 2 result types: (int, int)
fMore is procedure = (x) : (int, int) => {
	RESULT (x, 1, 2) // error: WL110:9 RESULT gives 3 value(s) where the header of this lambda lists 2 result types: (int, int)
}
Trace(fPair(1), fWrong(1), fMore(1))
