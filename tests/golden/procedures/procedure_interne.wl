// PROCÉDURE INTERNE ... FIN dans une procédure
Salue("monde")

PROCÉDURE Salue(nom)
PROCÉDURE INTERNE Encadre(s)
	RENVOYER "[" + s + "]"
FIN
Trace("Bonjour " + Encadre(nom)) // expect: Bonjour [monde]
