// A name no member of the class has, read through the class's name with a dot, stops
// the run in the words `CAccount::Unknown` gives (WL109 in wl check, at the name), where
// it said "'CAccount' is a class or structure, not a variable". A GLOBAL member read so
// runs.
CAccount is Class
	GLOBAL
	m_nOpened is int
END
CAccount.m_nOpened = 3
Trace(CAccount.m_nOpened) // expect: 3
Trace(CAccount.m_nClosed) // expect error: 'm_nClosed' is neither a constant nor a global member of the class CAccount.
