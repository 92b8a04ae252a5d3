// Import d'un fichier CSV de clients tel qu'il arrive : ANSI (Windows-1252, d'Excel) ou
// UTF-8 sans BOM (d'un export web), détecté sur les octets (fChargeBuffer, UTF8VersChaîne),
// montants à virgule décimale et séparateur de milliers (jumeau anglais
// csv_import_encodings_en.wl ; passe, issue 8 FS 5 déc. tard).
STClient est une Structure
	sCode est une chaîne
	sNom est une chaîne
	sVille est une chaîne
	mEncours est un monétaire
FIN
gtabClients est un tableau de STClient

sRep est une chaîne = fRepTemp() + "\wl_csv_" + Hasard(1, 999999999)
fRepCrée(sRep)
sEntete est une chaîne = "Code;Nom;Ville;Encours"
// fichier ANSI venant d'Excel
fSauveTexte(sRep + "\clients_ansi.csv", sEntete + RC + "C001;Société Générale d'Électricité;Orléans;1 234,50" + RC + "C002;Café du Nord;Besançon;-12,00" + RC, foAnsi)
// le même en UTF-8 sans BOM (un export web)
fSauveBuffer(sRep + "\clients_utf8.csv", ChaîneVersUTF8(sEntete + RC + "C003;Boulangerie Müller & Fils;Sélestat;99,90" + RC + "C004;« Le Relais »;Hyères;0" + RC))
Trace(ImporteClients(sRep + "\clients_ansi.csv")) // expect: 2
Trace(ImporteClients(sRep + "\clients_utf8.csv")) // expect: 2
POUR TOUT stC DE gtabClients
	Trace(stC.sCode + " | " + stC.sNom + " | " + stC.sVille + " | " + stC.mEncours) // expect: C001 | Société Générale d'Électricité | Orléans | 1234.5
	// expect: C002 | Café du Nord | Besançon | -12
	// expect: C003 | Boulangerie Müller & Fils | Sélestat | 99.9
	// expect: C004 | « Le Relais » | Hyères | 0
FIN
mTotal est un monétaire
POUR i = 1 _À_ gtabClients..Occurrence
	mTotal += gtabClients[i].mEncours
FIN
Trace("Total : " + NumériqueVersChaîne(mTotal, "12.2f")) // expect: Total :      1322.40
fRepSupprime(sRep, frRécursif)

PROCÉDURE ImporteClients(sFichier est une chaîne)
bufContenu est un Buffer = fChargeBuffer(sFichier)
sTexte est une chaîne
// UTF-8 valide sans BOM ? sinon ANSI
SI Gauche(bufContenu, 3) = Caract(0xEF) + Caract(0xBB) + Caract(0xBF) ALORS
	sTexte = UTF8VersChaîne(Milieu(bufContenu, 4))
SINON SI UTF8VersChaîne(bufContenu) <> "" ET ChaîneVersUTF8(UTF8VersChaîne(bufContenu)) = bufContenu ALORS
	sTexte = UTF8VersChaîne(bufContenu)
SINON
	sTexte = bufContenu
FIN
nLignes est un entier = 0
POUR TOUTE CHAÎNE sLigne DE sTexte SÉPARÉE PAR RC
	SI sLigne = "" OU Gauche(sLigne, 4) = "Code" ALORS CONTINUER
	st est un STClient
	st.sCode = ExtraitChaîne(sLigne, 1, ";")
	st.sNom = ExtraitChaîne(sLigne, 2, ";")
	st.sVille = ExtraitChaîne(sLigne, 3, ";")
	st.mEncours = Val(Remplace(Remplace(ExtraitChaîne(sLigne, 4, ";"), " ", ""), ",", "."))
	TableauAjoute(gtabClients, st)
	nLignes++
FIN
RENVOYER nLignes
