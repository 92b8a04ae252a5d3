// L'adresse d'un membre ou d'un élément est celle de son propre objet ou tableau :
// `:id = &:id` dans un constructeur donne à chaque objet son propre numéro, comme le fait
// un vrai projet de serveur de sockets avant de ranger ses clients par ce numéro (tous
// les objets avaient le même numéro : son tableau associatif de clients n'en gardait
// qu'un). (docs/semantics.md, "`&x` (address-of)")
ClientSocket est une Classe
	id est entier
	canal est une chaine
FIN
clients est un tableau associatif de ClientSocket dynamiques
POUR TOUT sCanal DE ["10.0.0.5:4001", "10.0.0.6:4001", "10.0.0.9:5000"]
	c est un ClientSocket dynamique = allouer un ClientSocket(sCanal)
	clients[c.id] = c
FIN
Trace(clients..Occurrence) // expect: 3
c1 est un ClientSocket dynamique = allouer un ClientSocket("a")
c2 est un ClientSocket dynamique = allouer un ClientSocket("b")
Trace(c1.id <> c2.id, c1.id = &c1.id, &c1.id <> &c1.canal) // expect: 1, 1, 1
SI clients[c1.id]..Existe ALORS Trace("présent") SINON Trace("absent") // expect: absent
clients[c1.id] = c1
SI clients[c1.id]..Existe ALORS Trace("présent") SINON Trace("absent") // expect: présent
// l'adresse d'un élément : chacun la sienne, celle du tableau à part
tabN est un tableau de 3 entiers
Trace(&tabN[1] <> &tabN[2], &tabN[2] = &tabN[2], &tabN[1] <> &tabN) // expect: 1, 1, 1

procédure ClientSocket::Constructeur(sCanalDonné est une chaîne)
:id = &:id
:canal = sCanalDonné
