// TableauOccurrence / .Occurrence sur les tableaux associatifs : vide, clés confondues
// par ccSansCasse, un élément par écriture avecDoublons, après une suppression ;
// POUR TOUT ÉLÉMENT v, k donne valeur et clé et ne tourne pas sur un tableau vide
e est un tableau associatif d'entiers
Trace(TableauOccurrence(e), e.Occurrence, e..Occurrence) // expect: 0, 0, 0
POUR TOUT ELEMENT v, k DE e
	Trace("jamais")
FIN
c est un tableau associatif (ccSansCasse) d'entiers
c["a"] = 1
c["A"] = 2
Trace(TableauOccurrence(c), c["a"]) // expect: 1, 2
d est un tableau associatif (avecDoublons) d'entiers
TableauAjoute(d, "k", 1)
TableauAjoute(d, "k", 2)
Trace(TableauOccurrence(d)) // expect: 2
t EST UN TABLEAU ASSOCIATIF (*, *, WLENTIER) DE CHAÎNES
t[10] = "dix"
t[20] = "vingt"
TableauSupprime(t, 10)
Trace(TableauOccurrence(t)) // expect: 1
POUR TOUT ÉLÉMENT v, k DE t
	Trace(k, v) // expect: 20, vingt
FIN
// un tableau associatif d'objets dynamiques : chaque élément est Null jusqu'à allouer
CClient est une Classe
	nom est une chaîne
FIN
parId EST UN TABLEAU ASSOCIATIF (*, *, WLENTIER) DE CClient DYNAMIQUE
parId[7] = allouer un CClient
parId[7].nom = "Zoé"
Trace(TableauOccurrence(parId), parId[7].nom) // expect: 1, Zoé
