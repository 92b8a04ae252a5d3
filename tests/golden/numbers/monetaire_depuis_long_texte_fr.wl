// Un texte rangé dans un monétaire ou un numérique est lu par ses chiffres exacts, jamais
// par un réel (docs/semantics.md "Currency literals", "A text stored into a currency") :
// un réel a 15 à 17 chiffres significatifs, et 12345678901234567.25 devenait 12345678901234568.
m est un monétaire = "12345678901234567.25"
Trace(m) // expect: 12345678901234567.25
moPrix EST UN Monetaire
moPrix = "-98765432109876543.123456"
Trace(moPrix) // expect: -98765432109876543.123456
n est un numérique = "12345678901234567890.25"
Trace(n) // expect: 12345678901234567890.25
n2 est un numerique (20, 2) = "123456789012345678.125"
Trace(n2) // expect: 123456789012345678.13
// comme Val lit un texte : son nombre de tête, 0 s'il n'y en a pas ; 6 décimales arrondies
m = " 12.5 EUR"
Trace(m) // expect: 12.5
m = "abc"
Trace(m) // expect: 0
m = "0.1234567"
Trace(m) // expect: 0.123457
// au-delà de la plage d'un monétaire : le dépassement interceptable, le monétaire inchangé
QUAND EXCEPTION DANS
    m = "1234567890123456789.5"
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: 1234567890123456789.5 is beyond the largest currency (604,462,909,807,314,587.353087).
FIN
Trace(m) // expect: 0.123457
// un littéral `0m` large dans une expression : un monétaire à ses chiffres exacts ;
// `+0m...` est le littéral comme `-0m...` est son opposé ; un résultat calculé à partir de
// lui est exact, et vérifié contre la plage quand il est rangé dans un monétaire
Trace(0m12345678901234567891234567) // expect: 12345678901234567891234567
Trace(TypeVar(0M12345678901234567891234567) = wlMonétaire) // expect: 1
Trace(+0m12345678901234567891234567 + 1) // expect: 12345678901234567891234568
moLarge est un monétaire = +0m12345678901234567891234567
Trace(moLarge) // expect: 12345678901234567891234567
