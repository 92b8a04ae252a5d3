// Un texte littéral qui n'est pas un nombre, rangé dans un réel, un monétaire ou un
// numérique : l'exécution range le nombre que Val lit (son nombre de tête), une partie
// de ce qui est écrit est perdue ; WL206 le dit, comme pour un entier (le contrôle ne
// disait rien). Une virgule décimale est lue comme Val la lit (docs/semantics.md "A text
// read as a number") : "1234,50" vaut 1234,5, sans avertissement ; une seconde virgule
// termine le nombre.
mMontant est un monétaire = "1234,50"
mMontant = "1 234.50" // warning: WL206:1 'mMontant' is a currency: the text "1 234.50" is not a number and is stored as 1
rTaux est un réel = "5,5"
rMilliers est un réel = "1,234,567" // warning: WL206:1 'rMilliers' is a real: the text "1,234,567" is not a number and is stored as 1.234
nExact est un numérique = "abc" // warning: WL206:1 'nExact' is a numeric: the text "abc" is not a number and is stored as 0
mBon est un monétaire = "1234.50"
rBon est un réel = " 12 "
Trace(mMontant, rTaux, rMilliers, nExact, mBon, rBon)
