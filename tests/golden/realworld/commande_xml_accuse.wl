// Commande reçue en XML : lecture par la notation pointée (un membre qui n'est pas un
// élément fils est l'attribut de ce nom), ..Attribut comme tableau (..Occurrence, [i],
// POUR TOUT : c'était une liste sans propriétés), totaux, réponse XML construite.
sXML est une chaîne = [
<?xml version="1.0" encoding="UTF-8"?>
<commande numero="C-2026-118" date="2026-12-03">
  <client code="DUP01">Boulangerie Dupuis</client>
  <ligne ref="FAR-T65" qte="25" pu="0.92"/>
  <ligne ref="LEV-500" qte="4" pu="3.40"/>
  <ligne ref="SEL-FIN" qte="10" pu="0.55"/>
</commande>
]
doc est un xmlDocument = XMLOuvre(sXML, depuisChaîne)
SI ErreurDétectée ALORS
	Erreur(ErreurInfo())
	RETOUR
FIN
Trace("Commande " + doc.commande.numero + " de " + doc.commande.client..Texte) // expect: Commande C-2026-118 de Boulangerie Dupuis
mTotal est un monétaire
nLignes est un entier = doc.commande.ligne..Occurrence
POUR i = 1 _À_ nLignes
	xLigne est un xmlNoeud = doc.commande.ligne[i]
	mLigne est un monétaire = Val(xLigne.qte) * Val(xLigne.pu)
	mTotal += mLigne
	Trace(xLigne.ref + " : " + mLigne)
FIN
// expect: FAR-T65 : 23
// expect: LEV-500 : 13.6
// expect: SEL-FIN : 5.5
Trace("Total HT : " + mTotal) // expect: Total HT : 42.1
Trace(doc.commande..Attribut..Occurrence) // expect: 2
Trace(doc.commande.ligne[2]..Attribut[3]..Nom + "=" + doc.commande.ligne[2]..Attribut[3]..Valeur) // expect: pu=3.40
POUR TOUT att DE doc.commande..Attribut
	Trace(att..Nom)
FIN
// expect: numero
// expect: date
Trace(doc.commande..Fils..Occurrence) // expect: 4

// accusé de réception
rep est un xmlDocument
rep.accuse.statut = "acceptée"
rep.accuse.total = NumériqueVersChaîne(mTotal, ".2f")
rep.accuse.commande = doc.commande.numero
// (le texte se termine par une fin de ligne)
Trace(XMLConstruitChaîne(rep, XMLSansEntête)) // expect: <accuse><statut>acceptée</statut><total>42.10</total><commande>C-2026-118</commande></accuse>
// expect:
