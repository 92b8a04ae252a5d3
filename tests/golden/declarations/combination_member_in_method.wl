// in a method, a combination member's options are set by name (m_Rights[X] = True) or with ':'
Rights is Combination
	CanRead
	CanWrite
END
CUser is Class
	m_Rights is Rights
END
u is CUser
u.Promote()
IF u.m_Rights[CanRead] AND u.m_Rights[CanWrite] THEN Trace("read and write") // expect: read and write
u.Demote()
IF u.m_Rights[CanRead] AND NOT u.m_Rights[CanWrite] THEN Trace("read only") // expect: read only
PROCEDURE CUser::Promote()
m_Rights[CanRead] = True
:m_Rights[CanWrite] = True
PROCEDURE CUser::Demote()
m_Rights[CanWrite] = False
