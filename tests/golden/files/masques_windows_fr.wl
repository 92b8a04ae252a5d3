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
Trace(fSupprime(sRep + "/*.*"), fFichierExiste(sRep + "/LISEZMOI")) // expect: 1, 0
fRepSupprime(sRep)
