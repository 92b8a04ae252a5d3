// A procedure declared with one result type that may give two values but also gives
// one (RESULT 3, or the end of its body): a call receiving two names may stop the run
// there, "got a single value", so the check keeps saying it at the call, besides WL110
// at the RESULT (1, 2) that stops any call reaching it.
(a, b) are int = Either(False) // error: WL110:1 Expected 2 values to assign, got a single value
(c, d) are int = Ends(False) // error: WL110:1 Expected 2 values to assign, got a single value
Trace(a, b, c, d)

PROCEDURE Either(bBoth is boolean) : int
IF bBoth THEN RESULT (1, 2) // error: WL110:15 A value of type several values (RESULT (a, b): receive them with (x, y) = ...) cannot be used as a number
RESULT 3

PROCEDURE Ends(bBoth is boolean) : int // warning: WL214:11 'Ends' is declared to return int but can reach its end without RESULT: it then returns the type's default value
IF bBoth THEN
	RESULT (1, 2) // error: WL110:2 A value of type several values (RESULT (a, b): receive them with (x, y) = ...) cannot be used as a number
END
