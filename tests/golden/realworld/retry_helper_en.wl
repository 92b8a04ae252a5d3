// Retrying a task: a procedure passed as parameter, its variadic parameters (*) relayed
// through MyParameters, a growing pause and a log. English keywords, the French twin's
// names (reessai_traitement_fr.wl)
gnAppels is int
gsJournal is string

Trace(Réessaie(3, ConnexionFragile, "srv1", 2)) // expect: connecté à srv1 après 2 échec(s)
Trace(gsJournal) // expect: essai 1 : échec (pause 100 ms) ; essai 2 : échec (pause 200 ms) ; essai 3 : ok
gnAppels = 0; gsJournal = ""
Trace("[" + Réessaie(2, ConnexionFragile, "srv2", 5) + "]", ErrorInfo(errMessage)) // expect: [], abandon après 2 essais : srv2 injoignable
Trace(Somme(1, 2, 3), Somme(), Somme(10)) // expect: 6, 0, 10
Trace(Relaie("a", "b", "c")) // expect: 3 : a-b-c

PROCEDURE Réessaie(LOCAL nEssais is int, pTraitement is procedure, *)
nPause is int = 100
FOR i = 1 TO nEssais
	WHEN EXCEPTION IN
		sRés is string = pTraitement(MyParameters[3], MyParameters[4])
		gsJournal += [" ; "] + StringBuild("essai %1 : ok", i)
		RESULT sRés
	DO
		gsJournal += [" ; "] + StringBuild("essai %1 : échec (pause %2 ms)", i, nPause)
		sDernière is string = ExceptionInfo(errMessage)
		nPause = nPause * 2
	END
END
ErrorThrow(1, "abandon après " + nEssais + " essais : " + sDernière)
RESULT ""

PROCEDURE ConnexionFragile(sServeur is string, nÉchecs is int) : string
gnAppels++
IF gnAppels <= nÉchecs THEN ExceptionThrow(1, sServeur + " injoignable")
RESULT "connecté à " + sServeur + " après " + nÉchecs + " échec(s)"

PROCEDURE Somme(*)
n is int
FOR i = 1 TO MyParameters..Occurrence
	n += MyParameters[i]
END
RESULT n

PROCEDURE Relaie(*)
s is string
FOR EACH v OF MyParameters
	s += ["-"] + v
END
RESULT MyParameters..Occurrence + " : " + s
