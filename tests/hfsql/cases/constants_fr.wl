// Les constantes HFSQL, chacune là où elle agit (noms français)
POUR TOUT s DE ["Dupont", "Dupond", "Martin"]
	HRAZ(Customer)
	Customer.Name = s
	Customer.Email = s + "@exemple.fr"
	HAjoute(Customer)
FIN
// options de lecture
Trace(HLitPremier(Customer, Name, hDéfaut), Customer.Name)          // expect: 1, Dupond
Trace(HLitPremier(Customer, Name, hBlocageNon), Customer.Name)      // expect: 1, Dupond
Trace(HLitRecherche(Customer, Name, "Dup", hGénérique), Customer.Name)    // expect: 1, Dupond
Trace(HLitRecherche(Customer, Name, "Dup", hIdentique), HEnDehors(Customer)) // expect: 0, 1
HLitRecherchePremier(Customer, Name, "Dupond", hLimiteParcours)
HLitSuivant(Customer, Name)
Trace(HEnDehors(Customer))                                          // expect: 1
Trace(HLitDernier(Customer, Name, hSansRafraîchir), Customer.Name)  // expect: 1, Martin
HFiltre(Customer, Name, "D", "E")
Trace(HLitPremier(Customer, Email, hGardeFiltre), Customer.Name)    // expect: 1, Dupond
HDésactiveFiltre(Customer)
// les blocages du programme ne gênent pas ses propres lectures et écritures
Trace(HLitPremier(Customer, Name, hBlocageEcriture), HErreurBlocage())        // expect: 1, 0
Customer.City = "Lyon"
Trace(HModifie(Customer))                                           // expect: 1
Trace(HLitPremier(Customer, Name, hBlocageLectureEcriture), HErreurBlocage()) // expect: 1, 0
Trace(HDébloqueNumEnr(Customer, HNumEnr(Customer)))                 // expect: 1
// positions approximatives
HLitPremier(Customer, Name)
Trace(HPositionCourante(Customer, Name, hPrécisionFaible))          // expect: 1
HLitDernier(Customer, Name)
Trace(HPositionne(Customer, Name, 1000, hPrécisionHaute), Customer.Name)   // expect: 1, Martin
// positions sauvées
HLitPremier(Customer, Name)
nPos est un entier = HSauvePosition(Customer, Name)
HLitDernier(Customer, Name)
Trace(HRetourPosition(nPos, hRPDéfaut), Customer.Name)              // expect: 1, Dupond
// états d'enregistrement
Trace(HEtat(Customer, 999) = hEtatInvalide)                         // expect: 1
// niveaux d'isolation
Trace(HTransactionIsolation(hLectureNonValidée), HTransactionIsolation(hLectureRépétable))   // expect: 1, 1
// détails de l'erreur
HRAZ(Customer)
Customer.Email = "dupont@exemple.fr"
HAjoute(Customer)
Trace(HErreurInfo(hErrMessage) = HErreurInfo(), HErreurInfo(hErrCode) = HErreur())   // expect: 1, 1
Trace(HErreurInfo(hErrBaseMessage) <> "")                           // expect: 1
Trace(HSurErreur("*", hErrBlocage + hErrIntégrité + hErrModification + hErrMotDePasse, ""))   // expect: 1
// types de rubriques et de clés d'un fichier décrit par programmation
dF est une Description de Fichier
dR est une Description de Rubrique
dF..Nom = "Sortes"
dR..Nom = "Num"
dR..Type = hRubriqueIdAuto
dR..TypeClé = hCléUnique
HDécritRubrique(dF, dR)
dR..Nom = "Code"
dR..Type = hRubriqueTexteUnicode
dR..Taille = 10
dR..TypeClé = hCléAvecDoublon
HDécritRubrique(dF, dR)
dR..TypeClé = hNonClé
tabNoms est un tableau de chaînes = ["Nombre", "Ratio", "Montant", "Jour", "Heure", "Moment", "Drapeau", "Gros", "Note", "Blob"]
tabTypes est un tableau d'entiers = [hRubriqueEntier, hRubriqueRéel, hRubriqueMonétaire, hRubriqueDate, hRubriqueHeure, hRubriqueDateHeure, hRubriqueBooléen, hRubriqueEntier8, hRubriqueMémoTexte, hRubriqueMémoBinaire]
POUR i = 1 À 10
	dR..Nom = tabNoms[i]
	dR..Type = tabTypes[i]
	HDécritRubrique(dF, dR)
FIN
HDécritFichier(dF)
HCréation(Sortes)
HRAZ(Sortes)
Sortes.Code = "Ünï"
Sortes.Nombre = "7"
Sortes.Ratio = "1.5"
Sortes.Montant = "12.25"
Sortes.Jour = "20240229"
Sortes.Heure = "13450000"
Sortes.Moment = "20240229134500000"
Sortes.Drapeau = 1
Sortes.Gros = "9000000000"
Sortes.Note = "texte"
Trace(HAjoute(Sortes), Sortes.Num)                                  // expect: 1, 1
HLitRecherchePremier(Sortes, Code, "uni")
Trace(Sortes.Code, Sortes.Nombre + 1, Sortes.Ratio + 1, Sortes.Montant * 2, Sortes.Jour, Sortes.Heure, Sortes.Drapeau, Sortes.Gros + 1, Sortes.Note)
// expect: Ünï, 8, 2.5, 24.5, 20240229, 13450000, 1, 9000000001, texte
Trace(Gauche(Sortes.Moment, 12))                                    // expect: 202402291345
// types de mémos
sFichier est une chaîne = fFichierTemp()
fSauveTexte(sFichier, "RIFF....WAVE")
HAttacheMémo(Sortes, Blob, sFichier, hMémoWav, "un son")
Trace(ExtraitChaîne(HInfoMémo(Sortes, Blob), 1, TAB))               // expect: WAV
HAttacheMémo(Sortes, Blob, sFichier, hMémoOLE)
Trace(ExtraitChaîne(HInfoMémo(Sortes, Blob), 1, TAB))               // expect: OLE
// options d'import de texte
sCsv est une chaîne = fFichierTemp()
fSauveTexte(sCsv, "Code;Ratio" + RC + "A1;2.5" + RC)
Trace(HImporteTexte(Sortes, sCsv, "Code,Ratio", ";", hImpIgnorePremièreLigne), HNbEnr(Sortes))   // expect: 1, 2
fSupprime(sFichier)
fSupprime(sCsv)
// fournisseurs : PostgreSQL là où aucun serveur n'écoute échoue tout de suite ; HFSQL Client/Serveur échoue aussi (inaccessible ici)
cnx est une Connexion
cnx..Provider = hAccèsNatifPostgreSQL
cnx..Serveur = "127.0.0.1:1"
cnx..BaseDeDonnées = "aucune"
cnx..Utilisateur = "personne"
Trace(HOuvreConnexion(cnx), HErreur() <> 0)                         // expect: 0, 1
cnxHF est une Connexion
cnxHF..Provider = hAccèsHFClientServeur
cnxHF..Serveur = "localhost"
Trace(HOuvreConnexion(cnxHF), Position(HErreurInfo(), "not available") > 0)   // expect: 0, 1
// opFinProgramme rendu par une procédure de HSurErreur arrête le programme
HSurErreur("*", hErrDoublon, "Arrêter")
HRAZ(Customer)
Customer.Email = "martin@exemple.fr"
HAjoute(Customer)
Trace("jamais")

PROCÉDURE Arrêter()
	Trace("arrêt")                                                  // expect: arrêt
	RENVOYER opFinProgramme
