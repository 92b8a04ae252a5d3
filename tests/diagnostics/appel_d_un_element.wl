// `t[1](10)` appelle la procédure que l'élément contient : un tableau de procédures ou de
// variants peut en contenir une ; un tableau d'un autre type non (WL110)
ops est un tableau de procédures = [Double]
Trace(ops[1](2))
n est un tableau d'entiers = [1, 2]
Trace(n[1](3)) // error: WL110:7 the elements of 'n' are of type int, not procedures: one cannot be called
PROCÉDURE Double(x)
RENVOYER 2 * x
