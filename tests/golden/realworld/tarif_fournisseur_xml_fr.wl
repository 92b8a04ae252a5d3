// Le tarif d'un fournisseur échangé en XML : lu avec le type xmlDocument et POUR TOUT sur
// ses éléments, les prix convertis et contrôlés, un accusé construit élément par élément,
// sauvé puis relu avec XMLOuvre.
sXML est une chaîne = [
	<?xml version="1.0" encoding="UTF-8"?>
	<tarif fournisseur="DUPONT" devise="EUR" validite="2026-01-01">
		<article ref="VIS-M6" unite="boite"><libelle>Vis hexagonale M6</libelle><prix>12.40</prix></article>
		<article ref="ECROU-M6" unite="boite"><libelle>Écrou M6</libelle><prix>4.10</prix></article>
		<article ref="RONDELLE-M6" unite="sachet"><libelle>Rondelle &amp; joint</libelle><prix>-1</prix></article>
	</tarif>
]
doc est un xmlDocument = XMLOuvre(sXML, depuisChaîne)
Trace(doc.tarif..Nom + " de " + doc.tarif:fournisseur + " en " + doc.tarif:devise)
// expect: tarif de DUPONT en EUR

taPrix est un tableau associatif de monétaires
tabRefusés est un tableau de chaînes
POUR TOUT nArt DE doc.tarif.article
	moPrix est un monétaire = Val(nArt.prix)
	SI moPrix <= 0 ALORS
		TableauAjoute(tabRefusés, nArt:ref + " (" + nArt.libelle + ")")
		CONTINUER
	FIN
	taPrix[nArt:ref] = moPrix
FIN
Trace(taPrix..Occurrence + " prix, refusés : " + TableauVersChaîne(tabRefusés, ", "))
// expect: 2 prix, refusés : RONDELLE-M6 (Rondelle & joint)

accusé est un xmlDocument
accusé.accuse:fournisseur = "DUPONT"
POUR TOUT moP, sRéf DE taPrix
	n est un xmlNoeud = XMLAjouteFils(accusé.accuse, "accepte", NumériqueVersChaîne(moP * 1.2, ".2f"))
	n:ref = sRéf
FIN
sFichier est une chaîne = fRepTemp() + fSep() + "accuse_dupont.xml"
XMLSauve(accusé, sFichier)
sRelu est une chaîne = fChargeTexte(sFichier)
Trace(Position(sRelu, "<accepte ref=""VIS-M6"">14.88</accepte>") > 0)
// expect: 1

relu est un xmlDocument = XMLOuvre(sFichier)
POUR TOUT nAcc DE relu.accuse.accepte
	SI nAcc:ref = "ECROU-M6" ALORS Trace(relu.accuse:fournisseur + " " + nAcc:ref + " : " + nAcc)
FIN
// expect: DUPONT ECROU-M6 : 4.92
fSupprime(sFichier)
