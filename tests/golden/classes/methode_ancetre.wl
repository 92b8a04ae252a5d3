// Ancêtre:Méthode() dans une redéfinition exécute la version de la classe parente
CForme est une Classe
FIN
CCarré est une Classe
	hérite de CForme
FIN
c est un CCarré
Trace(c.Nom()) // expect: carré (forme)
PROCÉDURE CForme::Nom()
RENVOYER "forme"
PROCÉDURE CCarré::Nom()
RENVOYER "carré (" + Ancêtre:Nom() + ")"
