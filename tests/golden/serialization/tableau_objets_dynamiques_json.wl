// Désérialise, une valeur JSON et CSVVersTableau remplissent un `tableau de CClasse
// dynamique` d'objets nouveaux (ses éléments sont des références, Null tant qu'aucun
// objet ne leur est donné)
CLigne est une Classe
	réf est une chaîne
	qté est un entier
FIN
CCommande est une Classe
	num est une chaîne
	lignes est un tableau de CLigne dynamique
FIN
c est une CCommande
Désérialise(c, "{""num"":""C1"",""lignes"":[{""réf"":""A"",""qté"":2},{""réf"":""B"",""qté"":5}]}", psdJSON)
Trace(c.num, c.lignes..Occurrence, c.lignes[2].réf, c.lignes[2].qté) // expect: C1, 2, B, 5
s est une chaîne
Sérialise(c, s, psdJSON)
Trace(s) // expect: {"num":"C1","lignes":[{"r\u00E9f":"A","qt\u00E9":2},{"r\u00E9f":"B","qt\u00E9":5}]}
tabLignes est un tableau de 2 CLigne dynamique
Désérialise(tabLignes, "[{""réf"":""X"",""qté"":1}, null]", psdJSON)
Trace(tabLignes..Occurrence, tabLignes[1].réf, tabLignes[2] = Null) // expect: 2, X, 1
v est un Variant = JSONVersVariant("{""num"":""C2"",""lignes"":[{""réf"":""Z"",""qté"":3}]}")
c2 est une CCommande = v
Trace(c2.num, c2.lignes[1].qté) // expect: C2, 3
tabCSV est un tableau de CLigne dynamique
CSVVersTableau("P;4" + RC + "Q;6", tabCSV)
Trace(tabCSV..Occurrence, tabCSV[2].réf) // expect: 2, Q
