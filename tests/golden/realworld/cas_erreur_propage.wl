// Gestion des erreurs non fatales : ErreurPropage, ErreurDétectée, CAS ERREUR:
sRésultat est une chaîne

sRésultat = LireParamètre("port=8080")
SI ErreurDétectée ALORS
    Trace("Erreur : " + ErreurInfo())
SINON
    Trace("Port lu : " + sRésultat)
FIN
// expect: Port lu : 8080

sRésultat = LireParamètre("port8080")
SI ErreurDétectée() ALORS
    Trace("Erreur : " + ErreurInfo(errMessage))
FIN
// expect: Erreur : Paramètre mal formé : port8080

Trace(ChargeConfiguration("a=1;b;c=3")) // expect: Configuration invalide (Paramètre mal formé : b)
Trace(ChargeConfiguration("a=1;c=3"))   // expect: 2 paramètre(s)

// Lit "nom=valeur" et renvoie la valeur
PROCÉDURE LireParamètre(sLigne est une chaîne)
SI Position(sLigne, "=") = 0 ALORS
    ErreurPropage("Paramètre mal formé : " + sLigne)
    RENVOYER ""
FIN
RENVOYER ExtraitChaîne(sLigne, 2, "=")

// Lit toutes les lignes ; la première erreur saute dans CAS ERREUR:
PROCÉDURE ChargeConfiguration(sConfig est une chaîne)
nNb est un entier
POUR TOUTE CHAÎNE sParam DE sConfig SÉPARÉE PAR ";"
    LireParamètre(sParam)
    nNb++
FIN
RENVOYER nNb + " paramètre(s)"

CAS ERREUR:
    RENVOYER "Configuration invalide (" + ErreurInfo() + ")"
