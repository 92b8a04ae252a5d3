// `Ancêtre.M()` dans une méthode quand aucun ancêtre ne déclare M : WL109, et
// l'exécution s'arrête là avec les mêmes mots
CBase est une Classe
FIN
CDérivée est une Classe
	hérite de CBase
FIN
d est un CDérivée
d.Montre()
PROCÉDURE CBase::Montre()
Trace("base")
PROCÉDURE CDérivée::Montre()
Ancêtre.Montre()
Ancêtre.Absente() // error: WL109:9 'Absente' is not a method of CBase nor of its ancestors
