// (méthode b) Import de clients depuis un CSV comme un développeur WINDEV l'écrit : HAjoute
// par ligne, les doublons d'e-mail (HErreurDoublon) et les lignes sans nom écrits dans un
// fichier de rejets avec leur raison ; lues = ajoutées + rejetées, rien de perdu en silence.
sRep est une chaîne = fRepTemp() + fSep() + "import_clients_" + DonneIdentifiant()
fRepCrée(sRep)
sCSV est une chaîne = sRep + fSep() + "clients.csv"
sRejets est une chaîne = sRep + fSep() + "rejets.csv"
fSauveTexte(sCSV, "Nom;Ville;Email;Solde" + RC + ...
	"Dupont;Lyon;dupont@exemple.fr;120,50" + RC + ...
	"Martin;Nice;martin@exemple.fr;0" + RC + ...
	"Durand;Paris;DUPONT@exemple.fr;15" + RC + ...
	";Lyon;sansnom@exemple.fr;3" + RC + ...
	"Élodie Noël;Évry;elodie@exemple.fr;-7,25" + RC)
nLus, nAjoutés, nRejetés sont des entiers
nFic est un entier = fOuvre(sRejets, foCréation)
SI nFic = -1 ALORS
	Erreur("Impossible de créer " + sRejets + " : " + ErreurInfo())
	RETOUR
FIN
fEcritLigne(nFic, "Ligne;Raison;Contenu")
nNumLigne est un entier = 0
POUR TOUTE CHAÎNE sLigne DE fChargeTexte(sCSV) SÉPARÉE PAR RC
	nNumLigne++
	SI nNumLigne = 1 OU sLigne = "" ALORS CONTINUER  // l'entête, la fin du fichier
	nLus++
	sNom est une chaîne = SansEspace(ExtraitChaîne(sLigne, 1, ";"))
	SI sNom = "" ALORS
		fEcritLigne(nFic, ChaîneConstruit("%1;nom manquant;%2", nNumLigne, sLigne))
		nRejetés++
		CONTINUER
	FIN
	HRAZ(Customer)
	Customer.Name = sNom
	Customer.City = ExtraitChaîne(sLigne, 2, ";")
	Customer.Email = Minuscule(ExtraitChaîne(sLigne, 3, ";"))
	Customer.Balance = Val(Remplace(ExtraitChaîne(sLigne, 4, ";"), ",", "."))
	SI HAjoute(Customer) ALORS
		nAjoutés++
	SINON SI HErreurDoublon() ALORS
		fEcritLigne(nFic, ChaîneConstruit("%1;doublon;%2", nNumLigne, sLigne))
		nRejetés++
	SINON
		fEcritLigne(nFic, ChaîneConstruit("%1;%2;%3", nNumLigne, HErreurInfo(hErrMessage), sLigne))
		nRejetés++
	FIN
FIN
fFerme(nFic)
Trace(ChaîneConstruit("%1 lues, %2 ajoutées, %3 rejetées", nLus, nAjoutés, nRejetés))  // expect: 5 lues, 3 ajoutées, 2 rejetées
SI nLus <> nAjoutés + nRejetés ALORS Trace("lignes perdues !")
Trace(fChargeTexte(sRejets))
// expect: Ligne;Raison;Contenu
// expect: 4;doublon;Durand;Paris;DUPONT@exemple.fr;15
// expect: 5;nom manquant;;Lyon;sansnom@exemple.fr;3
// expect:
POUR TOUT Customer SUR Name
	Trace(Customer.Name, Customer.City, Customer.Email, Customer.Balance)
FIN
// expect: Dupont, Lyon, dupont@exemple.fr, 120.5
// expect: Élodie Noël, Évry, elodie@exemple.fr, -7.25
// expect: Martin, Nice, martin@exemple.fr, 0
fRepSupprime(sRep, frRécursif)
