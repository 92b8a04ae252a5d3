// A class's GLOBAL member or GLOBAL property named like a secret (a token, a password),
// read or filled through the class's name as the argument of a call statement: PC SOFT's
// own wxFirebase classes write `"Bearer " + CAuth.ExposeToken`. `Trace(CA.ExposeToken)`
// and `Add(CA.m_arrTokens, x)` stopped with an internal error (the check of secrets met
// the class's name, which names no variable); other places named like secrets, for
// comparison: a structure's member and a JSON member.
CA is Class
	GLOBAL
	m_arrTokens is array of strings
	m_sToken is string
END
ST is Structure
	arrPasswords is array of strings
END
Add(CA.m_arrTokens, "t1")
CA.m_arrTokens.Add("t2")
Trace(CA.m_arrTokens.Count) // expect: 2
CA::m_arrTokens.Add("t3")
Trace(CA::m_arrTokens.Count) // expect: 3
CA.m_sToken = "abc"
Trace(Length(CA.m_sToken)) // expect: 3
Trace(CA.ExposeToken) // expect: tok-abc
Trace(Upper(CA.ExposeToken)) // expect: TOK-ABC
Trace(CA::ExposeToken) // expect: tok-abc
st is ST
Add(st.arrPasswords, "p")
Trace(st.arrPasswords.Count) // expect: 1
j is JSON
j.token = CA.ExposeToken
Trace(j.token) // expect: tok-abc

PROCEDURE GLOBAL CA::ExposeToken() <get>
RESULT "tok-" + m_sToken
