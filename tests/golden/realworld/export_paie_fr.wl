// L'export de paie d'un mois : les salariés et leurs heures dans un fichier de données
// décrit dans le code, lus par une requête SQL, les heures supplémentaires par tranches
// avec SELON sur des intervalles, des montants exacts en monétaire, les jours ouvrés du
// mois, un fichier bancaire à largeur fixe construit ligne à ligne et vérifié, les erreurs
// rattrapées par salarié, et un récapitulatif JSON.
STSalarié est une Structure
	sID est une chaîne
	sNom est une chaîne
	moTaux est un monétaire
	nHeures est un entier
	sIBAN est une chaîne
FIN

fdHeures est une Description de Fichier
rub est une Description de Rubrique
fdHeures..Nom = "Heures"
rub..Nom = "IDSal" ; rub..Type = hRubriqueTexte ; rub..Taille = 6 ; rub..TypeClé = hCléUnique
HDécritRubrique(fdHeures, rub)
rub..Nom = "NomComplet" ; rub..Type = hRubriqueTexte ; rub..Taille = 30 ; rub..TypeClé = hNonClé
HDécritRubrique(fdHeures, rub)
rub..Nom = "Taux" ; rub..Type = hRubriqueMonétaire ; rub..TypeClé = hNonClé
HDécritRubrique(fdHeures, rub)
rub..Nom = "Travaillé" ; rub..Type = hRubriqueEntier ; rub..TypeClé = hNonClé
HDécritRubrique(fdHeures, rub)
rub..Nom = "IBAN" ; rub..Type = hRubriqueTexte ; rub..Taille = 34 ; rub..TypeClé = hNonClé
HDécritRubrique(fdHeures, rub)
HDécritFichier(fdHeures)
HCréation(Heures)

sLignes est une chaîne = [
	E001|Ada Lovelace|24.50|151|FR7630006000011234567890189
	E002|Blaise Pascal|19.75|172|FR7630006000019876543210982
	E003|Émilie du Châtelet|31.10|190|
	E004|Alan Turing|27.00|0|FR7630006000015555555555506
]
POUR TOUTE CHAÎNE sLigne DE sLignes SÉPARÉE PAR RC
	Heures.IDSal = ExtraitChaîne(sLigne, 1, "|")
	Heures.NomComplet = ExtraitChaîne(sLigne, 2, "|")
	Heures.Taux = Val(ExtraitChaîne(sLigne, 3, "|"))
	Heures.Travaillé = Val(ExtraitChaîne(sLigne, 4, "|"))
	Heures.IBAN = ExtraitChaîne(sLigne, 5, "|")
	HAjoute(Heures)
FIN

// les jours ouvrés de décembre 2025 (du lundi au vendredi)
dJour est une Date = "20251201"
nJoursOuvrés est un entier
BOUCLE
	SI DateVersJour(dJour) <= 5 ALORS nJoursOuvrés++
	dJour..Jour++
	SI dJour..Mois <> 12 ALORS SORTIR
FIN
Trace("Jours ouvrés : " + nJoursOuvrés)
// expect: Jours ouvrés : 23
nHeuresBase est un entier = nJoursOuvrés * 7

tabSalariés est un tableau de STSalarié
reqSalariés est une Source de Données
SI PAS HExécuteRequêteSQL(reqSalariés, hRequêteDéfaut, "SELECT IDSal, NomComplet, Taux, Travaillé, IBAN FROM Heures WHERE Travaillé > 0 ORDER BY IDSal") ALORS
	Trace(HErreurInfo())
FIN
POUR TOUT reqSalariés
	st est un STSalarié
	st.sID = reqSalariés.IDSal
	st.sNom = reqSalariés.NomComplet
	st.moTaux = reqSalariés.Taux
	st.nHeures = reqSalariés.Travaillé
	st.sIBAN = reqSalariés.IBAN
	TableauAjoute(tabSalariés, st)
FIN
Trace(TableauOccurrence(tabSalariés) + " salariés payés, base " + nHeuresBase + " h")
// expect: 3 salariés payés, base 161 h

sFichierBanque est une chaîne
moTotal est un monétaire
nErreurs est un entier
POUR TOUT st DE tabSalariés
	QUAND EXCEPTION DANS
		moBrut est un monétaire = SalaireBrut(st, nHeuresBase)
		sFichierBanque += LigneBanque(st, moBrut) + RC
		moTotal += moBrut
		Trace(ChaîneConstruit("%1 %2 : %3", st.sID, st.sNom, NumériqueVersChaîne(moBrut, "10.2f")))
	FAIRE
		nErreurs++
		Trace(st.sID + " ignoré : " + ExceptionInfo(errMessage))
	FIN
FIN
// expect: E001 Ada Lovelace :    3699.50
// expect: E002 Blaise Pascal :    3466.13
// expect: E003 ignoré : pas d'IBAN pour Émilie du Châtelet
Trace("Total " + NumériqueVersChaîne(moTotal, ".2f") + ", " + nErreurs + " erreur(s)")
// expect: Total 7165.63, 1 erreur(s)

// chaque ligne du fichier bancaire fait 80 caractères
bLargeurOK est un booléen = Vrai
POUR TOUTE CHAÎNE sLigne DE sFichierBanque SÉPARÉE PAR RC
	SI sLigne <> "" _ET_ Taille(sLigne) <> 80 ALORS bLargeurOK = Faux
FIN
Trace(bLargeurOK, Gauche(ExtraitLigne(sFichierBanque, 1), 50))
// expect: 1, E001  FR7630006000011234567890189       0000369950

jRécap est un JSON
jRécap.mois = "2025-12"
jRécap.payés = TableauOccurrence(tabSalariés) - nErreurs
jRécap.total = moTotal
Trace(VariantVersJSON(jRécap))
// expect: {"mois":"2025-12","pay\u00E9s":2,"total":7165.63}

PROCÉDURE SalaireBrut(st est un STSalarié, nBase est un entier) : monétaire
nSupp est un entier = Max(0, st.nHeures - nBase)
moPaie est un monétaire = Min(st.nHeures, nBase) * st.moTaux
SELON nSupp
	CAS 0
		// rien de plus
	CAS 1 À 8
		moPaie += nSupp * st.moTaux * 1.25
	AUTRE CAS
		moPaie += 8 * st.moTaux * 1.25 + (nSupp - 8) * st.moTaux * 1.5
FIN
SI st.sIBAN = "" ALORS ExceptionDéclenche(1, "pas d'IBAN pour " + st.sNom)
RENVOYER Arrondi(moPaie, 2)

PROCÉDURE LigneBanque(st est un STSalarié, moMontant est un monétaire) : chaîne
sCentimes est une chaîne = NumériqueVersChaîne(moMontant * 100, "010d")
RENVOYER Complète(st.sID, 6) + Complète(st.sIBAN, 34) + sCentimes + Répète(" ", 30)
