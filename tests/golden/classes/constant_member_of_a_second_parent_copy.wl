// a CONSTANT member that the second parent declares (multiple inheritance, ?6010007) is
// refused to a homonymous copy from outside the lineage, and the message names that
// parent: the class declaring it was looked for through the first parent only, so the
// message named the derived class (CSavings) as if it declared the member
CLabelled is Class
	m_sLabel is string
END
CAccount is Class
	PUBLIC CONSTANT
		m_sId is string
	m_mBalance is currency
END
CSavings is Class
	inherits from CLabelled
	inherits from CAccount
END
Snapshot is Structure
	m_sId is string
	m_mBalance is currency
END
a is CSavings
shot is Snapshot
shot.m_sId = "Z9"
WHEN EXCEPTION IN
	CopyInto(a, shot)
DO
	Trace(ExceptionInfo()) // expect: 'm_sId' is a CONSTANT member of the class CAccount: only the methods of its class (or of a class derived from it) can change it (the homonymous copy '<=' would copy Snapshot's 'm_sId' into it).
END
Trace(a.m_sId) // expect:
PROCEDURE CopyInto(target, source)
target <= source
