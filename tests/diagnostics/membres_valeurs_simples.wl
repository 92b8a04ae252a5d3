// un membre d'un nombre ou d'un booléen : une telle valeur n'en a pas
nTotal est un entier = 5
bOk est un booléen = Vrai
mPrix est un monétaire = 2.5
nTotal.Champ = 1 // error: WL109:8 A value of type integer has no member 'Champ'
Trace(mPrix.Centimes) // error: WL109:13 A value of type currency has no member 'Centimes'
numTaux est un numérique = 0.2
Trace(numTaux.Pourcent) // error: WL109:15 A value of type numeric has no member 'Pourcent'
Trace(nTotal.VersChaîne(), bOk)
