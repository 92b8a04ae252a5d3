// Une seconde section CAS EXCEPTION: dans un même traitement est refusée là où elle
// est écrite : le code de la première était oublié sans un mot
PROCÉDURE Charge()
Trace("charge")
CAS EXCEPTION:
	Trace("premier")
CAS EXCEPTION: // expect error: a second CAS EXCEPTION section in one process (the first is at line 5)
	Trace("second")
