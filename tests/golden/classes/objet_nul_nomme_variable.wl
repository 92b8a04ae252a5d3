// un objet (non dynamique) mis à Null, un élément d'un tableau d'objets dynamiques : lire
// ou appeler un membre nomme l'objet tel qu'écrit, avec sa classe, le curseur dessus
// (docs/semantics.md, "Null objects")
cPOINT est une Classe
    Abscisse est un entier
FIN
pt est un cPoint
pt = Null
QUAND EXCEPTION DANS
    Trace(Éloigné(pt))
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: pt is Null: no cPOINT object to use 'ABSCISSE' on (it was given Null).
FIN
tabPoints est un tableau de 2 cPoint dynamique
Trace(tabPoints[2].abscisse) // expect error: tabPoints[2] is Null: no cPOINT object to use 'abscisse' on

PROCÉDURE Éloigné(pt est cPoint)
RENVOYER pt.ABSCISSE + 1
