// Fichiers et répertoires : noms français, encodages ANSI et Unicode
rep est une chaîne = CompleteRep(fRepTemp()) + "wl_golden_fichiers_" + Hasard(1, 999999999)
Trace(fRepCrée(rep), fRépertoireExiste(rep)) // expect: 1, 1
nom est une chaîne = CompleteRep(rep) + "texte.txt"
// Unicode (UTF-16 avec BOM)
f est un entier = fCrée(nom, foUnicode)
fÉcritLigne(f, "Élève")
fFerme(f)
Trace(fTaille(nom)) // expect: 16
f = fOuvre(nom, foLecture)
Trace(fLitLigne(f)) // expect: Élève
Trace(fLitLigne(f) = EOT) // expect: 1
fFerme(f)
// ANSI (Windows-1252) : un octet par lettre
f = fCrée(nom, foAnsi)
fEcritLigne(f, "été")
fFerme(f)
Trace(fTaille(nom)) // expect: 5
f = fOuvre(nom)
Trace(fLitLigne(f)) // expect: été
fFerme(f)
Trace(fChargeTexte(nom) = "été" + RC) // expect: 1
Trace(fCopieFichier(nom, CompleteRep(rep) + "copie.txt"), fRenomme(CompleteRep(rep) + "copie.txt", CompleteRep(rep) + "b.txt")) // expect: 1, 1
Trace(Remplace(fListeFichier(rep), CompleteRep(rep), "")) // expect: b.txt
// expect: texte.txt
Trace(fOuvre(CompleteRep(rep) + "absent.txt", foLecture), ErreurDétectée) // expect: -1, 1
Trace(fRepSupprime(rep, frRécursif), fRépertoireExiste(rep)) // expect: 1, 0
Trace(fExtraitChemin("D:\Données\facture.pdf", fFichier)) // expect: facture
Trace(DécompleteRep("D:\Données\"), fSéparateur("D:\x")) // expect: D:\Données, D:/x
