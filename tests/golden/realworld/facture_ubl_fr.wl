// Facture au format UBL (simplifiée) construite avec les fonctions XML nommées
// (XMLDocument, XMLAjouteFils avec positionnement, XMLAjouteAttribut, XMLParent,
// XMLConstruitChaîne), enregistrée, relue par un xmlDocument (noms préfixés entre
// guillemets, `..Attribut["..."]`, POUR TOUT) et par XPath (jumeau anglais
// ubl_invoice_en.wl ; passe, issue 8 FS 5 déc. tard).
STLigne est une Structure
	sRef est une chaîne
	sLibelle est une chaîne
	rQte est un réel
	mPU est un monétaire
FIN
tabLignes est un tableau de STLigne = [["A-001", "Câble réseau 5 m", 3, 4.90], ["B-120", "Switch 8 ports", 1, 39.00]]
sRep est une chaîne = fRepTemp() + "\wl_ubl_" + Hasard(1, 999999999)
fRepCrée(sRep)
sFichier est une chaîne = sRep + "\FA-2024-0042.xml"

XMLDocument("FACT", "")
XMLAjouteFils("FACT", "Invoice", "", Vrai)
XMLAjouteAttribut("FACT", "xmlns", "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2")
XMLAjouteFils("FACT", "cbc:ID", "FA-2024-0042")
XMLAjouteFils("FACT", "cbc:IssueDate", DateVersChaîne("20240315", "AAAA-MM-JJ"))
XMLAjouteFils("FACT", "cbc:DocumentCurrencyCode", "EUR")
XMLAjouteFils("FACT", "cac:AccountingCustomerParty", "", Vrai)
XMLAjouteFils("FACT", "cbc:Name", "Hôtel des Écrins & Cie")
XMLParent("FACT")
mTotalHT est un monétaire
nNum est un entier
POUR TOUT stL DE tabLignes
	nNum++
	XMLAjouteFils("FACT", "cac:InvoiceLine", "", Vrai)
	XMLAjouteFils("FACT", "cbc:ID", nNum)
	XMLAjouteFils("FACT", "cbc:InvoicedQuantity", stL.rQte, Vrai)
	XMLAjouteAttribut("FACT", "unitCode", "C62")
	XMLParent("FACT")
	XMLAjouteFils("FACT", "cbc:LineExtensionAmount", NumériqueVersChaîne(stL.rQte * stL.mPU, ".2f"))
	XMLAjouteFils("FACT", "cac:Item", "", Vrai)
	XMLAjouteFils("FACT", "cbc:Name", stL.sLibelle)
	XMLParent("FACT")
	XMLParent("FACT")
	mTotalHT += stL.rQte * stL.mPU
FIN
XMLAjouteFils("FACT", "cac:LegalMonetaryTotal", "", Vrai)
XMLAjouteFils("FACT", "cbc:PayableAmount", NumériqueVersChaîne(mTotalHT * 1.2, ".2f"), Vrai)
XMLAjouteAttribut("FACT", "currencyID", "EUR")
XMLParent("FACT")
XMLParent("FACT")
sXML est une chaîne = XMLConstruitChaîne("FACT")
XMLTermine("FACT")
fSauveTexte(sFichier, sXML)
Trace(Gauche(sXML, 38)) // expect: <?xml version="1.0" encoding="UTF-8"?>

// relecture
xDoc est un xmlDocument = XMLOuvre(sFichier)
SI ErreurDétectée ALORS
	Trace(ErreurInfo())
	RETOUR
FIN
Trace(xDoc.Invoice."cbc:ID") // expect: FA-2024-0042
Trace(xDoc.Invoice."cac:AccountingCustomerParty"."cbc:Name") // expect: Hôtel des Écrins & Cie
POUR TOUT xLigne DE xDoc.Invoice."cac:InvoiceLine"
	Trace(xLigne."cbc:ID", xLigne."cac:Item"."cbc:Name", xLigne."cbc:InvoicedQuantity"..Attribut["unitCode"], xLigne."cbc:LineExtensionAmount") // expect: 1, Câble réseau 5 m, C62, 14.70
	// expect: 2, Switch 8 ports, C62, 39.00
FIN
Trace(xDoc.Invoice."cac:LegalMonetaryTotal"."cbc:PayableAmount", xDoc.Invoice."cac:LegalMonetaryTotal"."cbc:PayableAmount"..Attribut["currencyID"]) // expect: 64.44, EUR
// avec XPath
XMLDocument("RELU", fChargeTexte(sFichier))
Trace(XMLLit("RELU", "/Invoice/cbc:ID")) // expect: FA-2024-0042
Trace(XMLExécuteXPath("RELU", "count(/Invoice/cac:InvoiceLine)"), XMLRésultat("RELU")) // expect: 1, 2
XMLTermine("RELU")
fRepSupprime(sRep, frRécursif)
