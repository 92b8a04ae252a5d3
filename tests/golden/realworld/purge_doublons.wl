// Dédoublonnage d'une liste de codes saisis, parcours à rebours avec PAS -1
tabCodes est un tableau de chaînes = ["FR75", "fr75", "BE10", "FR75", "DE01", "BE10", " DE01"]

// normalisation d'abord : la borne ..Occurrence est relue à chaque tour
POUR i = 1 À tabCodes..Occurrence
    tabCodes[i] = Majuscule(SansEspace(tabCodes[i]))
FIN

POUR i = tabCodes..Occurrence À 2 PAS -1
    // un code déjà présent plus haut dans la liste est supprimé
    SI TableauCherche(tabCodes, tcLinéaire, tabCodes[i]) < i ALORS
        Trace("doublon supprimé : " + tabCodes[i] + " (position " + i + ")")
        TableauSupprime(tabCodes, i)
    FIN
FIN
// expect: doublon supprimé : DE01 (position 7)
// expect: doublon supprimé : BE10 (position 6)
// expect: doublon supprimé : FR75 (position 4)
// expect: doublon supprimé : FR75 (position 2)

sRésultat est une chaîne
POUR TOUT sCode DE tabCodes
    sRésultat += [";"] + sCode
FIN
Trace(sRésultat) // expect: FR75;BE10;DE01

// suppression en avançant : la borne relue évite de sortir du tableau
tabNombres est un tableau de entiers = [1, 2, 2, 3, 4, 4, 5]
j est un entier = 1
TANTQUE j < tabNombres..Occurrence
    SI tabNombres[j] = tabNombres[j + 1] ALORS
        TableauSupprime(tabNombres, j + 1)
    SINON
        j++
    FIN
FIN
Trace(tabNombres..Occurrence) // expect: 5
