// Help page "Stack (Type of variable)" (French page doc.pcsoft.fr ?1514022, Pile) with the
// English names: its example; the trace it announces is 3, 2, 1.
MyStack is Stack of int

// Push the values 1, 2 and 3
Push(MyStack, 1)
Push(MyStack, 2)
Push(MyStack, 3)

// Display the trace: 3, 2, 1
x is int
WHILE Pop(MyStack, x)
	Trace(x)
END
// expect: 3
// expect: 2
// expect: 1
s1 is Stack of arrays of int
s2 is Stack of associative arrays of int
s3 is Stack of queues of int
s4 is Stack of stacks of int
s5 is Stack of lists of int
t is array of int = [4, 5]
Push(s1, t)
Trace(s1.Count)                 // expect: 1
