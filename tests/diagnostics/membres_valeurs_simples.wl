// un membre d'un nombre ou d'un booléen : une telle valeur n'en a pas
nTotal est un entier = 5
bOk est un booléen = Vrai
mPrix est un monétaire = 2.5
nTotal.Champ = 1 // error: WL109:8 'Champ' is not a member of 'nTotal': a value of type int has no members
Trace(mPrix.Centimes) // error: WL109:13 'Centimes' is not a member of 'mPrix': a value of type currency has no members
Trace(nTotal.VersChaîne(), bOk)
