// Page d'aide fRepAttribut (?3036040, la page anglaise fDirAttribute ; jumeau écrit par
// nous) : son exemple, sur un dossier créé dans le dossier temporaire au lieu de
// C:\MesRépertoires. D pour un répertoire (A n'est pas géré sous Linux) ; "ERR" en cas
// d'erreur.
sRep est une chaîne = fRepTemp() + fSep() + "wl_helppage_repattribut_" + Hasard(1, 999999999)
fRepCrée(sRep)
// Récupération des attributs d'un répertoire
ResAttribut = fRepAttribut(sRep)
SI ResAttribut <> "ERR" ALORS
	Trace(ResAttribut) // expect: D
FIN
Trace(fRepAttribut(sRep + fSep() + "absent")) // expect: ERR
fRepSupprime(sRep)
