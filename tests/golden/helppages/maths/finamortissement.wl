// Page d'aide « FinAmortissement » (?3050061, en anglais : FinRedemption) : son exemple
// écrit avec les noms français, puis la matrice qu'il crée relue (la page ne donne pas de
// valeurs : une ligne par année, année, capital restant dû, intérêts, amortissement,
// annuité ; les noms français des constantes sont déduits, docs/builtins.md).
// Matrice d'amortissement d'un emprunt « In Fine » de 25 000 euros
// à taux fixe de 5 % sur 6 ans
ResAmortissement est un booléen = FinAmortissement("MatAmort", finInFine, 25000, 5, 6)
Trace(ResAmortissement) // expect: 1
Trace(MatLitLigne("MatAmort", 6, " ")) // expect: 6 25000 1250 25000 26250
FinAmortissement("Constant", finAmortissementConstant, 24000, 5, 6)
Trace(MatLitLigne("Constant", 2, " ")) // expect: 2 20000 1000 4000 5000
FinAmortissement("Annuité", finAnnuitéConstante, 25000, 5, 6)
Trace(Arrondi(MatLit("Annuité", 1, 5), 2)) // expect: 4925.44
