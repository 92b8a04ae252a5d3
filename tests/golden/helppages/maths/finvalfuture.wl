// Page d'aide « FinValFuture » (en anglais : FinFutureVal) : son exemple tel qu'il est
// écrit. La page ne donne pas de résultat : la valeur tracée est celle de l'équation des
// annuités (capital initial, versement périodique, nombre de périodes, taux en pourcent,
// versements en début de période par défaut).
// Valeur future d'un placement. Le capital initial est de 100 000 euros.
// 3 000 euros sont versés chaque mois pendant 2 ans. Le taux est de 8 %.
ResValFuture est un réel
ResValFuture = FinValFuture(-100000, -3000, 24, 8)
Trace(Arrondi(ResValFuture, 2)) // expect: 850435.89
Trace(Arrondi(FinValFuture(-100000, -3000, 24, 8, Faux), 2)) // expect: 834412.35
Trace(FinValFuture()) // expect: 0
