// Un texte littéral qui n'est pas un nombre, rangé dans un réel, un monétaire ou un
// numérique : l'exécution range le nombre que Val lit (son nombre de tête), donc un
// montant écrit avec une virgule perd ses centimes ; WL206 le dit, comme pour un entier
// (le contrôle ne disait rien).
mMontant est un monétaire = "1234,50" // warning: WL206:1 'mMontant' is a currency: the text "1234,50" is not a number and is stored as 1234
mMontant = "1 234.50" // warning: WL206:1 'mMontant' is a currency: the text "1 234.50" is not a number and is stored as 1
rTaux est un réel = "5,5" // warning: WL206:1 'rTaux' is a real: the text "5,5" is not a number and is stored as 5
nExact est un numérique = "abc" // warning: WL206:1 'nExact' is a numeric: the text "abc" is not a number and is stored as 0
mBon est un monétaire = "1234.50"
rBon est un réel = " 12 "
Trace(mMontant, rTaux, nExact, mBon, rBon)
