// Help page "<String>.EndsWith" (help.windev.com ?1000024903): its example as written
// (the result is the size of the matching end: "Procedure" is 9 characters, so nothing
// is traced), then the results the page's syntax section describes.
String1 is string
String2 is string
String1 = "Specify the action of the procedure"
String2 = "Procedure"
IF String1.EndsWith(String2, ccIgnoreCase) <> 9 THEN
	Trace("The Procedure word is not found at the end of the string")
END
Trace(String1.EndsWith(String2, ccIgnoreCase), String1.EndsWith(String2)) // expect: 9, 0
Trace(StringEndsWith(String1, String2, ccIgnoreCase)) // expect: 9
Trace(String1.EndsWith(["action", "procedure"])) // expect: 9
