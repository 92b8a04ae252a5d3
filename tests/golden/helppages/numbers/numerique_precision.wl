// Page d'aide "Numérique (Type de variable)" (doc.pcsoft.fr) : un numérique se déclare
// avec sa précision, `numérique (<Partie entière>, <Partie décimale>)`.
Taux est un numérique (5,3) = 0.19651
Trace(Taux) // expect: 0.197
Montant est un numérique (12,2) = 1000 * Taux
Trace(Montant) // expect: 197
