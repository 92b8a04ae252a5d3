// Un export des ventes comme l'écrit le code de gestion : un CSV construit ligne à ligne
// avec ses guillemets, un état texte à colonnes fixes, un fichier écrit puis relu dans
// le dossier temporaire, des totaux par région dans un tableau associatif.
STVente est une Structure
	sRégion est une chaîne
	sCommercial est une chaîne
	dDate est une Date
	moMontant est un monétaire
	sNote est une chaîne
FIN

tabVentes est un tableau de STVente
sBrut est une chaîne = [
	Nord|Martin, J.|20251103|1250.00|première commande
	Sud|L'Hôte|20251104|980.50|livraison "express"
	Nord|Adam|20251110|310.00|
	Est|Bernard|20251112|2400.75|multi; ligne
	Sud|L'Hôte|20251120|120.00|avoir en attente
]
POUR TOUTE CHAÎNE sLigne DE sBrut SÉPARÉE PAR RC
	SI sLigne = "" ALORS CONTINUER
	st est une STVente
	st.sRégion = ExtraitChaîne(sLigne, 1, "|")
	st.sCommercial = ExtraitChaîne(sLigne, 2, "|")
	st.dDate = ExtraitChaîne(sLigne, 3, "|")
	st.moMontant = Val(ExtraitChaîne(sLigne, 4, "|"))
	st.sNote = ExtraitChaîne(sLigne, 5, "|")
	TableauAjoute(tabVentes, st)
FIN
Trace(TableauOccurrence(tabVentes) + " ventes")
// expect: 5 ventes

// CSV : un champ qui contient ; , ou un guillemet est entre guillemets, guillemets doublés
sCSV est une chaîne = "Région;Commercial;Date;Montant;Note"
POUR TOUT st DE tabVentes
	tabC est un tableau de chaînes = [st.sRégion, st.sCommercial, DateVersChaîne(st.dDate, "AAAA-MM-JJ"), ...
		NumériqueVersChaîne(st.moMontant, ".2f"), st.sNote]
	sLigneCSV est une chaîne = ""
	POUR TOUT sC DE tabC
		sLigneCSV += [";"] + ChampCSV(sC)
	FIN
	sCSV += RC + sLigneCSV
FIN
sFichier est une chaîne = fRepTemp() + fSep() + "ventes_" + DateVersChaîne("20251130", "AAAAMM") + ".csv"
fSauveTexte(sFichier, sCSV)
sRelu est une chaîne = fChargeTexte(sFichier)
Trace(ChaîneOccurrence(sRelu, RC) + 1 + " lignes")
// expect: 6 lignes
Trace(ExtraitLigne(sRelu, 3))
// expect: Sud;L'Hôte;2025-11-04;980.50;"livraison ""express"""
Trace(ExtraitLigne(sRelu, 2))
// expect: Nord;"Martin, J.";2025-11-03;1250.00;première commande
fSupprime(sFichier)

// état à colonnes fixes, régions triées, totaux alignés à droite
taTotal est un tableau associatif de monétaires
taNombre est un tableau associatif d'entiers
POUR TOUT st DE tabVentes
	taTotal[st.sRégion] += st.moMontant
	taNombre[st.sRégion]++
FIN
tabRégions est un tableau de chaînes
POUR TOUT moT, sRégion DE taTotal
	TableauAjoute(tabRégions, sRégion)
FIN
TableauTrie(tabRégions, ttCroissant)
Trace(Complète("RÉGION", 8) + Complète("VENTES", 7) + "TOTAL")
POUR TOUT sRégion DE tabRégions
	Trace(Complète(sRégion, 8) + Complète(taNombre[sRégion], 7) + NumériqueVersChaîne(taTotal[sRégion], "10.2f"))
FIN
Trace(Répète("-", 25))
// expect: RÉGION  VENTES TOTAL
// expect: Est     1         2400.75
// expect: Nord    2         1560.00
// expect: Sud     2         1100.50
// expect: -------------------------

nEnAttente est un entier
POUR TOUT st DE tabVentes
	SI Position(st.sNote, "ATTENTE", 1, SansCasse) > 0 ALORS nEnAttente++
FIN
Trace(nEnAttente + " en attente, premiers mots : " + PremiersMots(tabVentes))
// expect: 1 en attente, premiers mots : première/livraison/multi;/avoir

PROCÉDURE ChampCSV(s est une chaîne) : chaîne
	SI Position(s, ";") > 0 OU Position(s, """") > 0 OU Position(s, ",") > 0 ALORS
		RENVOYER """" + Remplace(s, """", """""") + """"
	FIN
	RENVOYER s

PROCÉDURE PremiersMots(tab est un tableau de STVente) : chaîne
	sRés est une chaîne
	POUR TOUT st DE tab
		sRés += ["/"] + ExtraitChaîne(st.sNote, 1, " ")
	FIN
	RENVOYER sRés
