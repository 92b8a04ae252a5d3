// Val lit une virgule juste après les chiffres de tête comme la virgule décimale, comme
// un utilisateur français tape un nombre : "0,15" donnait 0 et "1234,50" 1234.
// INFERRED (la page d'aide de Val n'est pas dans les pages conservées) :
// docs/builtins.md "Val".
Trace(VAL("0,15")) // expect: 0.15
Trace(val("1234,50")) // expect: 1234.5
Trace(Val("-3,5 kg")) // expect: -3.5
Trace(Val(" +2,25")) // expect: 2.25
Trace(Val(",5")) // expect: 0.5
Trace(Val("12,")) // expect: 12
Trace(Val("abc,5")) // expect: 0
// un seul séparateur décimal : le nombre s'arrête au second
Trace(Val("1.5,3")) // expect: 1.5
Trace(Val("1,234,567")) // expect: 1.234
Trace(Val("12,5", "d")) // expect: 12.5
sSaisie est une chaîne = "19,99"
mPrix est un monétaire = Val(sSaisie)
Trace(mPrix * 3) // expect: 59.97
// une base autre que décimale n'a pas de décimales : la virgule finit les chiffres
Trace(Val("1F,8", "x")) // expect: 31
// un second argument qui n'est pas une base est une erreur en mots, pas un 0 muet
Trace(Val("0,15", "q")) // expect error: Val: unknown format 'q'
