// Un chemin à la Windows (lettre de lecteur ou barre oblique inverse) trouve un fichier
// dont le nom ne diffère que par la casse, comme sous Windows ; un nouveau fichier garde
// la casse écrite ; un chemin POSIX aussi, depuis le 6 déc. 2026 (DECIDED :
// docs/builtins.md "Windows paths on POSIX", "Case in paths")
sRep est une chaîne = ComplèteRep(fRepTemp()) + "wl_golden_casse_" + Hasard(1, 999999999)
fRepCrée(sRep)
fRepCrée(sRep + "/Export")
fSauveTexte(sRep + "/Export/Relevé.txt", "total;12")
Trace(fChargeTexte(sRep + "\EXPORT\RELEVÉ.TXT")) // expect: total;12
Trace(fFichierExiste(sRep + "\export\relevé.TXT"), fTaille(sRep + "\Export\RELEVÉ.txt")) // expect: 1, 8
Trace(fFichierExiste(sRep + "/EXPORT/RELEVÉ.TXT")) // expect: 1
// le dossier est trouvé, le nouveau fichier porte le nom écrit
Trace(fSauveTexte(sRep + "\EXPORT\Synthèse.CSV", "x")) // expect: 1
Trace(Remplace(fListeFichier(sRep + "/Export/*.*", frNonRécursif), sRep + "/Export/", "")) // expect: Relevé.txt
// expect: Synthèse.CSV
nF est un entier = fOuvre(sRep + "\export\synthèse.csv", foLecture)
Trace(fLitLigne(nF)) // expect: x
fFerme(nF)
Trace(fSupprime(sRep + "\EXPORT\RELEVÉ.TXT"), fFichierExiste(sRep + "/Export/Relevé.txt")) // expect: 1, 0
fSupprime(sRep + "/Export/Synthèse.CSV")
fRepSupprime(sRep + "\EXPORT")
Trace(fRépertoireExiste(sRep + "/Export")) // expect: 0
fRepSupprime(sRep)
