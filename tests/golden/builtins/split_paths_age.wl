// StringSplit, fBuildPath, fParentDir, Age (behaviour UNVERIFIED: docs/builtins.md)
t is array of strings = StringSplit("a;b;;c", ";")
Trace(ArrayCount(t), t[1], "[" + t[3] + "]", t[4]) // expect: 4, a, [], c
Trace(ArrayToString(StringSplit("1,2;3", ",", ";"), "|")) // expect: 1|2|3
Trace(ArrayToString(StringSplit("a<br>b<br/>c", "<br>", "<br/>"), "|")) // expect: a|b|c
Trace(ArrayCount(StringSplit("", ";")), ArrayCount(StringSplit("abc", ";"))) // expect: 0, 1
Trace(fBuildPath("C:\Temp", "report", "txt")) // expect: C:\Temp\report.txt
Trace(fBuildPath("C:\Temp\", "report", ".pdf"), fBuildPath("/tmp", "a")) // expect: C:\Temp\report.pdf, /tmp/a
Trace(fParentDir("C:\Temp\MyDir"), fParentDir("C:\Temp\MyDir\"), fParentDir("C:\Temp\a.txt")) // expect: C:\Temp, C:\Temp, C:\Temp
Trace(fParentDir("C:\Temp"), "[" + fParentDir("C:\") + "]", "[" + fParentDir("name") + "]") // expect: C:\, [], []
Trace(fParentDir("/usr/lib"), fParentDir("/usr"), fParentDir("a/b")) // expect: /usr, /, a
Trace(Age("19600512", "20000511"), Age("19600512", "20000512")) // expect: 39, 40
Trace(Age("20000229", "20010228"), Age("20000229", "20010301"), Age("20100101", "20000101")) // expect: 0, 1, -10
d is Date = "19900615"
Trace(Age(d, "20240615"), Age(d) = Age(d, Today())) // expect: 34, 1
Trace(StringSplit("abc", "")) // expect error: StringSplit: a separator is empty.
