// fCopieFichier / fDéplaceFichier vers un répertoire qui n'existe pas créent les
// répertoires manquants, comme la copie du shell Windows ; c'était un échec qui nommait la
// source ("cannot copy 'a.txt': No such file or directory", a.txt existant). Un nom
// terminé par un séparateur est un répertoire : le fichier y va sous son nom. INFERRED
// (docs/builtins.md, "fCopyFile and fMoveFile into a missing folder")
sRep est une chaîne = ComplèteRep(fRepTemp()) + "wl_golden_fcopie_absent_" + Hasard(1, 999999999)
fRepCrée(sRep)
fSauveTexte(sRep + "/facture.txt", "F")
Trace(fCopieFichier(sRep + "/facture.txt", sRep + "/2026/12/copie.txt")) // expect: 1
Trace(fChargeTexte(sRep + "/2026/12/copie.txt")) // expect: F
Trace(FCOPIEFICHIER(sRep + "/facture.txt", sRep + "/sauve/")) // expect: 1
Trace(fFichierExiste(sRep + "/sauve/facture.txt")) // expect: 1
Trace(fCopieFichier(sRep + "/*.txt", sRep + "/tout")) // expect: 1
Trace(fFichierExiste(sRep + "/tout/facture.txt")) // expect: 1
Trace(fDeplaceFichier(sRep + "/facture.txt", sRep + "/archive/ancien/facture.txt")) // expect: 1
Trace(fFichierExiste(sRep + "/facture.txt"), fFichierExiste(sRep + "/archive/ancien/facture.txt")) // expect: 0, 1
// une source absente ne crée aucun répertoire
Trace(fCopieFichier(sRep + "/aucun.txt", sRep + "/jamais/aucun.txt")) // expect: 0
Trace(ErreurDétectée, fRépertoireExiste(sRep + "/jamais")) // expect: 1, 0
Trace(fRepSupprime(sRep, frRécursif)) // expect: 1
