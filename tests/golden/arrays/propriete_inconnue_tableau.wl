// Les propriétés d'un tableau sont ..Occurrence (..Count) et ..Vide : une autre arrête
// l'exécution au nom de la propriété (« Arrays have no property 'NombreLignes'. »), et
// `wl check` le dit d'abord, là, avec les mêmes mots (WL109) ; il ne disait rien.
tabCommandes est un tableau de 0 par 2 chaînes
TableauAjouteLigne(tabCommandes, "cb", "120.50")
TableauAjouteLigne(tabCommandes, "vir", "5")
Trace(tabCommandes..Occurrence, tabCommandes..Vide) // expect: 2, 0
POUR i = 1 _À_ tabCommandes..NombreLignes // expect error: Arrays have no property 'NombreLignes'.
	Trace(tabCommandes[i, 1])
FIN
