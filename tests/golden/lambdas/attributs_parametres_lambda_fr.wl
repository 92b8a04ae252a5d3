// Le paramètre d'une lambda peut porter un attribut d'extension, comme celui d'une
// procédure : `(x <utile>) => ...`, typé ou non, dans une expression lambda ou une
// procédure lambda (INFERRED : une lambda est une procédure interne sans nom, ?1514084 ;
// docs/semantics.md « Lambdas »). Sans type, c'était refusé (« '=>' must follow the
// parameters of a lambda »).
p est une procédure = (x <utile>) => x + 1
Trace(p(2)) // expect: 3
q est une Procédure = (a <utile>, b est un entier <utile>) => { RENVOYER a * b }
Trace(q(3, 4)) // expect: 12
tabN est un tableau d'entiers = [3, 1, 2]
TableauTrie(tabN, ttFonction, (n1 <utile>, n2 <utile>) => n1 - n2)
Trace(TableauVersChaîne(tabN, ",")) // expect: 1,2,3
Trace(Transforme(tabN, (LOCAL v <utile>) => v * 10)[3]) // expect: 30
// un type sans EST, comme un en-tête de PROCÉDURE le prend (`p entier`) : `(x entier) =>`
// faisait deux paramètres, x et un nommé entier, sans rien dire (p(2) s'arrêtait alors)
r est une procédure = (x entier, LOCAL s chaîne <utile>) => x + Taille(s)
Trace(r(2, "abc")) // expect: 5
// sans `=>` après la parenthèse, `<` reste une comparaison
x est un entier = 1
Trace((x <2), (x < 2)) // expect: 1, 1
