// A shop basket in the style of PC SOFT's e-commerce component (SET_ECommerce): a
// structure holding an array of lines and an associative array of their ranks, a global
// PROCEDURE variable as an entry point, dbgAssert, a combination tested with [ ], and the
// ranks refreshed by writing the FOR EACH variable (nRank--) after a line is deleted.
STBasketLine is Structure
	nProductVariationID is 8-byte int
	nNbArticles is int
	sArticleCap is string
	cyUnitPriceIOT is currency
END
STOrder is Structure
	arrBasket is array of STBasketLine
	aaProduct is ASSOCIATIVE ARRAY of int
	nNbArticles is int
	cyTotalPriceIOT is currency
END
COMB_PhotoRole is combination
	Default_Photo = 1
	Photo_Front = 2
	Photo_Back = 16
END
gstBasket is STOrder
gPCalcShippingCosts is PROCEDURE = DefaultShippingCost

BasketModifyNumber(101, "Pallet", 12.5, 2)
BasketModifyNumber(202, "Film", 3.2, 5)
BasketModifyNumber(303, "Strap", 1, 10)
BasketModifyNumber(101, "Pallet", 12.5, 1)
Trace(BasketNbArticles() + ", " + gstBasket.cyTotalPriceIOT)
// expect: 18 items, 63.5
Trace(BasketLineCaption(1))
// expect: 3 Pallet (37.5)
BasketDeleteProduct(202)
Trace(BasketNbArticles() + ", " + gstBasket.cyTotalPriceIOT + ", rank of 303: " + gstBasket.aaProduct[303])
// expect: 13 items, 47.5, rank of 303: 2
Trace(BasketLineCaption(2))
// expect: 10 Strap (10)
Trace("shipping: " + gPCalcShippingCosts(gstBasket))
// expect: shipping: 7.9
coRole is COMB_PhotoRole = Photo_Front + Photo_Back
Trace(coRole[Photo_Back] + " " + coRole[Default_Photo])
// expect: 1 0

PROCEDURE BasketModifyNumber(nID is 8-byte int, sCap is string, cyPrice is currency, nAdd is int)
IF gstBasket.aaProduct[nID]..Exist THEN
	nRank is int = gstBasket.aaProduct[nID]
	gstBasket.arrBasket[nRank].nNbArticles += nAdd
ELSE
	stLine is STBasketLine
	stLine.nProductVariationID = nID
	stLine.nNbArticles = nAdd
	stLine.sArticleCap = sCap
	stLine.cyUnitPriceIOT = cyPrice
	gstBasket.aaProduct[nID] = Add(gstBasket.arrBasket, stLine)
END
gstBasket.nNbArticles += nAdd
gstBasket.cyTotalPriceIOT += nAdd * cyPrice

PROCEDURE BasketNbArticles()
	SWITCH gstBasket.nNbArticles
		CASE 0
			RESULT "Empty basket"
		CASE 1
			RESULT "1 item"
	END
	RESULT StringBuild("%1 items",gstBasket.nNbArticles)

PROCEDURE BasketLineCaption(nRow is int)
dbgAssert(nRow<=ArrayCount(gstBasket.arrBasket))
stLine is STBasketLine = gstBasket.arrBasket[nRow]
RESULT StringBuild("%1 %2 (%3)",stLine.nNbArticles,stLine.sArticleCap,stLine.cyUnitPriceIOT*stLine.nNbArticles)

PROCEDURE BasketDeleteProduct(nProductVariationID is 8-byte int)
dbgAssert(gstBasket.aaProduct[nProductVariationID]>0,"Deleting a non-existing item")
nRankInBasket is int = gstBasket.aaProduct[nProductVariationID]
gstBasket.nNbArticles -= gstBasket.arrBasket[nRankInBasket].nNbArticles
gstBasket.cyTotalPriceIOT -= gstBasket.arrBasket[nRankInBasket].nNbArticles*gstBasket.arrBasket[nRankInBasket].cyUnitPriceIOT
ArrayDelete(gstBasket.arrBasket,nRankInBasket)
ArrayDelete(gstBasket.aaProduct,nProductVariationID)
FOR EACH nRank of gstBasket.aaProduct
	IF nRank>nRankInBasket THEN
		nRank--
	END
END

PROCEDURE DefaultShippingCost(stOrder is STOrder) : currency
IF stOrder.cyTotalPriceIOT >= 50 THEN RESULT 0
RESULT 7.9
