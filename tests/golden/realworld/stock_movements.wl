// Stock movements on data files described in code (File/Item Description, hNotAKey as
// the KeyType page ?2512060 names it): a movement and its stock update in one
// transaction, refusals for missing stock and unknown articles, the movements of two days
// through HFilter on the date key, totals by SQL on a Data Source.
fdArt is FileDescription
fdMvt is FileDescription
idesc is ItemDescription
fdArt..Name = "Article"
idesc..Name = "Ref" ; idesc..Type = hItemText ; idesc..Size = 10 ; idesc..KeyType = hUniqueKey
HDescribeItem(fdArt, idesc)
idesc..Name = "Label" ; idesc..Type = hItemText ; idesc..Size = 40 ; idesc..KeyType = hNotAKey
HDescribeItem(fdArt, idesc)
idesc..Name = "Stock" ; idesc..Type = hItemInt ; idesc..Size = 4 ; idesc..KeyType = hNotAKey
HDescribeItem(fdArt, idesc)
HDescribeFile(fdArt)
fdMvt..Name = "Movement"
idesc..Name = "IDMovement" ; idesc..Type = hItemAutoID ; idesc..KeyType = hUniqueKey
HDescribeItem(fdMvt, idesc)
idesc..Name = "Ref" ; idesc..Type = hItemText ; idesc..Size = 10 ; idesc..KeyType = hDuplicatesKey
HDescribeItem(fdMvt, idesc)
idesc..Name = "MvtDate" ; idesc..Type = hItemDate ; idesc..KeyType = hDuplicatesKey
HDescribeItem(fdMvt, idesc)
idesc..Name = "Qty" ; idesc..Type = hItemInt ; idesc..Size = 4 ; idesc..KeyType = hNotAKey
HDescribeItem(fdMvt, idesc)
HDescribeFile(fdMvt)
HCreation(Article)
HCreation(Movement)

FOR EACH STRING s OF "P1;Pallet;20|P2;Pallet XL;5|F9;Film;100" SEPARATED BY "|"
	HReset(Article)
	(Article.Ref, Article.Label, Article.Stock) = StringSplit(s, ";")
	HAdd(Article)
END
Move("P1", "20261201", -4)
Move("P1", "20261202", -20)		// refused: not enough stock
Move("P2", "20261202", 10)
Move("F9", "20261203", -35)
Move("P1", "20261203", 6)
Move("ZZ", "20261203", 1)		// refused: unknown article
// expect: P1: only 16 in stock, 20 refused
// expect: ZZ: unknown article

// the movements of December 2nd and 3rd, through a filter on the date key
HFilter(Movement, MvtDate, "20261202", "20261203")
FOR EACH Movement
	Trace(DateToString(Movement.MvtDate, "DD/MM") + " " + Movement.Ref + " " + NumToString(Movement.Qty, "+d"))
END
// expect: 02/12 P2 +10
// expect: 03/12 F9 -35
// expect: 03/12 P1 +6
HDeactivateFilter(Movement)

// stock value by SQL with a parameter
qry is Data Source
IF NOT HExecuteSQLQuery(qry, hQueryDefault, "SELECT Ref, SUM(Qty) AS Total FROM Movement GROUP BY Ref ORDER BY Ref") THEN
	Trace(HErrorInfo())
END
FOR EACH qry
	Trace(qry.Ref + " moved " + qry.Total)
END
// expect: F9 moved -35
// expect: P1 moved 2
// expect: P2 moved 10
HReadSeekFirst(Article, Ref, "P1")
Trace("P1 now " + Article.Stock) // expect: P1 now 22

PROCEDURE Move(sRef is string, dDate is Date, nQty is int) : boolean
IF NOT HReadSeekFirst(Article, Ref, sRef) THEN
	Trace(sRef + ": unknown article")
	RESULT False
END
IF Article.Stock + nQty < 0 THEN
	Trace(StringBuild("%1: only %2 in stock, %3 refused", sRef, Article.Stock, -nQty))
	RESULT False
END
HTransactionStart()
Article.Stock += nQty
HModify(Article)
HReset(Movement)
Movement.Ref = sRef
Movement.MvtDate = dDate
Movement.Qty = nQty
HAdd(Movement)
HTransactionEnd()
RESULT True
