// Export FEC (Fichier des Écritures Comptables) comme l'écrit un développeur WINDEV :
// séparateur TAB dans une CONSTANTE, fichier ANSI (fCrée foAnsi) au nom daté
// (SIREN + "FEC" + date de clôture), montants à virgule cadrés sur 15 caractères
// (NumériqueVersChaîne "15,2f"), lignes par ChaîneConstruit, contrôle d'équilibre,
// relecture en ANSI. `SEP_FEC = TAB` était refusé (WL111) : declarations/
// constante_depuis_predefinie_fr.wl. Jumeau anglais : fec_export_en.wl.
CONSTANTE
	SEP_FEC = TAB
	SIREN_SOCIETE = "123456789"
FIN

STRUCTURE STEcriture
	sJournal est une chaîne
	dDate est une Date
	sCompte est une chaîne
	sLibellé est une chaîne
	mDébit est un monétaire
	mCrédit est un monétaire
FIN

tabEcr est un tableau de STEcriture
e est un STEcriture
e.sJournal = "VT"; e.dDate = "20261130"; e.sCompte = "411000"; e.sLibellé = "Facture n°1024 Société Générale"; e.mDébit = 1200.50; e.mCrédit = 0
TableauAjoute(tabEcr, e)
e.sCompte = "706000"; e.sLibellé = "Vente prestations"; e.mDébit = 0; e.mCrédit = 1000.42
TableauAjoute(tabEcr, e)
e.sCompte = "445710"; e.sLibellé = "TVA collectée"; e.mDébit = 0; e.mCrédit = 200.08
TableauAjoute(tabEcr, e)
sRes est une chaîne = ExporteFEC(tabEcr, "20261231")
Trace(fExtraitChemin(sRes, fFichier + fExtension)) // expect: 123456789FEC20261231.txt
sContenu est une chaîne = fChargeTexte(sRes, foAnsi)
POUR TOUTE CHAÎNE sL DE sContenu SÉPARÉE PAR RC
	SI sL <> "" ALORS Trace(Remplace(sL, TAB, "|"))
FIN
// expect: JournalCode|EcritureDate|CompteNum|EcritureLib|Debit|Credit
// expect: VT|20261130|411000|Facture n°1024 Société Générale|        1200,50|           0,00
// expect: VT|20261130|706000|Vente prestations|           0,00|        1000,42
// expect: VT|20261130|445710|TVA collectée|           0,00|         200,08
bufBrut est un Buffer = fChargeBuffer(sRes)
Trace(Taille(bufBrut), Position(bufBrut, "n" + Caract(176)) > 0) // expect: 281, 1
fSupprime(sRes)

PROCÉDURE NomFichierFEC(LOCAL dClôture est une Date, sRépertoire est une chaîne = fRepTemp())
sNom est une chaîne = SIREN_SOCIETE + "FEC" + DateVersChaîne(dClôture, "AAAAMMJJ") + ".txt"
RENVOYER ComplèteRep(sRépertoire) + sNom

PROCÉDURE MontantFEC(m est un monétaire)
// montants avec virgule décimale, cadrés à droite sur 15 caractères
RENVOYER Remplace(NumériqueVersChaîne(m, "15,2f"), ".", ",")

PROCÉDURE ExporteFEC(tabEcritures est un tableau de STEcriture, dClôture est une Date)
sFichier est une chaîne = NomFichierFEC(dClôture)
nFic est un entier = fCrée(sFichier, foAnsi)
SI nFic = -1 ALORS
	Trace("Impossible de créer " + sFichier + " : " + ErreurInfo())
	RENVOYER ""
FIN
fEcritLigne(nFic, "JournalCode" + SEP_FEC + "EcritureDate" + SEP_FEC + "CompteNum" + SEP_FEC + "EcritureLib" + SEP_FEC + "Debit" + SEP_FEC + "Credit")
mTotalDébit, mTotalCrédit sont des monétaires
POUR TOUT stE DE tabEcritures
	fEcritLigne(nFic, ChaîneConstruit("%1%2%3%2%4%2%5%2%6%2%7", stE.sJournal, SEP_FEC, DateVersChaîne(stE.dDate, "AAAAMMJJ"), stE.sCompte, stE.sLibellé, MontantFEC(stE.mDébit), MontantFEC(stE.mCrédit)))
	mTotalDébit += stE.mDébit
	mTotalCrédit += stE.mCrédit
FIN
fFerme(nFic)
SI mTotalDébit <> mTotalCrédit ALORS
	Trace("Écritures déséquilibrées : " + mTotalDébit + " / " + mTotalCrédit)
FIN
RENVOYER sFichier
