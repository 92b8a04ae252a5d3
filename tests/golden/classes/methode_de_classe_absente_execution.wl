// Une propriété <lecture> appelée comme une méthode arrête l'exécution avec les mots de
// wl check (WL109) ; elle disait « Unknown procedure or function 'Solde' »
CCompte est une Classe
	m_n est un entier
FIN
c est un CCompte
Trace(c.Solde) // expect: 0
Trace(c.Solde()) // expect error: 'Solde' is a property of CCompte, not a method
PROCÉDURE CCompte::Solde() <lecture>
RENVOYER m_n
