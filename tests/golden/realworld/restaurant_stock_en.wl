// A restaurant's stock: data files described in code, a cStock class whose AddMovement
// method is transactional (WHEN EXCEPTION at the top of the procedure), a stock count
// by FOR EACH, totals by an SQL query with a {pID} parameter set on the Data Source.
fdIng is File Description
fdMvt is File Description
itm is Item Description
fdIng..Name = "Ingredient"
itm..Name = "IDIngredient" ; itm..Type = hItemAutoID ; itm..KeyType = hUniqueKey
HDescribeItem(fdIng, itm)
itm..Name = "Name" ; itm..Type = hItemText ; itm..Size = 30 ; itm..KeyType = hNotAKey
HDescribeItem(fdIng, itm)
itm..Name = "InStock" ; itm..Type = hItemReal ; itm..KeyType = hNotAKey
HDescribeItem(fdIng, itm)
itm..Name = "MinStock" ; itm..Type = hItemReal ; itm..KeyType = hNotAKey
HDescribeItem(fdIng, itm)
HDescribeFile(fdIng)
fdMvt..Name = "StockMovement"
itm..Name = "IDMovement" ; itm..Type = hItemAutoID ; itm..KeyType = hUniqueKey
HDescribeItem(fdMvt, itm)
itm..Name = "IDIngredient" ; itm..Type = hItemInt ; itm..KeyType = hDuplicatesKey
HDescribeItem(fdMvt, itm)
itm..Name = "MovementType" ; itm..Type = hItemText ; itm..Size = 12 ; itm..KeyType = hNotAKey
HDescribeItem(fdMvt, itm)
itm..Name = "Qty" ; itm..Type = hItemReal ; itm..KeyType = hNotAKey
HDescribeItem(fdMvt, itm)
HDescribeFile(fdMvt)
HCreation(Ingredient)
HCreation(StockMovement)

cStock is Class
	m_IDIngredient is int
	m_Name is string
	m_InStock is real
	m_MinStock is real
END

FOR EACH STRING s OF "Flour;10;3|Tomatoes;4;5|Basil;1;0.5" SEPARATED BY "|"
	HReset(Ingredient)
	Ingredient.Name = ExtractString(s, 1, ";")
	Ingredient.InStock = Val(ExtractString(s, 2, ";"))
	Ingredient.MinStock = Val(ExtractString(s, 3, ";"))
	HAdd(Ingredient)
END

oStk is cStock
IF oStk:Load(1) THEN
	oStk:AddMovement("Out", 2.5)
	oStk:AddMovement("In", 1)
	Trace(oStk:m_Name + ": " + oStk:m_InStock)
END
// expect: Flour: 8.5
IF oStk:Load(2) THEN
	Trace("Unknown type accepted: " + oStk:AddMovement("Loss", 1))
	Trace("Below minimum: " + oStk:BelowMinimum())
END
// expect: Unknown type accepted: 0
// expect: Below minimum: 1
Trace("Load(9): " + oStk:Load(9))
// expect: Load(9): 0

nBelow is int = 0
FOR EACH Ingredient
	IF Ingredient.InStock <= Ingredient.MinStock THEN nBelow++
END
Trace(nBelow + " ingredient(s) below the minimum")
// expect: 1 ingredient(s) below the minimum

sQry is string = [
	SELECT MovementType, SUM(Qty) AS Total
	FROM StockMovement
	WHERE IDIngredient = {pID}
	GROUP BY MovementType
	ORDER BY MovementType
]
QRY_Mvt is Data Source
QRY_Mvt.pID = 1
IF NOT HExecuteSQLQuery(QRY_Mvt, hQueryDefault, sQry) THEN Trace(HErrorInfo())
FOR EACH QRY_Mvt
	Trace(QRY_Mvt.MovementType + " " + QRY_Mvt.Total)
END
// expect: In 1
// expect: Out 2.5
HCancelDeclaration(QRY_Mvt)

PROCEDURE cStock.Load(nID is int) : boolean
	HReadSeekFirst(Ingredient, IDIngredient, nID)
	IF NOT HFound(Ingredient) THEN RESULT False
	:m_IDIngredient = Ingredient.IDIngredient
	:m_Name         = Ingredient.Name
	:m_InStock      = Ingredient.InStock
	:m_MinStock     = Ingredient.MinStock
	RESULT True

PROCEDURE cStock.BelowMinimum() : boolean
	RESULT :m_InStock <= :m_MinStock

PROCEDURE cStock.AddMovement(sType is string, nQty is real) : boolean
	IF NOT (sType IN ("In", "Out")) THEN RESULT False
	HTransactionStart()
	WHEN EXCEPTION
		HTransactionCancel()
		RESULT False
	END
	HReadSeekFirst(Ingredient, IDIngredient, :m_IDIngredient)
	SWITCH sType
		CASE "In" : Ingredient.InStock += nQty
		CASE "Out" : Ingredient.InStock -= nQty
	END
	HModify(Ingredient)
	:m_InStock = Ingredient.InStock
	HReset(StockMovement)
	StockMovement.IDIngredient = :m_IDIngredient
	StockMovement.MovementType = sType
	StockMovement.Qty = nQty
	HAdd(StockMovement)
	HTransactionEnd()
	RESULT True
