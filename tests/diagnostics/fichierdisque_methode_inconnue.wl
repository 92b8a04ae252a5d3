// les méthodes d'un FichierDisque sont les fonctions f* sans leur `f` (f.Taille() est
// fTaille) : une méthode qu'aucune fonction f* ne porte arrête l'exécution ("Unknown
// method 'Existe' for a value of type DiskFile.") : WL109 avec ces mots (wl check ne
// disait rien : zipExiste, méthode d'une zipArchive, faisait paraître le nom connu)
f est un FichierDisque
f.Ouvre("x.txt")
Trace(f.Existe()) // error: WL109:9 Unknown method 'Existe' for a value of type DiskFile
Trace(f.Taille(), f.FichierExiste(), f.Ferme())
g est un FichierDisque
g.Ouvre() // error: WL104:3 The method .Ouvre() expects 1 to 2 parameter(s) (the file's path, then its mode or options), but received 0
