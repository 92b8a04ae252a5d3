// Copier un objet ou une structure copie chaque membre comme `=` le copie ("Copie et
// clonage" ?6010018 : "Objet dynamique = Objet dynamique : l'objet dynamique destination
// est une référence sur l'objet dynamique source"). Un membre objet dynamique, et un
// objet tenu par un membre Variant, sont le même objet dans la copie (décidé,
// docs/semantics.md "Copies share dynamic members") ; un membre objet, structure ou
// tableau reste une copie.
CMoteur est une Classe
	nPuissance est un entier
FIN
CVoiture est une Classe
	sNom est une chaîne
	oMoteur est un CMoteur dynamique
	vQuelconque est un Variant
	oRechange est un CMoteur
	tPièces est un tableau de chaînes
FIN
STGarage est une Structure
	pVoiture est un CVoiture dynamique
FIN
a est un CVoiture
a.oMoteur = allouer un CMoteur
a.oMoteur.nPuissance = 100
e est un CMoteur
a.vQuelconque = e
Ajoute(a.tPièces, "roue")
b est un CVoiture
b = a
b.oMoteur.nPuissance = 200
b.vQuelconque.nPuissance = 7
b.oRechange.nPuissance = 9
Ajoute(b.tPièces, "porte")
Trace(a.oMoteur.nPuissance, e.nPuissance, a.oRechange.nPuissance, TableauOccurrence(a.tPièces)) // expect: 200, 7, 0, 1
g1 est un STGarage
g1.pVoiture = allouer un CVoiture
g2 est un STGarage = g1
g2.pVoiture.sNom = "Zoé"
Trace(g1.pVoiture.sNom) // expect: Zoé
t1 est un tableau de STGarage
Ajoute(t1, g1)
t1[1].pVoiture.sNom = "Ada"
Trace(g1.pVoiture.sNom) // expect: Ada
tv est un tableau de Variants
Ajoute(tv, e)
tv2 est un tableau de Variants
TableauCopie(tv, tv2)
tv2[1].nPuissance = 42
Trace(e.nPuissance) // expect: 42
