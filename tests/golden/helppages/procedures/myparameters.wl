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

PROCEDURE Proc(p1, po2 = "Y", po3 = "Z")
Trace(MyParameters..NbReceived, MyParameters..Count, MyParameters[1], MyParameters[2], ...
	MyParameters[3])

PROCEDURE Change(n)
MyParameters[1] += 10
Trace(n)
