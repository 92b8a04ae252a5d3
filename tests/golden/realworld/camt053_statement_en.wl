// A camt.053 XML bank statement (ISO 20022): a default namespace, repeated entries
// (Ntry), an amount with a currency attribute, credit/debit indicator; total and
// reconciliation with the balances; a procedure taking an xmlNode. Method b, FS 6 Dec
// 2026: passes as written. French twin releve_camt053_fr.wl.
sXML is string = [
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
xDoc is xmlDocument = XMLOpen(sXML, fromString)
IF ErrorOccurred THEN
	Trace(ErrorInfo())
	RETURN
END
xStmt is xmlNode = xDoc.Document.BkToCstmrStmt.Stmt
Trace("statement", xStmt.Id) // expect: statement, REL-2026-11
mOpening, mClosing are currency
FOR EACH xBal OF xStmt.Bal
	SWITCH xBal.Tp.CdOrPrtry.Cd
		CASE "OPBD" : mOpening = SignOf(xBal) * Val(xBal.Amt)
		CASE "CLBD" : mClosing = SignOf(xBal) * Val(xBal.Amt)
	END
END
mMoves is currency
FOR EACH xEntry OF xStmt.Ntry
	mAmount is currency = SignOf(xEntry) * xEntry.Amt
	mMoves += mAmount
	Trace(xEntry.BookgDt.Dt, xEntry.Amt:Ccy, mAmount, xEntry.NtryDtls.TxDtls.RmtInf.Ustrd)
END
// expect: 2026-11-02, EUR, -84.21, PRLV EDF
// expect: 2026-11-03, EUR, 1200, VIR DUPONT FACT 118
// expect: 2026-11-04, EUR, -60.5, CB TOTAL
Trace("entries", xStmt.Ntry..Occurrence, "opening", mOpening, "closing", mClosing) // expect: entries, 3, opening, 1520.37, closing, 2575.66
Trace("reconciled", mOpening + mMoves = mClosing) // expect: reconciled, 1

PROCEDURE SignOf(xNode is xmlNode) : int
IF xNode.CdtDbtInd = "DBIT" THEN RESULT -1
RESULT 1
