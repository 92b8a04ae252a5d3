// A member declared <immutable> named by a literal indirection (`{"oRate.m_nRate"} = 3`)
// is refused before the program runs, as `oRate.m_nRate = 3` is; reading it so runs.
// Before, the indirection wrote it (m_nRate became 3).
CRate is Class
	m_nRate is int <immutable> = 20
	m_sLabel is string
END
oRate is CRate
{"oRate.m_sLabel"} = "VAT"
Trace({"oRate.m_nRate"}, oRate.m_sLabel)
{"oRate.m_nRate"} = 3 // expect error: cannot change the member 'm_nRate' of the class CRate: it is declared immutable, only its declaration and CRate's constructor give it a value (through the indirection {"oRate.m_nRate"})
