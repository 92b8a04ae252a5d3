// Validation d'une adresse e-mail saisie par l'utilisateur
tabSaisies est un tableau de chaînes = ["jean.dupont@exemple.fr", "  Marie@Site.COM ", "sans-arobase.fr", "a@@b.fr", "x@domaine", "@vide.fr", ""]

POUR TOUT sSaisie DE tabSaisies
    sMessage est une chaîne = VérifieEmail(sSaisie)
    SI sMessage = "" ALORS
        Trace("OK : " + Minuscule(SansEspace(sSaisie)))
    SINON
        Trace("Refusé : " + sMessage)
    FIN
FIN
// expect: OK : jean.dupont@exemple.fr
// expect: OK : marie@site.com
// expect: Refusé : l'adresse doit contenir un seul @ (0 trouvé(s))
// expect: Refusé : l'adresse doit contenir un seul @ (2 trouvé(s))
// expect: Refusé : le domaine "domaine" n'a pas d'extension
// expect: Refusé : la partie avant @ est vide
// expect: Refusé : adresse obligatoire

// Renvoie "" si l'adresse est valide, sinon la raison du refus
PROCEDURE VérifieEmail(LOCAL sAdresse est une chaîne) : chaîne
sAdresse = SansEspace(sAdresse)
SI sAdresse = "" ALORS RENVOYER "adresse obligatoire"
nArobases est un entier = ChaîneOccurrence(sAdresse, "@")
SI nArobases <> 1 ALORS
    RENVOYER ChaîneConstruit("l'adresse doit contenir un seul @ (%1 trouvé(s))", nArobases)
FIN
sLocal, sDomaine sont des chaînes
sLocal = ExtraitChaîne(sAdresse, 1, "@")
sDomaine = ExtraitChaîne(sAdresse, 2, "@")
SI Taille(sLocal) = 0 ALORS RENVOYER "la partie avant @ est vide"
SI Position(sDomaine, ".") = 0 ALORS
    RENVOYER ChaîneConstruit("le domaine ""%1"" n'a pas d'extension", sDomaine)
FIN
RENVOYER ""
