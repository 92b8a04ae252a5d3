// Plusieurs attributs d'extension sur un paramètre ou une procédure (?1511025 liste les
// attributs ; son texte conservé n'en montre jamais deux ensemble). INFERRED : écrits
// l'un après l'autre (`<utile> <utile>`) ou dans une seule paire de chevrons
// (`<utile, thread principal>`), les deux sont acceptés, sur le paramètre d'une lambda
// comme sur celui d'une procédure (docs/semantics.md « Lambdas »). `(x <utile> <utile>)
// => ...` était refusé (« '=>' must follow the parameters of a lambda ») quand x
// n'avait pas de type.
p est une procédure = (x <utile> <utile>) => x + 1
Trace(p(2)) // expect: 3
q est une Procédure = (a <utile, utile>, b est un entier <utile> <utile>) => { RENVOYER a * b }
Trace(q(3, 4)) // expect: 12
Trace(Double(5), Joint("a", "b")) // expect: 10, a-b

PROCÉDURE Double(n est un entier <utile> <utile>) <utile> <thread principal>
RENVOYER 2 * n

procedure Joint(a <UTILE, utile>, b chaine <utile>) <utile, thread principal>
renvoyer a + "-" + b
