// Plusieurs procédures de même nom (surcharge de prototype, aide ?1514063) : l'appel
// exécute la syntaxe dont les paramètres prennent ses arguments, par nombre puis par type.
Afficher("texte")  // expect: chaîne : texte
Afficher(42)  // expect: entier : 42
Afficher(2, 3)  // expect: deux : 5

v est un variant = "abc"
Afficher(v)  // expect: chaîne : abc
v = 7
Afficher(v)  // expect: entier : 7

n est un entier = 1
Augmenter(n)
Trace(n)  // expect: 11
s est une chaîne = "a"
Augmenter(s)
Trace(s)  // expect: a!

procédure Afficher(s est une chaîne)
Trace("chaîne : " + s)

PROCÉDURE Afficher(n est un entier)
Trace("entier : " + n)

Procedure AFFICHER(a est un entier, b est un entier)
Trace("deux : " + (a + b))

PROCÉDURE Augmenter(x est un entier)
x += 10

PROCÉDURE augmenter(x est une chaîne)
x += "!"
