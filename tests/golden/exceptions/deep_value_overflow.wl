// A chain of 20,000 objects is built; Serialize and Trace walk it deeper than the stack
// allows: the catchable stack overflow names the value, not procedure calls (none here)
Node is Class
	next is Node dynamic
	n is int
END
head is Node dynamic
FOR i = 1 TO 20000
	node is Node dynamic = new Node
	node.n = i
	node.next = head
	head = node
END
Trace(head.n) // expect: 20000
WHEN EXCEPTION IN
	s is string = Serialize(head, psdJSON)
DO
	Trace(ExceptionInfo(errMessage)) // expect: Stack overflow: the value is nested too deeply (objects, arrays or structures inside one another) for this operation.
END
WHEN EXCEPTION IN
	Trace(head)
DO
	Trace(ExceptionInfo(errMessage)) // expect: Stack overflow: the value is nested too deeply (objects, arrays or structures inside one another) for this operation.
END
Trace(head.next.n) // expect: 19999
