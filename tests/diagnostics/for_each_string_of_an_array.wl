// FOR EACH STRING goes through the pieces of a text: given an array, an associative
// array, a structure or an object, the run stops ("A value of type array cannot be
// converted to a string."), and the check said nothing; a number is converted to its text
STPoint is Structure
	x is int
END
t is array of strings = ["a", "b"]
aa is associative array of int
p is STPoint
n is int = 123
sList is string = "a,b"
PROCEDURE Arrays()
FOR EACH STRING s OF t SEPARATED BY "," // error: WL110:22 FOR EACH STRING goes through the pieces of a text: 't' is an array, which is no text
	Trace(s)
END
FOR EACH STRING s OF aa // error: WL110:22 FOR EACH STRING goes through the pieces of a text: 'aa' is an associative array, which is no text
	Trace(s)
END
FOR EACH STRING s OF ["a", "b"] SEPARATED BY "," // error: WL110:22 FOR EACH STRING goes through the pieces of a text: an array literal, which is no text
	Trace(s)
END
PROCEDURE Structure()
FOR EACH STRING s OF p // error: WL110:22 FOR EACH STRING goes through the pieces of a text: 'p' is a structure (STPoint), which is no text
	Trace(s)
END
PROCEDURE Texts()
FOR EACH STRING s OF sList SEPARATED BY ","
	Trace(s)
END
FOR EACH STRING s OF n SEPARATED BY "2"
	Trace(s)
END
FOR EACH x OF t
	Trace(x)
END
