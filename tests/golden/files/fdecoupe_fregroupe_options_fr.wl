// fDécoupe / fRegroupe avec les options de ?3036008 : fSupprimeSource, fSupprimeDestination
// (noms français INFERRED ; docs/builtins.md "Folders, attributes, pieces, locks")
sRep est une chaîne = ComplèteRep(fRepTemp()) + "wl_golden_morceaux_" + Hasard(1, 999999999)
fRepCrée(sRep)
sFic est une chaîne = sRep + "/gros.txt"
fSauveTexte(sFic, "bonjour")
Trace(fDécoupe(sFic, 3, fSupprimeSource), fFichierExiste(sFic)) // expect: 3, 0
fSauveTexte(sRep + "/c.txt", "ancien")
Trace(fRegroupe(sFic, sRep + "/c.txt"), ErreurDétectée) // expect: 0, 1
Trace(fRegroupe(sFic, sRep + "/c.txt", fSupprimeDestination + fSupprimeSource), fChargeTexte(sRep + "/c.txt"), fFichierExiste(sFic + ".002")) // expect: 1, bonjour, 0
// une taille de morceau bien au-delà de celle du fichier : un seul morceau (l'exécution
// s'arrêtait sur « Not enough memory »)
Trace(fDécoupe(sRep + "/c.txt", 100000000000), fChargeTexte(sRep + "/c.txt.001")) // expect: 1, bonjour
fRepSupprime(sRep, frRécursif)
