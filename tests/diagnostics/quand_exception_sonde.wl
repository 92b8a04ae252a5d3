// QUAND EXCEPTION DANS exécute son bloc pour voir s'il lève une exception : une ligne qui
// n'y fait que calculer une valeur (classe Excel de PC SOFT : `:m_pautExcel>>Selection`)
// est le test lui-même, pas de WL210, même imbriquée ; ailleurs (dans FAIRE ou SINON,
// après, sous un QUAND EXCEPTION sans DANS) c'est toujours WL210
t est un tableau d'entiers = [1, 2]
xl est un objet OLE dynamique
Trace(Sonde(t), Sélectionné(xl))
t[2] // warning: WL210:1 the value of this expression is not used (the line computes it and drops it)
PROCÉDURE Sonde(tab)
quand exception dans
	tab[9]
	SI tab.Occurrence > 1 ALORS
		tab[1]
	FIN
FAIRE
	tab[1] // warning: WL210:2 the value of this expression is not used (the line computes it and drops it)
	RENVOYER Faux
SINON
	tab[2] // warning: WL210:2 the value of this expression is not used (the line computes it and drops it)
FIN
RENVOYER Vrai
PROCEDURE Sélectionné(p)
QUAND EXCEPTION DANS
	p>>Selection
FAIRE
	RENVOYER Faux
FIN
QUAND EXCEPTION
	RENVOYER Faux
FIN
p>>Selection // warning: WL210:1 the value of this expression is not used (the line computes it and drops it)
RENVOYER Vrai
