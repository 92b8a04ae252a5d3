// Correspondance de colonnes lue dans un fichier CSV vers un tableau associatif de
// tableaux de structures, puis parcourue table par table (le style d'une synchronisation
// HFSQL -> PostgreSQL).
CONSTANTE
	SEP = ","
FIN

STCol est une Structure
	schema est une chaîne
	table_hf est une chaîne
	table_pg est une chaîne
	colonne_hf est une chaîne
	colonne_pg est une chaîne
	type_pg est une chaîne
	est_cle est un booléen
FIN

gCorrespondance est un tableau associatif de tableaux de STCol

sCsv est une chaîne = [
	schema,table_hf,table_pg,colonne_hf,colonne_pg,type_pg,cle
	rh,Salarie,salarie,IDSalarie,id_salarie,bigint,1
	rh,Salarie,salarie,Nom,nom,text,0
	rh,Salarie,salarie,ModifDate,modif_date,timestamp,0
	ticket,TK_Statut,tk_statut,IDStatut,id_statut,int,1
	ticket,TK_Statut,tk_statut,Libelle,libelle,text,0
	]
sFichier est une chaîne = fRepTemp() + fSep() + "colonnes_" + DonneIdentifiant() + ".csv"
fSauveTexte(sFichier, sCsv)

ChargeCorrespondance(sFichier)
Trace(gCorrespondance.Occurrence + " tables")
// expect: 2 tables
sCle est une chaîne
tabCols est un tableau de STCol
POUR TOUT tabCols, sCle DE gCorrespondance
	sClePG est une chaîne = ""
	bModif est un booléen = Faux
	POUR TOUT col DE tabCols
		SI col.est_cle ALORS sClePG = col.colonne_pg
		SI col.colonne_pg = "modif_date" ALORS bModif = Vrai
	FIN
	Trace(ChaîneConstruit("%1 -> %2 : %3 colonnes, clé %4, %5", sCle, tabCols[1].table_pg, ...
		tabCols.Occurrence, sClePG, bModif ? "incrémentale" SINON "rechargement complet"))
FIN
// expect: rh.Salarie -> salarie : 3 colonnes, clé id_salarie, incrémentale
// expect: ticket.TK_Statut -> tk_statut : 2 colonnes, clé id_statut, rechargement complet

// une clé absente de la correspondance : sa lecture donne un tableau vide
tabAbsente est un tableau de STCol = gCorrespondance["adv.Partenaire"]
bTrouvee est un booléen = gCorrespondance["adv.Partenaire"]..Existe
Trace("adv.Partenaire trouvée : " + bTrouvee + ", " + tabAbsente.Occurrence + " colonne(s)")
// expect: adv.Partenaire trouvée : 0, 0 colonne(s)
fSupprime(sFichier)

PROCÉDURE ChargeCorrespondance(LOCAL sChemin est une chaîne)
	SupprimeTout(gCorrespondance)
	nFic est un entier = fOuvre(sChemin, foLecture)
	SI nFic = -1 ALORS
		Erreur("impossible d'ouvrir " + sChemin + " : " + ErreurInfo())
		RETOUR
	FIN
	sLigne est une chaîne = fLitLigne(nFic)	// en-tête
	BOUCLE
		sLigne = fLitLigne(nFic)
		SI sLigne = EOT ALORS SORTIR
		sLigne = SansEspace(sLigne)
		SI sLigne = "" ALORS CONTINUER
		col est un STCol
		col.schema     = ExtraitChaîne(sLigne, 1, SEP)
		col.table_hf   = ExtraitChaîne(sLigne, 2, SEP)
		col.table_pg   = ExtraitChaîne(sLigne, 3, SEP)
		col.colonne_hf = ExtraitChaîne(sLigne, 4, SEP)
		col.colonne_pg = ExtraitChaîne(sLigne, 5, SEP)
		col.type_pg    = ExtraitChaîne(sLigne, 6, SEP)
		col.est_cle    = (ExtraitChaîne(sLigne, 7, SEP) = "1")
		sCleTable est une chaîne = col.schema + "." + col.table_hf
		tabCourant est un tableau de STCol
		QUAND EXCEPTION DANS
			tabCourant = gCorrespondance[sCleTable]
		FAIRE
		FIN
		Ajoute(tabCourant, col)
		gCorrespondance[sCleTable] = tabCourant
	FIN
	fFerme(nFic)
