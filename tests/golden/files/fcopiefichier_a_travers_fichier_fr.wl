// fCopieFichier / fDéplaceFichier vers un chemin qui passe par un fichier existant
// échouent (Faux, ErreurDétectée) et ErreurInfo dit quelle partie du chemin est un
// fichier ; il disait seulement "File exists" ou "Not a directory" (docs/builtins.md
// "fCopyFile and fMoveFile into a missing folder")
sRep est une chaîne = ComplèteRep(fRepTemp()) + "wl_golden_fcopie_travers_" + Hasard(1, 999999999)
fRepCrée(sRep)
fSauveTexte(sRep + "/facture.txt", "F")
fSauveTexte(sRep + "/archives", "pas un répertoire")
Trace(fCopieFichier(sRep + "/facture.txt", sRep + "/archives/décembre/facture.txt")) // expect: 0
Trace(ErreurDétectée) // expect: 1
Trace(Remplace(ErreurInfo(), sRep, "R")) // expect: fCopieFichier: cannot copy 'R/facture.txt': 'R/archives' is a file, not a folder.
Trace(fDéplaceFichier(sRep + "/facture.txt", sRep + "/archives/facture.txt")) // expect: 0
Trace(Remplace(ErreurInfo(), sRep, "R")) // expect: fDéplaceFichier: cannot move 'R/facture.txt': 'R/archives' is a file, not a folder.
Trace(fCopieFichier(sRep + "/*.txt", sRep + "/archives/2026")) // expect: 0
Trace(Remplace(ErreurInfo(), sRep, "R")) // expect: fCopieFichier: cannot create the folder 'R/archives/2026': 'R/archives' is a file, not a folder.
Trace(fChargeTexte(sRep + "/archives"), fFichierExiste(sRep + "/facture.txt")) // expect: pas un répertoire, 1
Trace(fRepSupprime(sRep, frRécursif)) // expect: 1
