// ChaîneDécoupe, fConstruitChemin, fRepParent (UNVERIFIED), Age (INFERRED) : docs/builtins.md
t est un tableau de chaînes = ChaîneDécoupe("a;b;;c", ";")
Trace(TableauOccurrence(t), t[1], "[" + t[3] + "]", t[4]) // expect: 4, a, [], c
Trace(TableauVersChaîne(ChaîneDécoupe("1,2;3", ",", ";"), "|")) // expect: 1|2|3
Trace(TableauVersChaîne(ChaîneDécoupe("a<br>b<br/>c", "<br>", "<br/>"), "|")) // expect: a|b|c
Trace(TableauOccurrence(ChaîneDécoupe("", ";")), TableauOccurrence(ChaîneDécoupe("abc", ";"))) // expect: 0, 1
Trace(fConstruitChemin("C:\Temp", "report", "txt")) // expect: C:\Temp\report.txt
Trace(fConstruitChemin("C:\Temp\", "report", ".pdf"), fConstruitChemin("/tmp", "a")) // expect: C:\Temp\report.pdf, /tmp/a
Trace(fRepParent("C:\Temp\MyDir"), fRepParent("C:\Temp\MyDir\"), fRepParent("C:\Temp\a.txt")) // expect: C:\Temp, C:\Temp, C:\Temp
Trace(fRepParent("C:\Temp"), "[" + fRepParent("C:\") + "]", "[" + fRepParent("name") + "]") // expect: C:\, [], []
Trace(fRepParent("/usr/lib"), fRepParent("/usr"), fRepParent("a/b")) // expect: /usr, /, a
d est une Date = "19900615"
Trace(Age("19600512", "20000511"), Age("19600512", "20000512"), Age("19600512", "20000513")) // expect: 00391129, 00400000, 00400001
Trace(Age("20000229", "20010228"), Age("20000229", "20010301"), "[" + Age("20100101", "20000101") + "]") // expect: 00001130, 00010000, []
Trace(Age("20000131", "20000301"), Age("19991215", "20000105")) // expect: 00000100, 00000021
Trace(Age(d, "20240615"), Age(d) = Age(d, DateDuJour()), Val(Gauche(Age("19600512", "20000513"), 4))) // expect: 00340000, 1, 40
Trace(ChaîneDécoupe("abc", "")) // expect error: ChaîneDécoupe: a separator is empty.
