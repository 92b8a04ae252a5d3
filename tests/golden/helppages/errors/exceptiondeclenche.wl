// Page ExceptionDéclenche (doc.pcsoft.fr ?3034005) : son exemple (un traitement
// d'exception qui aiguille sur ExceptionInfo(errCode), des boutons qui déclenchent les
// exceptions 1 et 2), le code de chaque bouton dans QUAND EXCEPTION DANS, puis la syntaxe
// avec un message.
QUAND EXCEPTION DANS
	// Déclenche une exception 1
	ExceptionDéclenche(1)
FAIRE
	// Selon le code de l'exception
	SELON ExceptionInfo(errCode)
		// Traitement de l'exception 1
		CAS 1 : Trace("exception 1") // expect: exception 1
		// Traitement de l'exception 2
		CAS 2 : Trace("exception 2")
	FIN
FIN
QUAND EXCEPTION DANS
	// Déclenche une exception 2
	ExceptionDeclenche(2, "second bouton")
FAIRE
	SELON ExceptionInfo(errCode)
		CAS 1 : Trace("exception 1")
		CAS 2 : Trace(ExceptionInfo(errMessage)) // expect: second bouton
	FIN
FIN
