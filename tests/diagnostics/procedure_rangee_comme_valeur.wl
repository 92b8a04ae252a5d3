// une procédure qui attend des paramètres, nommée sans eux là où un nombre est rangé
y est un entier
y = Double // error: WL110:5 'Double' needs 1 argument(s): named without them it is the procedure itself, which cannot be stored in 'y', a number
Trace(y)

PROCÉDURE Double(n)
RENVOYER 2 * n
