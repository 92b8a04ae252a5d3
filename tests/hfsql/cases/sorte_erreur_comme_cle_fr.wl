// Une sorte hErr... comme clé d'un tableau associatif est le numéro de HErreur() qu'elle
// vaut : un message ou un compte gardé par sorte se retrouve par HErreur() (docs/hfsql.md
// "HError compared with the hErr... kinds" ; la sorte avait pour clé son bit, 4)
taMessage est un tableau associatif de chaînes
taMessage[hErrDoublon] = "cette adresse est déjà connue"
taMessage[hErrIntégrité] = "client inconnu"
taCompte est un tableau associatif d'entiers
AjouteClient("Dupont", "dupont@exemple.fr", taMessage, taCompte)   // expect: ajouté
AjouteClient("Durand", "dupont@exemple.fr", taMessage, taCompte)   // expect: cette adresse est déjà connue
AjouteClient("Duval", "DUPONT@exemple.fr", taMessage, taCompte)    // expect: cette adresse est déjà connue
HRAZ(Orders)
Orders.CustomerID = 99
SI PAS HAjoute(Orders) ALORS Trace(taMessage[HErreur()])   // expect: client inconnu
Trace(taCompte[hErrDoublon], taCompte[70200], taCompte.Occurrence)   // expect: 2, 2, 1
POUR TOUT nCompte, nErreur DE taCompte
	Trace(nErreur, nCompte)                              // expect: 70200, 2
FIN
Trace(taMessage[hErrBlocage] = "", taMessage.Occurrence)   // expect: 1, 2
// les sortes restent les bits de HSurErreur, combinés par +
Trace(hErrBlocage + hErrDoublon, hErrDoublon = 4)          // expect: 5, 1

PROCÉDURE AjouteClient(LOCAL sNom est une chaîne, LOCAL sMail est une chaîne, taMessage, taCompte)
HRAZ(Customer)
Customer.Name = sNom
Customer.Email = sMail
SI HAjoute(Customer) ALORS
	Trace("ajouté")
SINON
	taCompte[HErreur()]++
	Trace(taMessage[HErreur()])
FIN
