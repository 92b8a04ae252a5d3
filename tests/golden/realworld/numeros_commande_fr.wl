// Back-office d'une boutique en ligne dans le style de l'ensemble e-commerce de PC SOFT :
// un compteur de commandes du jour bloqué pendant sa lecture, des numéros
// "OF01-date-séquence", des adresses copiées dans un fichier d'archive par un alias de
// source de données, un client lu dans une structure, un contrôle renvoyant deux valeurs.
CONSTANTE
	CDE_ATTENTEPAIEMENT = 1
	CDE_PREPARATION = 2
	CDE_LIVREE = 4
	ADR_ARCHIVE = 2
FIN

STClient est une Structure
	IDClient est un entier sur 8 octets
	Nom est une chaîne
	eMail est une chaîne
FIN

gsURLPagePanier est une chaîne
gsErreurEnCours est une chaîne

DécritFichiers()
Client.Nom = "Moreau" ; Client.eMail = "moreau@boutique.test" ; HAjoute(Client)
Adresse.IDClient = Client.IDClient ; Adresse.NomComplet = "Moreau, 3 rue des Lilas, Lyon" ; HAjoute(Adresse)

sPremière est une chaîne = CommandeCrée(Client.IDClient)
sSeconde est une chaîne = CommandeCrée(Client.IDClient)
Trace(sPremière [= "OF01-" + DateSys(), Droite(sPremière, 8), Droite(sSeconde, 8))
Trace(HNbEnr(CompteurCommande) + " compteur, " + HNbEnr(Commande) + " commandes")
// expect: 1, 00000001, 00000002
// expect: 1 compteur, 2 commandes

HLitRecherchePremier(Commande, IDCommande, 2)
Trace(CommandeModifieAdresse(Adresse.IDAdresse), Commande.IDAdresseLivraison <> 0)
Trace(AdresseNomComplet(Commande.IDAdresseLivraison, ADR_ARCHIVE))
Trace(AdresseNomComplet(Adresse.IDAdresse, 0))
// expect: 1, 1
// expect: Moreau, 3 rue des Lilas, Lyon
// expect: Moreau, 3 rue des Lilas, Lyon

st est un STClient = LitClient(Client.IDClient)
Trace(st.Nom + " <" + st.eMail + ">")
// expect: Moreau <moreau@boutique.test>

Trace(CommandeModifieEtat(CDE_PREPARATION), CommandeModifieEtat(99))
HLitRecherchePremier(Commande, IDCommande, 2)
Trace(Commande.EtatCommande)
// expect: 1, 0
// expect: 2

bOK est un booléen
sManquantes est une chaîne
(bOK, sManquantes) = VérifiePages()
Trace(bOK, sManquantes)
gsURLPagePanier = "panier.html"
(bOK, sManquantes) = VérifiePages()
Trace(bOK, "[" + sManquantes + "]")
// expect: 0, gsURLPagePanier;gsErreurEnCours
// expect: 0, [gsErreurEnCours]

PROCÉDURE CommandeCrée(nIDClient est un entier sur 8 octets)
// Se positionne sur le compteur du jour et le bloque ; le crée la première fois
TANTQUE HLitRecherchePremier(CompteurCommande, DateCommande, DateSys(), hBlocageEcriture) = Faux
	SI HTrouve() = Faux ALORS
		CompteurCommande.DateCommande = DateSys()
		CompteurCommande.Numéro = 0
		HAjoute(CompteurCommande)
	SINON
		SI HErreurBlocage() ALORS
			CONTINUER
		SINON
			RENVOYER ""
		FIN
	FIN
FIN
nNumSéquence est un entier = CompteurCommande.Numéro + 1
CompteurCommande.Numéro++
SI HModifie(CompteurCommande) = Faux ALORS
	gsErreurEnCours = ErreurInfo(errComplet)
FIN
sNumCommande est une chaîne = "OF01-" + DateSys() + NumériqueVersChaîne(nNumSéquence, "08d")
HRAZ(Commande)
Commande.NumCommande = sNumCommande
Commande.IDAdresseLivraison = 0
Commande.EtatCommande = CDE_ATTENTEPAIEMENT
Commande.IDClient = nIDClient
SI HAjoute(Commande) = Faux ALORS
	sNumCommande = ""
FIN
RENVOYER sNumCommande
FIN:
HDébloqueNumEnr(CompteurCommande, hNumEnrEnCours)

PROCÉDURE CommandeModifieAdresse(nIDAdresse est un entier sur 8 octets)
bModifAdresse est un booléen = Commande.IDAdresseLivraison <> 0
SI HLitRecherchePremier(Adresse, IDAdresse, nIDAdresse) ALORS
	HCopieEnreg(AdresseArchive, Adresse)
	SI bModifAdresse ALORS
		RENVOYER HModifie(AdresseArchive)
	FIN
	SI HAjoute(AdresseArchive) = Faux ALORS
		gsErreurEnCours = ErreurInfo(errComplet)
		RENVOYER Faux
	FIN
	Commande.IDAdresseLivraison = AdresseArchive.IDAdresse
	RENVOYER HModifie(Commande)
FIN
RENVOYER Faux

PROCÉDURE AdresseNomComplet(nIDAdresse est un entier sur 8 octets, nOption est un entier)
bAdresseArchivée est un booléen = (ETBinaire(nOption, ADR_ARCHIVE) > 0)
dsAdresse est une Source de Données
SI bAdresseArchivée ALORS
	HAlias(AdresseArchive, dsAdresse)
	HChangeNom(dsAdresse, AdresseArchive..NomPhysique)
SINON
	HAlias(Adresse, dsAdresse)
	HChangeNom(dsAdresse, Adresse..NomPhysique)
FIN
HLitRecherchePremier(dsAdresse, IDAdresse, nIDAdresse)
SI HTrouve(dsAdresse) ALORS
	RENVOYER dsAdresse.NomComplet
FIN
RENVOYER ""
FIN:
HAnnuleAlias(dsAdresse)

PROCÉDURE LitClient(nIDClient est un entier sur 8 octets)
stInfoClient est un STClient
SI HLitRecherchePremier(Client, IDClient, nIDClient) ALORS
	FichierVersMémoire(stInfoClient, Client)
FIN
RENVOYER stInfoClient

PROCÉDURE CommandeModifieEtat(nEtat)
SI PAS nEtat DANS (CDE_ATTENTEPAIEMENT, CDE_PREPARATION, CDE_LIVREE) ALORS
	RENVOYER Faux
FIN
Commande.EtatCommande = nEtat
RENVOYER HModifie(Commande)

PROCÉDURE VérifiePages()
bRésultat est un booléen = Vrai
sPagesEnErreur est une chaîne
SI gsURLPagePanier ~= "" ALORS
	bRésultat = Faux
	sPagesEnErreur += [";"] + "gsURLPagePanier"
FIN
SI gsErreurEnCours ~= "" ALORS
	bRésultat = Faux
	sPagesEnErreur += [";"] + "gsErreurEnCours"
FIN
RENVOYER (bRésultat, sPagesEnErreur)

PROCÉDURE DécritFichiers()
fd est une Description de Fichier
rub est une Description de Rubrique
fd..Nom = "CompteurCommande"
rub..Nom = "DateCommande" ; rub..Type = hRubriqueDate ; rub..TypeClé = hCléUnique
HDécritRubrique(fd, rub)
rub..Nom = "Numéro" ; rub..Type = hRubriqueEntier ; rub..TypeClé = hNonClé
HDécritRubrique(fd, rub)
HDécritFichier(fd)
fd2 est une Description de Fichier
fd2..Nom = "Commande"
rub..Nom = "IDCommande" ; rub..Type = hRubriqueIdAuto ; rub..TypeClé = hCléUnique
HDécritRubrique(fd2, rub)
rub..Nom = "NumCommande" ; rub..Type = hRubriqueTexte ; rub..Taille = 30 ; rub..TypeClé = hCléUnique
HDécritRubrique(fd2, rub)
rub..Nom = "IDClient" ; rub..Type = hRubriqueEntier ; rub..TypeClé = hCléAvecDoublon
HDécritRubrique(fd2, rub)
rub..Nom = "IDAdresseLivraison" ; rub..Type = hRubriqueEntier ; rub..TypeClé = hNonClé
HDécritRubrique(fd2, rub)
rub..Nom = "EtatCommande" ; rub..Type = hRubriqueEntier ; rub..TypeClé = hNonClé
HDécritRubrique(fd2, rub)
HDécritFichier(fd2)
fd3 est une Description de Fichier
fd3..Nom = "Adresse"
rub..Nom = "IDAdresse" ; rub..Type = hRubriqueIdAuto ; rub..TypeClé = hCléUnique
HDécritRubrique(fd3, rub)
rub..Nom = "IDClient" ; rub..Type = hRubriqueEntier ; rub..TypeClé = hCléAvecDoublon
HDécritRubrique(fd3, rub)
rub..Nom = "NomComplet" ; rub..Type = hRubriqueTexte ; rub..Taille = 80 ; rub..TypeClé = hNonClé
HDécritRubrique(fd3, rub)
HDécritFichier(fd3)
fd5 est une Description de Fichier
fd5..Nom = "AdresseArchive"
rub..Nom = "IDAdresse" ; rub..Type = hRubriqueIdAuto ; rub..TypeClé = hCléUnique
HDécritRubrique(fd5, rub)
rub..Nom = "IDClient" ; rub..Type = hRubriqueEntier ; rub..TypeClé = hCléAvecDoublon
HDécritRubrique(fd5, rub)
rub..Nom = "NomComplet" ; rub..Type = hRubriqueTexte ; rub..Taille = 80 ; rub..TypeClé = hNonClé
HDécritRubrique(fd5, rub)
HDécritFichier(fd5)
fd4 est une Description de Fichier
fd4..Nom = "Client"
rub..Nom = "IDClient" ; rub..Type = hRubriqueIdAuto ; rub..TypeClé = hCléUnique
HDécritRubrique(fd4, rub)
rub..Nom = "Nom" ; rub..Type = hRubriqueTexte ; rub..Taille = 40 ; rub..TypeClé = hNonClé
HDécritRubrique(fd4, rub)
rub..Nom = "eMail" ; rub..Type = hRubriqueTexte ; rub..Taille = 80 ; rub..TypeClé = hNonClé
HDécritRubrique(fd4, rub)
HDécritFichier(fd4)
HCréation("*")
