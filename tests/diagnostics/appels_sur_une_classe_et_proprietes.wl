// Une méthode que la classe ne déclare pas, appelée sur la classe (`CCompte::Manque()`) :
// WL109 nomme la classe, au nom de la méthode ; une propriété <lecture> appelée comme une
// méthode, une méthode affectée comme un membre
CCompte est une Classe
	PRIVÉ m_n est un réel
FIN
c est un CCompte
cCOMPTE::Manque() // error: WL109:10 'Manque' is not a method of CCompte
Trace(c.SOLDE()) // error: WL109:9 'SOLDE' is a property of CCompte, not a method: it is read or assigned without parentheses
c.Déposer = 5 // error: WL109:3 'Déposer' is not a member of the class CCompte
c.deposer(1, 2) // error: WL104:3 deposer expects 1 parameter(s) but received 2
Trace(c.Solde)
PROCÉDURE CCompte::Solde() <lecture>
RENVOYER m_n
PROCÉDURE CCompte::Déposer(x)
m_n += x
