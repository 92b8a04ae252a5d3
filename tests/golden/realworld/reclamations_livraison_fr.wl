// Réclamations de livraison dans le style d'une vraie application mobile de suivi (le
// code de ses fenêtres, relu dans le WLangage que garde le code généré) : magasins et
// réclamations dans des fichiers décrits par le code, une réclamation enregistrée
// seulement si son magasin est trouvé, `SI HAjoute(...) = Faux`, `TANTQUE PAS
// HEnDehors(...)` sur un fichier, un tableau d'identifiants rempli par `.Ajoute`, un
// tableau d'enregistrements dimensionné par le nombre de réclamations, des expéditeurs
// gardés par leur interface et triés par classe avec `<-` (Null pour une autre classe),
// un SELON sur l'ancienneté de la réclamation.
IExpéditeur est une Interface
	PROCÉDURE Envoie(sTexte est une chaîne) : booléen
FIN
CExpéditeurSMS est une Classe
	implémente IExpéditeur
	sTéléphone est une chaîne
	nEnvoyés est un entier
FIN
CExpéditeurMail est une Classe
	implémente IExpéditeur
	sAdresse est une chaîne
FIN

fdMagasin est une Description de Fichier
fdRéclamation est une Description de Fichier
rub est une Description de Rubrique
fdMagasin..Nom = "Magasin"
rub..Nom = "IDMagasin" ; rub..Type = hRubriqueEntier ; rub..TypeCle = hCléUnique
HDécritRubrique(fdMagasin, rub)
rub..Nom = "NomMagasin" ; rub..Type = hRubTexte ; rub..Taille = 30 ; rub..TypeCle = hNonClé
HDécritRubrique(fdMagasin, rub)
HDécritFichier(fdMagasin)
fdRéclamation..Nom = "Reclamation"
rub..Nom = "Facture" ; rub..Type = hRubTexte ; rub..Taille = 12 ; rub..TypeCle = hCléUnique
HDécritRubrique(fdRéclamation, rub)
rub..Nom = "IDMagasin" ; rub..Type = hRubriqueEntier ; rub..TypeCle = hCléAvecDoublon
HDécritRubrique(fdRéclamation, rub)
rub..Nom = "Probleme" ; rub..Type = hRubTexte ; rub..Taille = 40 ; rub..TypeCle = hNonClé
HDécritRubrique(fdRéclamation, rub)
rub..Nom = "Ouverte" ; rub..Type = hRubriqueDate ; rub..TypeCle = hNonClé
HDécritRubrique(fdRéclamation, rub)
HDécritFichier(fdRéclamation)
HCréation(Magasin)
HCréation(Reclamation)
POUR TOUT sNom, nRang DE ["Marché Central", "Boutique du Port", "Dépôt Nord"]
	Magasin.IDMagasin = 100 + nRang ; Magasin.NomMagasin = sNom
	HAjoute(Magasin)
FIN

// la liste de la combo : les noms affichés, les identifiants à part (comme la fenêtre)
TabMagasinID est un tableau d’entiers
sAffiché est une chaîne
HLitPremier(Magasin)
TANTQUE PAS HEnDehors(Magasin)
	sAffiché += [", "] + Magasin.NomMagasin
	TabMagasinID.Ajoute(Magasin.IDMagasin) // On stocke l'ID dans le tableau
	HLitSuivant(Magasin)
FIN
Trace(sAffiché, TabMagasinID..Occurrence) // expect: Marché Central, Boutique du Port, Dépôt Nord, 3

dAujourdhui est une Date = "20251228"
Trace(EnregistreRéclamation("F-2025-001", 2, "Cachet non apposé", dAujourdhui - 12)) // expect: enregistrée
Trace(EnregistreRéclamation("F-2025-002", 3, "Bon de commande absent", dAujourdhui - 3)) // expect: enregistrée
Trace(EnregistreRéclamation("F-2025-003", 9, "Responsable absent", dAujourdhui)) // expect: magasin 9 sur 3 invalide
Trace(EnregistreRéclamation("F-2025-001", 1, "Cachet non apposé", dAujourdhui)) // expect: non enregistrée : F-2025-001 existe déjà

nNombre est un entier = HNbEnr(Reclamation)
tabOuvertes est un tableau de nNombre Enregistrement de Reclamation
i est un entier = 0
POUR TOUT Reclamation
	i++
	tabOuvertes[i] = Reclamation
FIN
POUR TOUT r DE tabOuvertes
	HLitRecherchePremier(Magasin, "IDMagasin", r.IDMagasin)
	Trace(r.Facture + " à " + Magasin.NomMagasin + " : " + Urgence(dAujourdhui - r.Ouverte))
FIN
// expect: F-2025-001 à Boutique du Port : en retard (12 jours)
// expect: F-2025-002 à Dépôt Nord : cette semaine

tabExpéditeurs est un tableau de IExpéditeur dynamiques
tabExpéditeurs.Ajoute(allouer un CExpéditeurMail)
sms est un CExpéditeurSMS dynamique = allouer un CExpéditeurSMS
sms.sTéléphone = "+33 6 12 34 56 78"
tabExpéditeurs.Ajoute(sms)
POUR TOUT e DE tabExpéditeurs
	pSMS est CExpéditeurSMS dynamique <- e
	si pSMS<>Null ALORS
		e.Envoie(ChaîneConstruit("%1 réclamation(s) ouverte(s)", nNombre))
	FIN
FIN
Trace(sms.nEnvoyés) // expect: 1

PROCÉDURE EnregistreRéclamation(LOCAL sFacture est une chaîne, LOCAL nIndice est un entier, LOCAL sProblème est une chaîne, LOCAL dOuverte est une Date) : chaîne
SI nIndice < 1 OU nIndice > TabMagasinID..Occurrence ALORS
	RENVOYER ChaîneConstruit("magasin %1 sur %2 invalide", nIndice, TabMagasinID..Occurrence)
FIN
SI PAS HLitRecherchePremier(Magasin, "IDMagasin", TabMagasinID[nIndice]) ALORS RENVOYER "magasin inconnu"
Reclamation.Facture = sFacture
Reclamation.IDMagasin = Magasin.IDMagasin
Reclamation.Probleme = sProblème
Reclamation.Ouverte = dOuverte
SI HAjoute(Reclamation) = Faux ALORS
	RENVOYER "non enregistrée : " + sFacture + " existe déjà"
FIN
RENVOYER "enregistrée"

PROCÉDURE Urgence(nJours est un entier) : chaîne
SELON nJours
	CAS 0 A 7 : RENVOYER "cette semaine"
	CAS 8 A 30 : RENVOYER ChaîneConstruit("en retard (%1 jours)", nJours)
	AUTRE CAS : RENVOYER "à remonter"
FIN

PROCÉDURE CExpéditeurSMS::Envoie(sTexte est une chaîne) : booléen
:nEnvoyés++
RENVOYER sTexte <> ""

PROCÉDURE CExpéditeurMail::Envoie(sTexte est une chaîne) : booléen
RENVOYER sTexte <> ""
