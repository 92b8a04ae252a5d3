// fExtraitChemin sur un chemin réseau : son disque (fDisque) est le serveur et le partage
// (\\Serveur\Partage), comme Windows les prend pour la racine du chemin, et fRépertoire
// les dossiers en dessous. fDisque donnait "" et fRépertoire tout \\Serveur\Partage\Rep\
// (*decided*, docs/builtins.md "fExtractPath on a network path").
sChemin est une chaîne = "\\Serveur\Partage\Factures\2026\fac_0042.pdf"
Trace(fExtraitChemin(sChemin, fDisque)) // expect: \\Serveur\Partage
Trace(fExtraitChemin(sChemin, fRépertoire)) // expect: \Factures\2026\
Trace(fExtraitChemin(sChemin, fDisque + fRépertoire)) // expect: \\Serveur\Partage\Factures\2026\
Trace(fExtraitChemin(sChemin, fFichier + fExtension)) // expect: fac_0042.pdf
Trace(fExtraitChemin("//Serveur/Partage/a.txt", fDisque)) // expect: //Serveur/Partage
Trace(fExtraitChemin("C:\Temp\a.txt", fDisque), fExtraitChemin("C:\Temp\a.txt", fRépertoire)) // expect: C:, \Temp\
Trace(fRepParent("\\Serveur\Partage\Factures")) // expect: \\Serveur\Partage\
Trace("[" + fRepParent("\\Serveur\Partage") + "]") // expect: []
