// Jumeau français de position_add_help_en.wl : les exemples des pages HDernier ?3044101,
// <Source>.Suivant ?1000025070, <Source>.LitSuivant ?1000025035, <Source>.Filtre
// ?1000024960 (clé bornée et condition, les quotes de la valeur précédées d'un
// antislash), HAjoute ?3044147, <Source>.RAZ ?1000025052, HEtat ?3044081, <Source>.Etat
// ?1000024943, HExécuteRequêteSQL ?3044084, tels qu'écrits, sur notre fichier Customer.
AjouteClient("Moore", "Paris", 2000, "O'Neil")
AjouteClient("Dupont", "MONTPELLIER", 2000, "Autre")
AjouteClient("Clark", "Nice", 100, "O'Neil")
AjouteClient("Adams", "MONTPELLIER", 2000, "O'Neil")
// HDernier : se positionne sans lire ; HNumEnr dit où
HLitPremier(Customer, Name)
// Parcours d'un fichier à partir du dernier enregistrement
HDernier(Customer, Name)
TANTQUE PAS HEnDehors()
	// Traitement de l'enregistrement
	Trace(HNumEnr(), Customer.Name)
	HPrécédent(Customer, Name)
FIN
// expect: 1, Adams
// expect: 2, Adams
// expect: 3, Adams
// expect: 4, Adams
Trace(HDernier(Product, Label), HEnDehors(), HTrouve(), HErreur())   // expect: 0, 1, 0, 0
// <Source>.Suivant : « ne pas faire Customer.Supprime() mais
// Customer.Supprime(Customer.NumEnr()) »
Customer.Premier(Name)
Customer.Suivant(Name)
Trace(Customer.Trouve(), Customer.NumEnr(), Customer.Name)      // expect: 1, 3, Adams
Trace(Customer.Supprime(Customer.NumEnr()), HNbEnr(Customer))   // expect: 1, 3
Trace(HEtat(Customer, 3) = hEtatSupprimé)                       // expect: 1
// <Source>.LitSuivant : la boucle de sa page
Customer.LitPremier(Name)
TANTQUE Customer.EnDehors() = Faux
	// Traitement de l'enregistrement
	Trace(Customer.Name)
	Customer.LitSuivant(Name)
FIN
// expect: Adams
// expect: Dupont
// expect: Moore
// <Source>.Filtre, second exemple : une clé bornée et une condition
sTypeRemise est une chaîne = "O'Neil"
CléRecherche est une chaîne
CléRecherche = Customer.Filtre(Name, "A", "N", ...
ChaîneConstruit("Balance>1500 ET Société='%1'", ...
Remplace(sTypeRemise, "'", "\'")))
// Remplace précède d'un antislash les quotes de sTypeRemise
SI CléRecherche <> "" ALORS
	Customer.LitPremier(CléRecherche)
	TANTQUE Customer.EnDehors() = Faux
		// Traitement : envoi d'une lettre de remerciement
		Trace(CléRecherche, Customer.Name)
		Customer.LitSuivant(CléRecherche)
	FIN
FIN
// expect: Name, Adams
// expect: Name, Moore
Customer.DésactiveFiltre()
// HAjoute : l'enregistrement ajouté devient l'enregistrement en cours, l'identifiant
// automatique est renseigné, le parcours en cours n'est pas modifié, et tout
// l'enregistrement en mémoire est écrit (à défaut, le contenu de l'enregistrement lu)
HLitPremier(Customer, Name)
Customer.Name = "Zed"
// (le numéro 3, supprimé plus haut, est réutilisé : HSupprime ?3044018)
Trace(HAjoute(Customer), HNumEnr(), Customer.CustomerID)       // expect: 1, 3, 5
HLitSuivant(Customer, Name)
Trace(Customer.Name)                                            // expect: Dupont
HLitRecherchePremier(Customer, Name, "Zed")
Trace(Customer.City, Customer.Balance)                          // expect: MONTPELLIER, 2000
// la valeur d'une clé unique déjà présente : HErreurDoublon renvoie Vrai, rien n'est ajouté
HRAZ(Customer)
Customer.Name = "Premier"
Customer.Email = "premier@example.org"
HAjoute(Customer)
HRAZ(Customer)
Customer.Name = "Second"
Customer.Email = "premier@example.org"
Trace(HAjoute(Customer), HErreurDoublon())                      // expect: 0, 1
Trace(HNbEnr(Customer))                                         // expect: 5
// <Source>.RAZ : les rubriques prennent leurs valeurs par défaut, NouvelEnregistrement
// devient Vrai
HLitPremier(Customer, Name)
Trace(Customer..NouvelEnregistrement)                           // expect: 0
// Affecte les valeurs par défaut aux rubriques
Trace(Customer.RAZ(), Customer.Name = "", Customer..NouvelEnregistrement)   // expect: 1, 1, 1
HLitPremier(Customer, Name)
Trace(Customer.RAZ("*"), Customer.City = "")                    // expect: 1, 1
HLitPremier(Customer, Name)
Trace(Customer.RAZ(City), Customer.Name, Customer.City = "")    // expect: 1, Adams, 1
// HEtat et <Source>.Etat : l'exemple de chaque page
HLit(Customer, 1)
SI HEtat(Customer) = hEtatActif ALORS
	// Traitements
	Trace("actif")                                              // expect: actif
FIN
SI Customer.Etat() = hEtatActif ALORS
	Trace("toujours actif")                                     // expect: toujours actif
FIN
// HExécuteRequêteSQL : pas de requête au nom d'un fichier de l'analyse, ni avec une
// erreur de syntaxe ; une requête du même nom est remplacée, son résultat recalculé
Trace(HExécuteRequêteSQL("Customer", "SELECT Name FROM Customer WHERE City = 'Nice'"), ...
	HErreur() <> 0, HNbEnr(Customer))                           // expect: 0, 1, 5
Trace(HExécuteRequêteSQL("REQ_Villes", "SELEC City FROM Customer"), HErreur() <> 0)   // expect: 0, 1
Trace(HExécuteRequêteSQL("REQ_Villes", "SELECT City FROM Customer WHERE City = 'Paris'"), ...
	HNbEnr("REQ_Villes"))                                       // expect: 1, 1
Trace(HExécuteRequêteSQL("REQ_Villes", "SELECT City FROM Customer"), HNbEnr("REQ_Villes"))
// expect: 1, 5

PROCÉDURE AjouteClient(sNom est une chaîne, sVille est une chaîne, mSolde est un monétaire, sSociété est une chaîne)
HRAZ(Customer)
Customer.Name = sNom
Customer.City = sVille
Customer.Balance = mSolde
Customer.Société = sSociété
HAjoute(Customer)
