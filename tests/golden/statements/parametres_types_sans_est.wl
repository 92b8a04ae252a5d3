// paramètres typés sans EST, et attributs de procédure/paramètre (acceptés, sans effet)
P(3, "x") // expect: 4, x
PROCÉDURE P(n entier, LOCAL s chaîne <utile>) <thread principal>
Trace(n + 1, s)
