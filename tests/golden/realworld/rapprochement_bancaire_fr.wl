// Rapprochement bancaire : lignes d'un relevé (texte multiligne, POUR TOUTE CHAÎNE ...
// SÉPARÉE PAR RC) contre les factures ouvertes, par référence citée puis par montant
// (l'échéance la plus ancienne d'abord) ; `_OU_` court-circuite le test d'un indice encore
// nul (avec OU les deux côtés sont évalués et l'indice 0 arrête le programme, comme le
// dit la page des opérateurs logiques). Méthode b, L 6 déc. 2026 : passe tel qu'écrit ;
// jumeau anglais : bank_reconciliation_en.wl.
STFacture est une structure
	sNumero est une chaîne
	moMontant est un monétaire
	dEcheance est une Date
	bPayée est un booléen
FIN
STLigneReleve est une structure
	dOperation est une date
	sLibelle est une chaîne
	moMontant est un monétaire
FIN
tabFactures est un tableau de STFacture
tabReleve est un tableau de STLigneReleve
AjouteFacture("FA-2026-001", 1200.50, "20261115")
AjouteFacture("FA-2026-002", 89.90, "20261120")
AjouteFacture("FA-2026-003", 89.90, "20261201")
AjouteFacture("FA-2026-004", 450, "20261130")
sRelevé est une chaîne = [
03/12/2026;VIR SEPA CLIENT DUPONT REF FA-2026-001;1200,50
04/12/2026;VIR CLIENT MARTIN;89,90
05/12/2026;PRLV EDF;-75,20
05/12/2026;VIR FA2026004 ACOMPTE;400,00
]
POUR TOUTE CHAÎNE sLigne DE sRelevé SÉPARÉE PAR RC
	SI sLigne = "" ALORS CONTINUER
	l est un STLigneReleve
	l.dOperation = ChaîneVersDate(ExtraitChaîne(sLigne, 1, ";"), "JJ/MM/AAAA")
	l.sLibelle = ExtraitChaîne(sLigne, 2, ";")
	l.moMontant = Val(Remplace(ExtraitChaîne(sLigne, 3, ";"), ",", "."))
	TableauAjoute(tabReleve, l)
FIN
Trace(tabReleve.Occurrence) // expect: 4
nRapprochées est un entier
POUR TOUT l DE tabReleve
	sResultat est une chaîne = Rapproche(l)
	SELON sResultat
		CAS "": Trace(DateVersChaîne(l.dOperation, "JJ/MM") + " non rapprochée : " + l.sLibelle)
		CAS "DEBIT": Trace("débit ignoré : " + l.moMontant)
		AUTRE CAS
			nRapprochées++
			Trace(DateVersChaîne(l.dOperation, "JJ/MM") + " -> " + sResultat)
	FIN
FIN
Trace(ChaîneConstruit("%1 ligne(s) rapprochée(s) sur %2", nRapprochées, tabReleve.Occurrence))
// expect: 03/12 -> FA-2026-001 (référence)
// expect: 04/12 -> FA-2026-002 (montant, échéance la plus ancienne)
// expect: débit ignoré : -75.2
// expect: 05/12 non rapprochée : VIR FA2026004 ACOMPTE
// expect: 2 ligne(s) rapprochée(s) sur 4
POUR TOUT f DE tabFactures OÙ PAS f.bPayée
	Trace("reste due : " + f.sNumero + " (" + f.moMontant + ")")
FIN
// expect: reste due : FA-2026-003 (89.9)
// expect: reste due : FA-2026-004 (450)

PROCÉDURE AjouteFacture(sNum, moMontant est un monétaire, sEch)
f est un STFacture
f.sNumero = sNum
f.moMontant = moMontant
f.dEcheance = sEch
tabFactures.Ajoute(f)

PROCÉDURE Rapproche(l est un STLigneReleve) : chaîne
SI l.moMontant < 0 ALORS RENVOYER "DEBIT"
sLib est une chaîne = Remplace(Majuscule(l.sLibelle), "-", "")
// 1) par référence citée dans le libellé
POUR i = 1 _À_ tabFactures.Occurrence
	SI tabFactures[i].bPayée ALORS CONTINUER
	SI Position(sLib, Remplace(tabFactures[i].sNumero, "-", "")) > 0 ET tabFactures[i].moMontant = l.moMontant ALORS
		tabFactures[i].bPayée = Vrai
		RENVOYER tabFactures[i].sNumero + " (référence)"
	FIN
FIN
// 2) par montant unique
nTrouvé est un entier = 0
nIndice est un entier
POUR i = 1 À tabFactures..Occurrence
	SI PAS tabFactures[i].bPayée _ET_ tabFactures[i].moMontant = l.moMontant ALORS
		nTrouvé++
		nIndice = i
	FIN
FIN
SI nTrouvé = 1 ALORS
	tabFactures[nIndice].bPayée = Vrai
	RENVOYER tabFactures[nIndice].sNumero + " (montant)"
SINON SI nTrouvé > 1 ALORS
	// le plus ancien à échéance
	nIndice = 0
	POUR i = 1 À tabFactures.Occurrence
		SI PAS tabFactures[i].bPayée ET tabFactures[i].moMontant = l.moMontant ALORS
			SI nIndice = 0 _OU_ tabFactures[i].dEcheance < tabFactures[nIndice].dEcheance ALORS nIndice = i
		FIN
	FIN
	tabFactures[nIndice].bPayée = Vrai
	RENVOYER tabFactures[nIndice].sNumero + " (montant, échéance la plus ancienne)"
FIN
RENVOYER ""
