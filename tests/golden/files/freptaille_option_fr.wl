// fRepTaille(répertoire [, option]) : frRécursif (par défaut) compte aussi les fichiers
// des sous-répertoires, frNonRécursif ceux du répertoire seul
sRep est une chaîne = fRepTemp() + "/wl_reptaille_" + Hasard(1, 999999999)
fRepCrée(sRep + "/sous")
fSauveTexte(sRep + "/a.txt", "123")
fSauveTexte(sRep + "/sous/b.txt", "1234")
Trace(fRepTaille(sRep), fRepTaille(sRep, frNonRécursif))       // expect: 7, 3
Trace(fRepSupprime(sRep, frRécursif))                           // expect: 1
