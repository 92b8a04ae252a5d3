// Help page "Associative array (Type)" (help.windev.com): the declaration's options
// (`associative array (<Options>, ...) of <Type>`) include ccIgnoreCase: keys that differ
// only by case are the same key. Its example browses an associative array of dates.
MyArray is associative array of Dates
MyArray["Mark"] = "19560302"
MyArray["Anne"] = "19581105"
Trace(MyArray["Mark"]) // expect: 19560302
FOR EACH ELEMENT aDate, Name OF MyArray
	Trace(Name + " : " + aDate)
END
// expect: Mark : 19560302
// expect: Anne : 19581105
Codes is associative array (ccIgnoreCase) of int
Codes["ABC"] = 1
Codes["abc"] += 1
Trace(Codes["Abc"], ArrayCount(Codes), Codes["aBC"]..Exist) // expect: 2, 1, 1
FOR EACH v, k OF Codes
	Trace(k, v) // expect: ABC, 2
END
ArrayDelete(Codes, "abc")
Trace(ArrayCount(Codes)) // expect: 0
