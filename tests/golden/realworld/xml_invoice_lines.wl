// Invoice received as XML: nodes count as their text read as a number in arithmetic
sXML is string = [
<?xml version="1.0" encoding="UTF-8"?>
<facture numero="F-17">
    <ligne ref="A1"><qte>2</qte><pu>10.50</pu></ligne>
    <ligne ref="B2"><qte>3</qte><pu>1.25</pu></ligne>
</facture>
]
xFac is xmlDocument = XMLOpen(sXML, fromString)
mTotal is currency
FOR EACH xLigne OF xFac.facture.ligne
    mTotal += xLigne.qte * xLigne.pu
    Trace(xLigne:ref + " : " + xLigne.qte + " x " + xLigne.pu)
END
// expect: A1 : 2 x 10.50
// expect: B2 : 3 x 1.25
Trace("Total " + xFac.facture:numero + " = " + mTotal) // expect: Total F-17 = 24.75
nQte is int = xFac.facture.ligne[2].qte
Trace(nQte * 10)                       // expect: 30
Trace(xFac.facture.ligne[1].qte + 1)   // expect: 3
Trace(xFac.facture.ligne[1].qte + "1") // expect: 21
IF xFac.facture.ligne[1].pu > 10 THEN Trace("expensive line") // expect: expensive line
