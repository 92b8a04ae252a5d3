// Normalisation de numéros de téléphone français saisis librement
tabSaisies est un tableau de chaînes = ["06 12 34 56 78", "06.12.34.56.78", "+33 6 12 34 56 78", "0033612345678", "6123", "01-23-45-67-89"]
POUR TOUT sTel DE tabSaisies
    sNorm est une chaîne = NormaliseTéléphone(sTel)
    SI sNorm = "" ALORS
        Trace(sTel + " : numéro invalide")
    SINON
        Trace(sTel + " : " + sNorm)
    FIN
FIN
// expect: 06 12 34 56 78 : 06 12 34 56 78
// expect: 06.12.34.56.78 : 06 12 34 56 78
// expect: +33 6 12 34 56 78 : 06 12 34 56 78
// expect: 0033612345678 : 06 12 34 56 78
// expect: 6123 : numéro invalide
// expect: 01-23-45-67-89 : 01 23 45 67 89

PROCÉDURE NormaliseTéléphone(sSaisie est une chaîne) : chaîne
sChiffres est une chaîne
POUR i = 1 À Taille(sSaisie)
    SI sSaisie[[i]] DANS ("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "+") ALORS
        sChiffres += sSaisie[[i]]
    FIN
FIN
// indicatif international
SI Gauche(sChiffres, 3) = "+33" ALORS
    sChiffres = "0" + Milieu(sChiffres, 4)
SINON SI ChaîneCommencePar(sChiffres, "0033") ALORS
    sChiffres = "0" + Milieu(sChiffres, 5)
FIN
SI Taille(sChiffres) <> 10 OU Gauche(sChiffres, 1) <> "0" ALORS RENVOYER ""
sRésultat est une chaîne
POUR i = 1 À 9 PAS 2
    sRésultat += [" "] + sChiffres[[i SUR 2]]
FIN
RENVOYER sRésultat
