// Les relevés de compte clients de fin de mois, comme un petit projet les enregistre :
// les écritures en classes, chacune dans son fichier (CEcriture.wdc ; CEcritureFacture
// et CEcritureRèglement en héritent), le texte du relevé dans une collection de
// procédures (COL_Relevés.wdg : ses textes en ressources, une procédure interne, un
// bloc CONSTANTE), et ce script : le grand livre dans un fichier décrit par le code, lu
// client par client dans un tableau d'objets dynamiques, le niveau de relance selon les
// jours de retard, un récapitulatif JSON, les relevés enregistrés puis relus, et le
// courriel de rappel construit (pas envoyé).
fdGrandLivre est une Description de Fichier
rub est une Description de Rubrique
fdGrandLivre..Nom = "GrandLivre"
rub..Nom = "Client" ; rub..Type = hRubriqueTexte ; rub..Taille = 10 ; rub..TypeClé = hCléAvecDoublon
HDécritRubrique(fdGrandLivre, rub)
rub..Nom = "Réf" ; rub..Type = hRubriqueTexte ; rub..Taille = 12 ; rub..TypeClé = hNonClé
HDécritRubrique(fdGrandLivre, rub)
rub..Nom = "Nature" ; rub..Type = hRubriqueTexte ; rub..Taille = 1
HDécritRubrique(fdGrandLivre, rub)
rub..Nom = "Passée" ; rub..Type = hRubriqueDate
HDécritRubrique(fdGrandLivre, rub)
rub..Nom = "Montant" ; rub..Type = hRubriqueMonétaire
HDécritRubrique(fdGrandLivre, rub)
rub..Nom = "Détail" ; rub..Type = hRubriqueTexte ; rub..Taille = 20
HDécritRubrique(fdGrandLivre, rub)
HDécritFichier(fdGrandLivre)
HCréation(GrandLivre)

sGrandLivre est une chaîne = [
	ACME;F;FAC-1041;20251020;1200.00;30
	ACME;R;REG-0077;20251102;700.00;virement
	ACME;F;FAC-1102;20251115;350.50;15
	BOLTCO;F;FAC-1099;20251110;99.90;30
	BOLTCO;R;REG-0081;20251128;99.90;carte
]
// (une procédure interne écrite sans son FIN, comme dans du code porté à la main : son
// corps finit où le code revient au retrait de son en-tête)
PROCÉDURE INTERNE AjouteLigne(sLigne est une chaîne)
	GrandLivre.Client = ExtraitChaîne(sLigne, 1, ";")
	GrandLivre.Nature = ExtraitChaîne(sLigne, 2, ";")
	GrandLivre.Réf = ExtraitChaîne(sLigne, 3, ";")
	GrandLivre.Passée = ExtraitChaîne(sLigne, 4, ";")
	GrandLivre.Montant = Val(ExtraitChaîne(sLigne, 5, ";"))
	GrandLivre.Détail = ExtraitChaîne(sLigne, 6, ";")
	HAjoute(GrandLivre)
POUR TOUTE CHAÎNE sLigne DE sGrandLivre SÉPARÉE PAR RC
	AjouteLigne(sLigne)
FIN
Trace(HNbEnr(GrandLivre) + " écritures") // expect: 5 écritures

dAu est une Date = "20251231"
jRécap est un JSON
jRécap.au = DateVersChaîne(dAu, "AAAA-MM-JJ")
jRécap.clients = []
sTous est une chaîne
tClients est un tableau de chaînes = ["ACME", "BOLTCO"]
POUR TOUT sClient DE tClients
	tEcritures est un tableau de CEcriture dynamiques
	nPireRetard est un entier = 0
	moSolde est un monétaire = 0
	POUR TOUT GrandLivre AVEC Client = sClient
		SI GrandLivre.Nature = "F" ALORS
			fac est un CEcritureFacture dynamique = allouer un CEcritureFacture(GrandLivre.Réf, GrandLivre.Passée, GrandLivre.Montant, Val(GrandLivre.Détail))
			nPireRetard = Max(nPireRetard, fac.JoursDeRetard(dAu))
			TableauAjoute(tEcritures, fac)
		SINON
			reg est un CEcritureRèglement dynamique = allouer un CEcritureRèglement(GrandLivre.Réf, GrandLivre.Passée, GrandLivre.Montant)
			reg.m_sMode = GrandLivre.Détail
			TableauAjoute(tEcritures, reg)
		FIN
		moSolde += tEcritures[tEcritures.Occurrence].Signé()
	FIN
	TableauTrie(tEcritures, ttMembre, "m_dPassée")
	sTous += TexteRelevé(sClient, tEcritures, dAu) + RC
	nLigne est un entier = jRécap.clients..Occurrence + 1
	jRécap.clients[nLigne].nom = sClient
	jRécap.clients[nLigne].écritures = tEcritures.Occurrence
	jRécap.clients[nLigne].relance = moSolde > 0 ? NiveauRelance(nPireRetard) SINON 0
FIN
Trace(sTous)
// expect: Relevé de compte de ACME au 31/12/2025
// expect: 20/10/2025 FAC-1041 facture, échéance 19/11/2025....  +1200.00
// expect: 02/11/2025 REG-0077 règlement par virement..........   -700.00
// expect: 15/11/2025 FAC-1102 facture, échéance 30/11/2025....   +350.50
// expect: Solde dû : 850.5
// expect: Relevé de compte de BOLTCO au 31/12/2025
// expect: 10/11/2025 FAC-1099 facture, échéance 10/12/2025....    +99.90
// expect: 28/11/2025 REG-0081 règlement par carte.............    -99.90
// expect: Solde dû : 0
// expect:
Trace(VariantVersJSON(jRécap))
// expect: {"au":"2025-12-31","clients":[{"nom":"ACME","\u00E9critures":3,"relance":2},{"nom":"BOLTCO","\u00E9critures":2,"relance":0}]}
Trace(gnRelevésConstruits + " relevés, " + CEcriture::s_nCréées + " écritures créées")
// expect: 2 relevés, 5 écritures créées

// enregistrés pour l'envoi, puis relus : les soldes seulement
sFichier est une chaîne = fRepTemp() + fSep() + "releves_" + DateVersChaîne(dAu, "AAAAMM") + ".txt"
fSauveTexte(sFichier, sTous)
POUR TOUTE CHAÎNE sLigne DE fChargeTexte(sFichier) SÉPARÉE PAR RC
	SI sLigne [= "Solde" ALORS Trace(sLigne)
FIN
// expect: Solde dû : 850.5
// expect: Solde dû : 0

// le courriel de rappel au client dont le solde est dû
m est un Email
m.Expéditeur = "comptabilite@example.test"
m.Destinataire[1] = "fournisseurs@acme.example.test"
m.Sujet = "Rappel : votre relevé au " + DateVersChaîne(dAu, "JJ/MM/AAAA")
m.Message = ExtraitChaîne(sTous, 1, RC + RC)
EmailChargeFichierAttaché(m, sFichier)
SI PAS EmailConstruitSource(m) ALORS Trace(ErreurInfo())
m2 est un Email
m2.Source = m.Source
EmailImporteSource(m2)
Trace(m2.Sujet + " | " + m2.Attache[1] + " | " + ExtraitChaîne(m2.Message, 1, RC))
// expect: Rappel : votre relevé au 31/12/2025 | releves_202512.txt | Relevé de compte de ACME au 31/12/2025
fSupprime(sFichier)
