// Lignes de facture converties en euros par une table de taux, arrondies ligne par ligne
// (un montant saisi "1234,50" est lu avec sa virgule décimale)
gtabTaux est un tableau associatif de réels
gtabTaux["USD"] = 1.0823
gtabTaux["GBP"] = 0.8561
gtabTaux["CHF"] = 0.9438
gtabTaux["JPY"] = 162.35
gtabTaux["EUR"] = 1

STLigne est une structure
	sLibellé est une chaîne
	sDevise est une chaîne sur 3
	mMontant est un monétaire
FIN
tabLignes est un tableau de STLigne
AjouteLigne(tabLignes, "Licence logicielle", "USD", 1499.99)
AjouteLigne(tabLignes, "Formation Londres", "gbp", 850)
AjouteLigne(tabLignes, "Hébergement", "CHF", "1234,50")
AjouteLigne(tabLignes, "Composants", "JPY", 125000)
AjouteLigne(tabLignes, "Frais", "EUR", 12.5)
AjouteLigne(tabLignes, "Inconnu", "XYZ", 10)

mTotalEUR est un monétaire
POUR TOUT stL DE tabLignes
	mEUR est un monétaire = VersEuro(stL.mMontant, stL.sDevise)
	SI mEUR = -1 ALORS
		Trace("Devise inconnue : " + stL.sDevise + " (" + stL.sLibellé + ")")
		CONTINUER
	FIN
	mTotalEUR += mEUR
	Trace(Complète(stL.sLibellé, 20) + NumériqueVersChaîne(stL.mMontant, "12.2f") + " " + stL.sDevise + " = " + NumériqueVersChaîne(mEUR, "10.2f") + " EUR")
FIN
Trace("Total : " + NumériqueVersChaîne(mTotalEUR, "12,2fS") + " €")
Trace(gtabTaux.Occurrence, gtabTaux["usd"]..Existe, gtabTaux["USD"]..Existe)
// expect: Licence logicielle       1499.99 USD =    1385.93 EUR
// expect: Formation Londres         850.00 GBP =     992.87 EUR
// expect: Hébergement              1234.50 CHF =    1308.01 EUR
// expect: Composants             125000.00 JPY =     769.94 EUR
// expect: Frais                      12.50 EUR =      12.50 EUR
// expect: Devise inconnue : XYZ (Inconnu)
// expect: Total :     4 469,25 €
// expect: 5, 0, 1

PROCÉDURE AjouteLigne(tab est un tableau de STLigne, sLib, sDev, mMontant est un monétaire)
st est un STLigne
st.sLibellé = sLib
st.sDevise = Majuscule(sDev)
st.mMontant = mMontant
TableauAjoute(tab, st)

PROCÉDURE VersEuro(mMontant est un monétaire, sDevise est une chaîne) : monétaire
SI PAS gtabTaux[sDevise]..Existe ALORS RENVOYER -1
RENVOYER Arrondi(mMontant / gtabTaux[sDevise], 2)
