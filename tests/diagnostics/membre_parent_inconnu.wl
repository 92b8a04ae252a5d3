// dans une méthode d'une classe qui hérite d'une classe que la vérification ne voit pas,
// un membre que la classe ne déclare pas peut être celui du parent : `:id` et `id` ne
// sont pas attribués à une classe sans rapport qui déclare un membre PRIVÉ de ce nom
// (était WL112) ; un objet de cette autre classe le garde privé
CJournal est une Classe
	GLOBALE PRIVÉE
	id est un entier
FIN
CVerrou est une Classe
	PRIVÉ
	secret est un entier
FIN
CClient est une Classe
	hérite de CInconnue // warning: WL207:12 unknown parent class 'CInconnue'; CClient has only its own members
FIN
PROCÉDURE CClient::Constructeur()
Trace("client" + :id + id + :SECRET)
o est un CVerrou
Trace(o.secret) // error: WL112:9 'secret' is a private member of the class CVerrou: only its own methods can use it
