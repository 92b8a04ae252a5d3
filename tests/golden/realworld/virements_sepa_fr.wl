// Fichier de virements SEPA (pain.001.001.03) pour le règlement des fournisseurs, tel
// qu'un développeur WINDEV l'écrit : un xmlDocument rempli par affectation, un
// CdtTrfTxInf par paiement ajouté avec XMLAjouteFils, la devise en attribut écrite avec
// `:`, les noms ramenés au jeu latin SEPA (SansAccent), puis relu et la somme de contrôle
// vérifiée (jumeau anglais sepa_transfers_en.wl).
Paiement est une Structure
	sNom est une chaîne
	sIBAN est une chaîne
	sBIC est une chaîne
	mMontant est un monétaire
	sRéf est une chaîne
FIN
tabPaiements est un tableau de Paiement
TableauAjoute(tabPaiements, ["Dupont SARL", "FR7630006000011234567890189", "AGRIFRPP", 1250.40, "FAC-2024-118"])
TableauAjoute(tabPaiements, ["Müller GmbH", "DE89370400440532013000", "COBADEFFXXX", 89.99, "RE 4471"])
TableauAjoute(tabPaiements, ["Café & Cie", "FR1420041010050500013M02606", "PSSTFRPPXXX", 15, "F/2024/03"])

sIdMsg est une chaîne = "VIR-" + DateVersChaîne("20240315", "AAAAMMJJ") + "-001"
xDoc est un xmlDocument
xDoc.Document.CstmrCdtTrfInitn.GrpHdr.MsgId = sIdMsg
xDoc.Document.CstmrCdtTrfInitn.GrpHdr.CreDtTm = "2024-03-15T09:30:00"
xDoc.Document.CstmrCdtTrfInitn.GrpHdr.NbOfTxs = tabPaiements..Occurrence
mTotal est un monétaire = 0
POUR TOUT p DE tabPaiements
	mTotal += p.mMontant
FIN
xDoc.Document.CstmrCdtTrfInitn.GrpHdr.CtrlSum = NumériqueVersChaîne(mTotal, ".2f")
xDoc.Document.CstmrCdtTrfInitn.GrpHdr.InitgPty.Nm = "ACME Industries"
xDoc.Document:xmlns = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"
xPmtInf est un xmlNoeud = XMLAjouteFils(xDoc.Document.CstmrCdtTrfInitn, "PmtInf")
XMLAjouteFils(xPmtInf, "PmtInfId", sIdMsg + "-1")
XMLAjouteFils(xPmtInf, "PmtMtd", "TRF")
XMLAjouteFils(xPmtInf, "ReqdExctnDt", "2024-03-18")
POUR TOUT p DE tabPaiements
	xTx est un xmlNoeud = XMLAjouteFils(xPmtInf, "CdtTrfTxInf")
	xTx.PmtId.EndToEndId = SansEspace(p.sRéf)
	xTx.Amt.InstdAmt = NumériqueVersChaîne(p.mMontant, ".2f")
	xTx.Amt.InstdAmt:Ccy = "EUR"
	xTx.CdtrAgt.FinInstnId.BIC = p.sBIC
	xTx.Cdtr.Nm = TexteSEPA(p.sNom)
	xTx.CdtrAcct.Id.IBAN = p.sIBAN
	xTx.RmtInf.Ustrd = p.sRéf
FIN
sXML est une chaîne = XMLConstruitChaîne(xDoc)
Trace(Taille(sXML) > 500) // expect: 1
Trace(ExtraitChaîne(ExtraitChaîne(sXML, 2, "<CtrlSum>"), 1, "</CtrlSum>")) // expect: 1355.39
Trace(ChaîneOccurrence(sXML, "<CdtTrfTxInf>")) // expect: 3
// relecture et contrôle de la somme
xContrôle est un xmlDocument = XMLOuvre(sXML, depuisChaîne)
mContrôle est un monétaire = 0
POUR TOUT xT DE xContrôle.Document.CstmrCdtTrfInitn.PmtInf.CdtTrfTxInf
	mContrôle += xT.Amt.InstdAmt
	Trace(xT.Cdtr.Nm, xT.Amt.InstdAmt, xT.Amt.InstdAmt:Ccy) // expect: Dupont SARL, 1250.40, EUR
	// expect: Muller GmbH, 89.99, EUR
	// expect: Cafe + Cie, 15.00, EUR
FIN
Trace(mContrôle = xContrôle.Document.CstmrCdtTrfInitn.GrpHdr.CtrlSum) // expect: 1
Trace(xContrôle.Document.CstmrCdtTrfInitn.GrpHdr.NbOfTxs) // expect: 3
Trace(xContrôle.Document:xmlns) // expect: urn:iso:std:iso:20022:tech:xsd:pain.001.001.03

PROCÉDURE TexteSEPA(s est une chaîne)
// le SEPA n'accepte qu'un jeu latin restreint : ni accents ni "&"
s = SansAccent(s)
s = Remplace(s, "&", "+")
RENVOYER Gauche(s, 70)
