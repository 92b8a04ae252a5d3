// Jumeau français de datetime_toreal.wl (page "<DateTime type>.ToReal", ?1000024190 ; la
// page française n'est pas dans la copie consultée : nom de méthode VersRéel, celui de
// DateHeureVersRéel dans la liste des fonctions de PC SOFT).
MonJour est une DateHeure
MonJour = "190001030600"
// Affiche "3.25"
Info(MonJour.VersRéel()) // expect: 3.25
MonJour2 est une DateHeure = "190401020600"
Info(MonJour2.VersRéel(Vrai), MonJour.VersRéel(Vrai)) // expect: 1.25
// expect: -1
