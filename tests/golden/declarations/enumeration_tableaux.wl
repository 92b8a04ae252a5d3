// Les éléments d'un tableau d'une énumération valent d'abord sa première valeur.
Niveau est une Énumération
    Bas
    Moyen
    Élevé
FIN
tab est un tableau de 2 Niveau
Trace(tab[1] = Bas, tab[2])   // expect: 1, Bas
tab[1] = Élevé
Trace(tab[1], tab[1] = ELEVE)   // expect: Élevé, 1
ST_Tâche est une Structure
    priorité est un Niveau
FIN
t est un ST_Tâche
Trace(t.Priorite)   // expect: Bas
