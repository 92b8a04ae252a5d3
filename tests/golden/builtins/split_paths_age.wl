// StringSplit, fBuildPath, fParentDir (UNVERIFIED), Age (INFERRED): docs/builtins.md
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
d is Date = "19900615"
Trace(Age("19600512", "20000511"), Age("19600512", "20000512"), Age("19600512", "20000513")) // expect: 00391129, 00400000, 00400001
Trace(Age("20000229", "20010228"), Age("20000229", "20010301"), "[" + Age("20100101", "20000101") + "]") // expect: 00001130, 00010000, []
Trace(Age("20000131", "20000301"), Age("19991215", "20000105")) // expect: 00000100, 00000021
Trace(Age(d, "20240615"), Age(d) = Age(d, Today()), Val(Left(Age("19600512", "20000513"), 4))) // expect: 00340000, 1, 40
Trace(StringSplit("abc", "")) // expect error: StringSplit: a separator is empty.
