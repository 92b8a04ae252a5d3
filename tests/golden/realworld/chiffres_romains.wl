// Conversion entier <-> chiffres romains (tableaux parallèles)
tabValeurs est un tableau de entiers = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1]
tabSymboles est un tableau de chaînes = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"]

tabTests est un tableau de entiers = [4, 9, 14, 40, 1994, 2024, 3999]
POUR TOUT n DE tabTests
    sRomain est une chaîne = VersRomain(n)
    Trace(n + " = " + sRomain + " = " + DepuisRomain(sRomain))
FIN
// expect: 4 = IV = 4
// expect: 9 = IX = 9
// expect: 14 = XIV = 14
// expect: 40 = XL = 40
// expect: 1994 = MCMXCIV = 1994
// expect: 2024 = MMXXIV = 2024
// expect: 3999 = MMMCMXCIX = 3999

PROCÉDURE VersRomain(LOCAL nNombre est un entier) : chaîne
sRés est une chaîne
POUR i = 1 À tabValeurs..Occurrence
    TANTQUE nNombre >= tabValeurs[i]
        sRés += tabSymboles[i]
        nNombre -= tabValeurs[i]
    FIN
FIN
RENVOYER sRés

PROCÉDURE DepuisRomain(sRomain est une chaîne) : entier
nTotal est un entier
i est un entier = 1
TANTQUE i <= Taille(sRomain)
    // symbole de deux lettres d'abord
    nIndice est un entier = TableauCherche(tabSymboles, tcLinéaire, Milieu(sRomain, i, 2))
    SI nIndice > 0 _ET_ Taille(tabSymboles[nIndice]) = 2 ALORS
        i += 2
    SINON
        nIndice = TableauCherche(tabSymboles, tcLinéaire, sRomain[[i]])
        i++
    FIN
    nTotal += tabValeurs[nIndice]
FIN
RENVOYER nTotal
