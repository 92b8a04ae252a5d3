// a String method called with a wrong count is a WLanguage error naming the built-in it
// stands for (the value counts as its first parameter); a class's own Format method does
// not change it: s, declared a string, holds no object (wl check says it too, WL104)
s is string = "abc"
Trace(s.Format(ccUpCase)) // expect: ABC
Trace(s.Format()) // expect error: The method .Format() is StringFormat, which expects 2 parameter(s) counting the value it is called on, but received 1.

CPrinter is Class
END
PROCEDURE CPrinter::Format()
RESULT "printer"
