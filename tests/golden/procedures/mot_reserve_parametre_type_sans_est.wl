// Un paramètre typé sans EST (`PROCÉDURE P(n entier)`) dont le nom est un mot qui n'est
// un mot-clé qu'à sa place (`a`, `de`, `sur`) : c'était "unexpected 'entier'"
// (docs/semantics.md, "Parameters typed without IS")
Trace(Carton(2, 3)) // expect: 6
Trace(Etiquette(7)) // expect: article 7 de la rangée A
PROCÉDURE Carton(a entier, b entier) : entier
RENVOYER a * b
PROCÉDURE Etiquette(sur entier, LOCAL de chaîne = "A") : chaîne
RENVOYER "article " + sur + " de la rangée " + de
