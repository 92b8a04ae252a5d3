// Page d'aide dbgVérifieNull ?1000019778 (doc.pcsoft.fr) : son exemple avec les noms
// français, un ChercheClient qui renvoie l'objet CClient d'un client connu et Null sinon,
// et un AjouteClient (les nôtres) ; puis dbgVérifieNonNull une fois le client ajouté.
CClient est une Classe
	Nom est une chaîne
FIN
gtabClients est un tableau de CClient dynamique
NomClient est une chaîne = "Dupont"
// Un client déjà connu ne doit pas être ajouté
dbgVérifieNull(ChercheClient(NomClient), "Le client '%1' est déjà connu", NomClient)
// Ajoute le client
AjouteClient(NomClient)
dbgVérifieNonNull(ChercheClient(NomClient), "Le client '%1' est inconnu", NomClient)
Trace(gtabClients.Occurrence, ChercheClient(NomClient).Nom)
// expect: 1, Dupont

PROCÉDURE ChercheClient(sNom est une chaîne)
POUR TOUT c DE gtabClients
	SI c.Nom = sNom ALORS RENVOYER c
FIN
RENVOYER Null

PROCÉDURE AjouteClient(sNom est une chaîne)
c est un CClient dynamique = allouer un CClient
c.Nom = sNom
Ajoute(gtabClients, c)
