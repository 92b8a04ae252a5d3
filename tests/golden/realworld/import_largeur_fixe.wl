// Import d'un fichier à largeur fixe (virements) : découpe, contrôles, rejets, total
// Colonnes : type (2) date JJMMAAAA (8) montant en centimes (12) nom (20) IBAN (27)
tabLignes est un tableau de chaînes = [ ...
	"0115032024000000125050DUPONT JEAN         FR7630006000011234567890189", ...
	"0116032024000000007990MARTIN CLAIRE       FR7610107001011234567890129", ...
	"0129022024000000100000DURAND PAUL         FR76300060000112345", ...
	"0218032024000000050000LEROY ÉMILIE        FR7630004000031234567890143", ...
	"01ABCDEFGH000000010000PETIT LUC           FR7630006000011234567890189"]

STVirement est une Structure
	dDate est une Date
	mMontant est un monétaire
	sNom est une chaîne
	sIBAN est une chaîne
FIN
tabOK est un tableau de STVirement
tabRejets est un tableau de chaînes
POUR TOUT sLigne, nNum DE tabLignes
	sMotif est une chaîne = Contrôle(sLigne)
	SI sMotif <> "" ALORS
		TableauAjoute(tabRejets, ChaîneConstruit("ligne %1 : %2", nNum, sMotif))
		CONTINUER
	FIN
	stV est un STVirement
	sDate est une chaîne = Milieu(sLigne, 3, 8)
	stV.dDate = Droite(sDate, 4) + Milieu(sDate, 3, 2) + Gauche(sDate, 2)
	stV.mMontant = Val(Milieu(sLigne, 11, 12)) / 100
	stV.sNom = SansEspace(Milieu(sLigne, 23, 20))
	stV.sIBAN = Milieu(sLigne, 43)
	TableauAjoute(tabOK, stV)
FIN
Trace(tabOK..Occurrence + " acceptés, " + tabRejets..Occurrence + " rejetés") // expect: 2 acceptés, 3 rejetés
POUR TOUT sRejet DE tabRejets
	Trace(sRejet)
FIN
// expect: ligne 3 : IBAN de 19 caractères
// expect: ligne 4 : type 02 inconnu
// expect: ligne 5 : date ABCDEFGH invalide
mTotal est un monétaire
POUR TOUT stV DE tabOK
	mTotal += stV.mMontant
	Trace(DateVersChaîne(stV.dDate, "JJ/MM/AAAA") + " " + Complète(stV.sNom, 15, ".") + NumériqueVersChaîne(stV.mMontant, "9.2f"))
FIN
// expect: 15/03/2024 DUPONT JEAN....  1250.50
// expect: 16/03/2024 MARTIN CLAIRE..    79.90
Trace("Total : " + NumériqueVersChaîne(mTotal, "12,2fS")) // expect: Total :     1 330,40

// Le motif de rejet d'une ligne, "" si elle est bonne
PROCÉDURE Contrôle(sLigne est une chaîne) : chaîne
SI Gauche(sLigne, 2) <> "01" ALORS RENVOYER "type " + Gauche(sLigne, 2) + " inconnu"
sDate est une chaîne = Milieu(sLigne, 3, 8)
SI PAS DateValide(Droite(sDate, 4) + Milieu(sDate, 3, 2) + Gauche(sDate, 2)) ALORS
	RENVOYER "date " + sDate + " invalide"
FIN
nLongIBAN est un entier = Taille(Milieu(sLigne, 43))
SI nLongIBAN <> 27 ALORS RENVOYER ChaîneConstruit("IBAN de %1 caractères", nLongIBAN)
RENVOYER ""
