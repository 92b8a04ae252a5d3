// un tableau littéral donné à un tableau de structures en remplit les membres dans
// l'ordre : plus de valeurs que de membres arrête l'exécution là (« 4 values cannot fill
// the structure STPersonne: it has 3 member(s). ») ; wl check le dit d'abord, WL110,
// différée (il ne disait rien) ; autant de valeurs ou moins ne sont pas une erreur
STPersonne est une Structure
	sNom est une chaîne
	sPrénom est une chaîne
	nÂge est un entier
FIN
tabPersonnes est un tableau de STPersonne
TableauAjoute(tabPersonnes, ["Dupont", "Jean", 40])
tabPersonnes.Ajoute(["Durand"])
TableauAjoute(tabPersonnes, ["A", "B", 1, "un de trop"]) // error: WL110:29 4 values cannot fill the structure STPersonne: it has 3 member(s)
Ajoute(tabPersonnes, ["A", "B", 1, 2, 3]) // error: WL110:22 5 values cannot fill the structure STPersonne: it has 3 member(s)
TableauInsère(tabPersonnes, 1, ["A", "B", 1, 2]) // error: WL110:32 4 values cannot fill the structure STPersonne: it has 3 member(s)
tabPersonnes[1] = ["A", "B", 1, 2] // error: WL110:19 4 values cannot fill the structure STPersonne: it has 3 member(s)
Trace(tabPersonnes.Occurrence)
