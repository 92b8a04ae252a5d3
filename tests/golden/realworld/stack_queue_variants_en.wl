// A generic stack and queue: variants of any type (int, string, real, boolean, date), an
// exception on the empty stack (French twin: pile_file_variants_fr.wl).
CStack is Class
	PRIVATE
		m_arrItems is array of variants
END

CQueue is Class
	PRIVATE
		m_arrItems is array of variants
		m_nHead is int = 1
END

p is CStack
p.Push(12)
p.Push("twelve")
p.Push(12.5)
p.Push(True)
d is Date = "20261206"
p.Push(d)
Trace("size", p.Size(), "top", p.Top())
WHILE NOT p.IsEmpty()
	v is variant = p.Pop()
	Trace(v, TypeVar(v) = wlInt, TypeVar(v) = wlString)
END
WHEN EXCEPTION IN
	p.Pop()
DO
	Trace("error:", ExceptionInfo(errMessage))
END
q is CQueue
FOR i = 1 TO 3
	q.Enqueue(i * 10)
END
q.Enqueue("end")
Trace("length", q.Length())
LOOP
	x is variant = q.Dequeue()
	IF x = Null THEN BREAK
	Trace("dequeued", x)
END
Trace("length", q.Length())
// expect: size, 5, top, 20261206
// expect: 20261206, 0, 0
// expect: 1, 0, 0
// expect: 12.5, 0, 0
// expect: twelve, 0, 1
// expect: 12, 1, 0
// expect: error:, empty stack
// expect: length, 4
// expect: dequeued, 10
// expect: dequeued, 20
// expect: dequeued, 30
// expect: dequeued, end
// expect: length, 0

PROCEDURE CStack::Push(v)
Add(m_arrItems, v)

PROCEDURE CStack::Pop()
IF IsEmpty() THEN ExceptionThrow(1, "empty stack")
vTop is variant = m_arrItems[m_arrItems..Occurrence]
ArrayDelete(m_arrItems, m_arrItems..Occurrence)
RESULT vTop

PROCEDURE CStack::Top()
RESULT m_arrItems[ArrayCount(m_arrItems)]

PROCEDURE CStack::IsEmpty() : boolean
RESULT m_arrItems..Empty

PROCEDURE CStack::Size() : int
RESULT ArrayCount(m_arrItems)

PROCEDURE CQueue::Enqueue(v)
ArrayAdd(m_arrItems, v)

PROCEDURE CQueue::Dequeue()
IF m_nHead > ArrayCount(m_arrItems) THEN RESULT Null
vFirst is variant = m_arrItems[m_nHead]
m_nHead++
RESULT vFirst

PROCEDURE CQueue::Length() : int
RESULT ArrayCount(m_arrItems) - m_nHead + 1
