// A + [B] appends B only if A is not empty and does not already end with B ([?1512001])
s is string
FOR EACH w OF ["a", "b", "c"]
    s += [", "] + w
END
Trace(s) // expect: a, b, c
sPath is string = "C:\temp\"
Trace(sPath + ["\"] + "x.txt") // expect: C:\temp\x.txt
sDir is string = "C:\temp"
Trace(sDir + ["\"] + "x.txt") // expect: C:\temp\x.txt
e is string
Trace("[" + (e + ["-"]) + "]") // expect: []
