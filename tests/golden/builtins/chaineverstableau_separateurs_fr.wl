// ChaîneVersTableau avec un tableau de séparateurs coupe à chacun d'eux, comme
// ExtraitChaîne (DÉDUIT ; il s'arrêtait : « A value of type array cannot be converted to a string »).
tabParties est un tableau de chaînes
ChaîneVersTableau("Dupont;Jean,Paris;75001", tabParties, [";", ","])
Trace(tabParties..Occurrence, TableauVersChaîne(tabParties, "|")) // expect: 4, Dupont|Jean|Paris|75001
tabCodes est un tableau d'entiers
ChaîneVersTableau("1, 2;3", tabCodes, [", ", ";"])
Trace(tabCodes..Occurrence, tabCodes[1] + tabCodes[2] + tabCodes[3]) // expect: 3, 6
Trace(ExtraitChaîne("a-b--c", 3, ["--", "-"])) // expect: c
