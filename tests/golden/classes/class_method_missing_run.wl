// `CAccount::Missing()`, a method the class does not declare, stops the run with wl
// check's words (WL109, naming the class); it said "Unknown procedure or function"
CAccount is Class
	m_n is int
END
Trace("before") // expect: before
CAccount::Missing() // expect error: 'Missing' is not a method of CAccount
