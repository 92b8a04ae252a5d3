// An undeclared variable building a string appends in place too (compiler/appends.py);
// a number in it still adds.
s = ""
FOR i = 1 TO 4
    s = s + i
END
Trace(s) // expect: 1234
s += "-" + Length(s)
Trace(s) // expect: 1234-4
n = 5
n = n + 2
n += "0"
Trace(n) // expect: 70
