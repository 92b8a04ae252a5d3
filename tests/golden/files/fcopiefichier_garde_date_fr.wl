// fCopieFichier garde la date de modification du fichier, comme CopyFile de Windows et
// comme le faisait déjà fRepCopie : la copie était datée du moment de la copie, et un
// code comparant fDateHeure d'un fichier et de sa copie la recopiait à chaque fois
// (docs/builtins.md "fCopyFile keeps the modification date" ; INFERRED : la page de
// fCopieFichier n'est pas stockée). Jumeau anglais fcopyfile_keeps_date_en.wl.
sRep est une chaîne = fRepTemp() + fSep() + "wl_golden_copiedate_" + Hasard(1, 999999999)
fRepCrée(sRep + fSep() + "sauve")
sFichier est une chaîne = sRep + fSep() + "facture.txt"
fSauveTexte(sFichier, "Facture 1")
fDateHeure(sFichier, "20240315093000")
fCopieFichier(sFichier, sRep + fSep() + "sauve")
Trace(fDateHeure(sRep + fSep() + "sauve" + fSep() + "facture.txt")) // expect: 2024031509300000
FCOPIEFICHIER(sFichier, sRep + fSep() + "copie.txt")
Trace(fDate(sRep + fSep() + "copie.txt"), fHeure(sRep + fSep() + "copie.txt")) // expect: 20240315, 09300000
// avec des jokers aussi
fCopieFichier(sRep + fSep() + "*.txt", sRep + fSep() + "sauve")
Trace(fDate(sRep + fSep() + "sauve" + fSep() + "copie.txt")) // expect: 20240315
fRepSupprime(sRep, frRécursif)
