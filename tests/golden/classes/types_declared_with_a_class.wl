// Types declared in a class's declaration code beside the class, named through the
// class (real code: `d.type = ITreuilClient.eRecepteur`, a variable of
// `IAcquisitionSignal.Str_DATA_Acquisition`): `Class.value` is the enumeration's value,
// `Class.Enum.value` too, and `Class.Type` in a declaration is the type
// (docs/semantics.md, "Types declared with a class")
CWinch is a Class
	kind is WinchKind
	PRIVATE
	m_nDepth is int
END
WinchKind is an Enumeration
	wkEmitter
	wkReceiver
END
STSample is a Structure
	nIndex is int
	rValue is real
END

w is CWinch
w.kind = CWinch.wkReceiver
Trace(w.kind = WinchKind.wkReceiver) // expect: 1
Trace(w.kind = CWinch.WinchKind.wkEmitter) // expect: 0
st is CWinch.STSample
st.nIndex = 3 ; st.rValue = 1.5
arrSamples is array of CWinch.STSample
ArrayAdd(arrSamples, st)
Trace(arrSamples[1].nIndex, arrSamples[1].rValue) // expect: 3, 1.5
Trace(w.Describe()) // expect: receiver

PROCEDURE CWinch::Describe() : string
SWITCH :kind
	CASE CWinch.wkEmitter : RESULT "emitter"
	OTHER CASE : RESULT "receiver"
END
