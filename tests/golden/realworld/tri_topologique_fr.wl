// Ordonnancement de tâches : tri topologique des dépendances (tableaux associatifs),
// détection d'un cycle
gtabDépend est un tableau associatif de tableaux de chaînes

Dépend("déployer", ["tester", "compiler"])
Dépend("tester", ["compiler"])
Dépend("compiler", ["récupérer"])
Dépend("documenter", [])
Dépend("récupérer", [])
Trace(Ordre()) // expect: documenter, récupérer, compiler, tester, déployer
Dépend("récupérer", ["déployer"])
Trace(Ordre()) // expect: cycle : compiler, déployer, récupérer, tester

PROCÉDURE Dépend(sTâche est une chaîne, tabAvant est un tableau de chaînes)
gtabDépend[sTâche] = tabAvant

PROCÉDURE Ordre() : chaîne
tabDegré est un tableau associatif (ccSansCasse) d'entiers
POUR TOUT tabAvant, sTâche DE gtabDépend
	tabDegré[sTâche] = tabAvant..Occurrence
FIN
tabPrêtes est un tableau de chaînes
tabRés est un tableau de chaînes
BOUCLE
	TableauSupprimeTout(tabPrêtes)
	POUR TOUT nDeg, sTâche DE tabDegré
		SI nDeg = 0 ET PAS TâcheFaite(tabRés, sTâche) ALORS TableauAjoute(tabPrêtes, sTâche)
	FIN
	SI tabPrêtes..Vide ALORS SORTIR
	TableauTrie(tabPrêtes, ttCroissant)
	POUR TOUT sT DE tabPrêtes
		TableauAjoute(tabRés, sT)
		POUR TOUT tabAvant, sAutre DE gtabDépend
			SI TableauCherche(tabAvant, tcLinéaire, sT) > 0 ALORS tabDegré[sAutre]--
		FIN
	FIN
FIN
SI tabRés.Occurrence < gtabDépend.Occurrence ALORS
	tabReste est un tableau de chaînes
	POUR TOUT tabAvant, sTâche DE gtabDépend
		SI PAS TâcheFaite(tabRés, sTâche) ALORS tabReste.Ajoute(sTâche)
	FIN
	TableauTrie(tabReste)
	RENVOYER "cycle : " + TableauVersChaîne(tabReste, ", ")
FIN
RENVOYER TableauVersChaîne(tabRés, ", ")

PROCÉDURE TâcheFaite(tab est un tableau de chaînes, s est une chaîne) : booléen
RENVOYER TableauCherche(tab, tcLinéaire, s) > 0
