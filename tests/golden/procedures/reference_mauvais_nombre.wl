// une procédure appelée par une variable, un élément ou une fonction avec un nombre
// d'arguments que ses paramètres ne prennent pas : l'erreur du nombre, comme un appel direct
p est une procédure = Double
t est un tableau de procédures = [Double]
QUAND EXCEPTION DANS
	Trace(p(2, 3))
FAIRE
	Trace(ExceptionInfo(errMessage)) // expect: Double expects 1 parameter(s) but received 2.
FIN
QUAND EXCEPTION DANS
	Trace(t[1]())
FAIRE
	Trace(ExceptionInfo(errMessage)) // expect: Double expects 1 parameter(s) but received 0.
FIN
n est un tableau d'entiers = [3, 1, 2]
TableauTrie(n, ttFonction, Trois) // expect error: Trois expects 3 parameter(s) but received 2.
PROCÉDURE Double(x)
RENVOYER 2 * x
PROCÉDURE Trois(a, b, c)
RENVOYER a - b + c
