// Lecture d'un relevé bancaire CFONB 120 (format AFB 120 caractères) : enregistrement 01
// (ancien solde), 04 (opérations), 07 (nouveau solde). Le montant occupe 14 positions, la
// dernière est un caractère qui porte le signe et le dernier chiffre ({ A..I pour 0..9
// positifs, } J..R pour 0..9 négatifs), le nombre de décimales est en position 20.
// Méthode b, FS 6 déc. 2026 : passe tel qu'écrit. Jumeau anglais cfonb120_statement_en.wl.
STRUCTURE_OPERATION est une Structure
	dDate est une Date
	sLibellé est une chaîne
	mMontant est un monétaire
FIN

sFichier est une chaîne = fRepTemp() + "\releve_" + DonneIdentifiant() + ".txt"
sContenu est une chaîne = LigneCFONB("01", "011226", "", 1520.37) + RC + ...
	LigneCFONB("04", "021226", "Prélèvement EDF", -84.21) + RC + ...
	LigneCFONB("04", "031226", "Virement client Dupont", 1200) + RC + ...
	LigneCFONB("04", "041226", "Carte Total Énergies", -60.5) + RC + ...
	LigneCFONB("07", "041226", "", 2575.66) + RC
fSauveTexte(sFichier, sContenu)

tabOpérations est un tableau de STRUCTURE_OPERATION
mAncien, mNouveau, mCumul sont des monétaires
nLigne est un entier = 0
POUR TOUTE CHAÎNE sLigne DE fChargeTexte(sFichier) SÉPARÉE PAR RC
	SI sLigne = "" ALORS CONTINUER
	nLigne++
	SI Taille(sLigne) <> 120 ALORS
		Trace("Ligne " + nLigne + " : longueur " + Taille(sLigne))
		CONTINUER
	FIN
	nDéc est un entier = Val(sLigne[[20]])
	SELON sLigne[[1 À 2]]
		CAS "01" : mAncien = MontantCFONB(sLigne[[91 À 104]], nDéc)
		CAS "04"
			op est une STRUCTURE_OPERATION
			op.dDate = DateCFONB(sLigne[[35 À 40]])
			op.sLibellé = SansEspace(sLigne[[41 À 71]])
			op.mMontant = MontantCFONB(sLigne[[91 À 104]], nDéc)
			Ajoute(tabOpérations, op)
			mCumul += op.mMontant
		CAS "07" : mNouveau = MontantCFONB(sLigne[[91 À 104]], nDéc)
		AUTRE CAS : Trace("Code inconnu " + sLigne[[1 À 2]])
	FIN
FIN
Trace("Ancien solde", mAncien) // expect: Ancien solde, 1520.37
POUR TOUT op DE tabOpérations
	Trace(DateVersChaîne(op.dDate, "JJ/MM/AAAA"), op.sLibellé, op.mMontant)
FIN
// expect: 02/12/2026, PRELEVEMENT EDF, -84.21
// expect: 03/12/2026, VIREMENT CLIENT DUPONT, 1200
// expect: 04/12/2026, CARTE TOTAL ENERGIES, -60.5
Trace("Nouveau solde", mNouveau, "contrôle", mAncien + mCumul = mNouveau) // expect: Nouveau solde, 2575.66, contrôle, 1
fSupprime(sFichier)

PROCÉDURE MontantCFONB(LOCAL sZone est une chaîne, LOCAL nDécimales est un entier) : monétaire
sChiffres est une chaîne = sZone[[1 À 13]]
cDernier est une chaîne = sZone[[14]]
nSigne est un entier = 1
nDernier est un entier
SI Position("{ABCDEFGHI", cDernier) > 0 ALORS
	nDernier = Position("{ABCDEFGHI", cDernier) - 1
SINON SI Position("}JKLMNOPQR", cDernier) > 0 ALORS
	nDernier = Position("}JKLMNOPQR", cDernier) - 1
	nSigne = -1
SINON
	ErreurDéclenche(1, "Signe CFONB inconnu : " + cDernier)
FIN
mValeur est un monétaire = Val(sChiffres + nDernier) / Puissance(10, nDécimales)
RENVOYER nSigne * mValeur

PROCÉDURE DateCFONB(sJJMMAA est une chaîne) : Date
dRés est une Date
dRés..Jour = Val(sJJMMAA[[1 À 2]])
dRés..Mois = Val(sJJMMAA[[3 À 4]])
dRés..Année = 2000 + Val(sJJMMAA[[5 À 6]])
RENVOYER dRés

PROCÉDURE LigneCFONB(sCode, sDate, sLibellé, mMontant est un monétaire)
// construit une ligne de 120 caractères (pour le test)
sMontant est une chaîne = NumériqueVersChaîne(Abs(mMontant) * 100, "014d")
nDernier est un entier = Val(sMontant[[14]])
SI mMontant < 0 ALORS
	sMontant = sMontant[[1 À 13]] + Milieu("}JKLMNOPQR", nDernier + 1, 1)
SINON
	sMontant = sMontant[[1 À 13]] + Milieu("{ABCDEFGHI", nDernier + 1, 1)
FIN
sLigne est une chaîne = sCode + "30004" + "    " + "00012" + "EUR" + "2" + " " + "00012345678" + "  " + sDate + ...
	Complète(Majuscule(SansAccent(sLibellé)), 31) + Répète(" ", 19) + sMontant
RENVOYER Complète(sLigne, 120)

