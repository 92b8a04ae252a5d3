// La liste des types de résultat d'une lambda après ses paramètres, `(x) : (entier,
// chaîne) => ...`, comme celle d'un en-tête de PROCÉDURE : chaque valeur de son RENVOYER
// est convertie à son type, et un autre nombre de valeurs est WL110
// (tests/diagnostics/lambda_nombre_types_resultat.wl). C'était "unexpected ':'".
fCoupe est une procédure = (n est un entier) : (entier, chaîne) => (n + 1, n * 2)
(a, b) est une chaîne = fCoupe(4)
Trace(a, b, TypeVar(a))                                 // expect: 5, 8, 16
fConv est une procédure = (s) : (Entier, CHAÎNE) => {
	RENVOYER (s, 34)
}
(n, s) est un Variant = fConv("12")
Trace(n + 1, s + "!")                                   // expect: 13, 34!
