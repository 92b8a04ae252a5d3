// LF : le saut de ligne seul (caractère 10), tel que le vrai code l'emploie à côté de RC
// et TAB : pour couper un texte venu d'Unix, ou en faire des lignes RC du WLangage
Trace(Taille(LF), Asc(LF), LF = Caract(10), Taille(RC))   // expect: 1, 10, 1, 2
sUnix est une chaîne = "premier" + LF + "second" + LF + "troisième"
Trace(ExtraitChaîne(sUnix, 2, LF), ChaîneOccurrence(sUnix, LF))   // expect: second, 2
sLignes est une chaîne = Remplace(sUnix, LF, RC)
Trace(Taille(sLignes), ExtraitChaîne(sLignes, 3, RC))   // expect: 26, troisième
// et retour : une ligne RC devient une ligne LF
Trace(Remplace(sLignes, RC, LF) = sUnix)   // expect: 1
// un code qui déclare son propre LF le garde
Trace(MonLF())   // expect: a<lf>b

PROCÉDURE MonLF()
LF est une chaîne = "<lf>"
RENVOYER "a" + LF + "b"
