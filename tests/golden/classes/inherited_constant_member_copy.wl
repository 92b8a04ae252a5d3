// a CONSTANT member inherited from an ancestor is refused to a homonymous copy from
// outside the lineage, as the class's own are: wl check says so where it knows both
// classes (WL106), the run where only the objects do; the message names the member as
// written and the class that declares it (it said the folded name and the derived class)
CAccount is Class
	PUBLIC CONSTANT
		m_sId is string
	m_mBalance is currency
END
CSavings is Class
	inherits from CAccount
END
Snapshot is Structure
	m_sId is string
	m_mBalance is currency
END
a is CSavings("A1")
shot is Snapshot
shot.m_sId = "Z9"
WHEN EXCEPTION IN
	CopyInto(a, shot)
DO
	Trace(ExceptionInfo()) // expect: 'm_sId' is a CONSTANT member of the class CAccount: only the methods of its class (or of a class derived from it) can change it (the homonymous copy '<=' would copy Snapshot's 'm_sId' into it).
END
Trace(a.m_sId) // expect: A1
PROCEDURE CAccount::Constructor(sId is string)
m_sId = sId
PROCEDURE CopyInto(target, source)
target <= source
