// Relevé bancaire XML camt.053 (ISO 20022) : espace de noms par défaut, écritures
// répétées (Ntry), montant avec attribut de devise, sens crédit/débit ; total et
// rapprochement avec le solde ; une procédure qui prend un xmlNoeud. Méthode b, FS 6
// déc. 2026 : passe tel qu'écrit. Jumeau anglais camt053_statement_en.wl.
sXML est une chaîne = [
<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
  <BkToCstmrStmt>
    <Stmt>
      <Id>REL-2026-11</Id>
      <Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">1520.37</Amt><CdtDbtInd>CRDT</CdtDbtInd></Bal>
      <Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">2575.66</Amt><CdtDbtInd>CRDT</CdtDbtInd></Bal>
      <Ntry><Amt Ccy="EUR">84.21</Amt><CdtDbtInd>DBIT</CdtDbtInd><BookgDt><Dt>2026-11-02</Dt></BookgDt><NtryDtls><TxDtls><RmtInf><Ustrd>PRLV EDF</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>
      <Ntry><Amt Ccy="EUR">1200.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2026-11-03</Dt></BookgDt><NtryDtls><TxDtls><RmtInf><Ustrd>VIR DUPONT FACT 118</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>
      <Ntry><Amt Ccy="EUR">60.50</Amt><CdtDbtInd>DBIT</CdtDbtInd><BookgDt><Dt>2026-11-04</Dt></BookgDt><NtryDtls><TxDtls><RmtInf><Ustrd>CB TOTAL</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>
    </Stmt>
  </BkToCstmrStmt>
</Document>
]
xDoc est un xmlDocument = XMLOuvre(sXML, depuisChaîne)
SI ErreurDétectée ALORS
	Trace(ErreurInfo())
	RETOUR
FIN
xRelevé est un xmlNoeud = xDoc.Document.BkToCstmrStmt.Stmt
Trace("relevé", xRelevé.Id) // expect: relevé, REL-2026-11
mOuverture, mClôture sont des monétaires
POUR TOUT xSolde DE xRelevé.Bal
	SELON xSolde.Tp.CdOrPrtry.Cd
		CAS "OPBD" : mOuverture = Signe(xSolde) * Val(xSolde.Amt)
		CAS "CLBD" : mClôture = Signe(xSolde) * Val(xSolde.Amt)
	FIN
FIN
mMouvements est un monétaire
POUR TOUT xÉcriture DE xRelevé.Ntry
	mMontant est un monétaire = Signe(xÉcriture) * xÉcriture.Amt
	mMouvements += mMontant
	Trace(xÉcriture.BookgDt.Dt, xÉcriture.Amt:Ccy, mMontant, xÉcriture.NtryDtls.TxDtls.RmtInf.Ustrd)
FIN
// expect: 2026-11-02, EUR, -84.21, PRLV EDF
// expect: 2026-11-03, EUR, 1200, VIR DUPONT FACT 118
// expect: 2026-11-04, EUR, -60.5, CB TOTAL
Trace("écritures", xRelevé.Ntry..Occurrence, "ouverture", mOuverture, "clôture", mClôture) // expect: écritures, 3, ouverture, 1520.37, clôture, 2575.66
Trace("rapproché", mOuverture + mMouvements = mClôture) // expect: rapproché, 1

PROCÉDURE Signe(xNoeud est un xmlNoeud) : entier
SI xNoeud.CdtDbtInd = "DBIT" ALORS RENVOYER -1
RENVOYER 1
