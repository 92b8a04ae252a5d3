// EvalueExpression / ExécuteCode voient les variables locales et les paramètres de
// l'appelant par leur nom, et les globales du programme ; ce qu'ExécuteCode affecte à une
// locale lui revient
gnTaux est un entier = 3
Trace(EvalueExpression("gnTaux * 2"))   // expect: 6
ExécuteCode("gnTaux = 10")
Trace(gnTaux)   // expect: 10
Échelle(4)
// expect: 42, 14.5
// expect: 14, abcdef
POUR i = 1 À 3
	Trace(évalueexpression("i * i"))
FIN
// expect: 1
// expect: 4
// expect: 9
Trace(EXECUTECODE("SI gnTaux > 5 ALORS RENVOYER ""grand""" + RC + "RENVOYER ""petit"""))   // expect: grand
Essai("1 +")   // expect: EvalueExpression: line 1: unexpected end of line; expected an expression
Essai("Trace(""x"")")
// expect: x
// expect: EvalueExpression: the expression gives no value.
Essai("nInconnu + 1")   // expect: EvalueExpression: line 1: 'nInconnu' is not declared
Essai("FonctionInconnue(2)")   // expect: EvalueExpression: line 1: unknown procedure or function 'FonctionInconnue'

PROCÉDURE Échelle(n est un entier)
rValeur est un réel = 2.5
Trace(EvalueExpression("n * gnTaux + Double(1)"), ÉvalueExpression("rValeur + n * 3"))
s est une chaîne = "abc"
ExécuteCode("n = n + gnTaux" + RC + "s += ""def""")
Trace(n, s)

PROCÉDURE Double(v)
RENVOYER 2 * v

PROCÉDURE Essai(sExpression est une chaîne)
QUAND EXCEPTION DANS
	Trace(EvalueExpression(sExpression))
FAIRE
	Trace(ExceptionInfo(errMessage))
FIN
