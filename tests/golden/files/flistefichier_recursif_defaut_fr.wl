// fListeFichier et fListeRépertoire sans option parcourent aussi les sous-répertoires :
// frRécursif est l'option par défaut ; frNonRécursif vaut 2, frRécursif 1 (VERIFIED sur
// le runtime de PC SOFT et son code généré : docs/builtins.md, "fListFile is recursive
// by default")
rep est une chaîne = ComplèteRep(fRepTemp()) + "wl_golden_listerec_" + Hasard(1, 999999999)
fRepCrée(rep + "/archives")
fSauveTexte(rep + "/facture.pdf", "1")
fSauveTexte(rep + "/archives/ancienne.pdf", "2")
Trace(Remplace(fListeFichier(rep + "/*.pdf"), rep, "")) // expect: /facture.pdf
// expect: /archives/ancienne.pdf
Trace(Remplace(fListeFichier(rep + "/*.pdf", frNonRécursif), rep, "")) // expect: /facture.pdf
Trace(frRécursif, frNonRécursif) // expect: 1, 2
Trace(fRepSupprime(rep, frRécursif)) // expect: 1
