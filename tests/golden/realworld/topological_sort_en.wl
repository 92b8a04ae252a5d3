// Task scheduling: topological sort of dependencies (associative arrays), a cycle
// detected. English keywords, the French twin's names (tri_topologique_fr.wl)
gtabDépend is associative array of arrays of strings

Dépend("déployer", ["tester", "compiler"])
Dépend("tester", ["compiler"])
Dépend("compiler", ["récupérer"])
Dépend("documenter", [])
Dépend("récupérer", [])
Trace(Ordre()) // expect: documenter, récupérer, compiler, tester, déployer
Dépend("récupérer", ["déployer"])
Trace(Ordre()) // expect: cycle : compiler, déployer, récupérer, tester

PROCEDURE Dépend(sTâche is string, tabAvant is array of strings)
gtabDépend[sTâche] = tabAvant

PROCEDURE Ordre() : string
tabDegré is associative array (ccIgnoreCase) of int
FOR EACH tabAvant, sTâche OF gtabDépend
	tabDegré[sTâche] = tabAvant..Occurrence
END
tabPrêtes is array of strings
tabRés is array of strings
LOOP
	ArrayDeleteAll(tabPrêtes)
	FOR EACH nDeg, sTâche OF tabDegré
		IF nDeg = 0 AND NOT TâcheFaite(tabRés, sTâche) THEN ArrayAdd(tabPrêtes, sTâche)
	END
	IF tabPrêtes..Empty THEN BREAK
	ArraySort(tabPrêtes, asAscending)
	FOR EACH sT OF tabPrêtes
		ArrayAdd(tabRés, sT)
		FOR EACH tabAvant, sAutre OF gtabDépend
			IF ArraySeek(tabAvant, asLinear, sT) > 0 THEN tabDegré[sAutre]--
		END
	END
END
IF tabRés.Occurrence < gtabDépend.Occurrence THEN
	tabReste is array of strings
	FOR EACH tabAvant, sTâche OF gtabDépend
		IF NOT TâcheFaite(tabRés, sTâche) THEN tabReste.Add(sTâche)
	END
	ArraySort(tabReste)
	RESULT "cycle : " + ArrayToString(tabReste, ", ")
END
RESULT ArrayToString(tabRés, ", ")

PROCEDURE TâcheFaite(tab is array of strings, s is string) : boolean
RESULT ArraySeek(tab, asLinear, s) > 0
