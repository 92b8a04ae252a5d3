// `x.Nom = v` affecte ce que `x..Nom = v` affecte sur une Date ou une chaîne, et refuse
// ce qu'il refuse avec les mêmes mots, qui nomment le type de la variable (`d.Truc = 1`
// disait "A value of type string has no member 'Truc'" ; `s.Année = 2021` sur une chaîne
// qui tient une date était refusé) : docs/semantics.md "Setting a property with `.`"
s est une chaîne = "20240115"
s.Année = 2021
s..Mois = 3
Trace(s) // expect: 20210315
d est une Date = "20240115"
d.Mois = 2
Trace(d) // expect: 20240215
QUAND EXCEPTION DANS
	d.Couleur = 1 // wl: ignore[WL109] (la vérification le dit ici : A Date has no property 'Couleur')
FAIRE
	Trace(ExceptionInfo()) // expect: A Date has no property 'Couleur'.
FIN
sNom est une chaîne = "abc"
sNom.Année = 2021 // expect error: A string has no property 'Année'.
