// Un chemin Windows écrit dans une autre casse écrit le fichier présent, et `..` remonte
// sur le texte, même à travers un dossier absent (docs/builtins.md "Case in paths")
rep est une chaîne = ComplèteRep(fRepTemp()) + "wl_golden_ecrase_" + Hasard(1, 999999999)
fRepCrée(rep)
fSauveTexte(rep + "/note.txt", "ancien")
Trace(fSauveTexte(rep + "\NOTE.TXT", "nouveau")) // expect: 1
Trace(Remplace(fListeFichier(rep + "/*.*", frNonRécursif), rep + "/", "")) // expect: note.txt
Trace(fChargeTexte(rep + "\Absent\..\Note.Txt")) // expect: nouveau
fSupprime(rep + "/note.txt")
fRepSupprime(rep)
Trace(fRépertoireExiste(rep)) // expect: 0
