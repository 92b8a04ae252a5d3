// en français : une méthode de la classe dérivée au prototype différent de celui de la
// classe de base (aide ?6010014)
CForme est une Classe
FIN
CCarré est une Classe
    hérite de CForme
FIN
c est un CCarré
c.Dessine()

PROCÉDURE CForme::Dessine()
Trace("forme")
PROCÉDURE CForme::Aire(n est un entier)
RENVOYER n
PROCÉDURE CCarré::Dessine()
Trace("carré")
PROCÉDURE CCarré::Aire(s est une chaîne) // error: WL111:19 the methods Aire of the class CCarré and of its base class CForme do not have the same prototype: WINDEV cannot tell a redefinition from another syntax (declare the same parameters as CForme::Aire, or give the method another name)
RENVOYER s
