// Les masques de fichiers se lisent comme sous Windows : "*.*" désigne tous les
// fichiers, avec ou sans point, et la casse est ignorée (DECIDED, docs/builtins.md
// "Masks as Windows reads them")
sRep est une chaîne = ComplèteRep(fRepTemp()) + "wl_golden_masques_" + Hasard(1, 999999999)
fRepCrée(sRep)
fSauveTexte(sRep + "/LISEZMOI", "1")
fSauveTexte(sRep + "/note.Txt", "2")
Trace(Remplace(fListeFichier(sRep + "/*.*", frNonRécursif), sRep + fSep(), "")) // expect: LISEZMOI
// expect: note.Txt
Trace(Remplace(fListeFichier(sRep + "/*.TXT", frNonRécursif), sRep + fSep(), "")) // expect: note.Txt
// seuls * et ? sont des jokers : "[1]" fait partie du nom (il listait "r 1.txt")
fSauveTexte(sRep + "/r [1].txt", "4")
fSauveTexte(sRep + "/r 1.txt", "5")
Trace(Remplace(fListeFichier(sRep + "/r [1]*", frNonRécursif), sRep + fSep(), "")) // expect: r [1].txt
Trace(fSupprime(sRep + "/*.*"), fFichierExiste(sRep + "/LISEZMOI")) // expect: 1, 0
fRepSupprime(sRep)
