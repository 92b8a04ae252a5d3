// MyParameters written whole as a call's argument passes every parameter on, one
// argument each (as MyParameters[1 TO]): a message helper forwarding its lines, as
// PC SOFT's own classes do with WL.Error(MyParameters)
Report("disk", 3, "full") // expect: disk, 3, full
Report("one") // expect: one
Sum3(1, 2, 3) // expect: 6
o is CLog
o.Say("a", "b") // expect: [a|b]
n is int = 1
m is int = 10
Twice(n, m)
Trace(n, m) // expect: 2, 20
PROCEDURE Report(*)
WL.Trace(MyParameters)
PROCEDURE Sum3(a, b, c)
Trace(Add3(MyParameters))
PROCEDURE Add3(x, y, z)
RESULT x + y + z
PROCEDURE Twice(p1 is int, p2 is int)
Double(MyParameters)
PROCEDURE Double(a is int, b is int)
a = a * 2
b = b * 2

CLog is a Class
END
PROCEDURE CLog::Say(*)
:Show(MyParameters)
PROCEDURE CLog::Show(s1, s2)
Trace("[" + s1 + "|" + s2 + "]")
