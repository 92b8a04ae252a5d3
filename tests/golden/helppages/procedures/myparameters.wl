// Help page "MyParameters" (doc.windev.com ?1511018): its table of the two properties
// on a procedure's parameters, for PROCEDURE Proc(p1, po2 = "Y", po3 = "Z"); the "*"
// parameter (keep the default value) "is counted as a received parameter". The page's
// first example moves window controls (IDE only).
Proc("A")                       // expect: 1, 3, A, Y, Z
Proc("A", "B")                  // expect: 2, 3, A, B, Z
Proc("A", "B", "C")             // expect: 3, 3, A, B, C
Proc("A", *, "C")               // expect: 3, 3, A, Y, C
// MyParameters[N] = ...: assigns the value of the Nth parameter
Change(5)                       // expect: 15
// N computed, as in the page's loop FOR I = 1 _TO_ MyParameters..Count (its controls
// replaced by variables): =, +=, ++, ..<Property> and [...] on the Nth parameter, which
// is the caller's variable (parameters are passed by reference)
a is int = 1
b is int = 2
Shift(a, b)                     // expect: 11, 12
Trace(a, b)                     // expect: 11, 12
d is Date = "20240115"
s is string = "abc"
Edit(d, s)                      // expect: 20240305, Xbc
Trace(d, s)                     // expect: 20240305, Xbc
Text("x")                       // expect: 40
// with PROCEDURE P(*), the arguments written stay in MyParameters (our decision:
// the page does not say whether they go back to the caller; docs/semantics.md)
Star(a, b)                      // expect: 21, 22
Trace(a, b)                     // expect: 11, 12

PROCEDURE Proc(p1, po2 = "Y", po3 = "Z")
Trace(MyParameters..NbReceived, MyParameters..Count, MyParameters[1], MyParameters[2], ...
	MyParameters[3])

PROCEDURE Change(n)
MyParameters[1] += 10
Trace(n)

PROCEDURE Shift(p1, p2)
FOR I = 1 _TO_ MyParameters..Count
	MyParameters[I] += 10
END
Trace(MyParameters[1], MyParameters[2])

PROCEDURE Edit(x is Date, y is string)
i is int = 1
MyParameters[i]..Day = 5
MyParameters[i]..Month += 2
MyParameters[i + 1][[1]] = "X"
Trace(x, y)

PROCEDURE Text(p)
k is int = 1
MyParameters[k] = 39
MyParameters[k]++
Trace(p)

PROCEDURE Star(*)
FOR I = 1 _TO_ MyParameters..Count
	MyParameters[I] += 10
END
Trace(MyParameters[1], MyParameters[2])
