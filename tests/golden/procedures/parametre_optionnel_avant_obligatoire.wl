// les paramètres optionnels viennent en dernier (aide ?1514078) : le programme est
// refusé avant toute ligne, comme le dit WL111 de wl check
Trace("jamais affiché")
Trace(Somme(2, 3))
PROCÉDURE Somme(a = 1, b est un entier) // expect error: the parameter 'b' has no default value and follows the optional parameter 'a'
RENVOYER a + b
