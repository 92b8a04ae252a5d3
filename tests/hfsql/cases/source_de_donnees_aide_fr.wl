// Le type Source de Données ?1514053 (jumeau français écrit d'après la page anglaise),
// sans la partie vue (HCréeVue n'est pas disponible), la ligne « détruire la source »
// coupée dans la copie écrite avec HAnnuleDéclaration.
HRAZ(Customer)
Customer.Name = "Adams"
HAjoute(Customer)
Customer.Name = "Brown"
Customer.Email = "b@example.org"
HAjoute(Customer)
// Déclarer une source de données
MaSource est une Source de Données
MaSource1, MaSource2 sont des Sources de Données
// Initialiser une variable de type Source de Données
MaRequête est une Source de Données
// MaRequête est associée à une requête
HExécuteRequêteSQL(MaRequête, "SELECT NAME FROM CUSTOMER")
POUR TOUT MaRequête
	Trace(MaRequête.NAME)
FIN
// expect: Adams
// expect: Brown
Trace(HNbEnr(MaRequête), HAnnuleDéclaration(MaRequête))           // expect: 2, 1
Trace(TypeVar(MaSource1) = TypeVar(MaSource2))                    // expect: 1
