// Les Durées se trient par leur longueur (TableauTrie : le texte mettait "2 h" avant
// "30 min"), se somment en une Durée (Somme : c'étaient leurs millisecondes) et se
// comparent à un texte lu comme une Durée le lit ("1 h 30 min", "1h", "+DHHMMSSCCC").
tabÉtapes est un tableau de Durées = [2 h, 30 min, 1 h]
TableauTrie(tabÉtapes)
Trace(tabÉtapes[1], tabÉtapes[2], tabEtapes[3]) // expect: 30 min, 1 h, 2 h
TableauTrie(tabÉtapes, ttDécroissant)
Trace(tabÉtapes[1]) // expect: 2 h
Trace(Somme(tabÉtapes), Moyenne(tabÉtapes)) // expect: 3 h 30 min, 1 h 10 min
duTrajet est une Durée = 90 min
Trace(duTrajet > "1h", duTrajet = "1 h 30 min", "2 h" > duTrajet) // expect: 1, 1, 1
SI duTrajet <= "01:30:00" ALORS Trace("à l'heure") // expect: à l'heure
