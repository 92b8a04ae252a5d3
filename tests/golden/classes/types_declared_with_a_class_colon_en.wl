// A type declared beside a class named `Class:Type` or `Class::Type` in a declaration
// (real code: `t est ITreuilClient:Str_DATA_Emet_t`) is that type, as `Class.Type` is
// (docs/semantics.md, "Types declared with a class"): it was an object of the class,
// the `:Type` dropped without a word, and `t.Index` was "not a member of the class".
CWinch is a Class
	queue is queue of STPosition
END
STPosition is a Structure
	nIndex is int on 4
	nPos is int on 4
END

w is CWinch
w.Receive("12-340")
w.Receive("13-355")
Trace(w.queue..Count) // expect: 2
p is CWinch:STPosition
Dequeue(w.queue, p)
Trace(p.nIndex, p.nPos) // expect: 12, 340
q is a CWinch::STPosition = p
Trace(q.nPos) // expect: 340
arrPos is array of CWinch:STPosition
ArrayAdd(arrPos, q)
Trace(arrPos[1].nIndex) // expect: 12

PROCEDURE CWinch::Receive(s is string)
t is CWinch:STPosition
t.nIndex = Val(ExtractString(s, 1, "-"))
t.nPos = Val(ExtractString(s, 2, "-"))
Enqueue(:queue, t)
