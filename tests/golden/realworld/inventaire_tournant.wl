// Inventaire tournant : saisie collée en texte multiligne (POUR TOUTE CHAÎNE ... SÉPARÉE
// PAR), écarts classés par SELON (CAS 0, CAS 1 <= * <= 3, CAS 4 A 10), valorisation avec
// masques signés, classement ABC par tri sur procédure, zones sans doublon, mots-clés
// français et anglais mêlés, minuscules, une ligne à points-virgules, paramètres par défaut.
STLigneInv est une Structure
	sRef est une chaîne
	nTheorique est un entier
	nCompte est un entier
	mPU est un monétaire
	sZone est une chaîne
FIN
tabInv est un tableau de STLigneInv

sSaisie est une chaîne = [
	REF-001 | 120 | 118 | 2.50 | A1
	REF-002 |  40 |  40 | 19.90 | A1
	ref-003 |   5 |   9 | 250.00 | B2
	REF-004 | 300 | 260 | 0.35 | C1
	REF-005 |  12 |     | 75.00 | B2
	REF-006 |   0 |   3 | 12.00 | c1
]
POUR TOUTE CHAÎNE sLigne DE sSaisie SÉPARÉE PAR RC
	SI SansEspace(sLigne) = "" ALORS CONTINUER
	st est un STLigneInv
	tabChamps est un tableau de chaînes = ChaîneDécoupe(sLigne, "|")
	st.sRef = Majuscule(SansEspace(tabChamps[1]))
	st.nTheorique = Val(tabChamps[2])
	SI SansEspace(tabChamps[3]) = "" ALORS
		Trace(st.sRef + " : pas de comptage, ligne ignorée") // expect: REF-005 : pas de comptage, ligne ignorée
		CONTINUER
	FIN
	st.nCompte = Val(tabChamps[3]) ; st.mPU = Val(tabChamps[4])
	st.sZone = Majuscule(SansEspace(tabChamps[5]))
	tabInv.Ajoute(st)
FIN

mEcartTotal est un monétaire
FOR EACH st OF tabInv
	nEcart est un entier = st.nCompte - st.nTheorique
	sGravite est une chaîne
	SELON Abs(nEcart)
		CAS 0 : sGravite = "ok"
		CAS 1 <= * <= 3 : sGravite = "mineur"
		CAS 4 A 10 : sGravite = "à vérifier"
		AUTRE CAS : sGravite = "RECOMPTER"
	FIN
	mEcartTotal += nEcart * st.mPU
	Trace(ChaîneConstruit("%1 %2 %3 (%4)", Complète(st.sRef, 8), Droite("    " + ...
		(nEcart > 0 ? "+" SINON "") + nEcart, 5), ...
		NumériqueVersChaîne(nEcart * st.mPU, "+9.2f"), sGravite))
END
// expect: REF-001     -2     -5.00 (mineur)
// expect: REF-002      0     +0.00 (ok)
// expect: REF-003     +4  +1000.00 (à vérifier)
// expect: REF-004    -40    -14.00 (RECOMPTER)
// expect: REF-006     +3    +36.00 (mineur)
Trace("écart valorisé : " + mEcartTotal) // expect: écart valorisé : 1017

// classement ABC sur la valeur du stock compté
TableauTrie(tabInv, ttFonction, CompareValeur)
mTotal est un monétaire
POUR TOUT st DE tabInv ; mTotal += st.nCompte * st.mPU ; FIN
mCumul est un monétaire
pour tout st de tabInv
	mCumul += st.nCompte * st.mPU
	rPart est un réel = mCumul / mTotal * 100
	trace(st.sRef + " " + ClasseABC(rPart) + " " + NumériqueVersChaîne(rPart, ".1f") + "%")
fin
// expect: REF-003 A 64.9%
// expect: REF-002 B 87.8%
// expect: REF-001 C 96.3%
// expect: REF-004 C 99.0%
// expect: REF-006 C 100.0%

// zones à recompter, sans doublon, triées
tabZones est un tableau de chaînes
FOR EACH st OF tabInv
	IF Abs(st.nCompte - st.nTheorique) > 3 AND TableauCherche(tabZones, tcLinéaire, st.sZone) = -1 THEN
		tabZones.Ajoute(st.sZone)
	END
END
TableauTrie(tabZones)
Trace("zones : " + TableauVersChaîne(tabZones, ", ")) // expect: zones : B2, C1
Trace(Résumé("inventaire", tabInv..Occurrence, mEcartTotal)) // expect: inventaire : 5 lignes, écart 1017
Trace(Résumé("inventaire")) // expect: inventaire : vide

PROCEDURE CompareValeur(a est un STLigneInv, b est un STLigneInv)
RENVOYER (b.nCompte * b.mPU) - (a.nCompte * a.mPU) > 0 ? 1 SINON -1

PROCÉDURE ClasseABC(rPartCumulée est un réel) : chaîne
SI rPartCumulée <= 80 ALORS RENVOYER "A"
SI rPartCumulée <= 95 ALORS RENVOYER "B"
RENVOYER "C"

PROCÉDURE Résumé(sQuoi, nLignes est un entier = 0, mEcart est un monétaire = 0)
RENVOYER sQuoi + " : " + (nLignes = 0 ? "vide" SINON nLignes + " lignes, écart " + mEcart)
