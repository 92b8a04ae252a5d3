// frInterruptible (4, trouvé dans le code que WINDEV génère : frRécursif + frInterruptible
// = 5) est accepté par fListeFichier et fListeRépertoire, seul ou avec les autres options ;
// c'était un nom non déclaré (WL101). Un listage s'arrête comme tout programme
rep est une chaîne = ComplèteRep(fRepTemp()) + "wl_golden_listint_fr_" + Hasard(1, 999999999)
fRepCrée(rep + "/sous")
fSauveTexte(rep + "/a.txt", "1")
fSauveTexte(rep + "/sous/b.txt", "2")
Trace(FRINTERRUPTIBLE, frRécursif + frInterruptible)   // expect: 4, 5
Trace(Remplace(fListeFichier(rep + "/*.txt", frRecursif + frInterruptible), rep, "")) // expect: /a.txt
// expect: /sous/b.txt
Trace(Remplace(fListeFichier(rep + "/*.txt", frNonRécursif + frInterruptible), rep, "")) // expect: /a.txt
Trace(Remplace(fListeRépertoire(rep, frRécursif + frInterruptible), rep, ""))  // expect: /sous
Trace(fRepSupprime(rep, frRécursif)) // expect: 1
