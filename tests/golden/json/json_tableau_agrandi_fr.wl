// Un tableau JSON s'agrandit quand on écrit un élément au-delà de sa fin ; TableauAjoute ajoute
j est un JSON = "{""tab"": [1, 2]}"
j.tab[3] = 30
Trace(j)                       // expect: {"tab":[1,2,30]}
j.tab[5] = "cinq"
Trace(j)                       // expect: {"tab":[1,2,30,null,"cinq"]}
TableauAjoute(j.tab, Faux)
Trace(j.tab..Occurrence)       // expect: 6
Trace(j)                       // expect: {"tab":[1,2,30,null,"cinq",false]}
// TableauAjoute sur un membre jamais écrit en fait un tableau
e est un JSON
TableauAjoute(e.liste, 5)
Trace(e)                       // expect: {"liste":[5]}
