// ChaîneSupprime, SansCaractère, CaractUnicode, DonneIdentifiant
Trace(ChaîneSupprime("a-b-c-", "-"), ChaîneSupprime("Hello HELLO x", "hello ", SansCasse)) // expect: abc, x
Trace("[" + SansCaractère("**abc*d**", "*") + "]") // expect: [abc*d]
Trace("[" + SansCaractère("--ab-c--", "-", sscIntérieur + sscExtérieur) + "]") // expect: [abc]
Trace("[" + SansCaractère("xxaxx", "x", sscDébut) + "]") // expect: [axx]
Trace(CaractUnicode(8364), DonneIdentifiant(), DonneIdentifiant()) // expect: €, 1, 2
