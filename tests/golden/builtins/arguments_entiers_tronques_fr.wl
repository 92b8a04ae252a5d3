// Un réel passé là où une fonction attend un entier (un nombre de caractères, une
// position, un rang) est tronqué vers zéro, comme un réel rangé dans un entier (décidé le
// 6 déc. 2026, INFÉRÉ : l'aide type ces paramètres « entier » sans en dire plus ;
// docs/semantics.md "A real given where a built-in wants an integer"). wl check avertit
// WL206 à chaque littéral ci-dessous.
sRéf est une chaîne = "FAC-2026-0042"
Trace(Gauche(sRéf, 3.9)) // expect: FAC
Trace(Droite(sRéf, 4.5)) // expect: 0042
Trace(Milieu(sRéf, 5.99, 4.2)) // expect: 2026
Trace(GAUCHE(sRéf, -0.5)) // expect:
Trace(Répète("=", 2.7)) // expect: ==
Trace(ExtraitChaîne("a;b;c", 2.9, ";")) // expect: b
Trace(Position(sRéf, "-", 4.5)) // expect: 4
nNombre est un réel = 3.6
Trace(Gauche(sRéf, nNombre)) // expect: FAC
// un réel littéral hors de la plage des entiers arrête l'exécution
QUAND EXCEPTION DANS
	Trace(Milieu(sRéf, 2, 1e19))
FAIRE
	Trace(ExceptionInfo()) // expect: Milieu: parameter 3 is 1e+19, too large for an integer (a position, a count: at most 9,223,372,036,854,775,807).
FIN
