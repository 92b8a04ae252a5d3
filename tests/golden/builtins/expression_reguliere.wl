// VérifieExpressionRégulière : toute la chaîne doit correspondre ; groupes dans un tableau ou des variables (UNVERIFIED : docs/builtins.md)
Trace(VérifieExpressionRégulière("AB1234", "[A-Z]{2}[0-9]{4}"), VérifieExpressionRégulière("xAB1234", "[A-Z]{2}[0-9]{4}")) // expect: 1, 0
Trace(VérifieExpressionRégulière("jean.dupont@example.fr", "[a-z.]+@[a-z]+\.[a-z]{2,}")) // expect: 1
parts est un tableau de chaînes
Trace(VérifieExpressionRégulière("2024-03-15", "([0-9]{4})-([0-9]{2})-([0-9]{2})", parts)) // expect: 1
Trace(TableauOccurrence(parts), parts[1], parts[3]) // expect: 3, 2024, 15
Trace(VérifieExpressionRégulière("v1", "v([0-9])(\.[0-9])?", parts), TableauOccurrence(parts), "[" + parts[2] + "]") // expect: 1, 2, []
Trace(VérifieExpressionRégulière("nope", "([0-9]+)", parts), TableauOccurrence(parts)) // expect: 0, 0
n est un tableau d'entiers
VérifieExpressionRégulière("10x20", "([0-9]+)x([0-9]+)", n)
Trace(n[1] + n[2]) // expect: 30
// ou dans des variables, une par groupe ("" quand la chaîne ne correspond pas)
sUtilisateur, sDomaine sont des chaînes
SI VérifieExpressionRégulière("jean.dupont@exemple.fr", "([a-z.]+)@(.+)", sUtilisateur, sDomaine) ALORS
	Trace(sUtilisateur, sDomaine) // expect: jean.dupont, exemple.fr
FIN
nAnnée, nMois sont des entiers
Trace(VérifieExpressionRégulière("2024-03", "([0-9]{4})-([0-9]{2})", nAnnée, nMois), nAnnée + nMois) // expect: 1, 2027
Trace(VérifieExpressionRégulière("2024/03", "([0-9]{4})-([0-9]{2})", nAnnée, nMois), nAnnée, nMois) // expect: 0, 0, 0
Trace(VérifieExpressionRégulière("ab", "(a)(b)", sUtilisateur), sUtilisateur) // expect: 1, a
VérifieExpressionRégulière("a1", "([a-z])([0-9])", parts, sDomaine) // expect error: VérifieExpressionRégulière: the sub-strings go into one array or into variables, not both
