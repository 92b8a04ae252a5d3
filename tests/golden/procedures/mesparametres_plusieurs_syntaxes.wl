// Une plage de MesParamètres transmise à une procédure ou une méthode à plusieurs
// syntaxes : la syntaxe est choisie à l'exécution, selon les valeurs de la plage
o est un CAffiche
Trace(Passe(1, 2), Passe("z")) // expect: 3, z!
o.Relaie(4, 5) // expect: deux entiers 4 5
o.Relaie("b") // expect: une chaîne b
PROCÉDURE Passe(*)
RENVOYER LesDeux(MesParamètres[1 A])
PROCÉDURE LesDeux(a est un entier, b est un entier)
RENVOYER a + b
PROCÉDURE LesDeux(s est une chaîne)
RENVOYER s + "!"

CAffiche est une Classe
FIN
PROCÉDURE CAffiche::Affiche(x est un entier, y est un entier)
Trace("deux entiers " + x + " " + y)
PROCÉDURE CAffiche::Affiche(s est une chaîne)
Trace("une chaîne " + s)
PROCÉDURE CAffiche::Relaie(*)
:Affiche(MesParamètres[1 À])
