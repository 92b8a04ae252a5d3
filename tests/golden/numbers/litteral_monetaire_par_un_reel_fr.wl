// Une valeur affectée à un monétaire ou un numérique passe par un réel, 15 chiffres
// significatifs ("Monétaire" ?1514043 et "Numérique" ?1514072 : une valeur "saisie
// directement, renvoyée par une fonction, etc." est "automatiquement convertie en réel par
// le compilateur" ; 0m / 0n gardent chaque chiffre). Un monétaire gardait chaque chiffre
// d'un long littéral et les 17 d'un réel, un numérique ceux d'un Val de 30 chiffres.
moMontant est un monétaire = 12345678901234567.25
Trace(moMontant) // expect: 12345678901234600
moMontant = 0m12345678901234567.25
Trace(moMontant) // expect: 12345678901234567.25
moMontant = 1234567890.123456789
Trace(moMontant) // expect: 1234567890.12346
rPrix est un réel = 1234567890.123456789
moMontant = rPrix
Trace(moMontant) // expect: 1234567890.12346
moMontant = Val("12345678901234567.25")
Trace(moMontant) // expect: 12345678901234600
// un montant de 15 chiffres ou moins est exact, comme avant
moMontant = 1234567.891234
Trace(moMontant) // expect: 1234567.891234
// le résultat d'une fonction : Val d'un texte de 30 chiffres y est un réel ; le texte lui-même est exact
nGrand est un numérique = Val("123456789012345678901234567890")
Trace(nGrand) // expect: 123456789012346000000000000000
nGrand = "123456789012345678901234567890"
Trace(nGrand) // expect: 123456789012345678901234567890
// une procédure qui renvoie un numérique le renvoie entier (numérique vers numérique)
nGrand = Exact()
Trace(nGrand) // expect: 12345678901234567.25
// dans une expression, un long littéral est un numérique : sa somme est exacte
moMontant = 12345678901234567.25 + 0
Trace(moMontant) // expect: 12345678901234567.25
// au bord de la plage, le réel est au-delà : l'erreur le dit, et comment garder les chiffres
moBord est un monétaire = 604462909807314587.353087 // expect error: Numeric overflow: 604462909807314587.353087 is beyond the largest currency (604,462,909,807,314,587.353087) once made a real (604462909807315000): write 0m604462909807314587.353087 to keep every digit.

PROCÉDURE Exact() : numérique
RENVOYER 0n12345678901234567.25
