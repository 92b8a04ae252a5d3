// Algorithme de Luhn (numéros de carte, SIRET) — contrôle d'une saisie
tabNuméros est un tableau de chaînes = ["4970 1012 3456 7899", "4970101234567890", "79927398713", "732 829 320 00074", "12A4", ""]
POUR TOUT sNum DE tabNuméros
    Trace(Complète("""" + sNum + """", 24) + ": " + (EstLuhnValide(sNum) ? "valide" SINON "invalide"))
FIN
// expect: "4970 1012 3456 7899"   : invalide
// expect: "4970101234567890"      : invalide
// expect: "79927398713"           : valide
// expect: "732 829 320 00074"     : valide
// expect: "12A4"                  : invalide
// expect: ""                      : invalide
Trace(CléLuhn("7992739871")) // expect: 3

PROCÉDURE EstLuhnValide(sNuméro est une chaîne) : booléen
sChiffres est une chaîne = SansEspace(sNuméro, sscIntérieur + sscExtérieur)
SI sChiffres = "" ALORS RENVOYER Faux
nSomme est un entier
bDouble est un booléen = Faux
POUR i = Taille(sChiffres) À 1 PAS -1
    sCar est une chaîne = sChiffres[[i]]
    SI PAS sCar DANS ("0", "1", "2", "3", "4", "5", "6", "7", "8", "9") ALORS RENVOYER Faux
    nChiffre est un entier = Val(sCar)
    SI bDouble ALORS
        nChiffre = nChiffre * 2
        SI nChiffre > 9 ALORS nChiffre -= 9
    FIN
    nSomme += nChiffre
    bDouble = PAS bDouble
FIN
RENVOYER (nSomme % 10 = 0)

// Chiffre de contrôle à ajouter à un numéro
PROCÉDURE CléLuhn(sNuméro est une chaîne)
POUR nClé = 0 À 9
    SI EstLuhnValide(sNuméro + nClé) ALORS RENVOYER nClé
FIN
RENVOYER -1
