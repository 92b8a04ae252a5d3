// ChargeParamètre rend un texte, quoi que SauveParamètre ait reçu (jumeau de
// loadparameter_text_en.wl ; *décidé* le 6 décembre 2026, la page n'est pas stockée).
sFichier est une chaîne = fFichierTemp("par")
SauveParamètre("NbLancements", 12, sFichier)
SauveParametre("Taux", 1.5, sFichier)
sauveparamètre("Actif", Vrai, sFichier)
Trace(TypeVar(ChargeParamètre("NbLancements", 0, sFichier)) = wlChaîne) // expect: 1
Trace(ChargeParamètre("NbLancements", 0, sFichier) + 1) // expect: 121
nNb est un entier = ChargeParamètre("NbLancements", 0, sFichier)
nNb++
Trace(nNb) // expect: 13
rTaux est un réel = CHARGEPARAMETRE("Taux", 0, sFichier)
Trace(rTaux * 2) // expect: 3
bActif est un booléen = ChargeParamètre("Actif", Faux, sFichier)
Trace(ChargeParamètre("Actif", Faux, sFichier), bActif) // expect: 1, 1
Trace(TypeVar(ChargeParamètre("Absent", 5, sFichier)) = wlChaîne, Val(ChargeParamètre("Absent", 5, sFichier)) + 1) // expect: 1, 6
fSupprime(sFichier)
