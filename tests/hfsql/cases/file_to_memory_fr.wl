// FichierVersMémoire / MémoireVersFichier : les membres d'une classe ou d'une structure et
// l'enregistrement en cours (pas de page stockée : docs/builtins.md "FileToMemory, MemoryToFile")
POUR TOUT s DE ["Dupont", "Martin"]
	HRAZ(Customer)
	Customer.Name = s
	Customer.City = "Lyon"
	Customer.Balance = 12.5
	HAjoute(Customer)
FIN
c est un CClient
c.Charge(2)
// liés par <mapping=...> (entre guillemets ou non, toute casse), sinon par leur propre nom
Trace(c.m_nID, c.m_sNom, c.City, c.m_moSolde) // expect: 2, Martin, Lyon, 12.5
// un membre lié à aucune rubrique, un membre GLOBAL, un tableau : laissés tels quels
Trace(c.m_sNote, TableauOccurrence(c.m_tabMots), CClient::ms_nChargés) // expect: gardé, 0, 1
c.City = "Paris"
c.m_sNote = "pas une rubrique"
Trace(c.Enregistre()) // expect: 1
HLitRecherchePremier(Customer, CustomerID, 2)
Trace(Customer.Name, Customer.City) // expect: Martin, Paris
// une classe dérivée : les membres de son ancêtre sont liés aussi
v est un CClientVIP
HLitRecherchePremier(Customer, CustomerID, 1)
FichierVersMemoire(v, Customer)
Trace(v.m_nID, v.m_sNom, v.VIP) // expect: 1, Dupont, 0
// une structure ; MémoireVersFichier ne remplit que le buffer : HAjoute l'écrit
Ligne est une Structure
	Name est une chaîne
	Ville est une chaîne <MAPPING = "City">
	Autre est un entier
FIN
l est une Ligne
Trace(FichierVersMémoire(l, Customer), l.Name, l.Ville, l.Autre) // expect: 1, Dupont, Lyon, 0
HRAZ(Customer)
l.Name = "Durand"
l.Ville = "Nice"
Trace(MémoireVersFichier(l, Customer), Customer.Name, Customer.City, HNbEnr(Customer)) // expect: 1, Durand, Nice, 2
HAjoute(Customer)
Trace(HNbEnr(Customer)) // expect: 3
// FichierVersTableau lie les membres d'un élément de la même façon
lignes est un tableau de CClient
Trace(FichierVersTableau(lignes, Customer), TableauOccurrence(lignes), lignes[1].m_sNom, lignes[3].City) // expect: 1, 3, Dupont, Nice
n est un entier
FichierVersMémoire(n, Customer) // expect error: FichierVersMémoire: a structure or object variable is expected

CClient est une Classe
	m_nID est un entier sur 8 octets <mapping="CustomerID">
	m_sNom est une chaîne <mapping=Name>
	City est une chaîne
	m_moSolde est un monétaire <Mapping="BALANCE">
	m_sNote est une chaîne = "gardé"
	m_tabMots est un tableau de chaînes
GLOBAL
	ms_nChargés est un entier
FIN

CClientVIP est une Classe
	hérite de CClient
	VIP est un booléen
FIN

PROCÉDURE CClient::Charge(nID est un entier sur 8 octets)
HLitRecherchePremier(Customer, CustomerID, nID)
FichierVersMémoire(objet, Customer)
ms_nChargés++

PROCÉDURE CClient::Enregistre()
MémoireVersFichier(objet, Customer)
RENVOYER HModifie(Customer)
