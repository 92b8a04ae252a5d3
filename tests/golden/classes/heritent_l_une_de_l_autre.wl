// Deux classes qui héritent l'une de l'autre (la seconde par `hérite de A`) sont
// refusées au cycle ; la ligne de la seconde était une erreur de syntaxe.
A est une Classe // expect error: the class A inherits from itself
    hérite de B
FIN
B est une Classe // wl: ignore[WL111] (le même cycle vu de B : wl check nomme les deux)
    hérite de A
FIN
o est un A
Trace("jamais") // (une instruction : un script, jamais chargé à côté d'un autre)
