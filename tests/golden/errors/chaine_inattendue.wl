// une chaîne là où aucune ne peut être est nommée par son texte, coupé s'il est long
nTotal est un entier = 5 "une très longue explication du total attendu" // expect error: unexpected the string "une très longue explication..."
