// Facture reçue en XML : les nœuds comptent comme leur texte lu en nombre dans un calcul
sXML est une chaîne = [
<?xml version="1.0" encoding="UTF-8"?>
<facture numero="F-17">
    <ligne ref="A1"><qte>2</qte><pu>10.50</pu></ligne>
    <ligne ref="B2"><qte>3</qte><pu>1.25</pu></ligne>
</facture>
]
xFac est un xmlDocument = XMLOuvre(sXML, depuisChaîne)
mTotal est un monétaire
POUR TOUT xLigne DE xFac.facture.ligne
    mTotal += xLigne.qte * xLigne.pu
    Trace(xLigne:ref + " : " + xLigne.qte + " x " + xLigne.pu)
FIN
// expect: A1 : 2 x 10.50
// expect: B2 : 3 x 1.25
Trace("Total " + xFac.facture:numero + " = " + mTotal) // expect: Total F-17 = 24.75
nQte est un entier = xFac.facture.ligne[2].qte
Trace(nQte * 10)                       // expect: 30
Trace(xFac.facture.ligne[1].qte + 1)   // expect: 3
Trace(xFac.facture.ligne[1].qte + "1") // expect: 21
SI xFac.facture.ligne[1].pu > 10 ALORS Trace("ligne chère") // expect: ligne chère
