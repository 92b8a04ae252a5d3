// Les fonctions telles que l'aide de PC SOFT les décrit : parcours de PositionOccurrence,
// options cc... à côté des anciennes constantes, résultat de ChaîneCommencePar/FinitPar.
MaChaîne est une chaîne = "Antananarivo, Madagascar"
MaPosition est un entier = PositionOccurrence(MaChaîne, "a", rangPremier, SansCasse)
liste est une chaîne
TANTQUE MaPosition <> 0
	liste += MaPosition + " "
	MaPosition = PositionOccurrence(MaChaîne, "a", rangSuivant, SansCasse)
FIN
Trace(SansEspace(liste)) // expect: 1 4 6 8 16 18 20 23
Trace(PositionOccurrence(MaChaîne, "g", 1)) // expect: 19
Trace(PositionOccurrence(MaChaîne, "zen", 1)) // expect: 0
Trace(ChaîneCommencePar("Bonjour", "BON", ccSansCasse)) // expect: 3
Trace(ChaineFinitPar("Procédure", "PROCEDURE", ccSansCasse + ccSansAccent)) // expect: 9
Trace(ChaîneOccurrence("Été été", "ete", ccSansAccent + ccSansCasse)) // expect: 2
Trace(Position("un chat", "CHAT", 1, ccSansCasse + ccMotComplet)) // expect: 4
s est une chaîne = "Bonjour"
Trace(s.Taille, s.Majuscule(), s.FinitPar("jour")) // expect: 7, BONJOUR, 4
d est une Date = "20250314"
Trace(d.Année, d.Mois, d.Jour) // expect: 2025, 3, 14
t est un tableau d'entiers = [5, 6]
Trace(t.Occurrence, TableauOccurrence(t)) // expect: 2, 2
ta est un tableau associatif d'entiers
ta["a"] = 1
Trace(TableauOccurrence(ta)) // expect: 1
TableauSupprimeTout(ta)
Trace(ta.Occurrence) // expect: 0
Trace(TypeVar(s) = wlChaîne, TypeVar(t) = wlTableau, TypeVar(Vrai) = wlBooléen) // expect: 1, 1, 1
